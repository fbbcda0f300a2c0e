// Keeping the article (issue 15): *Save as Markdown* and *Save as HTML* in the panel and the clean
// view, in Chromium with the production build. The downloaded files are read back: the Markdown is
// exactly the renderer's, the HTML page holds no script or handler, no withheld line, and opens on
// its own.
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/pipeline/article';
import { articleMarkdown, keyPointsMarkdown } from '../../src/render/markdown';
import { expectSafeMarkdown } from '../markdown';
import { savedFileName } from '../../src/render/standalone';
import { articleOf, SAVE_CASES } from './save-cases';
import { cleanViewFrame, launchChromium, type ChromiumSession } from './chromium';

let session: ChromiumSession;
beforeAll(async () => {
  session = await launchChromium();
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterAll(async () => {
  await session?.close();
});

/** Clicks `selector` in `where` and reads back the file the browser downloads from `page`. */
async function download(page: Page, where: Page | Frame, selector: string): Promise<{ name: string; text: string }> {
  // In the panel, the choice is in the copy and save menu.
  if (selector.startsWith('#save-')) await where.click('#copy-save summary');
  const [file] = await Promise.all([page.waitForEvent('download'), where.click(selector)]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

async function expectHtmlFile(text: string, article: Article, withheld: readonly string[]): Promise<void> {
  expect(text).not.toMatch(/<script|\son[a-z]+=/i);
  for (const line of withheld) expect(text.includes(line), line).toBe(false);
  const opened = await session.context.newPage();
  await opened.setContent(text, { waitUntil: 'load' });
  expect(await opened.textContent('h1')).toBe(article.title);
  expect(await opened.$$eval('script', (s) => s.length)).toBe(0);
  await opened.close();
}

describe.each(SAVE_CASES)('saving $name', ({ url, address, html, withheld }) => {
  const article = articleOf(html, url);

  it('from the panel: the Markdown copied and the Markdown file are the renderer’s and link only to http(s), the HTML page stands alone', async () => {
    const page = await session.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${await session.tabIdOf(url)}`);
    await panel.waitForSelector('article h1');
    await panel.click('#copy-save summary');
    await panel.click('#copy-markdown');
    await expect.poll(() => panel.textContent('#copy-status')).toBe('Copied as Markdown');
    const copied = await panel.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(keyPointsMarkdown(article));
    expect(expectSafeMarkdown(copied).links[0]?.destination).toBe(address);
    const md = await download(panel, panel, '#save-markdown');
    expect(md).toEqual({ name: savedFileName(article, 'md'), text: articleMarkdown(article) });
    expect(expectSafeMarkdown(md.text).links[0]?.destination).toBe(address);
    const page2 = await download(panel, panel, '#save-html');
    expect(page2.name).toBe(savedFileName(article, 'html'));
    await expectHtmlFile(page2.text, article, withheld);
    await panel.close();
    await page.close();
  });

  it('from the clean view: the same files', async () => {
    const page = await session.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${await session.tabIdOf(url)}`);
    await panel.waitForSelector('article h1');
    await panel.click('#clean-view');
    await page.bringToFront();
    const frame = await cleanViewFrame(page, 'button.save-markdown');
    expect(await download(page, frame, 'button.save-markdown')).toEqual({
      name: savedFileName(article, 'md'),
      text: articleMarkdown(article),
    });
    const file = await download(page, frame, 'button.save-html');
    await expectHtmlFile(file.text, article, withheld);
    await panel.close();
    await page.close();
  });
});
