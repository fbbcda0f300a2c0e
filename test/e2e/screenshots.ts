/**
 * `npm run screenshots` (after `npm run build`): the pictures the README shows, written to
 * test/screenshots/: the decluttered fixture page with the panel beside it, and the clean view of
 * a real 2025 page with the listen controls paused at a highlighted sentence (real voices: the
 * private speech-dispatcher of test/e2e/speech.ts), and the element picker over a real page.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { fixturePage, PROJECT_DIR, realPages } from '../pages';
import { launchChromium, type ChromiumSession } from './chromium';
import { startSpeechServer } from './speech';

const OUT = join(PROJECT_DIR, 'test', 'screenshots');

async function pageAndPanel(session: ChromiumSession): Promise<void> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 960, height: 900 });
  await page.goto(fixturePage.url, { waitUntil: 'load' });
  const pageShot = await page.screenshot();
  const panel = await session.context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${await session.tabIdOf(fixturePage.url)}`);
  await panel.waitForSelector('.player select.voice option', { state: 'attached' });
  const panelShot = await panel.screenshot();
  // Side by side, as Chrome lays out a page and its side panel.
  const board = await session.context.newPage();
  await board.setViewportSize({ width: 1381, height: 900 });
  await board.setContent(`<body style="margin:0;display:flex;background:#888">
    <img src="data:image/png;base64,${pageShot.toString('base64')}" width="960" height="900">
    <div style="width:1px;background:#999"></div>
    <img src="data:image/png;base64,${panelShot.toString('base64')}" width="420" height="900"></body>`);
  writeFileSync(join(OUT, 'page-and-panel.png'), await board.screenshot());
  for (const p of [page, panel, board]) await p.close();
}

async function cleanViewFrame(page: Page): Promise<Frame> {
  for (let i = 0; i < 150; i++) {
    const frame = page.frames().find((f) => f.url().endsWith('/cleanview.html'));
    if (frame && (await frame.$('.player select.voice option'))) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error('no clean view frame with voices');
}

async function cleanViewListening(session: ChromiumSession): Promise<void> {
  const real = realPages()[0]!;
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(real.url, { waitUntil: 'load' });
  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${await session.tabIdOf(real.url)}`);
  await panel.click('#clean-view');
  await page.bringToFront();
  const frame = await cleanViewFrame(page);
  for (let i = 0; i < 4; i++) await frame.click('.player button.next'); // paused in the body, the sentence highlighted
  await page.waitForTimeout(600); // the smooth scroll to it
  writeFileSync(join(OUT, 'clean-view-listening.png'), await page.screenshot());
  await page.close(); // the panel finds its tab by address: leave one tab per page
  await panel.close();
}

/** The picker over a real page: the pointer on the topics line, widened twice, the bar saying what a rule would hide. */
async function picker(session: ChromiumSession): Promise<void> {
  const real = realPages()[0]!;
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(real.url, { waitUntil: 'load' });
  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${await session.tabIdOf(real.url)}`);
  await panel.waitForSelector('.hidden-list summary');
  await panel.click('.hidden-list summary');
  await panel.click('#pick');
  await page.bringToFront();
  await page.waitForFunction(() => document.querySelector('scmp-declutter-picker') !== null);
  const box = await page.locator('[data-qa="ArticleTopic-Container"]').boundingBox();
  if (box) {
    await page.mouse.move(box.x + 5, box.y + box.height / 2);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
  }
  writeFileSync(join(OUT, 'picker.png'), await page.screenshot());
  await page.keyboard.press('Escape');
}

const speech = await startSpeechServer();
const session = await launchChromium(undefined, undefined, { speechEnv: speech.env });
try {
  await pageAndPanel(session);
  await cleanViewListening(session);
  await picker(session);
  console.log(`wrote page-and-panel.png, clean-view-listening.png and picker.png in ${OUT}`);
} finally {
  await session.close();
  speech.stop();
}
