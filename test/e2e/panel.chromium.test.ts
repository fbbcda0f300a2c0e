import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLUTTER_STRINGS, expected, fixturePage } from '../pages';
import { launchChromium, type ChromiumSession } from './chromium';
import { PANEL_ARTICLE } from './site';
import { axeViolations } from './axe';

let session: ChromiumSession;
let articlePage: Page;
let panel: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  session = await launchChromium();
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  articlePage = await session.context.newPage();
  await articlePage.goto(fixturePage.url, { waitUntil: 'load' });
  panel = await session.context.newPage();
  panel.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  panel.on('pageerror', (e) => consoleErrors.push(String(e)));
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${await session.tabIdOf(fixturePage.url)}`);
  await panel.waitForSelector(PANEL_ARTICLE);
});
afterAll(async () => {
  await session?.close();
});

describe('the side panel in Chromium, for the fixture tab', () => {
  it('shows the headline, both key points and all seven paragraphs, and none of the clutter', async () => {
    expect(await panel.textContent('article h1')).toBe(expected.title);
    expect(await panel.$$eval('.key-points li', (lis) => lis.map((li) => li.textContent))).toEqual(expected.keyPoints);
    expect(await panel.$$eval('.body p', (ps) => ps.map((p) => p.textContent))).toEqual(expected.bodyParagraphs);
    const text = await panel.evaluate(() => document.body.innerText);
    for (const c of CLUTTER_STRINGS) expect(text.includes(c), c).toBe(false);
    expect(await panel.textContent('.meta')).toBe('Kawala Xie · 10 Dec 2023 · 1 min read');
    expect(await panel.textContent('.topics')).toBe(expected.topics.join(' · '));
  });

  it('"Copy key points" puts exactly the plain-text bullets on the clipboard, and says so', async () => {
    await panel.click('#copy-save summary'); // the copy and save menu
    await panel.click('#copy-text');
    await expect.poll(() => panel.textContent('#copy-status')).toBe('Copied');
    expect(await panel.evaluate(() => navigator.clipboard.readText())).toBe(expected.keyPoints.map((p) => `• ${p}`).join('\n'));
  });

  it('the Markdown choice copies the linked headline, byline and date, and "- " bullets', async () => {
    await panel.click('#copy-save summary');
    await panel.click('#copy-markdown');
    await expect.poll(() => panel.textContent('#copy-status')).toBe('Copied as Markdown');
    expect(await panel.evaluate(() => navigator.clipboard.readText())).toBe(
      [
        `[${expected.title}](${fixturePage.url})`,
        'Kawala Xie · 10 Dec 2023',
        '',
        'Key points:',
        ...expected.keyPoints.map((p) => `- ${p}`),
      ].join('\n'),
    );
  });

  it.each(['light', 'dark', 'sepia'])('has no serious or critical axe violation in the %s theme', async (theme) => {
    await panel.selectOption('#theme', theme);
    expect(await axeViolations(panel)).toEqual([]);
  });

  it('logged no error and no CSP report', () => {
    expect(consoleErrors).toEqual([]);
  });
});
