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
const ANXIOUS = 'anxious-wait-for-relatives-of-people-still-missing-in-deadly-hong-kong-fire';
const LIVE = 'major-fire-in-hong-kongs-tai-po-leaves-2-severely-burned-residents-trapped';

/**
 * One line per rule: the page that holds its element and exactly how many elements it matches
 * there. A rule confirmed on SCMP (../shared/scmp-dom.md) but absent from our pages gets a
 * snippet in SCMP's shape instead. Adding a rule is adding a record, a line here, and its name in
 * Traditional Chinese (RULE_NAMES_ZH_TW in src/i18n/zh-TW.ts, held complete by i18n.test.ts).
 */
const EXAMPLES: Record<string, { page: string; count: number } | { snippet: string; count: number }> = {
  'ad-slot': { page: 'captured-2023', count: 4 },
  'ad-header-slot': { page: ANXIOUS, count: 1 },
  'ad-app-bar-slot': { page: ANXIOUS, count: 1 },
  'ad-mobile-header-slot': { page: LIVE, count: 2 },
  'ad-outstream-slot': { page: ANXIOUS, count: 1 },
  'ad-inline-slot': { page: 'captured-2023', count: 3 },
  'ad-top-picks-slot': { snippet: '<div data-qa="GenericArticle-TopPicksAdSlot"><div data-qa="AdSlot-Container"></div></div>', count: 1 },
  'ad-right-rail-slot': { page: LIVE, count: 1 },
  'ad-gpt-target': { page: 'captured-2023', count: 4 },
  'ad-label': { page: 'captured-2023', count: 4 },
  'tts-player': { page: ANXIOUS, count: 1 },
  'tts-trigger': { page: ANXIOUS, count: 7 },
  'tts-voice-label': { page: 'captured-2023', count: 1 },
  'tts-speed-label': { page: 'captured-2023', count: 1 },
  'tts-listening-speed-label': { page: ANXIOUS, count: 1 },
  'video-promo-card': { page: 'captured-2023', count: 1 },
  'video-duration-label': { page: 'captured-2023-stripped', count: 1 },
  'video-youtube-embed': { page: LIVE, count: 1 },
  'reading-time': { page: 'captured-2023', count: 1 },
  'trust-label': { page: 'captured-2023', count: 1 },
  'reading-time-label': { page: 'captured-2023-stripped', count: 1 },
  'trust-label-text': { page: 'captured-2023-stripped', count: 1 },
  'comment-count': { page: 'captured-2023', count: 1 },
  'action-widgets': { page: 'captured-2023', count: 1 },
  'live-update-alert': { page: LIVE, count: 1 },
  'related-more-on-this': { page: 'captured-2023', count: 1 },
  'related-bottom-carousel': { page: ANXIOUS, count: 2 },
  'related-right-rail': { page: LIVE, count: 1 },
  'google-one-tap': { page: ANXIOUS, count: 1 },
  'paywall-loading': { page: 'captured-2023', count: 1 },
};

describe('the rules', () => {
  it('every rule has an example here, and every example a rule', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

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
    const example = EXAMPLES[rule.id];
    if (!example) throw new Error(`no example for ${rule.id}`);
    const html = 'snippet' in example ? `<body>${example.snippet}</body>` : pages[example.page];
    const matches = matchRules(parsePage(html ?? ''), [rule]);
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
