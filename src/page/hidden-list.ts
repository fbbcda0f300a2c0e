/**
 * What the page hides right now, as the reader's list: read from the page's own hiding
 * stylesheet (whatever the settings, the reader's rules or "Show original" made of it), so the
 * list agrees with what is hidden; each widget once (the outermost), by the rule that hides it.
 * The panel names each item (src/render/hidden.ts); *Show* sets one attribute on one element.
 */
import type { ClutterRule } from '../rules/rules';
import { HIDDEN_ATTRIBUTE, SHOWN_ATTRIBUTE, SHOWN_EXCEPTION } from '../rules/stylesheet';
import { STYLE_ID } from './style-holder';
import { outermost } from '../rules/match';
import type { HiddenItem, PageUserRule } from '../rules/hidden-item';

export type { HiddenItem, PageUserRule };

const TITLE = '[data-qa*="Title"], h2, h3, h4';

function titleOf(el: Element, category: HiddenItem['category']): string | null {
  if (category !== 'video-promos') return null;
  const text = (el.querySelector(TITLE)?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, 100) : null;
}

function safeAll(doc: Document, selector: string): Element[] {
  try {
    return Array.from(doc.querySelectorAll(selector));
  } catch {
    return []; // a reader's rule that no longer parses hides nothing, and lists nothing
  }
}

/** Every element the hiding stylesheet hides, or would hide but for the reader's *Show*. */
function hiddenByStylesheet(doc: Document): Set<Element> {
  const sheet = (doc.getElementById(STYLE_ID) as HTMLStyleElement | null)?.sheet;
  const selectors = Array.from(sheet?.cssRules ?? []).flatMap((r) =>
    'selectorText' in r ? [(r as CSSStyleRule).selectorText.split(SHOWN_EXCEPTION).join('')] : [],
  );
  return new Set(selectors.flatMap((s) => safeAll(doc, s)));
}

/** Which rule hides an element: a built-in one by its selector or its label mark, else the reader's. */
function ruleFor(el: Element, rules: readonly ClutterRule[], userRules: readonly PageUserRule[]) {
  const marked = el.getAttribute(HIDDEN_ATTRIBUTE);
  const rule = rules.find((r) => (r.selector ? el.matches(r.selector) : r.id === marked));
  if (rule) return { ruleId: rule.id, category: rule.category };
  const own = userRules.find((r) => safeMatches(el, r.selector));
  return own ? { ruleId: own.id, category: 'yours' as const } : null;
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

export function listHidden(
  doc: Document,
  rules: readonly ClutterRule[],
  userRules: readonly PageUserRule[],
): { items: HiddenItem[]; elements: Element[] } {
  const hidden = [...hiddenByStylesheet(doc)].flatMap((element) => {
    const rule = ruleFor(element, rules, userRules);
    return rule ? [{ element, ...rule }] : [];
  });
  const outer = outermost(hidden);
  const items = outer.map(({ element, ruleId, category }, index) => ({
    index,
    ruleId,
    category,
    title: titleOf(element, category),
    shown: element.hasAttribute(SHOWN_ATTRIBUTE),
  }));
  return { items, elements: outer.map((m) => m.element) };
}
