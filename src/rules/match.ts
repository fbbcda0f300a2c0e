import type { ClutterCategory } from './categories';
import { CLUTTER_CATEGORIES } from './categories';
import { LABEL_PATTERNS, type LabelPatternName } from './label-patterns';
import type { ClutterRule } from './rules';
import { normalizedText } from '../html/text';

/**
 * Blocks that hold the story itself: a label's widget never reaches one of these. SCMP marks
 * every body paragraph `datatype="p"`; a widget's own `p` or heading (a video card's
 * description) does not stop the climb, the text cap below does.
 */
const CONTENT_SELECTOR = '[datatype="p"], h1, article, main, section';
/** A widget around a label is small; past this much text we have climbed into the page. */
const MAX_WIDGET_TEXT = 400;

export interface ClutterMatch {
  rule: ClutterRule;
  element: Element;
}

const NOT_TEXT_CONTAINERS = 'script, style, title, noscript, template';

/** The key a rule's label is found under: its exact text, or `/name/` for a pattern. */
export function labelKey(rule: ClutterRule): string | null {
  if (rule.label) return rule.label;
  return rule.labelPattern ? `/${rule.labelPattern}/` : null;
}

const patternOf = (key: string) =>
  key.startsWith('/') && key.endsWith('/') ? LABEL_PATTERNS[key.slice(1, -1) as LabelPatternName] : undefined;

/** Compiled label queries, per document and per set of labels: parsed once, evaluated often. */
const compiled = new WeakMap<Document, Map<string, XPathExpression>>();
function compiledQuery(doc: Document, keys: ReadonlySet<string>, path: string): XPathExpression {
  const id = `${path}|${[...keys].join('|')}`;
  let perDoc = compiled.get(doc);
  if (!perDoc) compiled.set(doc, (perDoc = new Map()));
  let expression = perDoc.get(id);
  if (!expression) {
    const tests = [...keys].map((k) => {
      const pattern = patternOf(k);
      return pattern ? `(${pattern.xpath})` : `normalize-space(.)=${xpathLiteral(k)}`;
    });
    // Labels are short: the length test first spares the long texts (the story) the rest.
    expression = doc.createExpression(`${path}[string-length(.) < 64][${tests.join(' or ')}]`, null);
    perDoc.set(id, expression);
  }
  return expression;
}

/** XPath string literal for a label (labels never hold both kinds of quote). */
const xpathLiteral = (s: string) => (s.includes('"') ? `'${s}'` : `"${s}"`);

/**
 * The elements that carry a label (an exact text, or a text of a known shape) as their whole
 * text, by label key. In browsers a native XPath query finds the few matching text nodes without
 * the script touching every node (each node a script touches costs a wrapper in the extension's
 * isolated world); elsewhere (happy-dom) a TreeWalker does the same (`after` is then ignored:
 * the whole of `root` is searched, which finds a superset).
 */
export function findLabelElements(root: ParentNode, keys: ReadonlySet<string>, options: { after?: Node } = {}): Map<string, Element[]> {
  const found = new Map<string, Element[]>();
  if (!keys.size) return found;
  const exact = new Set([...keys].filter((k) => !patternOf(k)));
  const patterns = [...keys].flatMap((k) => {
    const p = patternOf(k);
    return p ? [{ key: k, ...p }] : [];
  });
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const consider = (node: Node) => {
    const value = node.nodeValue?.trim();
    if (!value) return;
    const key = exact.has(value) ? value : patterns.find((p) => p.test.test(value))?.key;
    if (!key) return;
    const parent = node.parentElement;
    if (!parent || parent.closest(NOT_TEXT_CONTAINERS) || normalizedText(parent) !== value) return;
    const list = found.get(key) ?? [];
    list.push(parent);
    found.set(key, list);
  };
  if (typeof doc.createExpression === 'function') {
    // `after`: only what follows a node in document order (what the parser added since).
    const context = options.after ?? (root as Node);
    // The node scanned last may since have received children (the parser opened it empty).
    const path = options.after ? '(descendant::text() | following::text())' : './/text()';
    const result = compiledQuery(doc, keys, path).evaluate(context, 7 /* ORDERED_NODE_SNAPSHOT_TYPE */, null);
    for (let i = 0; i < result.snapshotLength; i++) consider(result.snapshotItem(i) as Node);
    return found;
  }
  const walker = doc.createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) consider(node);
  return found;
}

