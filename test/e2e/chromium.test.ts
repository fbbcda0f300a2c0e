import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLUTTER_STRINGS, expected, fixturePage, realPages } from '../pages';
import { launchChromium, type ChromiumSession } from './chromium';
import { hidingInForce } from './site';

let session: ChromiumSession;
beforeAll(async () => {
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
});

/** Page-world script: remember what a reader could read at DOMContentLoaded. */
const RECORD_TEXT_AT_DCL = () => {
  document.addEventListener('DOMContentLoaded', () => {
    (window as unknown as { __textAtDcl: string }).__textAtDcl = document.body.innerText;
  });
};

describe('Chromium with the production build', () => {
  it('loads the extension and runs its content script on the intercepted scmp.com article', async () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    const page = await session.context.newPage();
    await page.goto(fixturePage.url, { waitUntil: 'domcontentloaded' });
    expect(await page.evaluate(hidingInForce)).toBe(true);
    // With the defaults and no rules of the reader's, the page gets no element or attribute of the extension's.
    expect(await page.evaluate(() => document.querySelectorAll('[id^="scmp-declutter"]').length)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.getAttributeNames().filter((n) => n.includes('declutter')))).toEqual([]);
    await page.close();
  });

  it('shows every body paragraph and none of the clutter, already at DOMContentLoaded', async () => {
    const page = await session.context.newPage();
    await page.addInitScript(RECORD_TEXT_AT_DCL);
    await page.goto(fixturePage.url, { waitUntil: 'load' });
    const atDcl = await page.evaluate(() => (window as unknown as { __textAtDcl: string }).__textAtDcl);
    const afterLoad = await page.evaluate(() => document.body.innerText);
    for (const text of [atDcl, afterLoad]) {
      for (const p of expected.bodyParagraphs) expect(text).toContain(p);
      for (const c of CLUTTER_STRINGS) expect(text.includes(c), c).toBe(false);
      expect(text).not.toContain('04:33');
    }
    expect(afterLoad).toContain(expected.title);
    await page.close();
  });
});

describe.each(realPages())('Chromium on the real page $name', (real) => {
  it('shows every paragraph the reader sees and none of the visible clutter', async () => {
    const page = await session.context.newPage();
    await page.goto(real.url, { waitUntil: 'load' });
    const text = await page.evaluate(() => document.body.innerText);
    const normalized = text.replace(/[ \t]+/g, ' ');
    for (const p of real.truth.paragraphs) expect(normalized.includes(p), p).toBe(true);
    for (const c of real.truth.visibleClutter) expect(normalized.includes(c), c).toBe(false);
    await page.close();
  });
});
