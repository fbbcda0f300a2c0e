import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLUTTER_STRINGS, expected, fixturePage } from '../pages';
import { launchChromium, type ChromiumSession } from './chromium';
import { insertLateAds } from './site';

let session: ChromiumSession;
beforeAll(async () => {
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
});

const visible = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const el = document.querySelector(s);
    return !!el && el.checkVisibility() && el.getBoundingClientRect().height > 0;
  }, selector);

describe('on the page, in Chromium', () => {
  it('an ad injected by a page script 500 ms after load never shows in a screenshot', async () => {
    const page = await session.context.newPage();
    await page.goto(fixturePage.url, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    await page.evaluate(insertLateAds); // the site's own script, 500 ms after load
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await visible(page, '#late-slot')).toBe(false);
    expect(await visible(page, '#late-unknown')).toBe(false);
    const withAds = await page.screenshot({ fullPage: true });
    await page.evaluate(() => {
      document.getElementById('late-slot')?.remove();
      document.getElementById('late-unknown')?.remove();
    });
    const withoutAds = await page.screenshot({ fullPage: true });
    expect(withAds.equals(withoutAds)).toBe(true); // pixel for pixel: the ads never painted
    await page.close();
  });

  it('clean view shows only the article; off gives the site back with the clutter still hidden; "Show original" shows it', async () => {
    const page = await session.context.newPage();
    // Errors that are the extension's: uncaught ones, and any console error from its own files
    // (the site's blocked scripts failing to load are the site's, and are left out).
    const extensionErrors: string[] = [];
    page.on('pageerror', (e) => extensionErrors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error' && /extension:\/\//.test(m.location().url)) extensionErrors.push(m.text());
    });
    await page.goto(fixturePage.url, { waitUntil: 'load' });
    await page.evaluate(() => window.scrollTo(0, 400));
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${await session.tabIdOf(fixturePage.url)}`);
    await panel.waitForSelector('#clean-view[aria-pressed="false"]');

    await panel.click('#clean-view');
    await panel.waitForSelector('#clean-view[aria-pressed="true"]');
    const onTop = await page.evaluate(() =>
      [
        [10, 10],
        [640, 450],
        [1270, 890],
      ].map(([x, y]) => document.elementFromPoint(x as number, y as number)?.tagName.toLowerCase()),
    );
    // The whole viewport is the article alone: header navigation, rails and footer are underneath.
    expect(onTop).toEqual(['scmp-declutter-reader', 'scmp-declutter-reader', 'scmp-declutter-reader']);
    const readerText = await page.evaluate(() => (document.querySelector('scmp-declutter-reader') as HTMLElement).innerText);
    expect(readerText).toBe(''); // closed shadow root: the page's scripts cannot read into it
    // What the reader sees in the clean view frame: the article alone.
    let frame = page.frames().find((f) => f.url().endsWith('/cleanview.html'));
    for (let i = 0; i < 50 && !(frame && (await frame.$('article h1'))); i++) {
      await page.waitForTimeout(100);
      frame = page.frames().find((f) => f.url().endsWith('/cleanview.html'));
    }
    if (!frame) throw new Error('no clean view frame');
    expect(await frame.textContent('article h1')).toBe(expected.title);
    expect(await frame.$$eval('.key-points li', (lis) => lis.map((li) => li.textContent))).toEqual(expected.keyPoints);
    expect(await frame.$$eval('.body p', (ps) => ps.map((p) => p.textContent))).toEqual(expected.bodyParagraphs);
    const frameText = await frame.evaluate(() => document.body.innerText);
    for (const c of CLUTTER_STRINGS) expect(frameText.includes(c), c).toBe(false);

    await panel.click('#clean-view');
    await panel.waitForSelector('#clean-view[aria-pressed="false"]');
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(await page.evaluate(() => window.scrollY)).toBe(400);
    await page.evaluate(() => window.scrollTo(0, 0));
    const navShown = await page.evaluate(() => {
      const r = (document.querySelector('nav[aria-label="Sections"]') as Element).getBoundingClientRect();
      return document.elementFromPoint(r.left + 5, r.top + 5)?.closest('nav') !== null;
    });
    expect(navShown).toBe(true); // the site's own layout is back
    expect(await page.evaluate(() => document.body.innerText.includes('Advertisement'))).toBe(false);

    await panel.click('#show-original');
    await expect.poll(() => page.evaluate(() => document.body.innerText.includes('Advertisement'))).toBe(true);
    const text = await page.evaluate(() => document.body.innerText);
    for (const s of expected.clutter.ttsPlayer) expect(text).toContain(s);
    expect(text).toContain(expected.clutter.videoPromo.title);
    expect(extensionErrors).toEqual([]);
    await panel.close();
    await page.close();
  });
});

describe('settings, in Chromium', () => {
  it('a category switched off on the options page shows again in the open tab at once and in pages loaded later, and back', async () => {
    const page = await session.context.newPage();
    await page.goto(fixturePage.url, { waitUntil: 'load' });
    const promoShown = () => page.evaluate((t) => document.body.innerText.includes(t), expected.clutter.videoPromo.title);
    expect(await promoShown()).toBe(false);
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const box = options.locator('input[name="hide:video-promos"]');
    await expect.poll(() => box.isChecked()).toBe(true);
    await box.uncheck();
    await expect.poll(promoShown).toBe(true);
    expect(await page.evaluate(() => document.body.innerText.includes('Advertisement'))).toBe(false);
    // A page loaded afterwards gets the reader's settings too (pushed once it has loaded).
    const later = await session.context.newPage();
    await later.goto(fixturePage.url, { waitUntil: 'load' });
    await expect.poll(() => later.evaluate((t) => document.body.innerText.includes(t), expected.clutter.videoPromo.title)).toBe(true);
    await later.close();
    await box.check();
    await expect.poll(promoShown).toBe(false);
    await options.close();
    await page.close();
  });
});
