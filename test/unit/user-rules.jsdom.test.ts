// @vitest-environment jsdom
// The reader's own rules (issue 13): the selector the picker makes, the checks every rule passes
// (on save and on import), the stylesheet they compile to. Under jsdom: its selector engine is
// strict, as the browsers' are (happy-dom accepts some selectors browsers refuse).
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { matchRules } from '../../src/rules/match';
import { RULES } from '../../src/rules/rules';
import { buildSelector, describeElement } from '../../src/page/selector-builder';
import { STORY_PART } from '../../src/rules/story';
import {
  compileStylesheet,
  HIDDEN_ATTRIBUTE,
  hidingSelectors,
  SHOWING_ATTRIBUTE,
  showingValue,
  SHOWN_ATTRIBUTE,
  SHOWN_EXCEPTION,
  splitSelectorList,
  unlessShown,
} from '../../src/rules/stylesheet';
import {
  checkSelector,
  compileUserRules,
  LIMITS,
  normalizeUserRules,
  parseRulesFile,
  rulesFile,
  storySkeleton,
  type UserRule,
} from '../../src/rules/user-rules';
import { CLUTTER_CATEGORIES } from '../../src/rules/categories';
import { fixtureHtml, realPages } from '../pages';
import { parsePage } from './dom';
import { english } from '../../src/i18n/translate';

const pages = [{ name: 'captured-2023', html: fixtureHtml }, ...realPages()];
const skeleton = storySkeleton((html) => parsePage(html));

const rule = (selector: string, extra: Partial<UserRule> = {}): UserRule => ({
  id: `r-${selector.length}`,
  selector,
  enabled: true,
  description: 'a widget',
  page: 'https://www.scmp.com/news/hong-kong/article/1/x',
  created: '2026-12-02T06:00:00.000Z',
  ...extra,
});

