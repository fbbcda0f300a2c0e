// The interface in the browser's language (issue 14): Chromium started in Traditional Chinese shows
// the panel, the clean view and the settings in Chinese, and the article as it is, in English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZH_TW } from '../../src/i18n/zh-TW';
import { realPages } from '../pages';
import { cleanViewFrame, launchChromium, type ChromiumSession } from './chromium';
import { expectReaderView, readView } from './reader-view';

const real = realPages()[0]!;
let session: ChromiumSession;
beforeAll(async () => {
  session = await launchChromium(undefined, undefined, { lang: 'zh-TW' });
});
afterAll(async () => {
  await session?.close();
});

describe('Chromium in Traditional Chinese', () => {
  it('shows the panel and the clean view in Chinese, and the article untranslated', async () => {
    const page = await session.context.newPage();
    await page.goto(real.url, { waitUntil: 'load' });
    const panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${await session.tabIdOf(real.url)}`);
    await panel.waitForSelector('article h1');
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
    expect(await panel.textContent('#copy-text')).toBe(ZH_TW.copyKeyPoints);
    expect(await panel.getAttribute('#clean-view', 'aria-label')).toBe(ZH_TW.cleanViewOnPage);
    expect(await panel.textContent('.key-points:not(.generated) h2')).toBe(ZH_TW.scmpSummary);
    expect(await panel.getAttribute('#listen', 'aria-label')).toBe(ZH_TW.listen);
    await expect.poll(() => panel.textContent('.hidden-list summary')).toMatch(/^這個網頁隱藏了 \d+ 項$/);
    expect(await panel.textContent('#font-smaller + #font-larger')).toBe('A+');
    expect(await panel.getAttribute('#font-larger', 'aria-label')).toBe(ZH_TW.fontLarger);
    expectReaderView(await panel.evaluate(readView), real.truth, 'panel'); // the article itself, in English

    await panel.click('#clean-view');
    const frame = await cleanViewFrame(page);
    expect(await frame.textContent('button.close')).toBe(ZH_TW.backToPage);
    expectReaderView(await frame.evaluate(readView), real.truth, 'clean view');

    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    expect(await options.textContent('h1')).toBe(ZH_TW.extName);
    expect(await options.textContent('#categories label')).toBe(` ${ZH_TW.category_ads}`);
    expect(await options.textContent('#rules-title')).toBe(ZH_TW.yourRules);
    for (const p of [page, panel, options]) await p.close();
  });
});
