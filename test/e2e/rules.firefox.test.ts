// What was hidden, and the reader's own rules (issue 13), in Firefox ESR: the sidebar's list
// against the page, *Show* for one ad, a rule picked with the mouse that holds after a reload
// and on the next article, and its deletion on the settings page. (Export and import are tested
// in Chromium: BiDi gives no handle on a download here.) The sidebar and settings pages are
// reached through the e2e build, as in firefox.test.ts.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureHtml, fixturePage, realPages } from '../pages';
import { launchFirefox, openExtensionPage, openScmpPage, pollUntil, sidebarPath, type FirefoxSession } from './firefox';
import { expectedShown, TOPICS } from './hidden-expected';
import { FIREFOX_E2E_BUILD } from './site';

const real = realPages()[0]!;
let session: FirefoxSession;
beforeAll(async () => {
  session = await launchFirefox(FIREFOX_E2E_BUILD);
});
afterAll(async () => {
  await session?.close();
});

async function sidebarFor(url: string): Promise<Page> {
  const sidebar = await openExtensionPage(session, sidebarPath(url));
  await pollUntil(
    sidebar,
    () => document.querySelector('.hidden-list summary') !== null,
    (v) => v,
    15_000,
  );
  await sidebar.evaluate(() => ((document.querySelector('.hidden-list') as HTMLDetailsElement).open = true));
  return sidebar;
}

const groups = (sidebar: Page) => sidebar.evaluate(() => Array.from(document.querySelectorAll('.hidden-group h3'), (h) => h.textContent));
const topicsDisplay = (page: Page) => page.evaluate((s) => getComputedStyle(document.querySelector(s) as Element).display, TOPICS);

describe('Firefox ESR: what was hidden, and the reader’s own rules', () => {
  it.each([
    ['the captured page', fixturePage.url, fixtureHtml],
    [real.name, real.url, real.html],
  ])('the sidebar’s list on %s equals what the page hides, by category, apart what SCMP does not display here', async (_, url, html) => {
    const page = await openScmpPage(session, url);
    const sidebar = await sidebarFor(url);
    const apart = await sidebar.evaluate(() =>
      Array.from(document.querySelectorAll('.not-displayed li'), (li) => li.getAttribute('data-category')),
    );
    const want = expectedShown(html, url, apart);
    expect(await groups(sidebar)).toEqual(want.groups);
    expect(want.fromView).toBeGreaterThan(3); // most of it was hidden from view
    expect(await sidebar.evaluate(() => document.querySelector('.hidden-list summary')?.textContent)).toBe(
      `${want.fromView} things hidden on this page`,
    );
    await sidebar.close();
    await page.close();
  });

  it('“Show” brings back exactly that one ad', async () => {
    const page = await openScmpPage(session, fixturePage.url);
    const sidebar = await sidebarFor(fixturePage.url);
    const visibleAds = () =>
      page.evaluate(
        () =>
          Array.from(document.querySelectorAll('[data-qa="AdSlot-Label"]')).filter((el) => (el as HTMLElement).offsetParent !== null)
            .length,
      );
    expect(await visibleAds()).toBe(0);
    await sidebar.evaluate(() => (document.querySelector('.hidden-group button[id^="reveal-"]') as HTMLButtonElement).click());
    expect(
      await pollUntil(
        page,
        () => document.querySelectorAll('[data-scmp-declutter-shown]').length,
        (n) => n > 0,
      ),
    ).toBe(1);
    expect(await visibleAds()).toBe(1);
    await sidebar.close();
    await page.close();
  });

  it('a rule picked with the mouse holds at DOMContentLoaded after a reload and on the next article, and goes when deleted', async () => {
    const page = await openScmpPage(session, fixturePage.url);
    const sidebar = await sidebarFor(fixturePage.url);
    await sidebar.evaluate(() => (document.getElementById('pick') as HTMLButtonElement).click());
    await page.bringToFront();
    await pollUntil(
      page,
      () => document.querySelector('scmp-declutter-picker') !== null,
      (v) => v,
    );
    const box = await page.evaluate((s) => (document.querySelector(s) as Element).getBoundingClientRect().toJSON() as DOMRect, TOPICS);
    await page.mouse.move(box.x + 5, box.y + box.height / 2); // over the topic's link
    await page.keyboard.press('ArrowUp'); // wider: the topic's container
    await page.keyboard.press('Enter');
    expect(
      await pollUntil(
        page,
        () => getComputedStyle(document.querySelector('[data-qa="ArticleTopic-Container"]')!).display,
        (d) => d === 'none',
      ),
    ).toBe('none');

    const recordAtDcl = (p: Page) =>
      p.evaluateOnNewDocument((s) => {
        document.addEventListener('DOMContentLoaded', () => {
          const el = document.querySelector(s);
          (window as unknown as { __topics: string }).__topics = el ? getComputedStyle(el).display : 'absent';
        });
      }, TOPICS);
    await recordAtDcl(page);
    // The reader reloads once the rule is kept: the background compiles it into storage.local,
    // which the page reads as it starts (a reload in the same instant can outrun that write).
    const kept = await pollUntil(
      sidebar,
      async () => {
        const ext = (
          globalThis as unknown as { browser: { storage: { local: { get(k: string): Promise<Record<string, { css?: string }>> } } } }
        ).browser;
        return (await ext.storage.local.get('userRulesPlan')).userRulesPlan?.css ?? '';
      },
      (css) => css.includes('ArticleTopic-Container'),
    );
    expect(kept).toContain('ArticleTopic-Container');
    await page.reload({ waitUntil: 'load' });
    expect(await page.evaluate(() => (window as unknown as { __topics: string }).__topics)).toBe('none');
    const next = await session.newPage();
    await recordAtDcl(next);
    await next.goto(real.url, { waitUntil: 'load' });
    expect(await next.evaluate(() => (window as unknown as { __topics: string }).__topics)).toBe('none');

    const options = await openExtensionPage(session, 'options.html');
    const codes = await pollUntil(
      options,
      () => Array.from(document.querySelectorAll('#user-rules li code'), (c) => c.textContent),
      (c) => c.length > 0,
    );
    expect(codes).toEqual([TOPICS]);
    await options.evaluate(() => (document.querySelector('#user-rules li button.delete') as HTMLButtonElement).click());
    expect(
      await pollUntil(
        next,
        () => getComputedStyle(document.querySelector('[data-qa="ArticleTopic-Container"]')!).display,
        (d) => d !== 'none',
      ),
    ).not.toBe('none');
    expect(await topicsDisplay(page)).not.toBe('none');
    for (const p of [page, sidebar, next, options]) await p.close();
  });
});
