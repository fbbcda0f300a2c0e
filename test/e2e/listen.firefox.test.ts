// Reading aloud and key-point links in Firefox ESR (issue 12): the sidebar page on a real 2025
// page, with real voices (espeak-ng through a private speech-dispatcher: test/e2e/speech.ts).
// The sidebar page is reached through the e2e build, as in firefox.test.ts.
import { JSDOM, VirtualConsole } from 'jsdom'; // a quiet console: a page's CSS jsdom cannot parse is not news
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/extract';
import { speechQueue } from '../../src/listen/queue';
import { realPages, wholeRealPage } from '../pages';
import { launchFirefox, openExtensionPage, openScmpPage, pollUntil, sidebarPath, type FirefoxSession } from './firefox';
import { FIREFOX_E2E_BUILD } from './site';
import { RECORD_HIGHLIGHTS, startSpeechServer, type SpeechServer } from './speech';

const real = realPages()[0]!;
const result = extractArticle(new JSDOM(real.html, { url: real.url, virtualConsole: new VirtualConsole() }).window.document, real.url);
if (!result.isArticle) throw new Error(result.reason);
const article = result;

let session: FirefoxSession;
let speech: SpeechServer;
beforeAll(async () => {
  speech = await startSpeechServer();
  session = await launchFirefox(FIREFOX_E2E_BUILD, { speechEnv: speech.env });
});
afterAll(async () => {
  await session?.close();
  speech?.stop();
});

describe('Firefox ESR: the sidebar reads a real page aloud', () => {
  it('reads the headline, the summary and every sentence to the paywall notice, the highlight moving along', async () => {
    const page = await openScmpPage(session, real.url);
    // From a blank tab: a second tab of the page would match the sidebar's `tabUrl` until it navigates.
    const sidebar = await openExtensionPage(session, sidebarPath(real.url));
    const voices = await pollUntil(
      sidebar,
      () => document.querySelectorAll('.player select.voice option').length,
      (n) => n > 0,
      20_000,
    );
    expect(voices).toBeGreaterThan(1);
    await sidebar.evaluate(RECORD_HIGHLIGHTS);
    await sidebar.evaluate(() => (document.getElementById('listen') as HTMLButtonElement).click()); // opens the player, reading
    const status = await pollUntil(
      sidebar,
      () => document.querySelector('.player-status')?.textContent ?? '',
      (s) => s === 'Read to the end.' || s.startsWith('Reading stopped'),
      60_000,
    );
    expect(status).toBe('Read to the end.');
    const seen = await sidebar.evaluate(() => (window as unknown as { __highlights: string[] }).__highlights);
    expect(seen).toEqual(speechQueue(article).map((i) => i.id));
    await sidebar.close();
    await page.close();
  });

  it('a generated key point of the long LIVE page (the only one long enough for them) takes the reader to its sentence', async () => {
    const whole = wholeRealPage();
    const long = extractArticle(new JSDOM(whole.html, { url: whole.url, virtualConsole: new VirtualConsole() }).window.document, whole.url);
    if (!long.isArticle) throw new Error(long.reason);
    const page = await openScmpPage(session, whole.url);
    const sidebar = await openExtensionPage(session, sidebarPath(whole.url));
    const point = long.generatedKeyPoints[0]!;
    await pollUntil(
      sidebar,
      () => document.querySelector('button.cite') !== null,
      (v) => v,
      15_000,
    );
    const cited = await sidebar.evaluate((id) => {
      (document.querySelector(`button.cite[data-cite="${id}"]`) as HTMLButtonElement).click();
      const el = document.querySelector('.cited') as HTMLElement | null;
      return { id: el?.dataset.sid, focused: document.activeElement === el };
    }, point.sentenceId);
    expect(cited).toEqual({ id: point.sentenceId, focused: true });
    await sidebar.close();
    await page.close();
  });
});
