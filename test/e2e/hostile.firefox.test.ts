// The hostile corpus (one page per class of input) and the 5 MB article in Firefox ESR, with the
// checks made in Chromium: in the sidebar and in the clean view, no dialog, no script of the
// page's running through the extension, no CSP report or error, no request; the giant page
// entirely in the sidebar while the page's own timer keeps beating.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GIANT_COPIES, giantPage } from '../pages';
import { launchFirefox, openExtensionPage, openScmpPage, pollUntil, sidebarPath, type FirefoxSession } from './firefox';
import { CANARY, hostilePages } from './hostile-pages';
import { FIREFOX_E2E_BUILD } from './site';

let session: FirefoxSession;
beforeAll(async () => {
  session = await launchFirefox(FIREFOX_E2E_BUILD, { extraPages: new Map([...hostilePages, [giantPage.url, giantPage.html]]) });
});
afterAll(async () => {
  await session?.close();
});

/** The page with the canary in its own world, loaded until the content script has run. */
function openPage(url: string, problems: string[]): Promise<Page> {
  return openScmpPage(session, url, async (page) => {
    await page.evaluateOnNewDocument(CANARY);
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
  });
}

/** The sidebar page for `url`, its errors, dialogs and CSP reports collected. */
async function openSidebar(url: string, problems: string[]): Promise<Page> {
  const sidebar = await openExtensionPage(session, sidebarPath(url), async (tab) => {
    tab.on('console', (m) => {
      if (m.type() === 'error' || /Content.Security.Policy|Refused to/i.test(m.text())) problems.push(`sidebar: ${m.text()}`);
    });
    tab.on('pageerror', (e) => problems.push(`sidebar: ${String(e)}`));
    tab.on('dialog', (d) => {
      problems.push(`sidebar dialog: ${d.message()}`);
      void d.dismiss();
    });
  });
  await pollUntil(
    sidebar,
    () => document.querySelector('article h1, .status h1') !== null,
    (v) => v,
    30_000,
  );
  return sidebar;
}

const fired = (page: Page) => page.evaluate(() => (window as unknown as { __fired: number }).__fired);

describe.each([...hostilePages.keys()])('Firefox ESR, hostile page %s', (url) => {
  it('renders in the sidebar and in clean view with no dialog, no execution, no error, no request', async () => {
    const problems: string[] = [];
    const page = await openPage(url, problems);
    await new Promise((r) => setTimeout(r, 200));
    const byThePageItself = await fired(page);
    const requestsBefore = session.blocked.length;
    const sidebar = await openSidebar(url, problems);
    await sidebar.evaluate(() => (document.getElementById('clean-view') as HTMLButtonElement | null)?.click());
    const covered = await pollUntil(
      page,
      () => document.querySelector('scmp-declutter-reader') !== null,
      (v) => v,
    );
    await new Promise((r) => setTimeout(r, 500));
    await sidebar.evaluate(() => (document.getElementById('clean-view') as HTMLButtonElement | null)?.click());
    const requests = session.blocked.slice(requestsBefore);
    expect({ covered, problems, executions: (await fired(page)) - byThePageItself, requests }).toEqual({
      covered: true,
      problems: [],
      executions: 0,
      requests: [],
    });
    await sidebar.close();
    await page.close();
  });
});

describe('Firefox ESR, a 5 MB article', () => {
  it('is read whole in the sidebar, while the page’s own timer goes on', async () => {
    const problems: string[] = [];
    const page = await openPage(giantPage.url, problems);
    await page.evaluate(() => {
      const w = window as unknown as { __beats: number };
      w.__beats = 0;
      setInterval(() => (w.__beats += 1), 4);
    });
    const beatsBefore = await page.evaluate(() => (window as unknown as { __beats: number }).__beats);
    const sidebar = await openSidebar(giantPage.url, problems);
    const paragraphs = await pollUntil(
      sidebar,
      () => document.querySelectorAll('.body p').length,
      (n) => n > 0,
      60_000,
    );
    expect(paragraphs).toBe(7 * GIANT_COPIES); // the whole body, shown at once
    expect(await page.evaluate(() => (window as unknown as { __beats: number }).__beats)).toBeGreaterThan(beatsBefore);
    expect(problems).toEqual([]);
    await sidebar.close();
    await page.close();
  });
});
