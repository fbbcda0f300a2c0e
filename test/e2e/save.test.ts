// Keeping the article (issue 15): *Copy as Markdown*, *Save as Markdown* and *Save as HTML* in the
// panel (Firefox's sidebar page) and the clean view, in Chromium and in Firefox ESR. What is copied
// and saved is read back: the Markdown is exactly the renderer's and links only to http(s); the
// HTML page holds no script or handler, no withheld line, and opens on its own from the disk. One
// scenario, run in both browsers.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/pipeline/article';
import { articleMarkdown, keyPointsMarkdown } from '../../src/render/markdown';
import { savedFileName } from '../../src/render/standalone';
import { expectSafeMarkdown } from '../markdown';
import { READER_BROWSERS, waitIn, type ReaderBrowser, type View } from './reader';
import { articleOf, SAVE_CASES } from './save-cases';

const opened = mkdtempSync(join(tmpdir(), 'declutter-saved-'));
afterAll(() => rmSync(opened, { recursive: true, force: true }));

describe.each(READER_BROWSERS)('$name, keeping the article', ({ launch }) => {
  let reader: ReaderBrowser;
  beforeAll(async () => {
    reader = await launch({ keeping: true });
  });
  afterAll(async () => {
    await reader?.close();
  });

  /** The saved HTML page: nothing that runs, nothing withheld; opened from the disk, its headline. */
  async function expectHtmlFile(file: { name: string; text: string }, article: Article, withheld: readonly string[]): Promise<void> {
    expect(file.name).toBe(savedFileName(article, 'html'));
    expect(file.text).not.toMatch(/<script|\son[a-z]+=/i);
    for (const line of withheld) expect(file.text.includes(line), line).toBe(false);
    const path = join(opened, file.name);
    writeFileSync(path, file.text);
    const tab = await reader.openFile(path);
    expect(await tab.run(() => [document.querySelector('h1')?.textContent, document.scripts.length])).toEqual([article.title, 0]);
    await tab.close();
  }

  /** In the panel, the choices are in the copy and save menu. */
  async function fromPanelMenu(panel: View, selector: string, name: string) {
    await reader.click(panel, '#copy-save summary');
    return reader.download(panel, selector, name);
  }

  describe.each(SAVE_CASES)('$name', ({ url, address, html, withheld }) => {
    const article = articleOf(html, url);

    it('from the panel: the Markdown copied and the Markdown file are the renderer’s and link only to http(s), the HTML page stands alone', async () => {
      const page = await reader.openPage(url);
      const panel = await reader.openPanel(url);
      await reader.click(panel, '#copy-save summary');
      await reader.click(panel, '#copy-markdown');
      const status = () => document.getElementById('copy-status')?.textContent;
      expect(await waitIn(panel, status, (s) => s === 'Copied as Markdown')).toBe('Copied as Markdown');
      const copied = await panel.run(() => navigator.clipboard.readText());
      expect(copied).toBe(keyPointsMarkdown(article));
      expect(expectSafeMarkdown(copied).links[0]?.destination).toBe(address);
      const md = await fromPanelMenu(panel, '#save-markdown', savedFileName(article, 'md'));
      expect(md).toEqual({ name: savedFileName(article, 'md'), text: articleMarkdown(article) });
      expect(expectSafeMarkdown(md.text).links[0]?.destination).toBe(address);
      await expectHtmlFile(await fromPanelMenu(panel, '#save-html', savedFileName(article, 'html')), article, withheld);
      await panel.close();
      await page.close();
    });

    it('from the clean view: the same files', async () => {
      const page = await reader.openPage(url);
      const panel = await reader.openPanel(url);
      await reader.click(panel, '#clean-view');
      await page.bringToFront();
      const frame = await reader.cleanView(page, 'button.save-markdown');
      expect(await reader.download(frame, 'button.save-markdown', savedFileName(article, 'md'))).toEqual({
        name: savedFileName(article, 'md'),
        text: articleMarkdown(article),
      });
      await expectHtmlFile(await reader.download(frame, 'button.save-html', savedFileName(article, 'html')), article, withheld);
      await panel.close();
      await page.close();
    });
  });
});
