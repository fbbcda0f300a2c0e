/**
 * The hiding stylesheet's switches, on the page's root element: the browser puts the stylesheet
 * into the page (src/rules/stylesheet.ts), and this says which of its categories are in force.
 */
import type { ClutterCategory } from '../rules/categories';
import { SHOWING_ATTRIBUTE, showingValue } from '../rules/stylesheet';

/** Hides `hidden` and shows every other category (none hidden: "Show original"). */
export function switchCategories(doc: Document, hidden: ReadonlySet<ClutterCategory>): void {
  const showing = showingValue(hidden);
  if (showing === null) doc.documentElement?.removeAttribute(SHOWING_ATTRIBUTE);
  else doc.documentElement?.setAttribute(SHOWING_ATTRIBUTE, showing);
}
