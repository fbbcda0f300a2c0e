/**
 * The rules module as the page's scripts get it, written at build time (wxt.config.ts) from the
 * records themselves. Each rule's `why`, `name` and test `example` are for people and tests: the
 * page never reads them. And the page's first script must stay small (under 13.6 KiB), so the
 * records are written compactly: a run of rules of one category states it once, and SCMP's hook
 * attribute is spelled once. The module evaluates to the same rules, less those three fields
 * (test/unit/page-rules.test.ts).
 */
import type { ClutterRule } from './rules';
import { HOOK_ATTRIBUTE } from './scmp-markup';

/** How every hook of a rule's selector begins: written once in the module, as `${HOOK}`. */
const HOOK_OPENING = `[${HOOK_ATTRIBUTE}="`;

/** A selector as a template literal with the hook's opening as `${HOOK}`. */
function selectorSource(selector: string): string {
  if (/[`\\$]/.test(selector)) throw new Error(`a selector the page module cannot write as a template: ${selector}`);
  return `\`${selector.split(HOOK_OPENING).join('${HOOK}')}\``;
}

/** One rule for the page, without its category (its run says it), `why`, `name` or `example`. */
function ruleSource(rule: ClutterRule): string {
  const fields = [`id:${JSON.stringify(rule.id)}`];
  if (rule.selector !== undefined) fields.push(`selector:${selectorSource(rule.selector)}`);
  if (rule.label?.kind === 'exact') fields.push(`label:exactLabel(${JSON.stringify(rule.label.text)})`);
  if (rule.label?.kind === 'pattern') fields.push(`label:patternLabel(${JSON.stringify(rule.label.name)})`);
  if (rule.climb !== undefined) fields.push(`climb:${JSON.stringify(rule.climb)}`);
  return `{${fields.join(',')}}`;
}

/** Consecutive rules of one category, in rule order. */
function runsOfCategory(rules: readonly ClutterRule[]): ClutterRule[][] {
  const runs: ClutterRule[][] = [];
  for (const rule of rules) {
    const last = runs.at(-1);
    if (last && last[0]!.category === rule.category) last.push(rule);
    else runs.push([rule]);
  }
  return runs;
}

/** The module's source; `from` is where it finds the rules' own modules (the folder of ./rules.ts). */
export function pageRulesModule(rules: readonly ClutterRule[], from = '.'): string {
  const runs = runsOfCategory(rules).map((run) => `...inCategory(${JSON.stringify(run[0]!.category)},[${run.map(ruleSource).join(',')}])`);
  return [
    `import { exactLabel, patternLabel } from '${from}/label-shapes';`,
    `import { HOOK_ATTRIBUTE } from '${from}/scmp-markup';`,
    'const HOOK = `[${HOOK_ATTRIBUTE}="`;',
    'const inCategory = (category, rules) => rules.map((rule) => ({ ...rule, category }));',
    `export const RULES = [${runs.join(',')}];`,
  ].join('\n');
}
