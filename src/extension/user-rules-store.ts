/**
 * The reader's own rules in the extension: added by the picker, kept in `storage.sync`, compiled
 * into `storage.local` for the pages to read as they start. The checks are src/rules/user-rules.ts.
 */
import { compileUserRules, LIMITS, storedBytes, type UserRule } from '../rules/user-rules';
import type { UserRulesPlan } from './messages';
import { loadUserRules, userRulesItem, userRulesPlanItem } from './storage';
import { t } from './i18n';

export function planOf(rules: readonly UserRule[]): UserRulesPlan {
  return { css: compileUserRules(rules), rules: rules.filter((r) => r.enabled).map(({ id, selector }) => ({ id, selector })) };
}

/** A rule made now; its id from the time and a random part (two picks in one millisecond differ). */
export function newRule(selector: string, description: string, page: string, now = new Date()): UserRule {
  const id = `r${now.getTime().toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
  return {
    id,
    selector,
    enabled: true,
    description: description.slice(0, LIMITS.descriptionChars),
    page: page.slice(0, LIMITS.pageChars),
    created: now.toISOString(),
  };
}

/** Adds a rule (the page has checked it against its story); refused at the storage's limits. */
export async function addUserRule(rule: UserRule): Promise<{ ok: true } | { ok: false; reason: string }> {
  const rules = await loadUserRules();
  if (rules.some((r) => r.selector === rule.selector)) return { ok: false, reason: t('ruleDuplicate') };
  const next = [...rules, rule];
  if (next.length > LIMITS.rules || storedBytes(next) > LIMITS.storedBytes) {
    return {
      ok: false,
      reason: t('rulesFull', LIMITS.rules),
    };
  }
  await userRulesItem.setValue(next);
  return { ok: true };
}

/** Keeps the pages' compiled copy in step with the stored rules; returns the plan written. */
export async function refreshPlan(): Promise<UserRulesPlan> {
  const plan = planOf(await loadUserRules());
  await userRulesPlanItem.setValue(plan);
  return plan;
}
