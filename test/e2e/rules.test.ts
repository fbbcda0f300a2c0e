// What was hidden, and the reader's own rules (issue 13), in Chromium and in Firefox ESR: the
// panel's list (Firefox's sidebar page) against the page, *Show* for one ad and *Hide* again, a
// rule picked with the mouse that holds at DOMContentLoaded after a reload and on the next
// article, and its deletion on the settings page. One scenario, run in both browsers; what only
// Chromium's tests cover (every *Show* of every real page, the list following the page, export
// and import, axe): rules.chromium.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureHtml, fixturePage, realPages } from '../pages';
import { expectedShown, TOPICS } from './hidden-expected';
import { READER_BROWSERS, waitIn, type ReaderBrowser, type Tab, type View } from './reader';

const real = realPages()[0]!;

const summary = () => document.querySelector('.hidden-list summary')?.textContent ?? null;
const groups = () => Array.from(document.querySelectorAll('.hidden-group h3'), (h) => h.textContent);
const notDisplayed = () => Array.from(document.querySelectorAll('.not-displayed li'), (li) => li.getAttribute('data-category'));
/** The elements the reader's *Show* brought back, each: whether it has a box on the page. */
const revealed = () =>
  Array.from(document.querySelectorAll('[data-scmp-declutter-shown]'), (el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  });
const visibleAdLabels = () =>
  Array.from(document.querySelectorAll('[data-qa="AdSlot-Label"]')).filter((el) => (el as HTMLElement).offsetParent !== null).length;
const topicsDisplay = (selector: string) => {
  const el = document.querySelector(selector);
  return el ? getComputedStyle(el).display : 'absent';
};
/** Runs in the page before its own scripts: the topics' display at DOMContentLoaded. */
const recordTopicsAtDcl = (selector: string) => {
  document.addEventListener('DOMContentLoaded', () => {
    const el = document.querySelector(selector);
    (window as unknown as { __topics: string }).__topics = el ? getComputedStyle(el).display : 'absent';
  });
};
const topicsAtDcl = () => (window as unknown as { __topics?: string }).__topics;

describe.each(READER_BROWSERS)('$name: what was hidden, and the reader’s own rules', ({ launch }) => {
  let reader: ReaderBrowser;
  beforeAll(async () => {
    reader = await launch();
  });
  afterAll(async () => {
    await reader?.close();
  });

  /** The page, and its panel with the list of what was hidden open. */
  async function open(url: string): Promise<{ page: Tab; panel: Tab }> {
    const page = await reader.openPage(url);
    const panel = await reader.openPanel(url, { ready: '.hidden-list summary' });
    await reader.click(panel, '.hidden-list summary');
    return { page, panel };
  }

  const waitFor = <T>(view: View, fn: (arg: string) => T | Promise<T>, want: T, arg = '') =>
    waitIn(view, fn, (v) => JSON.stringify(v) === JSON.stringify(want), 10_000, arg);

  it.each([
    ['the captured page', fixturePage.url, fixtureHtml],
    [real.name, real.url, real.html],
  ])('the list on %s equals what the page hides, by category, apart what SCMP does not display here', async (_, url, html) => {
    const { page, panel } = await open(url);
    const want = expectedShown(html, url, await panel.run(notDisplayed));
    expect(await panel.run(groups)).toEqual(want.groups);
    expect(want.fromView).toBeGreaterThan(3); // most of it was hidden from view
    expect(await panel.run(summary)).toBe(`${want.fromView} things hidden on this page`);
    await panel.close();
    await page.close();
  });

  it('“Show” brings back exactly that one ad, and “Hide” takes it away again', async () => {
    const { page, panel } = await open(fixturePage.url);
    const first = '.hidden-group:first-of-type button[id^="reveal-"]';
    const label = () => document.querySelector('.hidden-group:first-of-type button[id^="reveal-"]')?.textContent;
    expect(await page.run(visibleAdLabels)).toBe(0);
    await reader.click(panel, first);
    expect(await waitFor(page, revealed, [true])).toEqual([true]);
    expect(await page.run(visibleAdLabels)).toBe(1);
    expect(await waitFor(panel, label, 'Hide')).toBe('Hide'); // the list drawn again
    await reader.click(panel, first);
    expect(await waitFor(page, revealed, [])).toEqual([]);
    expect(await waitFor(panel, label, 'Show')).toBe('Show');
    await panel.close();
    await page.close();
  });

  it('a rule picked with the mouse hides the widget, holds at DOMContentLoaded after a reload and on the next article, and goes when deleted', async () => {
    const { page, panel } = await open(fixturePage.url);
    await reader.click(panel, '#pick');
    await page.bringToFront();
    expect(await waitFor(page, () => document.querySelector('scmp-declutter-picker') !== null, true)).toBe(true);
    const box = await page.run((s) => (document.querySelector(s) as Element).getBoundingClientRect().toJSON() as DOMRect, TOPICS);
    await page.mouseMove(box.x + 5, box.y + box.height / 2); // over the topic's link
    await page.press('ArrowUp'); // wider: the topic's container
    await page.press('Enter');
    expect(await waitFor(page, topicsDisplay, 'none', TOPICS)).toBe('none');
    expect(await page.run(() => document.querySelector('scmp-declutter-picker') === null)).toBe(true);

    // The reader reloads once the rule is kept: the background compiles it into storage.local,
    // which the page reads as it starts (a reload in the same instant can outrun that write).
    const kept = async () => {
      type Storage = { storage: { local: { get(k: string): Promise<Record<string, { css?: string }>> } } };
      const api = globalThis as unknown as { browser?: Storage; chrome: Storage };
      return ((await (api.browser ?? api.chrome).storage.local.get('userRulesPlan')).userRulesPlan?.css ?? '').includes(
        'ArticleTopic-Container',
      );
    };
    expect(await waitFor(panel, kept, true)).toBe(true);
    await page.addInitScript(recordTopicsAtDcl, TOPICS);
    await page.reload();
    expect(await page.run(topicsAtDcl)).toBe('none');
    const next = await reader.openPage(real.url, { initScript: recordTopicsAtDcl, initArg: TOPICS });
    expect(await next.run(topicsAtDcl)).toBe('none');

    const options = await reader.openExtensionPage('options.html');
    const codes = () => Array.from(document.querySelectorAll('#user-rules li code'), (c) => c.textContent);
    expect(await waitFor(options, codes, [TOPICS])).toEqual([TOPICS]);
    await reader.click(options, '#user-rules li button.delete');
    await next.bringToFront();
    expect(await waitIn(next, topicsDisplay, (d) => d !== 'none', 10_000, TOPICS)).not.toBe('none');
    expect(await page.run(topicsDisplay, TOPICS)).not.toBe('none');
    for (const tab of [page, panel, next, options]) await tab.close();
  });
});
