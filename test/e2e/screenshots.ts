/**
 * `npm run screenshots` (after `npm run build`): the decluttered fixture page with the panel
 * beside it, as the README shows it. Written to test/screenshots/.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturePage, PROJECT_DIR } from '../pages';
import { launchChromium } from './chromium';

const session = await launchChromium();
try {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 960, height: 900 });
  await page.goto(fixturePage.url, { waitUntil: 'load' });
  const pageShot = await page.screenshot();

  const tabId = await session.tabIdOf(fixturePage.url);
  const panel = await session.context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.waitForSelector('article h1');
  const panelShot = await panel.screenshot();

  // Side by side, as Chrome lays out a page and its side panel.
  const board = await session.context.newPage();
  await board.setViewportSize({ width: 1381, height: 900 });
  await board.setContent(`<body style="margin:0;display:flex;background:#888">
    <img src="data:image/png;base64,${pageShot.toString('base64')}" width="960" height="900">
    <div style="width:1px;background:#999"></div>
    <img src="data:image/png;base64,${panelShot.toString('base64')}" width="420" height="900"></body>`);
  const out = join(PROJECT_DIR, 'test', 'screenshots', 'page-and-panel.png');
  writeFileSync(out, await board.screenshot());
  console.log(`wrote ${out}`);
} finally {
  await session.close();
}
