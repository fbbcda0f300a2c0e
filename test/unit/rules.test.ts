import { describe, expect, it } from 'vitest';
import { LABEL_PATTERNS } from '../../src/rules/label-shapes';
import { matchRules } from '../../src/rules/match';
import { RULES } from '../../src/rules/rules';
import { STORY_HOLDER, STORY_PART } from '../../src/rules/story';
import { fixtureHtml, realPages, strippedFixture } from '../pages';
import { parsePage } from './dom';

const REAL = realPages();
const pages: Record<string, string> = Object.fromEntries([
  ['captured-2023', fixtureHtml],
  ['captured-2023-stripped', strippedFixture],
  ...REAL.map((p) => [p.name, p.html]),
]);

/*
 * Each rule's record holds its example (the page that holds its element and exactly how many it
 * matches there, or a snippet in SCMP's shape): this file loops over the records. Adding a rule is
 * adding a record, and its name in Traditional Chinese (RULE_NAMES_ZH_TW in src/i18n/zh-TW.ts,
 * held complete by i18n.test.ts).
 */
describe('the rules', () => {
  it('rule ids are unique and every rule says why', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) expect(r.why.length, r.id).toBeGreaterThan(10);
  });

  it('no rule relies on a hashed class name', () => {
    for (const r of RULES) expect(r.selector ?? '', r.id).not.toMatch(/\.(css-|e[0-9a-z]{5,}\d)/);
  });
});

describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
  it('matches its element', () => {
    const { example } = rule;
    const html = 'snippet' in example ? `<body>${example.snippet}</body>` : pages[example.page];
    expect(html, `${rule.id}: its example page is one of the tests' pages`).toBeDefined();
    const matches = matchRules(parsePage(html!), [rule]);
    expect(matches).toHaveLength(example.count);
    for (const m of matches) {
      if (rule.selector) expect(m.element.matches(rule.selector)).toBe(true);
      if (rule.label?.kind === 'exact') expect(m.element.textContent).toContain(rule.label.text);
      // The label's own shape, unanchored: the widget holds the label among its other text.
      if (rule.label?.kind === 'pattern')
        expect(m.element.textContent).toMatch(new RegExp(LABEL_PATTERNS[rule.label.name].test.source.replace(/^\^|\$$/g, '')));
    }
  });

  it('matches nothing in the story on any page (headline, key points, body paragraphs)', () => {
    for (const [name, html] of Object.entries(pages)) {
      const doc = parsePage(html);
      const storyCount = doc.querySelectorAll('[datatype="p"]').length;
      expect(storyCount, name).toBeGreaterThan(0);
      for (const { element } of matchRules(doc, [rule])) {
        expect(element.closest(STORY_PART), `${name}: inside the story`).toBeNull();
        expect(element.querySelector(STORY_HOLDER), `${name}: holds the story`).toBeNull();
      }
    }
  });
});
