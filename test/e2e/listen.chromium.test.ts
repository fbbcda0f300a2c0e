// Reading aloud (issue 12) as only Chromium's tests cover it, with the production build and real
// voices (espeak-ng through a private speech-dispatcher, to a null audio device: test/e2e/speech.ts):
// the voices offered, the speed remembered, axe with the player open, reading on while another tab
// loads, and the clean view's keys on the fixture. Reading a real page to the end and the key-point
// links, in both browsers: listen.test.ts.
import { JSDOM, VirtualConsole } from 'jsdom'; // a quiet console: a page's CSS jsdom cannot parse is not news
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/pipeline/article';
import { extractArticle } from '../../src/pipeline/extract';
import { speechQueue } from '../../src/listen/queue';
import { fixtureHtml, fixturePage, realPages, wholeRealPage } from '../pages';
import { cleanViewFrame, launchChromium, type ChromiumSession } from './chromium';
import { PANEL_ARTICLE } from './site';
import { RECORD_HIGHLIGHTS, startSpeechServer, type SpeechServer } from './speech';
import { axeViolations } from './axe';

const real = realPages()[0]!;

function articleOf(html: string, url: string): Article {
  const result = extractArticle(new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document, url);
  if (!result.isArticle) throw new Error(result.reason);
  return result;
}

const highlights = (where: Page | Frame) => where.evaluate(() => (window as unknown as { __highlights: string[] }).__highlights);

let session: ChromiumSession;
let speech: SpeechServer;
beforeAll(async () => {
  speech = await startSpeechServer();
  session = await launchChromium(undefined, undefined, { speechEnv: speech.env });
});
afterAll(async () => {
  await session?.close();
  speech?.stop();
});

