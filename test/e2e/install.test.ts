// The first page after install (issue 14), in Firefox: it puts the content scripts into SCMP tabs
// already open when the extension is installed. (Chrome does not: install.chromium.test.ts.)
import { afterAll, describe, expect, it } from 'vitest';
import { expected, fixturePage } from '../pages';
import { launchFirefox, pollUntil, type FirefoxSession } from './firefox';
import { FIREFOX_BUILD, hidingInForce } from './site';

describe('Firefox ESR: a tab opened before the extension was installed', () => {
  let session: FirefoxSession;
  afterAll(async () => {
    await session?.close();
  });

  it('is decluttered at install, without a reload', async () => {
    session = await launchFirefox(FIREFOX_BUILD, { install: false });
    const page = await session.newPage();
    await page.goto(fixturePage.url, { waitUntil: 'load' });
    expect(await page.evaluate(hidingInForce)).toBe(false);
    await session.browser.installExtension(FIREFOX_BUILD);
    expect(await pollUntil(page, hidingInForce, (v) => v, 10_000)).toBe(true);
    const text = await page.evaluate(() => document.body.innerText);
    expect(text.includes('Advertisement')).toBe(false);
    for (const p of expected.bodyParagraphs) expect(text).toContain(p);
  });
});
