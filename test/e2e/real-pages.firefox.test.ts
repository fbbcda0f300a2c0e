// Every real 2025 page (one test per folder of ../shared/real-pages), in Firefox ESR: the page
// itself, the sidebar and the clean view show what the reader sees, no withheld line and no
// clutter. The sidebar page is opened as a tab of the e2e build (BiDi cannot navigate to
// moz-extension://; the production build does not expose the page): see the README.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realPages, type RealPage } from '../pages';
import { launchFirefox, openExtensionPage, openScmpPage, pollUntil, sidebarPath, type FirefoxSession } from './firefox';
import { expectReaderView, readView, type ReaderView } from './reader-view';
import { FIREFOX_E2E_BUILD } from './site';

let session: FirefoxSession;
beforeAll(async () => {
  session = await launchFirefox(FIREFOX_E2E_BUILD);
});
afterAll(async () => {
  await session?.close();
});

async function cleanViewOf(page: Page): Promise<ReaderView | null> {
  for (let i = 0; i < 100; i++) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const view = await frame.evaluate(readView).catch(() => null);
      if (view?.title) return view;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

describe.each(realPages())('Firefox ESR on $name', (real: RealPage) => {
  it('the page, the sidebar and the clean view show what the reader sees, and no withheld line or clutter', async () => {
    const page = await openScmpPage(session, real.url);
    const text = (await page.evaluate(() => document.body.innerText)).replace(/[ \t]+/g, ' ');
    for (const p of real.truth.paragraphs) expect(text.includes(p), p).toBe(true);
    for (const c of real.truth.visibleClutter) expect(text.includes(c), c).toBe(false);

    const sidebar = await openExtensionPage(session, sidebarPath(real.url));
    await pollUntil(
      sidebar,
      () => document.querySelector('article h1') !== null,
      (v) => v,
      15_000,
    );
    expectReaderView(await sidebar.evaluate(readView), real.truth, 'sidebar');

    await sidebar.evaluate(() => (document.getElementById('clean-view') as HTMLButtonElement).click());
    expectReaderView(await cleanViewOf(page), real.truth, 'clean view');
    await sidebar.close();
    await page.close();
  });
});
