// Every real 2025 page (one test per folder of ../shared/real-pages), in Chromium and in Firefox
// ESR: the page itself, the panel (Firefox's sidebar page) and the clean view show what the reader
// sees, and no withheld line or clutter. One scenario, run in both browsers (test/e2e/reader.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realPages } from '../pages';
import { READER_BROWSERS, type ReaderBrowser } from './reader';
import { expectReaderView, readView } from './reader-view';

describe.each(READER_BROWSERS)('$name on the real pages', ({ launch }) => {
  let reader: ReaderBrowser;
  beforeAll(async () => {
    reader = await launch();
  });
  afterAll(async () => {
    await reader?.close();
  });

  it.each(realPages())(
    '$name: the page, the panel and the clean view show what the reader sees, and no withheld line or clutter',
    async (real) => {
      const page = await reader.openPage(real.url);
      const text = (await page.run(() => document.body.innerText)).replace(/[ \t]+/g, ' ');
      for (const p of real.truth.paragraphs) expect(text.includes(p), p).toBe(true);
      for (const c of real.truth.visibleClutter) expect(text.includes(c), c).toBe(false);

      const panel = await reader.openPanel(real.url);
      expectReaderView(await panel.run(readView), real.truth, 'panel');
      await panel.run(() => document.getElementById('clean-view')!.click());
      expectReaderView(await (await reader.cleanView(page)).run(readView), real.truth, 'clean view');
      await panel.close();
      await page.close();
    },
  );
});
