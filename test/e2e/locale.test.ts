// The interface in the browser's language (issue 14), in Chromium and in Firefox ESR (Debian's
// language pack): started in Traditional Chinese, the panel, the clean view and the settings speak
// Chinese; the article stays as it is, in English. One scenario, run in both browsers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZH_TW } from '../../src/i18n/zh-TW';
import { realPages } from '../pages';
import { READER_BROWSERS, waitIn, type ReaderBrowser } from './reader';
import { expectReaderView, readView } from './reader-view';

const real = realPages()[0]!;

describe.each(READER_BROWSERS)('$name in Traditional Chinese', ({ launch }) => {
  let reader: ReaderBrowser;
  beforeAll(async () => {
    reader = await launch({ lang: 'zh-TW' });
  });
  afterAll(async () => {
    await reader?.close();
  });

  it('shows the panel, the clean view and the settings in Chinese, and the article untranslated', async () => {
    const page = await reader.openPage(real.url);
    const panel = await reader.openPanel(real.url);
    const words = await panel.run(() => ({
      lang: document.documentElement.lang,
      copy: document.getElementById('copy-text')?.textContent,
      cleanView: document.getElementById('clean-view')?.getAttribute('aria-label'),
      summary: document.querySelector('.key-points:not(.generated) h2')?.textContent,
      listen: document.getElementById('listen')?.getAttribute('aria-label'),
      larger: [
        document.querySelector('#font-smaller + #font-larger')?.textContent,
        document.getElementById('font-larger')?.getAttribute('aria-label'),
      ],
    }));
    expect(words).toEqual({
      lang: 'zh-TW',
      copy: ZH_TW.copyKeyPoints,
      cleanView: ZH_TW.cleanViewOnPage,
      summary: ZH_TW.scmpSummary,
      listen: ZH_TW.listen,
      larger: ['A+', ZH_TW.fontLarger],
    });
    const hiddenCount = () => document.querySelector('.hidden-list summary')?.textContent ?? '';
    expect(await waitIn(panel, hiddenCount, (s) => /^這個網頁隱藏了 \d+ 項$/.test(s))).toMatch(/^這個網頁隱藏了 \d+ 項$/);
    expectReaderView(await panel.run(readView), real.truth, 'panel'); // the article itself, in English

    await panel.run(() => document.getElementById('clean-view')!.click());
    const frame = await reader.cleanView(page);
    expect(await frame.run(() => document.querySelector('button.close')?.textContent)).toBe(ZH_TW.backToPage);
    expectReaderView(await frame.run(readView), real.truth, 'clean view');

    const options = await reader.openExtensionPage('options.html');
    await waitIn(
      options,
      () => document.querySelectorAll('#categories label').length,
      (n) => n > 0,
    );
    expect(
      await options.run(() => [
        document.querySelector('h1')?.textContent,
        document.querySelector('#categories label')?.textContent,
        document.getElementById('rules-title')?.textContent,
      ]),
    ).toEqual([ZH_TW.extName, ` ${ZH_TW.category_ads}`, ZH_TW.yourRules]);
    for (const tab of [page, panel, options]) await tab.close();
  });
});
