import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLUTTER_STRINGS, expected, fixturePage } from '../pages';
import { launchFirefox, pollUntil, type FirefoxSession } from './firefox';

let session: FirefoxSession;
beforeAll(async () => { session = await launchFirefox(); });
afterAll(async () => { await session?.close(); });

const styleText = () => document.getElementById('scmp-declutter-style')?.textContent ?? null;

describe('Firefox ESR with the production build', () => {
  it('installs the extension and runs its content script on the intercepted scmp.com article', async () => {
    const page = await session.newPage();
    // Known trap: the first page after install may run before the content script is registered.
    let style: string | null = null;
    for (let attempt = 0; attempt < 5 && style === null; attempt++) {
      await page.goto(fixturePage.url, { waitUntil: 'domcontentloaded' });
      style = await pollUntil(page, styleText, (v) => v !== null, 3_000);
    }
    expect(style).toContain('[data-qa="AdSlot-Container"]');
    const text = await page.evaluate(() => document.body.innerText);
    for (const p of expected.bodyParagraphs) expect(text).toContain(p);
    for (const c of CLUTTER_STRINGS) expect(text.includes(c), c).toBe(false);
    await page.close();
  });
});
