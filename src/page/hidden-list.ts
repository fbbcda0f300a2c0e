/**
 * What the page hides right now, as the reader's list: found by the selectors of the hiding
 * stylesheets themselves (the built-in one, under the switches the settings or "Show original"
 * set on the root, and the reader's rules), so the list agrees with what is hidden; each widget
 * once (the outermost), by the rule that hides it. The panel names each item
 * (src/render/hidden.ts); *Show* sets one attribute on one element.
 */
import type { ClutterRule } from '../rules/rules';
import { HIDDEN_ATTRIBUTE, hidingSelectors, SHOWN_ATTRIBUTE, SHOWN_EXCEPTION } from '../rules/stylesheet';
import { STYLE_ID } from './style-holder';
import { outermost } from '../rules/match';
import type { HiddenItem, PageUserRule } from '../model/hidden-item';
import { sliceClock, smallEnough, type SliceClock } from './slices';
import { WIDGET_TITLE } from '../rules/scmp-markup';

export type { HiddenItem, PageUserRule };

/** An item as the stylesheet lists it, before it is measured. */
export type ListedItem = Omit<HiddenItem, 'visibleWhenShown'>;

export interface HiddenListing<Item extends ListedItem = HiddenItem> {
  items: Item[];
  /** The element of each item, by its index. */
  elements: Element[];
}

const TITLE = `${WIDGET_TITLE}, h2, h3, h4`;

function titleOf(el: Element, category: HiddenItem['category']): string | null {
  if (category !== 'video-promos') return null;
  const text = (el.querySelector(TITLE)?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, 100) : null;
}

const parses = (doc: Document, selector: string): boolean => {
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false; // a reader's rule that no longer parses hides nothing, and lists nothing
  }
};

/**
 * The elements from `el` down that match `selector`, in document order, into `out`. A big subtree
 * is searched child by child, and the page gets its main thread back between slices: on the 5 MB
 * page one search of the whole document held it 16–29 ms (measured in Chromium).
 */
async function collect(el: Element, selector: string, out: Element[], clock: SliceClock): Promise<void> {
  if (el.matches(selector)) out.push(el);
  if (smallEnough(el)) out.push(...Array.from(el.querySelectorAll(selector)));
  else for (const child of Array.from(el.children)) await collect(child, selector, out, clock);
  await clock.tick();
}

/** The built-in stylesheet's selectors as one list, written once for a set of rules. */
const builtInSelectors = new WeakMap<readonly ClutterRule[], string>();
function builtInSelectorList(rules: readonly ClutterRule[]): string {
  let list = builtInSelectors.get(rules);
  if (list === undefined) builtInSelectors.set(rules, (list = hidingSelectors(rules).join(', ')));
  return list;
}

/** Every element the hiding stylesheets hide, or would hide but for the reader's *Show*. */
async function hiddenByStylesheets(doc: Document, rules: readonly ClutterRule[], clock: SliceClock): Promise<Set<Element>> {
  // The reader's rules as their stylesheet holds them, without what spares the elements shown again.
  const userSheet = (doc.getElementById(STYLE_ID) as HTMLStyleElement | null)?.sheet;
  const userSelectors = Array.from(userSheet?.cssRules ?? []).flatMap((r) =>
    'selectorText' in r ? [(r as CSSStyleRule).selectorText.split(SHOWN_EXCEPTION).join('')] : [],
  );
  const selectors = [builtInSelectorList(rules), ...userSelectors];
  const found: Element[] = [];
  for (const selector of selectors) if (parses(doc, selector)) await collect(doc.documentElement, selector, found, clock);
  return new Set(found);
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

/**
 * The list, in slices of the page's main thread as `clock` keeps them (the page reader: a few
 * ms, shared with the measuring that follows; the tests: all at once).
 */
export async function listHidden(
  doc: Document,
  rules: readonly ClutterRule[],
  userRules: readonly PageUserRule[],
  clock: SliceClock = sliceClock(Infinity),
): Promise<HiddenListing<ListedItem>> {
  const hidden: { element: Element; ruleId: string; category: HiddenItem['category'] }[] = [];
  for (const element of await hiddenByStylesheets(doc, rules, clock)) {
    const rule = ruleFor(element, rules, userRules);
    if (rule) hidden.push({ element, ...rule });
    await clock.tick();
  }
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
