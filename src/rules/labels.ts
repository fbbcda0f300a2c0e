/**
 * Label rules: clutter found by its visible label ("Advertisement", "Select Voice", a running
 * time "04:33") in markup the selectors do not know. One plan, made once per set of rules and
 * categories, serves both the page hider (src/page/) and the pipeline (./match.ts), so both
 * hide exactly the same widgets.
 */
import { normalizedText } from '../html/node-text';
import type { ClutterCategory } from './categories';
import { LABEL_PATTERNS, type Climb, type Label } from './label-shapes';
import type { ClutterRule } from './rules';
import { PARAGRAPH } from './scmp-markup';

/** A rule that finds its widget by a label, and says how far it climbs. */
export type LabelRule = ClutterRule & { label: Label; climb: Climb };
const isLabelRule = (rule: ClutterRule): rule is LabelRule => rule.label !== undefined;

export interface LabelPlan {
  /** The label rules of the chosen categories, in rule order. */
  rules: readonly LabelRule[];
  /** Selectors of the chosen categories' selector rules: a label inside one is hidden already. */
  hiddenBySelector: string;
  /** One XPath test for every label (null when there is none). */
  xpathTest: string | null;
}

const xpathLiteral = (s: string) => (s.includes('"') ? `'${s}'` : `"${s}"`);
const xpathOf = (label: Label) =>
  label.kind === 'exact' ? `normalize-space(.)=${xpathLiteral(label.text)}` : `(${LABEL_PATTERNS[label.name].xpath})`;

export function planLabels(rules: readonly ClutterRule[], categories?: ReadonlySet<ClutterCategory>): LabelPlan {
  const chosen = rules.filter((r) => !categories || categories.has(r.category));
  const labelRules = chosen.filter(isLabelRule);
  return {
    rules: labelRules,
    hiddenBySelector: chosen.flatMap((r) => r.selector ?? []).join(', '),
    xpathTest: labelRules.length ? labelRules.map((r) => xpathOf(r.label)).join(' or ') : null,
  };
}

const labelMatches = (label: Label, text: string) =>
  label.kind === 'exact' ? label.text === text : LABEL_PATTERNS[label.name].test.test(text);

const NOT_TEXT_CONTAINERS = 'script, style, title, noscript, template';

/** Compiled queries, per document and per plan: parsed once, evaluated often. */
const compiled = new WeakMap<Document, Map<string, XPathExpression>>();
function compiledQuery(doc: Document, test: string, path: string): XPathExpression {
  const id = `${path}|${test}`;
  let perDoc = compiled.get(doc);
  if (!perDoc) compiled.set(doc, (perDoc = new Map()));
  let expression = perDoc.get(id);
  // Text in scripts and styles is never a label: skipped by its parent before its length is taken
  // (a real page's app state is one 500 KB text node). Labels are short: the length test then
  // spares the long texts (the story) the rest.
  const query = `${path}[not(parent::script or parent::style)][string-length(.) < 64][${test}]`;
  if (!expression) perDoc.set(id, (expression = doc.createExpression(query, null)));
  return expression;
}

/** Text nodes that may be labels: by native XPath in browsers, by a TreeWalker elsewhere (happy-dom). */
function candidateTexts(root: ParentNode, plan: LabelPlan, after?: Node): Node[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  if (typeof doc.createExpression === 'function' && plan.xpathTest) {
    // `after`: only what follows a node in document order (what the parser added since), and
    // what it holds: the node scanned last may since have received children.
    const path = after ? '(descendant::text() | following::text())' : './/text()';
    const result = compiledQuery(doc, plan.xpathTest, path).evaluate(after ?? (root as Node), 7 /* ORDERED_NODE_SNAPSHOT_TYPE */, null);
    return Array.from({ length: result.snapshotLength }, (_, i) => result.snapshotItem(i) as Node);
  }
  // Without XPath, `after` is ignored: the whole of `root` is searched, which finds a superset.
  const walker = doc.createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  return nodes;
}

