/** The locales the extension ships, written as `_locales/<locale>/messages.json` at build time (wxt.config.ts). */
import { RULES } from '../rules/rules';
import { EN } from './en';
import { ruleKey } from './translate';
import { RULE_NAMES_ZH_TW, ZH_TW } from './zh-TW';

/** The locales shipped, as `_locales` names, with every message (the rules' names too). */
export function localeMessages(): Record<string, Record<string, string>> {
  const rules = (names: (id: string) => string | undefined) => Object.fromEntries(RULES.map((r) => [ruleKey(r.id), names(r.id) ?? r.name]));
  const en = { ...EN, ...rules(() => undefined) };
  const zh = { ...ZH_TW, ...rules((id) => RULE_NAMES_ZH_TW[id]) };
  // Hong Kong readers get the Traditional Chinese interface too (zh_HK falls back to en, not zh_TW).
  return { en, zh_TW: zh, zh_HK: zh };
}

/** A messages.json: `{ key: { message } }`. */
export function messagesJson(messages: Record<string, string>): string {
  return `${JSON.stringify(Object.fromEntries(Object.entries(messages).map(([k, message]) => [k, { message }])), null, 2)}\n`;
}