/** The article's tab and the panel for it (each closed by the test that opened it: the panel finds its tab by address). */
async function openPanel(url: string): Promise<{ page: Page; panel: Page }> {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${await session.tabIdOf(url)}`);
  await panel.waitForSelector(PANEL_ARTICLE);
  return { page, panel };
}

describe('the panel’s player on a real page', () => {
  let panel: Page;
  beforeAll(async () => {
    ({ panel } = await openPanel(real.url));
    await panel.waitForSelector('.player select.voice option', { state: 'attached' }); // the system's voices arrived
  });

  it('lists the browser’s voices, the article’s language first', async () => {
    const groups = await panel.$$eval('.player select.voice optgroup', (gs) =>
      gs.map((g) => [(g as HTMLOptGroupElement).label, g.children.length, g.children[0]?.textContent]),
    );
    // The browser speaks English only here (navigator.languages), so only English voices are offered.
    expect(groups.map((g) => g[0])).toEqual(['This article’s language']);
    expect(groups[0]![1]).toBeGreaterThan(1);
    expect(String(groups[0]![2])).toMatch(/\(en(-[A-Z0-9-]+)?\)$/);
    expect(await panel.$eval('.player select.voice', (s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe(groups[0]![2]);
  });

  it('remembers the speed for the next article', async () => {
    await panel.click('#listen'); // opens the player and starts reading
    await panel.click('.player button.stop');
    await panel.selectOption('.player select.rate', '2');
    const other = await openPanel(fixturePage.url);
    expect(await other.panel.$eval('.player select.rate', (s) => (s as HTMLSelectElement).value)).toBe('2');
    await other.panel.close();
    await other.page.close();
  });

  it.each(['light', 'dark', 'sepia'])('has no serious or critical axe violation with the player shown, %s theme', async (theme) => {
    await panel.bringToFront(); // a background tab gets no frames: a click would wait for one
    await panel.selectOption('#theme', theme);
    await panel.click('.player button.next'); // stopped → paused at the next paragraph, highlighted
    await panel.waitForSelector('.speaking');
    expect(await panel.textContent('.player button.play')).toBe('Resume');
    expect(await axeViolations(panel)).toEqual([]);
    await panel.click('.player button.stop');
  });
});

describe('reading aloud while other tabs work', () => {
  it('goes on to the next sentence while a page loads in another tab, the article not drawn again', async () => {
    const whole = wholeRealPage(); // the longest story: with the slowest speed, the reading cannot end meanwhile
    const { page, panel } = await openPanel(whole.url);
    await panel.waitForSelector('.player select.voice option', { state: 'attached' });
    await panel.evaluate(RECORD_HIGHLIGHTS);
    await panel.evaluate(() => ((document.querySelector('#content article') as HTMLElement).dataset.mark = 'first drawn'));
    await panel.click('#listen');
    await panel.selectOption('.player select.rate', '0.5');
    await panel.waitForFunction(() => (window as unknown as { __highlights: string[] }).__highlights.length >= 2);
    const other = await session.context.newPage(); // a new tab, which loads a page (another SCMP article)
    await other.goto(realPages().find((p) => p !== whole)!.url, { waitUntil: 'load' });
    const before = (await highlights(panel)).length;
    await panel.waitForFunction((n) => (window as unknown as { __highlights: string[] }).__highlights.length > n, before, {
      timeout: 30_000,
    });
    expect(await panel.evaluate(() => (document.querySelector('#content article') as HTMLElement).dataset.mark)).toBe('first drawn');
    expect(await panel.getAttribute('#listen', 'aria-expanded')).toBe('true');
    expect(await panel.textContent('.player-status')).toMatch(/^Reading \d+ of \d+$/);
    expect(await panel.textContent('.player button.play')).toBe('Pause');
    await panel.click('.player button.stop');
    for (const p of [other, panel, page]) await p.close();
  });
});

/**
 * Presses a letter key in a frame of another process (the clean view in an SCMP tab), through that
 * frame's own DevTools session: a trusted key event to the frame's widget, as the browser routes a
 * reader's key to the focused frame.
 */
async function keyboardOf(frame: Frame): Promise<(key: string) => Promise<void>> {
  const cdp = await frame.page().context().newCDPSession(frame);
  return async (key) => {
    const code = `Key${key.toUpperCase()}`;
    const keyCode = key.toUpperCase().charCodeAt(0);
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key, code, text: key, windowsVirtualKeyCode: keyCode });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code, windowsVirtualKeyCode: keyCode });
  };
}

describe('the clean view reads the fixture aloud', () => {
  const queue = speechQueue(articleOf(fixtureHtml, fixturePage.url));

  it('plays with K, pauses with K, moves with L, and reads to the end', async () => {
    const page = await session.context.newPage();
    await page.goto(fixturePage.url, { waitUntil: 'load' });
    const panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${await session.tabIdOf(fixturePage.url)}`);
    await panel.click('#clean-view');
    await panel.waitForSelector('#clean-view[aria-pressed="true"]');
    await page.bringToFront();
    const frame = await cleanViewFrame(page, '.player select.voice option');
    await frame.evaluate(RECORD_HIGHLIGHTS);
    await frame.evaluate(() => {
      const w = window as unknown as { __keys: string[] };
      w.__keys = [];
      document.addEventListener('keydown', (e) => w.__keys.push(e.key), { capture: true });
    });
    // The reader clicks into the article, then uses the keys. The keys go to the clean view frame's
    // own input session: sent to the page's (page.keyboard), a key now and then never reached the
    // frame on the CI machine (1 of 4–5 fresh-clone runs: the frame focused, its key log empty, and
    // every later key lost too), though never in 14 runs here, loaded or not.
    await frame.click('article h1');
    const press = await keyboardOf(frame);
    await press('k');
    await frame.waitForSelector('.speaking').catch(async (error: Error) => {
      // Say what the player showed: a key that never arrived and a voice that never started look alike.
      const state = await frame.evaluate(() => ({
        status: document.querySelector('.player-status')?.textContent,
        play: document.querySelector('.player button.play')?.textContent,
        focused: document.hasFocus(),
        keysSeen: (window as unknown as { __keys: string[] }).__keys,
      }));
      throw new Error(`${error.message}; the player: ${JSON.stringify(state)}`);
    });
    await press('k');
    await frame.waitForFunction(() => document.querySelector('.player button.play')?.textContent === 'Resume');
    const pausedAt = await frame.$eval('.speaking', (el) => (el as HTMLElement).dataset.sid);
    await press('l'); // the next paragraph, still paused
    const next = queue.findIndex(
      (i, n) => n > queue.findIndex((q) => q.id === pausedAt) && i.paragraph !== queue.find((q) => q.id === pausedAt)?.paragraph,
    );
    await frame.waitForFunction((id) => document.querySelector('.speaking')?.getAttribute('data-sid') === id, queue[next]!.id);
    await press('k');
    await frame.waitForFunction(() => document.querySelector('.player-status')?.textContent === 'Read to the end.', null, {
      timeout: 60_000,
    });
    const seen = await highlights(frame);
    expect(seen).toEqual([
      ...queue.slice(0, queue.findIndex((q) => q.id === pausedAt) + 1).map((i) => i.id),
      ...queue.slice(next).map((i) => i.id),
    ]);
    await page.close();
    await panel.close();
  });
});
