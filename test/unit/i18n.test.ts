// The interface in English and Traditional Chinese (issue 14): both locales complete, the same
// values in each message, every static word of the extension's pages marked for translation,
// and the manifest's words in _locales.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN, type MessageKey } from '../../src/i18n/en';
import { RULE_NAMES_ZH_TW, ZH_TW } from '../../src/i18n/zh-TW';
import { localeMessages } from '../../src/i18n/locales';
import { english, makeTranslate, ruleKey } from '../../src/i18n/translate';
import { RULES } from '../../src/rules/rules';
import { PROJECT_DIR } from '../pages';
import { parsePage } from './dom';

const values = (text: string) => [...text.matchAll(/\{(\d)\}/g)].map((m) => m[1]).sort();

describe('the locales', () => {
  const locales = localeMessages();

  it('are English, Traditional Chinese, and the same for Hong Kong', () => {
    expect(Object.keys(locales)).toEqual(['en', 'zh_TW', 'zh_HK']);
    expect(locales.zh_HK).toEqual(locales.zh_TW);
  });

  it('have every message in every locale, none empty, each with the same values to fill in', () => {
    const keys = Object.keys(locales.en!).sort();
    for (const [locale, messages] of Object.entries(locales)) {
      expect(Object.keys(messages).sort(), locale).toEqual(keys);
      for (const key of keys) {
        expect(messages[key], `${locale} ${key}`).toMatch(/\S/);
        expect(values(messages[key]!), `${locale} ${key}`).toEqual(values(locales.en![key]!));
      }
    }
  });

  it('name every built-in rule in Chinese, and translate the interface (not a copy of the English)', () => {
    expect(Object.keys(RULE_NAMES_ZH_TW).sort()).toEqual(RULES.map((r) => r.id).sort());
    const same = (Object.keys(EN) as MessageKey[]).filter((k) => ZH_TW[k] === EN[k]);
    expect(same).toEqual([]);
  });

  it('use message names the browsers accept', () => {
    for (const key of Object.keys(locales.en!)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });
});

describe('a translation', () => {
  it('fills in values, and falls back to English for a message the browser lacks', () => {
    const zh = makeTranslate((key) => (key === 'minRead' ? ZH_TW.minRead : key === ruleKey('ad-slot') ? RULE_NAMES_ZH_TW['ad-slot'] : ''));
    expect(zh('minRead', 3)).toBe('閱讀時間 3 分鐘');
    expect(zh('listen')).toBe('Listen');
    expect(zh.rule('ad-slot')).toBe('廣告位');
    expect(english('hiddenMany', 12)).toBe('12 things hidden on this page');
    expect(english.rule('video-promo-card')).toBe('Video promo');
  });
});

describe('the extension’s pages', () => {
  const pages = readdirSync(join(PROJECT_DIR, 'entrypoints'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(PROJECT_DIR, 'entrypoints', d.name, 'index.html'));

  it.each(pages)('%s marks every word it shows for translation', (file) => {
    const doc = parsePage(readFileSync(file, 'utf8'));
    const unmarked: string[] = [];
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      if (['SCRIPT', 'STYLE', 'HTML', 'HEAD', 'BODY'].includes(el.tagName)) continue;
      const ownText = Array.from(el.childNodes)
        .filter((n) => n.nodeType === 3)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      if (ownText && !/^A[−+]$/.test(ownText) && !el.hasAttribute('data-i18n')) unmarked.push(`<${el.localName}> ${ownText}`);
      if (el.hasAttribute('aria-label') && !el.hasAttribute('data-i18n-label')) unmarked.push(`<${el.localName} aria-label>`);
    }
    expect(unmarked).toEqual([]);
  });

  it('the manifest’s words come from _locales', () => {
    const config = readFileSync(join(PROJECT_DIR, 'wxt.config.ts'), 'utf8');
    for (const key of ['extName', 'extDescription', 'actionTitle', 'commandCleanView']) {
      expect(config).toContain(`__MSG_${key}__`);
      expect(EN).toHaveProperty(key);
    }
    expect(config).toContain("default_locale: 'en'");
  });
});
