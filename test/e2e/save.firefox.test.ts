// Keeping the article (issue 15) in Firefox ESR: *Save as Markdown* and *Save as HTML* from the
// sidebar page and the clean view. Firefox saves the downloads into a folder of the test's (BiDi
// has no handle on a download), where they are read back: the Markdown is exactly the renderer's,
// the HTML page holds no script or handler, no withheld line, and opens on its own from the disk.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/pipeline/article';
import { articleMarkdown, keyPointsMarkdown } from '../../src/render/markdown';
import { expectSafeMarkdown } from '../markdown';
import { savedFileName } from '../../src/render/standalone';
import { articleOf, SAVE_CASES } from './save-cases';
import { cleanViewFrame, launchFirefox, openExtensionPage, openScmpPage, pollUntil, sidebarPath, type FirefoxSession } from './firefox';
import { FIREFOX_E2E_BUILD } from './site';

const downloads = mkdtempSync(join(tmpdir(), 'declutter-firefox-downloads-'));
const opened = mkdtempSync(join(tmpdir(), 'declutter-saved-'));
let session: FirefoxSession;
beforeAll(async () => {
  session = await launchFirefox(FIREFOX_E2E_BUILD, { downloadDir: downloads });
});
afterAll(async () => {
  await session?.close();
  for (const dir of [downloads, opened]) rmSync(dir, { recursive: true, force: true });
});

/** Clicks the button and reads back the file `name` once Firefox has finished writing it (then removes it). */
async function download(where: Page | Frame, selector: string, name: string): Promise<string> {
  await where.evaluate((s) => (document.querySelector(s) as HTMLButtonElement).click(), selector);
  const path = join(downloads, name);
  for (let i = 0; i < 100 && !(existsSync(path) && !readdirSync(downloads).some((f) => f.endsWith('.part'))); i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(readdirSync(downloads)).toEqual([name]); // exactly this one file, finished
  const text = readFileSync(path, 'utf8');
  rmSync(path);
  return text;
}

async function expectHtmlFile(text: string, article: Article, withheld: readonly string[], name: string): Promise<void> {
  expect(text).not.toMatch(/<script|\son[a-z]+=/i);
  for (const line of withheld) expect(text.includes(line), line).toBe(false);
  // Opened from the disk, as the reader would open it: the headline, and nothing that runs.
  const copy = join(opened, name);
  writeFileSync(copy, text);
  const tab = await session.newPage();
  await tab.goto(pathToFileURL(copy).href, { waitUntil: 'load' });
  expect(await tab.evaluate(() => document.querySelector('h1')?.textContent)).toBe(article.title);
  expect(await tab.evaluate(() => document.scripts.length)).toBe(0);
  await tab.close();
}

describe.each(SAVE_CASES)('Firefox ESR saving $name', ({ url, address, html, withheld }) => {
  const article = articleOf(html, url);
  const md = savedFileName(article, 'md');
  const page = savedFileName(article, 'html');

  it('from the sidebar and from the clean view: the renderer’s Markdown, copied and saved, linking only to http(s); an HTML page that stands alone', async () => {
    const tab = await openScmpPage(session, url);
    const sidebar = await openExtensionPage(session, sidebarPath(url));
    await pollUntil(
      sidebar,
      () => document.querySelector('article h1') !== null,
      (v) => v,
      15_000,
    );
    await sidebar.evaluate(() => (document.getElementById('copy-markdown') as HTMLButtonElement).click());
    await pollUntil(
      sidebar,
      () => document.getElementById('copy-status')?.textContent,
      (v) => v === 'Copied as Markdown',
    );
    const copied = await sidebar.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(keyPointsMarkdown(article));
    expect(expectSafeMarkdown(copied).links[0]?.destination).toBe(address);
    const saved = await download(sidebar, '#save-markdown', md);
    expect(saved).toBe(articleMarkdown(article));
    expect(expectSafeMarkdown(saved).links[0]?.destination).toBe(address);
    await expectHtmlFile(await download(sidebar, '#save-html', page), article, withheld, page);

    // Opening the saved page in a tab of its own made the sidebar follow tabs: the reader goes back to the article's tab,
    // and the sidebar reads the article again (which tab Firefox activates when the saved page's tab closes varies).
    await tab.bringToFront();
    expect(
      await pollUntil(
        sidebar,
        () => document.querySelector('article h1') !== null && !(document.getElementById('clean-view') as HTMLButtonElement).disabled,
        (v) => v,
        15_000,
      ),
    ).toBe(true);
    await sidebar.evaluate(() => (document.getElementById('clean-view') as HTMLButtonElement).click());
    const frame = await cleanViewFrame(tab, 'button.save-markdown');
    expect(await download(frame, 'button.save-markdown', md)).toBe(articleMarkdown(article));
    await expectHtmlFile(await download(frame, 'button.save-html', page), article, withheld, page);
    await sidebar.close();
    await tab.close();
  });
});
