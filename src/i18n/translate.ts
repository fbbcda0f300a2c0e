/**
 * Words of the interface by key: `t('minRead', 3)` → "3 min read". The pure code takes a
 * `Translate` and defaults to English (the command line, the tests); the extension's pages pass
 * one that asks the browser (`browser.i18n`, src/extension/i18n.ts), which picks the locale.
 */
import type { ClutterCategory } from '../rules/categories';
import { RULES } from '../rules/rules';
import { EN, type MessageKey } from './en';

export type { MessageKey };

export interface Translate {
  (key: MessageKey, ...values: (string | number)[]): string;
  /** A built-in rule's name, by its id. */
  rule(id: string): string;
}

/** A rule's message key (`rule_ad_slot`): messages.json allows letters, digits and `_` only. */
export const ruleKey = (id: string) => `rule_${id.replace(/-/g, '_')}`;
export const categoryKey = (category: ClutterCategory) => `category_${category.replace(/-/g, '_')}` as MessageKey;

const fill = (text: string, values: readonly (string | number)[]) =>
  text.replace(/\{(\d)\}/g, (m, n: string) => String(values[Number(n) - 1] ?? m));

/** A `Translate` over a lookup by key (empty or undefined: the English words). */
export function makeTranslate(lookup: (key: string) => string | undefined): Translate {
  const t = ((key: MessageKey, ...values: (string | number)[]) => fill(lookup(key) || EN[key], values)) as Translate;
  t.rule = (id) => lookup(ruleKey(id)) || RULES.find((r) => r.id === id)?.name || id;
  return t;
}

export const english: Translate = makeTranslate(() => undefined);
