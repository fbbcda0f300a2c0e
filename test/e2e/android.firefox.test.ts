// Firefox for Android, as far as a desktop machine can show it (no device: see the README). The
// Android test build (`--mode e2e-android`) starts its background with what Firefox for Android
// lacks taken away (sidebar, commands, menus), in Firefox ESR at a phone's 390 × 844 with touch,
// on every real page: the page is decluttered; the toolbar button (on Android, an item of the
// Add-ons menu) opens the article's page; its clean view button shows the page clean, and
// "Back to the page" gives the page back exactly. Each page is checked as a phone shows it: no
// sideways scroll, and every control a finger's size.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realPages, type RealPage } from '../pages';
import { cleanViewFrame, launchFirefox, openExtensionPage, openScmpPage, pollUntil, type FirefoxSession } from './firefox';
import { expectReaderView, readView } from './reader-view';
import { FIREFOX_ANDROID_BUILD } from './site';

const PHONE = { width: 390, height: 844, hasTouch: true };

let session: FirefoxSession;
beforeAll(async () => {
  session = await launchFirefox(FIREFOX_ANDROID_BUILD, { offline: true });
});
afterAll(async () => {
  await session?.close();
});

/** Runs in a page: how far it scrolls sideways, and the displayed controls smaller than 44 × 44 px. */
const phoneLayout = () => {
  const small: string[] = [];
  for (const el of Array.from(document.querySelectorAll('button, select, summary, input[type="file"], input[type="text"], label'))) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue; // not displayed: hidden, or in a closed menu
    if (box.width < 44 || box.height < 44)
      small.push(
        `${el.tagName.toLowerCase()}#${el.id} “${(el.textContent ?? '').trim().slice(0, 24)}” ${Math.round(box.width)}×${Math.round(box.height)}`,
      );
  }
  return { sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth, small };
};

/** The toolbar button, pressed for the tab showing `url` (from an extension page: the tests cannot reach the browser's toolbar). */
async function pressToolbarFor(url: string): Promise<string> {
  const driver = await openExtensionPage(session, 'options.html');
  await pollUntil(
    driver,
    () => document.readyState === 'complete',
    (v) => v,
  );
  const answer = await driver.evaluate(async (u) => {
    const ext = (
      globalThis as unknown as {
        browser: {
          tabs: { query(q: object): Promise<Array<{ id: number }>> };
          runtime: { sendMessage(m: object): Promise<{ res?: string }> };
        };
      }
    ).browser;
    const [tab] = await ext.tabs.query({ url: u });
    // The one protocol's wire format (@webext-core/messaging): type, data, id and timestamp.
    return ext.runtime.sendMessage({ id: 1, type: 'testPressToolbar', data: { tabId: tab!.id }, timestamp: Date.now() });
  }, url);
  await driver.close();
  return answer.res ?? '';
}

/** The tabs showing the article's page (BiDi reports an extension page's address as about:blank: ask the page). */
async function articlePages(): Promise<Page[]> {
  const found: Page[] = [];
  for (const page of await session.browser.pages()) {
    if ((await page.evaluate(() => location.href).catch(() => '')).includes('standalone=1')) found.push(page);
  }
  return found;
}

/** The tab the extension opened for the article's page. */
async function articlePageTab(): Promise<Page> {
  for (let i = 0; i < 100; i++) {
    const [page] = await articlePages();
    if (page) return page;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the toolbar button opened no page');
}

describe('Firefox for Android, simulated: no sidebar, commands or menus; a 390 × 844 touch screen', () => {
  it('the settings page fits a phone: no sideways scroll, every control a finger’s size', async () => {
    const settings = await openExtensionPage(session, 'options.html', (p) => p.setViewport(PHONE));
    await pollUntil(
      settings,
      () => document.querySelectorAll('#categories label').length,
      (n) => n > 0,
    );
    expect(await settings.evaluate(phoneLayout)).toEqual({ sideways: 0, small: [] });
    await settings.close();
  });

  describe.each(realPages())('on $name', (real: RealPage) => {
    it('declutters the page; the toolbar button opens the article’s page; clean view and back give the page back exactly', async () => {
      const page = await openScmpPage(session, real.url, (p) => p.setViewport(PHONE));
      const text = (await page.evaluate(() => document.body.innerText)).replace(/[ \t]+/g, ' ');
      for (const p of real.truth.paragraphs) expect(text.includes(p), p).toBe(true);
      for (const c of real.truth.visibleClutter) expect(text.includes(c), c).toBe(false);
      const before = await page.evaluate(() => document.documentElement.outerHTML);

      expect(await pressToolbarFor(real.url)).toBe('article-page');
      const articlePage = await articlePageTab();
      // Its size only: puppeteer reloads a page whose touch setting changes, and BiDi cannot load an
      // extension page. Taps are touches all the same.
      await articlePage.setViewport({ width: PHONE.width, height: PHONE.height });
      await pollUntil(
        articlePage,
        () => document.querySelector('article h1') !== null && document.getElementById('hidden-on-page')?.childElementCount,
        (v) => !!v,
        15_000,
      );
      expectReaderView(await articlePage.evaluate(readView), real.truth, 'article page');
      const controls = await articlePage.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('.toolbar > button, .toolbar > select, .toolbar summary'), (el) =>
          el.getAttribute('aria-label'),
        ),
      );
      expect(controls).toEqual([
        'Back to the page',
        'A− smaller text',
        'A+ larger text',
        'Theme',
        'Clean view on the page',
        'Show original',
        'Copy or save',
        'Listen',
      ]);
      expect(await articlePage.evaluate(phoneLayout)).toEqual({ sideways: 0, small: [] });

      await (await articlePage.$('#clean-view'))!.tap();
      const frame = await cleanViewFrame(page, 'article h1');
      expectReaderView(await frame.evaluate(readView), real.truth, 'clean view');
      expect(await frame.evaluate(phoneLayout)).toEqual({ sideways: 0, small: [] });
      // The article's page went away, and the reader is on the page, clean.
      await pollUntil(
        page,
        () => document.visibilityState,
        (v) => v === 'visible',
      );
      expect(await articlePages()).toEqual([]);

      const back = await frame.$('xpath/.//button[normalize-space()="Back to the page"]');
      await back!.tap();
      await pollUntil(
        page,
        () => document.querySelector('scmp-declutter-reader') === null,
        (gone) => gone,
      );
      expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
      await page.close();
    });
  });
});
