// The panel as a reader first sees it (issue 22), on every real 2025 page at a side panel's size
// (400 × 800) in Chromium with the production build: the article first, under one slim toolbar,
// SCMP's summary above the fold; Diagnostics naming the rules the page's own hiding used.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realPages } from '../pages';
import { launchChromium, type ChromiumSession } from './chromium';
import { PANEL_ARTICLE } from './site';
import { expectedRulesLine } from './hidden-expected';

let session: ChromiumSession;
beforeAll(async () => {
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
});

async function open(url: string): Promise<{ page: Page; panel: Page }> {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const panel = await session.context.newPage();
  await panel.setViewportSize({ width: 400, height: 800 });
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${await session.tabIdOf(url)}`);
  await panel.waitForSelector(PANEL_ARTICLE);
  return { page, panel };
}

describe.each(realPages())('the panel at 400 × 800 on $name', (real) => {
  it('shows the headline, the byline line and SCMP’s summary without scrolling, under one toolbar row', async () => {
    const { page, panel } = await open(real.url);
    const layout = await panel.evaluate(() => {
      const bottom = (s: string) => document.querySelector(s)?.getBoundingClientRect().bottom ?? Infinity;
      const toolbar = document.querySelector('.toolbar')!.getBoundingClientRect();
      // The displayed ones (*Back to the page* is only for the panel as a page of its own).
      const controls = Array.from(document.querySelectorAll('.toolbar > button, .toolbar > select, .toolbar summary')).filter(
        (c) => c.getClientRects().length > 0,
      );
      return {
        headline: bottom('article h1') <= innerHeight,
        byline: bottom('article .meta') <= innerHeight,
        summary: bottom('.key-points') <= innerHeight,
        toolbarRows: new Set(controls.map((c) => Math.round(c.getBoundingClientRect().top))).size,
        toolbarHeight: Math.round(toolbar.height),
        beforeArticle: Array.from(document.querySelectorAll('#content button, #content select')).filter(
          (c) => c.compareDocumentPosition(document.querySelector('#content article')!) & Node.DOCUMENT_POSITION_FOLLOWING,
        ).length,
        playerShown: !(document.querySelector('.player') as HTMLElement).hidden,
        smallTargets: controls.filter((c) => c.getBoundingClientRect().width < 24 || c.getBoundingClientRect().height < 24).length,
        horizontalScroll: document.documentElement.scrollWidth > innerWidth,
      };
    });
    expect(layout).toEqual({
      headline: true,
      byline: true,
      summary: true,
      toolbarRows: 1,
      toolbarHeight: 32,
      beforeArticle: 0,
      playerShown: false,
      smallTargets: 0,
      horizontalScroll: false,
    });
    await page.close();
    await panel.close();
  });

  it('Diagnostics names the rules the page’s own hiding used, with their counts', async () => {
    const { page, panel } = await open(real.url);
    await expect
      .poll(() =>
        panel.evaluate(() =>
          document
            .getElementById('diagnostics-report')
            ?.textContent?.split('\n')
            .find((l) => l.startsWith('Rules matched')),
        ),
      )
      .toBe(expectedRulesLine(real.html, real.url));
    await page.close();
    await panel.close();
  });
});
