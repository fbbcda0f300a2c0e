import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLUTTER_STRINGS, expected, fixturePage } from '../pages';
import { cleanViewFrame, launchFirefox, openExtensionPage, pollUntil, sidebarPath, type FirefoxSession } from './firefox';
import { FIREFOX_E2E_BUILD, hidingInForce, insertLateAds } from './site';

/** Open the fixture until the content script has run (known trap: the first page after install may miss it). */
async function openFixture(session: FirefoxSession): Promise<Page> {
  const page = await session.newPage();
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.goto(fixturePage.url, { waitUntil: 'domcontentloaded' });
    if (await pollUntil(page, hidingInForce, (v) => v, 3_000)) return page;
  }
  throw new Error('the content script never ran');
}

describe('Firefox ESR with the production build', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('installs the extension and runs its content script on the intercepted scmp.com article', async () => {
    const page = await openFixture(session);
    expect(await page.evaluate(hidingInForce)).toBe(true);
    const text = await page.evaluate(() => document.body.innerText);
    for (const p of expected.bodyParagraphs) expect(text).toContain(p);
    for (const c of CLUTTER_STRINGS) expect(text.includes(c), c).toBe(false);
    await page.close();
  });

  it('hides an ad that a page script inserts after load, by its slot and by its label', async () => {
    const page = await openFixture(session);
    await page.evaluate(insertLateAds);
    const heights = await pollUntil(
      page,
      () => ['late-slot', 'late-unknown'].map((id) => document.getElementById(id)?.getBoundingClientRect().height ?? -1),
      (h) => h.every((x) => x === 0),
    );
    expect(heights).toEqual([0, 0]);
    await page.close();
  });
});

describe('Firefox ESR: the sidebar page and clean view', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox(FIREFOX_E2E_BUILD);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the same article for the fixture tab, and toggles clean view on the page and back', async () => {
    const article = await openFixture(session);
    const before = await article.evaluate(() => document.documentElement.outerHTML);
    // From a blank tab: a second fixture tab would match the sidebar's `tabUrl` until it navigates.
    const sidebar = await openExtensionPage(session, sidebarPath(fixturePage.url));
    const title = await pollUntil(
      sidebar,
      // PANEL_ARTICLE (./site.ts), written out: the function runs in the page by its source text.
      () => document.querySelector('#content[aria-busy="false"] article h1')?.textContent ?? null,
      (t) => t !== null,
      15_000,
    );
    expect(title).toBe(expected.title);
    expect(await sidebar.evaluate(() => Array.from(document.querySelectorAll('.key-points li'), (li) => li.textContent))).toEqual(
      expected.keyPoints,
    );
    expect(await sidebar.evaluate(() => Array.from(document.querySelectorAll('.body p'), (p) => p.textContent))).toEqual(
      expected.bodyParagraphs,
    );
    const text = await sidebar.evaluate(() => document.body.innerText);
    for (const c of CLUTTER_STRINGS) expect(text.includes(c), c).toBe(false);

    await sidebar.evaluate(() => (document.getElementById('clean-view') as HTMLButtonElement).click());
    const covered = await pollUntil(
      article,
      () => document.elementFromPoint(200, 200)?.tagName.toLowerCase() ?? null,
      (t) => t === 'scmp-declutter-reader',
    );
    expect(covered).toBe('scmp-declutter-reader');
    // The frame over the page is the extension's clean view, showing the article alone.
    const shown = await (
      await cleanViewFrame(article, 'article h1')
    ).evaluate(() => ({
      protocol: location.protocol,
      title: document.querySelector('article h1')?.textContent ?? null,
      paragraphs: Array.from(document.querySelectorAll('.body p'), (p) => p.textContent),
      text: document.body.innerText,
    }));
    expect(shown.protocol).toBe('moz-extension:');
    expect(shown.title).toBe(expected.title);
    expect(shown.paragraphs).toEqual(expected.bodyParagraphs);
    for (const c of CLUTTER_STRINGS) expect(shown.text.includes(c), c).toBe(false);
    await sidebar.evaluate(() => (document.getElementById('clean-view') as HTMLButtonElement).click());
    const back = await pollUntil(
      article,
      () => document.querySelector('scmp-declutter-reader') === null,
      (gone) => gone,
    );
    expect(back).toBe(true);
    expect(await article.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  });
});
