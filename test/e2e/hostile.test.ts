// The hostile corpus (one page per class of input) in the real panel (Firefox's sidebar page) and
// the real clean view, in Chromium and in Firefox ESR: no dialog, no script of the page's running
// through the extension, no CSP report or error, no request. One scenario, run in both browsers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE } from '../fixtures/hostile/corpus';
import { CANARY, hostilePages, kinds } from './hostile-pages';
import { READER_BROWSERS, waitIn, type ReaderBrowser, type View } from './reader';
import { PANEL_ARTICLE } from './site';

const fired = (page: View) => page.run(() => (window as unknown as { __fired: number }).__fired);
const cleanViewPressed = () => document.getElementById('clean-view')?.getAttribute('aria-pressed') ?? null;

describe.each(READER_BROWSERS)('$name, hostile pages', ({ name, launch }) => {
  let reader: ReaderBrowser;
  beforeAll(async () => {
    reader = await launch({ extraPages: hostilePages });
  });
  afterAll(async () => {
    await reader?.close();
  });
  const report: string[] = [];
  afterAll(() => console.log(`${name}, hostile classes: ${kinds.length}, inputs: ${HOSTILE.length}\n${report.join('\n')}`));

  it.each([...hostilePages.keys()])(
    '%s renders in the panel and in clean view with no dialog, no execution, no error, no request',
    async (url) => {
      const problems: string[] = [];
      const page = await reader.openPage(url, { initScript: CANARY, problems: { list: problems, where: 'page' } });
      await new Promise((r) => setTimeout(r, 200));
      const byThePageItself = await fired(page);
      page.watchConsole({ list: problems, where: 'page' });
      const requestsBefore = reader.blocked.length;
      const panel = await reader.openPanel(url, { ready: `${PANEL_ARTICLE}, .status h1`, problems: { list: problems, where: 'panel' } });
      const headline = await panel.run(() => document.querySelector('article h1, .status h1')?.textContent ?? '');

      await panel.run(() => document.getElementById('clean-view')?.click());
      expect(await waitIn(panel, cleanViewPressed, (p) => p === 'true')).toBe('true');
      await reader.cleanView(page); // throws if the clean view never shows the article
      await new Promise((r) => setTimeout(r, 300));
      await panel.run(() => document.getElementById('clean-view')?.click());
      expect(await waitIn(panel, cleanViewPressed, (p) => p === 'false')).toBe('false');

      const executions = (await fired(page)) - byThePageItself;
      const requests = reader.blocked.slice(requestsBefore);
      report.push(
        `${url.replace(/.*hostile-/, '')}: panel "${headline.slice(0, 40)}", page's own executions ${byThePageItself}, through the extension ${executions}, requests ${requests.length}`,
      );
      expect({ problems, executions, requests }).toEqual({ problems: [], executions: 0, requests: [] });
      await panel.close();
      await page.close();
    },
  );
});
