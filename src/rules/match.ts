/** The rules applied to a document, for the pipeline: which element each rule matches, and counts. */
import { CLUTTER_CATEGORIES, type ClutterCategory } from './categories';
import { labelWidgets, planLabels } from './labels';
import type { ClutterRule } from './rules';

export interface ClutterMatch {
  rule: ClutterRule;
  element: Element;
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
  return [...matches, ...labelWidgets(root, planLabels(rules))];
}

/** Drop matches that sit inside another match: one widget counts (and is hidden) once. */
export function outermost<M extends { element: Element }>(matches: readonly M[]): M[] {
  const elements = new Set(matches.map((m) => m.element));
  const seen = new Set<Element>();
  const result: M[] = [];
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