describe.each(pages)('the picker’s selector on $name', ({ html }) => {
  const doc = parsePage(html);
  // Every widget the built-in rules hide is something a reader might pick instead.
  const widgets = matchRules(doc, RULES).map((m) => m.element);

  it('matches the picked widget, by stable hooks only, and passes the story check', () => {
    expect(widgets.length).toBeGreaterThan(5);
    for (const el of widgets) {
      const selector = buildSelector(el);
      expect(Array.from(doc.querySelectorAll(selector)), selector).toContain(el);
      expect(selector, 'no class name').not.toMatch(/\.[A-Za-z_-]|\[class/);
      expect(checkSelector(selector, doc), selector).toEqual({ ok: true });
    }
  });

  it('is refused for the headline, a key point and a body paragraph', () => {
    for (const part of Array.from(doc.querySelectorAll(STORY_PART)).slice(0, 6)) {
      const check = checkSelector(buildSelector(part), doc, english);
      expect(check).toEqual({ ok: false, reason: 'It would hide the headline, the key points or the story itself.' });
    }
  });
});

describe('the picker’s selector', () => {
  const doc = parsePage(fixtureHtml);

  it('takes the data-qa hook, which also matches the widget’s repeats', () => {
    const slots = Array.from(doc.querySelectorAll('[data-qa="AdSlot-Container"]'));
    expect(buildSelector(slots[1]!)).toBe('[data-qa="AdSlot-Container"]');
    expect(doc.querySelectorAll(buildSelector(slots[1]!))).toHaveLength(slots.length);
  });

  it('walks up to the nearest hook for an element that has none, by tag and position', () => {
    const thumbnail = doc.querySelector('[data-qa="Component-SCMPYoutubeVideoContainer"] img')!;
    const selector = buildSelector(thumbnail);
    expect(selector).toBe('[data-qa="SCMPYoutubeVideo-ThumbnailContainer"] > img');
    expect(Array.from(doc.querySelectorAll(selector))).toEqual([thumbnail]);
  });

  it('skips generated ids and takes a label or role', () => {
    const page = parsePage(
      '<body><div id="div-gpt-ad-1700000000-0"><aside aria-label="Sponsored"><p>x</p></aside></div><nav id="r123abc" role="navigation"></nav><div id="promo-box"></div></body>',
    );
    expect(buildSelector(page.querySelector('aside')!)).toBe('aside[aria-label="Sponsored"]');
    expect(buildSelector(page.querySelector('nav')!)).toBe('nav[role="navigation"]');
    expect(buildSelector(page.getElementById('promo-box')!)).toBe('[id="promo-box"]');
    expect(buildSelector(page.querySelector('aside p')!)).toBe('aside[aria-label="Sponsored"] > p');
  });

  it('leaves a hook that would hide the story for the path from the hook above', () => {
    // On this page SCMP gives the body's links the same data-qa as the topic's link.
    const live = parsePage(realPages().find((p) => p.name.startsWith('major-fire'))!.html);
    const topic = live.querySelector('[data-qa="ArticleTopic-Container"] > a')!;
    expect(buildSelector(topic)).toBe('[data-qa="BaseLink-renderAnchor-StyledAnchor"]'); // every link of the page
    expect(checkSelector(buildSelector(topic), live).ok).toBe(false);
    const selector = buildSelector(topic, (s) => checkSelector(s, live).ok);
    expect(selector).toBe('[data-qa="ArticleTopic-Container"] > a');
    expect(Array.from(live.querySelectorAll(selector))).toEqual([topic]);
  });

  it('names what it hides for the reader', () => {
    const slot = doc.querySelector('[data-qa="AdSlot-Container"]')!;
    expect(describeElement(slot)).toBe('AdSlot-Container: “Advertisement”');
  });
});

describe('the stylesheet', () => {
  it('splits selector lists at top-level commas only', () => {
    expect(splitSelectorList('a, [title="x, y"], :is(b, c) > d')).toEqual(['a', '[title="x, y"]', ':is(b, c) > d']);
  });

  it('lets the reader see one element again, by one attribute', () => {
    const css = compileStylesheet(RULES);
    const doc = parsePage(`<head><style>${css}</style></head><body>${fixtureHtml}</body>`);
    const slot = doc.querySelector('[data-qa="AdSlot-Container"]')!;
    expect(slot.matches(unlessShown('[data-qa="AdSlot-Container"]'))).toBe(true);
    slot.setAttribute(SHOWN_ATTRIBUTE, '');
    expect(slot.matches(unlessShown('[data-qa="AdSlot-Container"]'))).toBe(false);
  });

  it('hides each selector of each built-in rule unless the root shows its category, and the label mark', () => {
    const selectors = hidingSelectors(RULES);
    const parts = RULES.flatMap((r) => (r.selector ? splitSelectorList(r.selector) : []));
    expect(selectors).toHaveLength(parts.length + 1);
    expect(selectors.at(-1)).toBe(`[${HIDDEN_ATTRIBUTE}]`);
    expect(compileStylesheet(RULES)).toBe(
      `${selectors.map((s) => `${s}${SHOWN_EXCEPTION}`).join(',\n')} {\n  display: none !important;\n}\n`,
    );
    const { window } = new JSDOM(`<head><style>${compileStylesheet(RULES)}</style></head><body>${fixtureHtml}</body>`, {
      virtualConsole: new VirtualConsole(), // the fixture's own CSS, which jsdom cannot parse, is not news
    });
    const doc = window.document;
    const shown = (selector: string) => window.getComputedStyle(doc.querySelector(selector)!).display !== 'none';
    const [ad, promo] = ['[data-qa="AdSlot-Container"]', '[data-qa="Component-SCMPYoutubeVideoContainer"]'];
    expect([shown(ad), shown(promo)]).toEqual([false, false]);
    doc.documentElement.setAttribute(SHOWING_ATTRIBUTE, showingValue(new Set(CLUTTER_CATEGORIES.filter((c) => c !== 'video-promos')))!);
    expect([shown(ad), shown(promo)]).toEqual([false, true]);
    doc.documentElement.setAttribute(SHOWING_ATTRIBUTE, showingValue(new Set())!);
    expect([shown(ad), shown(promo)]).toEqual([true, true]);
  });

  it('has a block for each rule that is on', () => {
    const css = compileUserRules([rule('[data-qa="A"], [data-qa="B"]'), rule('[data-qa="C"]', { enabled: false })]);
    expect(css).toBe(
      `[data-qa="A"]:not([${SHOWN_ATTRIBUTE}]):not([${SHOWN_ATTRIBUTE}] *),\n[data-qa="B"]:not([${SHOWN_ATTRIBUTE}]):not([${SHOWN_ATTRIBUTE}] *) {\n  display: none !important;\n}\n`,
    );
  });
});

describe('importing rules', () => {
  const good = [rule('[data-qa="Newsletter-Box"]'), rule('[data-qa="PromoRail"] > div:nth-of-type(2)', { id: 'r-2' })];

  it('reads back what it exported', () => {
    expect(parseRulesFile(rulesFile(good), skeleton)).toEqual({ ok: true, rules: good });
  });

  it.each([
    ['malformed JSON', '{"format": ', 'The file is not JSON.'],
    ['another shape', JSON.stringify({ rules: 'all' }), 'The file is not a Declutter for SCMP rules file.'],
    [
      'an unknown version',
      JSON.stringify({ format: 'declutter-scmp-rules', version: 2, rules: [] }),
      'The file is of version 2, which this version cannot read.',
    ],
    [
      'a rule that is not one',
      JSON.stringify({ format: 'declutter-scmp-rules', version: 1, rules: [{ selector: 5 }] }),
      'Rule 1 is not a rule.',
    ],
    ['a selector that does not parse', rulesFile([rule('div[')]), 'Rule 1: “div[” is not a CSS selector.'],
    [
      'a selector that would hide the body',
      rulesFile([good[0]!, rule('section p', { id: 'x' })]),
      'Rule 2: It would hide the headline, the key points or the story itself.',
    ],
    [
      'a selector that would hide the headline',
      rulesFile([rule('h1')]),
      'Rule 1: It would hide the headline, the key points or the story itself.',
    ],
    ['CSS with braces', rulesFile([rule('div {} body')]), 'Rule 1: A rule is a selector only, without braces.'],
    [
      'too many rules',
      rulesFile(Array.from({ length: LIMITS.rules + 1 }, (_, n) => rule(`[data-qa="W${n}"]`, { id: `r${n}` }))),
      `More than ${LIMITS.rules} rules: the browser’s synced storage holds no more.`,
    ],
    ['an oversize file', ' '.repeat(LIMITS.fileBytes + 1), 'The file is too large to be a rules file.'],
    [
      'rules too large to store',
      rulesFile(Array.from({ length: 30 }, (_, n) => rule(`[data-qa="${'W'.repeat(250)}${n}"]`, { id: `r${n}` }))),
      'These rules are too large for the browser’s synced storage.',
    ],
  ])('refuses %s, saying why', (_, text, reason) => {
    expect(parseRulesFile(text, skeleton, english)).toEqual({ ok: false, reason });
  });
});

describe('stored rules', () => {
  it('are repaired on read: what is not a rule is dropped', () => {
    expect(normalizeUserRules([rule('[data-qa="A"]'), null, { id: 'x' }, 'junk'])).toEqual([rule('[data-qa="A"]')]);
    expect(normalizeUserRules('garbage')).toEqual([]);
  });
});
