/** What the panel's list of hidden things must say of a page: the pipeline's own count of the widgets the rules hide. */
import { JSDOM, VirtualConsole } from 'jsdom'; // a quiet console: a page's CSS jsdom cannot parse is not news
import { CATEGORY_LABELS } from '../../src/extension/category-labels';
import { CLUTTER_CATEGORIES } from '../../src/rules/categories';
import { matchRules, outermost } from '../../src/rules/match';
import { RULES } from '../../src/rules/rules';

/** The group headings, in the settings' order of categories: "Ads and “Advertisement” labels (4)". */
export function expectedGroups(html: string, url: string): string[] {
  const doc = new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
  const counts = new Map<string, number>();
  for (const m of outermost(matchRules(doc, RULES))) counts.set(m.rule.category, (counts.get(m.rule.category) ?? 0) + 1);
  return CLUTTER_CATEGORIES.filter((c) => counts.has(c)).map((c) => `${CATEGORY_LABELS[c]} (${counts.get(c)})`);
}

/**
 * The list the panel must show, given the categories of what it lists as not displayed by SCMP
 * here (`apart`, one per item): the pipeline's count by category less those, and their group last.
 * `fromView` is how many things were hidden from view.
 */
export function expectedShown(html: string, url: string, apart: readonly (string | null)[]): { groups: string[]; fromView: number } {
  const shown = expectedGroups(html, url).flatMap((g) => {
    const [, label, n] = /^(.*) \((\d+)\)$/.exec(g)!;
    const category = Object.entries(CATEGORY_LABELS).find(([, l]) => l === label)![0];
    const left = Number(n) - apart.filter((c) => c === category).length;
    return left ? [{ text: `${label} (${left})`, left }] : [];
  });
  const last = apart.length ? [`Not displayed by SCMP here (${apart.length})`] : [];
  return { groups: [...shown.map((g) => g.text), ...last], fromView: shown.reduce((n, g) => n + g.left, 0) };
}

/** The widget the rule tests pick: on the captured page and on every real page. */
export const TOPICS = '[data-qa="ArticleTopic-Container"]';

/** Diagnostics' "Rules matched" line for a page: the widgets each rule hides, the outermost once, in the rules' order. */
export function expectedRulesLine(html: string, url: string): string {
  const doc = new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
  const counts = new Map<string, number>();
  for (const m of outermost(matchRules(doc, RULES))) counts.set(m.rule.id, (counts.get(m.rule.id) ?? 0) + 1);
  return `Rules matched: ${RULES.filter((r) => counts.has(r.id))
    .map((r) => `${r.id} ×${counts.get(r.id)}`)
    .join(', ')}`;
}