/**
 * The smallest block that holds a label's whole widget: climb from the label while the
 * parent holds no story content and little text. Never returns a block with body paragraphs.
 */
export function widgetForLabel(label: Element): Element | null {
  if (label.closest('[datatype="p"], h1, h2')) return null;
  let widget = label;
  for (let parent = widget.parentElement; parent; parent = parent.parentElement) {
    if (parent.tagName === 'BODY' || parent.tagName === 'HTML') break;
    if (parent.matches(CONTENT_SELECTOR) || parent.querySelector(CONTENT_SELECTOR)) break;
    if (normalizedText(parent).length > MAX_WIDGET_TEXT) break;
    widget = parent;
  }
  return widget;
}

/**
 * Every element each rule matches under `root`, in rule order. Label rules are the fallback for
 * markup the selectors do not know: a label inside an element a selector rule already matched
 * is not matched again.
 */
export function matchRules(root: ParentNode, rules: readonly ClutterRule[]): ClutterMatch[] {
  // One pass over the tree for all selectors, then sort the few hits into their rules.
  const selectorRules = rules.filter((r) => r.selector);
  const hits = selectorRules.length ? Array.from(root.querySelectorAll(selectorRules.map((r) => r.selector).join(', '))) : [];
  const matches: ClutterMatch[] = [];
  for (const rule of selectorRules) {
    for (const element of hits) if (element.matches(rule.selector as string)) matches.push({ rule, element });
  }
  const bySelector = new Set(matches.map((m) => m.element));
  const insideSelectorMatch = (el: Element) => {
    for (let e: Element | null = el; e; e = e.parentElement) if (bySelector.has(e)) return true;
    return false;
  };
  const keys = new Set(rules.flatMap((r) => labelKey(r) ?? []));
  const labelElements = findLabelElements(root, keys);
  for (const rule of rules) {
    const key = labelKey(rule);
    if (!key) continue;
    for (const labelEl of labelElements.get(key) ?? []) {
      if (insideSelectorMatch(labelEl)) continue;
      const element = widgetForLabel(labelEl);
      if (element) matches.push({ rule, element });
    }
  }
  return matches;
}

/** Drop matches that sit inside another match: one widget counts (and is hidden) once. */
export function outermost(matches: readonly ClutterMatch[]): ClutterMatch[] {
  const elements = new Set(matches.map((m) => m.element));
  const seen = new Set<Element>();
  const result: ClutterMatch[] = [];
  for (const m of matches) {
    if (seen.has(m.element)) continue;
    let inside = false;
    for (let p = m.element.parentElement; p; p = p.parentElement) {
      if (elements.has(p)) {
        inside = true;
        break;
      }
    }
    if (!inside) {
      seen.add(m.element);
      result.push(m);
    }
  }
  return result;
}

export function emptyCounts(): Record<ClutterCategory, number> {
  return Object.fromEntries(CLUTTER_CATEGORIES.map((c) => [c, 0])) as Record<ClutterCategory, number>;
}

export function countByCategory(matches: readonly ClutterMatch[]): Record<ClutterCategory, number> {
  const counts = emptyCounts();
  for (const m of matches) counts[m.rule.category] += 1;
  return counts;
}

export function countByRule(matches: readonly ClutterMatch[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of matches) counts[m.rule.id] = (counts[m.rule.id] ?? 0) + 1;
  return counts;
}
