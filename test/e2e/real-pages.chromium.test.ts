// Every real 2025 page (one test per folder of ../shared/real-pages), in Chromium with the
// production build: the panel and the clean view show what the reader sees, no withheld line and
// no clutter. (The page itself: chromium.test.ts.)
import { afterAll, beforeAll, describe, it } from 'vitest';
import { realPages } from '../pages';
import { cleanViewFrame, launchChromium, type ChromiumSession } from './chromium';
import { expectReaderView, readView } from './reader-view';

let session: ChromiumSession;
beforeAll(async () => {
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
});

describe.each(realPages())('Chromium, the panel and the clean view on $name', (real) => {
  it('show the title, the summary and every visible paragraph, and no withheld line or clutter', async () => {
    const page = await session.context.newPage();
    await page.goto(real.url, { waitUntil: 'load' });
    const panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${await session.tabIdOf(real.url)}`);
    await panel.waitForSelector('article h1');
    expectReaderView(await panel.evaluate(readView), real.truth, 'panel');

    await panel.click('#clean-view');
    await panel.waitForSelector('#clean-view[aria-pressed="true"]');
    const frame = await cleanViewFrame(page);
    expectReaderView(await frame.evaluate(readView), real.truth, 'clean view');
    await page.close();
    await panel.close();
  });
});
