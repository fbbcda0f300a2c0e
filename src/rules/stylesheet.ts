import { CLUTTER_CATEGORIES, type ClutterCategory } from './categories';
import type { ClutterRule } from './rules';

/** The attribute the label rules set on the widget they hide (the stylesheet hides it). */
export const HIDDEN_ATTRIBUTE = 'data-scmp-declutter-hidden';
/** The attribute that brings one hidden element back, when the reader asks (the panel's *Show*). */
export const SHOWN_ATTRIBUTE = 'data-scmp-declutter-shown';

/** The selectors of a selector list, split at its top-level commas (not those in quotes or brackets). */
export function splitSelectorList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '\\') i++;
    else if (quote) quote = c === quote ? null : quote;
    else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts.filter(Boolean);
}

/** What every hiding selector is compiled with: not an element the reader chose to see again, nor anything inside it. */
export const SHOWN_EXCEPTION = `:not([${SHOWN_ATTRIBUTE}]):not([${SHOWN_ATTRIBUTE}] *)`;

/** Each selector of the list, except for an element the reader chose to see again (and what it holds). */
export const unlessShown = (list: string): string =>
  splitSelectorList(list)
    .map((s) => `${s}${SHOWN_EXCEPTION}`)
    .join(',\n');

/**
 * On the page's root element: the categories it shows, space-separated (the reader switched their
 * hiding off, or pressed "Show original"). Absent with the defaults: every category hidden.
 */
export const SHOWING_ATTRIBUTE = 'data-scmp-declutter-showing';

/** The package's file of the hiding stylesheet, which the browser puts into the page (wxt.config.ts). */
export const HIDING_STYLESHEET_FILE = 'hiding.css';

/**
 * Every hiding selector: each selector of each selector rule, unless the page shows the rule's
 * category, and the mark the label rules set. The stylesheet adds to each that it spares what the
 * reader chose to see again; the list of what is hidden (src/page/hidden-list.ts) uses them as
 * they are, to list those too.
 */
export function hidingSelectors(rules: readonly ClutterRule[]): string[] {
  const bySelector = rules.flatMap((r) =>
    r.selector ? splitSelectorList(r.selector).map((s) => `:root:not([${SHOWING_ATTRIBUTE}~="${r.category}"]) ${s}`) : [],
  );
  return [...bySelector, `[${HIDDEN_ATTRIBUTE}]`];
}

/**
 * One stylesheet from the rules, the way uBlock Origin hides elements, written into the package
 * at build time: the browser puts it into every SCMP page before anything paints, with no script
 * run (compiling it and putting it in from the page's script cost each page load about 1 ms of
 * its main thread, measured in Chromium). The settings switch categories on the root element
 * (`SHOWING_ATTRIBUTE`).
 */
export function compileStylesheet(rules: readonly ClutterRule[]): string {
  const selectors = hidingSelectors(rules).map((s) => `${s}${SHOWN_EXCEPTION}`);
  return `${selectors.join(',\n')} {\n  display: none !important;\n}\n`;
}

/** The root's `SHOWING_ATTRIBUTE` when `hidden` are the categories hidden: null when all are. */
export function showingValue(hidden: ReadonlySet<ClutterCategory>): string | null {
  const showing = CLUTTER_CATEGORIES.filter((c) => !hidden.has(c));
  return showing.length ? showing.join(' ') : null;
}