/**
 * The elements whose whole text is a label of the plan, per rule, in rule order. Each node the
 * script touches costs a wrapper in the extension's isolated world: the native query finds the
 * few matching text nodes without touching the rest.
 */
export function findLabels(root: ParentNode, plan: LabelPlan, options: { after?: Node } = {}): Array<{ rule: LabelRule; label: Element }> {
  if (!plan.rules.length) return [];
  const found = new Map<LabelRule, Element[]>();
  for (const node of candidateTexts(root, plan, options.after)) {
    const value = node.nodeValue?.trim();
    const rule = value ? plan.rules.find((r) => labelMatches(r.label, value)) : undefined;
    const parent = node.parentElement;
    if (!rule || !parent || parent.closest(NOT_TEXT_CONTAINERS) || normalizedText(parent) !== value) continue;
    found.set(rule, [...(found.get(rule) ?? []), parent]);
  }
  return plan.rules.flatMap((rule) => (found.get(rule) ?? []).map((label) => ({ rule, label })));
}

/**
 * Blocks that hold the story, in any markup: a label's widget never reaches one of these. Wider
 * than SCMP's own story parts (./story.ts), because label rules are the fallback for markup the
 * hooks do not know: SCMP marks every body paragraph (./scmp-markup.ts), and any page's `article`,
 * `main` or `section` may hold the story. A widget's own `p` or heading (a video card's
 * description) does not stop the climb, the text cap below does.
 */
const STORY_BLOCKS_IN_ANY_MARKUP = `${PARAGRAPH}, h1, article, main, section`;
/** Text of the story itself: a label inside one is a word of the story, not a widget's. */
const STORY_TEXT = `${PARAGRAPH}, h1, h2`;
/** A widget around a label is small; past this much text we have climbed into the page. */
const MAX_WIDGET_TEXT = 400;

const holdsStory = (el: Element) => el.matches(STORY_BLOCKS_IN_ANY_MARKUP) || !!el.querySelector(STORY_BLOCKS_IN_ANY_MARKUP);

/** The smallest block that holds a label's whole widget: climb while the parent holds no story and little text. */
function widgetAround(label: Element): Element {
  let widget = label;
  for (let parent = widget.parentElement; parent; parent = parent.parentElement) {
    if (parent.tagName === 'BODY' || parent.tagName === 'HTML' || holdsStory(parent)) break;
    if (normalizedText(parent).length > MAX_WIDGET_TEXT) break;
    widget = parent;
  }
  return widget;
}

/**
 * The block a label rule hides, climbing from its label as the rule says (./label-shapes.ts).
 * Never a block of the story, nor one that holds it, nor the page's body: then nothing.
 */
export function widgetForLabel(label: Element, climb: Climb): Element | null {
  if (label.closest(STORY_TEXT)) return null;
  if (climb.to === 'widget') return widgetAround(label); // its parents checked on the way up
  let block: Element | null = climb.to === 'closest' ? label.closest(climb.selector) : label;
  for (let i = climb.to === 'levels' ? climb.levels : 0; i > 0; i--) block = block?.parentElement ?? null;
  return block && !block.matches('body, html') && !holdsStory(block) ? block : null;
}

/**
 * The widgets the plan's label rules hide under `root`, in rule order. Label rules are the
 * fallback for markup the selectors do not know: a label inside an element a selector rule of
 * the plan hides is left alone.
 */
export function labelWidgets(
  root: ParentNode,
  plan: LabelPlan,
  options: { after?: Node } = {},
): Array<{ rule: ClutterRule; element: Element }> {
  return findLabels(root, plan, options).flatMap(({ rule, label }) => {
    if (plan.hiddenBySelector && label.closest(plan.hiddenBySelector)) return [];
    const element = widgetForLabel(label, rule.climb);
    return element ? [{ rule, element }] : [];
  });
}
