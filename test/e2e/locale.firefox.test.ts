// The interface in the browser's language, in Firefox ESR (issue 14): started in Traditional
// Chinese (Debian's language pack), the sidebar and the clean view speak Chinese; the article stays English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZH_TW } from '../../src/i18n/zh-TW';
import { realPages } from '../pages';
import { launchFirefox, pollUntil, type FirefoxSession } from './firefox';
import { expectReaderView, readView } from './reader-view';
import { FIREFOX_E2E_BUILD, FIREFOX_UUID } from './site';

const real = realPages()[0]!;
let session: FirefoxSession;
beforeAll(async () => {
  session = await launchFirefox(FIREFOX_E2E_BUILD, { lang: 'zh-TW' });
});
afterAll(async () => {
  await session?.close();
});

describe('Firefox ESR in Traditional Chinese', () => {
  it('shows the sidebar in Chinese, and the article untranslated', async () => {
    const page = await session.newPage();
    for (let attempt = 0; attempt < 5; attempt++) {
      await page.goto(real.url, { waitUntil: 'load' });
      if (
        await pollUntil(
          page,
          () => document.getElementById('scmp-declutter-style') !== null,
          (v) => v,
          3_000,
        )
      )
        break;
    }
    const sidebar = await session.newPage();
    await sidebar.goto('about:blank');
    await sidebar.evaluate(
      (u) => {
        location.href = u;
      },
      `moz-extension://${FIREFOX_UUID}/sidepanel.html?tabUrl=${encodeURIComponent(real.url)}`,
    );
    await pollUntil(
      sidebar,
      () => document.querySelector('#copy-text') !== null,
      (v) => v,
      15_000,
    );
    const words = await sidebar.evaluate(() => ({
      lang: document.documentElement.lang,
      copy: document.getElementById('copy-text')?.textContent,
      listen: document.querySelector('.player button.play')?.textContent,
    }));
    expect(words).toEqual({ lang: 'zh-TW', copy: ZH_TW.copyKeyPoints, listen: ZH_TW.listen });
    expectReaderView(await sidebar.evaluate(readView), real.truth, 'sidebar');
    await sidebar.close();
    await page.close();
  });
});
