// Reading aloud and key points that point to their sentences (issue 12), in Chromium and in
// Firefox ESR, with real voices (espeak-ng through a private speech-dispatcher, to a null audio
// device: test/e2e/speech.ts), in the panel (Firefox's sidebar page) on real 2025 pages. One
// scenario, run in both browsers; what only Chromium's tests cover: listen.chromium.test.ts.
import { JSDOM, VirtualConsole } from 'jsdom'; // a quiet console: a page's CSS jsdom cannot parse is not news
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/extract';
import { speechQueue } from '../../src/listen/queue';
import { realPages, wholeRealPage } from '../pages';
import { READER_BROWSERS, waitIn, type ReaderBrowser } from './reader';
import { RECORD_HIGHLIGHTS, startSpeechServer, type SpeechServer } from './speech';

function articleOf(html: string, url: string) {
  const result = extractArticle(new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document, url);
  if (!result.isArticle) throw new Error(result.reason);
  return result;
}

const isShown = (selector: string) => {
  const el = document.querySelector(selector);
  return !!el && el.getClientRects().length > 0;
};

describe.each(READER_BROWSERS)('$name: the panel reads aloud', ({ launch }) => {
  let reader: ReaderBrowser;
  let speech: SpeechServer;
  beforeAll(async () => {
    speech = await startSpeechServer();
    reader = await launch({ speechEnv: speech.env });
  });
  afterAll(async () => {
    await reader?.close();
    speech?.stop();
  });

  it('reads the headline, the summary, then every sentence to the paywall notice, moving the highlight along', async () => {
    const real = realPages()[0]!;
    const queue = speechQueue(articleOf(real.html, real.url));
    const page = await reader.openPage(real.url);
    const panel = await reader.openPanel(real.url);
    const voices = () => document.querySelectorAll('.player select.voice option').length;
    expect(await waitIn(panel, voices, (n) => n > 1, 20_000)).toBeGreaterThan(1); // the system's voices arrived
    expect(await panel.run(isShown, '.player')).toBe(false); // until the reader asks for it
    await reader.click(panel, '#listen'); // opens the player and starts reading
    expect(await panel.run(isShown, '.player select.rate')).toBe(true);
    await reader.click(panel, '.player button.stop');
    await reader.select(panel, '.player select.rate', '2');
    await panel.run(RECORD_HIGHLIGHTS);
    await reader.click(panel, '.player button.play');
    const status = () => document.querySelector('.player-status')?.textContent ?? '';
    expect(await waitIn(panel, status, (s) => s === 'Read to the end.' || s.startsWith('Reading stopped'), 60_000)).toBe(
      'Read to the end.',
    );
    expect(await panel.run(() => (window as unknown as { __highlights: string[] }).__highlights)).toEqual(queue.map((i) => i.id));
    expect(real.truth.withheld.length).toBeGreaterThan(0); // the page withholds the rest: the notice ends the reading
    expect(queue.at(-1)?.id).toBe('paywall');
    expect(await panel.run(() => document.querySelectorAll('.speaking').length)).toBe(0);
    await panel.close();
    await page.close();
  });

  it('a generated key point of the long LIVE page (the only one long enough for them) scrolls the article to its sentence and marks it', async () => {
    const whole = wholeRealPage();
    const point = articleOf(whole.html, whole.url).generatedKeyPoints.at(-1)!;
    const page = await reader.openPage(whole.url);
    const panel = await reader.openPanel(whole.url);
    await panel.run(() => window.scrollTo(0, 0));
    await reader.click(panel, `.key-points.generated button.cite[data-cite="${point.sentenceId}"]`);
    const cited = await panel.run(() => {
      const el = document.querySelector('.cited') as HTMLElement;
      const r = el.getBoundingClientRect();
      return {
        id: el.dataset.sid,
        text: el.textContent,
        inView: r.top >= 0 && r.bottom <= innerHeight,
        focused: document.activeElement === el,
      };
    });
    expect(cited).toEqual({
      id: point.sentenceId,
      text: expect.stringMatching(new RegExp(`^${point.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)),
      inView: true,
      focused: true,
    });
    await panel.close();
    await page.close();
  });
});
