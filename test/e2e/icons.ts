/**
 * `npm run icons`: assets/icon/*.png, drawn by Chromium from store/icon.svg. The 128 px icon
 * holds the artwork at 96 × 96 inside 16 px of transparent padding, as the Chrome Web Store
 * asks; the smaller icons (toolbar, menus, the Add-ons manager) hold it edge to edge.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { PROJECT_DIR } from '../pages';

/** Icon size → padding around the artwork, in px. */
const ICON_PADDING: Record<number, number> = { 16: 0, 32: 0, 48: 0, 96: 0, 128: 16 };

const svg = readFileSync(join(PROJECT_DIR, 'store', 'icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox'],
});
try {
  for (const [size, padding] of Object.entries(ICON_PADDING).map(([s, p]) => [Number(s), p] as const)) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const art = size - 2 * padding;
    await page.setContent(
      `<body style="margin:0;background:transparent"><img style="display:block;margin:${padding}px" width="${art}" height="${art}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`,
    );
    writeFileSync(join(PROJECT_DIR, 'assets', 'icon', `${size}.png`), await page.screenshot({ omitBackground: true }));
    await page.close();
  }
  console.log(`wrote assets/icon/{${Object.keys(ICON_PADDING).join(',')}}.png`);
} finally {
  await browser.close();
}
