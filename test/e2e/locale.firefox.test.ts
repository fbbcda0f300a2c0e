// The interface in the browser's language, in Firefox ESR (issue 14): started in Traditional
// Chinese (Debian's language pack), the sidebar speaks Chinese; the article stays English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZH_TW } from '../../src/i18n/zh-TW';
import { realPages } from '../pages';
import { launchFirefox, openExtensionPage, openScmpPage, pollUntil, sidebarPath, type FirefoxSession } from './firefox';
import { expectReaderView, readView } from './reader-view';
import { FIREFOX_E2E_BUILD } from './site';

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
    const page = await openScmpPage(session, real.url);
    const sidebar = await openExtensionPage(session, sidebarPath(real.url));
    await pollUntil(
      sidebar,
      () => document.querySelector('article h1') !== null, // the article drawn, in the interface's language
      (v) => v,
      15_000,
    );
    const words = await sidebar.evaluate(() => ({
      lang: document.documentElement.lang,
      copy: document.getElementById('copy-text')?.textContent,
      listen: document.getElementById('listen')?.getAttribute('aria-label'),
    }));
    expect(words).toEqual({ lang: 'zh-TW', copy: ZH_TW.copyKeyPoints, listen: ZH_TW.listen });
    expectReaderView(await sidebar.evaluate(readView), real.truth, 'sidebar');
    await sidebar.close();
    await page.close();
  });
});
