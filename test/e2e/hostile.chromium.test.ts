// The hostile corpus in the real panel and the real clean view, in Chromium: no dialog, no
// script of the page's running through the extension, no CSP report, no request.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE } from '../fixtures/hostile/corpus';
import { launchChromium, type ChromiumSession } from './chromium';
import { CANARY, hostilePages as pages, kinds } from './hostile-pages';

let session: ChromiumSession;
beforeAll(async () => {
  session = await launchChromium(undefined, pages);
});
afterAll(async () => {
  await session?.close();
});

const report: string[] = [];
afterAll(() => console.log(`hostile classes: ${kinds.length}, inputs: ${HOSTILE.length}\n${report.join('\n')}`));

describe.each([...pages.keys()])('hostile page %s', (url) => {
  it('renders in the panel and in clean view with no dialog, no execution, no CSP report, no request', async () => {
    const page = await session.context.newPage();
    await page.addInitScript(CANARY);
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
    const firedByThePageItself = await page.evaluate(() => (window as unknown as { __fired: number }).__fired);
    const requestsBefore = session.blocked.length;
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`page: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`page: ${String(e)}`));

    const panel: Page = await session.context.newPage();
    panel.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    panel.on('console', (m) => {
      if (m.type() === 'error' || /Content.Security.Policy|Refused to/i.test(m.text())) errors.push(`panel: ${m.text()}`);
    });
    panel.on('pageerror', (e) => errors.push(`panel: ${String(e)}`));
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${await session.tabIdOf(url)}`);
    await panel.waitForSelector('article h1, .status h1');
    const panelHeadline = await panel.textContent('article h1, .status h1');

    await panel.click('#clean-view');
    await panel.waitForSelector('#clean-view[aria-pressed="true"]');
    const frame = await (async () => {
      for (let i = 0; i < 50; i++) {
        const f = page.frames().find((fr) => fr.url().endsWith('/cleanview.html'));
        if (f && (await f.$('article h1'))) return f;
        await page.waitForTimeout(100);
      }
      return null;
    })();
    expect(frame).not.toBeNull();
    await page.waitForTimeout(300);
    await panel.click('#clean-view');
    await panel.waitForSelector('#clean-view[aria-pressed="false"]');

    const firedAfter = await page.evaluate(() => (window as unknown as { __fired: number }).__fired);
    const requests = session.blocked.slice(requestsBefore);
    report.push(
      `${url.replace(/.*hostile-/, '')}: panel "${(panelHeadline ?? '').slice(0, 40)}", page's own executions ${firedByThePageItself}, through the extension ${firedAfter - firedByThePageItself}, requests ${requests.length}`,
    );
    expect({ dialogs, errors, executions: firedAfter - firedByThePageItself, requests }).toEqual({
      dialogs: [],
      errors: [],
      executions: 0,
      requests: [],
    });
    await panel.close();
    await page.close();
  });
});
