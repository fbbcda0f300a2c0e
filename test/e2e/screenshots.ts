/**
 * `npm run screenshots` (after `npm run build`): the pictures the README and the stores show, at
 * the Chrome Web Store's 1280×800, written to test/screenshots/: for English and Traditional
 * Chinese, a real 2025 page (its own HTML and inline styles, served at its address) decluttered
 * beside the panel, and its clean view with reading aloud paused at a highlighted sentence (real
 * voices: the private speech-dispatcher of test/e2e/speech.ts); and the element picker. And the
 * Chrome Web Store's 440×280 small promo tile, to store/: the icon's artwork, the name, the promise.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PROJECT_DIR, realPages } from '../pages';
import { cleanViewFrame, launchChromium, type ChromiumSession } from './chromium';
import { startSpeechServer } from './speech';

const OUT = join(PROJECT_DIR, 'test', 'screenshots');
const WIDTH = 1280;
const HEIGHT = 800;
const PANEL = 400;
const real = realPages()[0]!;

async function openPanel(session: ChromiumSession, width: number): Promise<Page> {
  const panel = await session.context.newPage();
  await panel.setViewportSize({ width, height: HEIGHT });
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${await session.tabIdOf(real.url)}`);
  await panel.waitForSelector('.player select.voice option', { state: 'attached' });
  return panel;
}

/** The page and the panel side by side, as Chrome lays out a page and its side panel. */
async function pageAndPanel(session: ChromiumSession, name: string): Promise<void> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: WIDTH - PANEL - 1, height: HEIGHT });
  await page.goto(real.url, { waitUntil: 'load' });
  const pageShot = await page.screenshot();
  const panel = await openPanel(session, PANEL);
  const panelShot = await panel.screenshot();
  const board = await session.context.newPage();
  await board.setViewportSize({ width: WIDTH, height: HEIGHT });
  await board.setContent(`<body style="margin:0;display:flex;background:#999">
    <img src="data:image/png;base64,${pageShot.toString('base64')}" width="${WIDTH - PANEL - 1}" height="${HEIGHT}">
    <div style="width:1px;background:#999"></div>
    <img src="data:image/png;base64,${panelShot.toString('base64')}" width="${PANEL}" height="${HEIGHT}"></body>`);
  writeFileSync(join(OUT, `${name}-page-and-panel.png`), await board.screenshot());
  for (const p of [page, panel, board]) await p.close(); // the panel finds its tab by address: one tab per page
}

async function cleanView(session: ChromiumSession, name: string): Promise<void> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: WIDTH, height: HEIGHT });
  await page.goto(real.url, { waitUntil: 'load' });
  const panel = await openPanel(session, PANEL);
  await panel.click('#clean-view');
  await page.bringToFront();
  const frame = await cleanViewFrame(page, '.player select.voice option');
  await frame.click('#listen'); // the player opens, reading
  await frame.click('.player button.stop');
  for (let i = 0; i < 4; i++) await frame.click('.player button.next'); // paused in the body, the sentence highlighted
  await page.waitForTimeout(600); // the smooth scroll to it
  writeFileSync(join(OUT, `${name}-clean-view.png`), await page.screenshot());
  await page.close();
  await panel.close();
}

/** The picker over the real page: the pointer on the topics line, widened twice. */
async function picker(session: ChromiumSession): Promise<void> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: WIDTH, height: HEIGHT });
  await page.goto(real.url, { waitUntil: 'load' });
  const panel = await openPanel(session, PANEL);
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
  await page.close();
  await panel.close();
}

/** The small promo tile: the brand, no screenshot (the store shrinks it to a thumbnail). */
async function promoTile(session: ChromiumSession): Promise<void> {
  const svg = readFileSync(join(PROJECT_DIR, 'store', 'icon.svg')).toString('base64');
  const tile = await session.context.newPage();
  await tile.setViewportSize({ width: 440, height: 280 });
  await tile.setContent(`<body style="margin:0;width:440px;height:280px;display:flex;align-items:center;gap:28px;
      padding:0 36px;box-sizing:border-box;background:#fbfaf7;color:#1d1d1b;font-family:Georgia,serif">
    <img src="data:image/svg+xml;base64,${svg}" width="112" height="112" alt="">
    <div><div style="font-size:34px;line-height:1.1;font-weight:700">Declutter<br>for SCMP</div>
    <div style="margin-top:14px;font:17px/1.35 system-ui,sans-serif;color:#12545c">No ads, no clutter.<br>The article, calm.</div></div></body>`);
  writeFileSync(join(PROJECT_DIR, 'store', 'promo-440x280.png'), await tile.screenshot());
  await tile.close();
}

const speech = await startSpeechServer();
try {
  for (const lang of ['en', 'zh-TW']) {
    const session = await launchChromium(undefined, undefined, { speechEnv: speech.env, lang });
    try {
      await pageAndPanel(session, lang);
      await cleanView(session, lang);
      if (lang === 'en') await picker(session);
      if (lang === 'en') await promoTile(session);
    } finally {
      await session.close();
    }
  }
  console.log(`wrote en- and zh-TW-page-and-panel.png, -clean-view.png and picker.png in ${OUT}, and store/promo-440x280.png`);
} finally {
  speech.stop();
}
