// A 5 MB SCMP article: the panel reads all of it and clean view opens on it, while the page's own
// timer keeps running. How long the page stalls is a duration: it is measured by `npm run bench`
// (giant_page_stall_ms), not asserted here, so this test passes on a loaded machine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GIANT_COPIES, giantPage } from '../pages';
import { launchChromium, type ChromiumSession } from './chromium';
import { beats, HEARTBEAT } from './heartbeat';

const DEEP_URL = 'https://www.scmp.com/news/china/diplomacy/article/3999998/deep-page';
const deepHtml = `<!doctype html><html><head><title>Deep</title></head><body><article><h1>Deep</h1><section data-qa="ContentBody-ContentBodyContainer">${'<div>'.repeat(10_000)}<p datatype="p">The paragraph at the bottom of a very deep tree.</p>${'</div>'.repeat(10_000)}</section></article></body></html>`;

let session: ChromiumSession;
beforeAll(async () => {
  session = await launchChromium(
    undefined,
    new Map([
      [giantPage.url, giantPage.html],
      [DEEP_URL, deepHtml],
    ]),
  );
});
afterAll(async () => {
  await session?.close();
});

describe('a page written 10,000 elements deep, in Chromium', () => {
  it('the panel finds its one paragraph, with no error anywhere', async () => {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(DEEP_URL, { waitUntil: 'load' });
    const depth = await page.evaluate(() => {
      let d = 0;
      for (let e: Element | null = document.querySelector('p'); e; e = e.parentElement) d += 1;
      return d;
    });
    // The browser's own parser flattens nesting past 512 levels: that is as deep as a page gets.
    expect(depth).toBeGreaterThanOrEqual(512);
    const tabId = await session.tabIdOf(DEEP_URL);
    const panel = await session.context.newPage();
    panel.on('pageerror', (e) => errors.push(String(e)));
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.waitForSelector('article h1');
    expect(await panel.$$eval('.body p', (ps) => ps.map((p) => p.textContent))).toEqual([
      'The paragraph at the bottom of a very deep tree.',
    ]);
    expect(errors).toEqual([]);
    await panel.close();
    await page.close();
  });
});

describe('a 5 MB article page in Chromium', () => {
  it('is served as 5 MB', () => {
    expect(giantPage.html.length).toBeGreaterThan(5_000_000);
  });

  it('the panel reads all its paragraphs and clean view opens, and the page keeps running its own code', async () => {
    const page = await session.context.newPage();
    await page.addInitScript(HEARTBEAT);
    await page.goto(giantPage.url, { waitUntil: 'load' });
    const tabId = await session.tabIdOf(giantPage.url);
    const panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.waitForSelector('article h1', { timeout: 60_000 });
    expect(await panel.$$eval('.body p', (ps) => ps.length)).toBe(7 * GIANT_COPIES);

    await panel.click('#clean-view');
    await panel.waitForSelector('#clean-view[aria-pressed="true"]', { timeout: 60_000 });
    await page.waitForSelector('scmp-declutter-reader', { state: 'attached' }); // throws if the frame never comes
    // Nothing is blocked for good: the page's timer beats again after all of it.
    const before = await beats(page);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
    expect(await beats(page)).toBeGreaterThan(before);
    await panel.close();
    await page.close();
  });
});
