// Reading aloud (issue 12) with a fake `speechSynthesis`: the queue, the narrator's controls, the
// player's markup and highlight, the voices' order. The real voices are in the browser tests.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/pipeline/article';
import { splitSentences } from '../../src/pipeline/sentences';
import { cleanViewHtml } from '../../src/render/cleanview';
import { PAYWALL_NOTICE } from '../../src/render/format';
import { speechQueue, type SpeechItem } from '../../src/listen/queue';
import { Narrator, START_WITHIN_MS, type NarratorStatus } from '../../src/listen/narrator';
import { mountPlayer, NO_SPEECH, NO_VOICE } from '../../src/listen/controls';
import { wireCitations } from '../../src/listen/highlight';
import { chooseVoice, normalizeRate, orderVoices } from '../../src/listen/voices';
import { expected, fixtureHtml, fixturePage, realPages, wholeRealPage } from '../pages';
import { articleOf } from './dom';
import { FakeSynth, FakeUtterance, voice } from './fake-speech';

function article(html: string, url: string): Article {
  return articleOf(html, url);
}

/** The queue's body items joined back into paragraphs, by the paragraph each belongs to. */
function paragraphsOfQueue(items: readonly SpeechItem[]): string[] {
  const out: { id: string; text: string[] }[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (last?.id === item.paragraph) last.text.push(item.text);
    else out.push({ id: item.paragraph, text: [item.text] });
  }
  return out.map((p) => p.text.join(' '));
}

function narrator(queue: readonly SpeechItem[], synth = new FakeSynth()) {
  const statuses: NarratorStatus[] = [];
  const make = (text: string) => new FakeUtterance(text) as unknown as SpeechSynthesisUtterance;
  const n = new Narrator(queue, synth as unknown as SpeechSynthesis, make, { voice: null, rate: 1, lang: 'en' }, (s) => statuses.push(s));
  return { n, synth, statuses };
}

const fixture = article(fixtureHtml, fixturePage.url);
const fixtureQueue = speechQueue(fixture);

describe('the speech queue', () => {
  it('is the headline, the key points, then every body sentence in order (the captured page)', () => {
    expect(fixtureQueue.slice(0, 3).map((i) => i.text)).toEqual([expected.title, ...expected.keyPoints]);
    expect(fixtureQueue.slice(0, 3).map((i) => i.id)).toEqual(['title', 'kp1', 'kp2']);
    expect(fixture.paywalled).toBe(true);
    expect(paragraphsOfQueue(fixtureQueue.slice(3))).toEqual([...expected.bodyParagraphs, PAYWALL_NOTICE]);
    expect(fixtureQueue.slice(3, -1).every((i) => /^b\d+\.s\d+$/.test(i.id))).toBe(true);
    expect(fixtureQueue.at(-1)).toEqual({ id: 'paywall', text: PAYWALL_NOTICE, paragraph: 'paywall' });
  });

  describe.each(realPages())('real page $name', (page) => {
    const a = article(page.html, page.url);
    const queue = speechQueue(a);

    it('is the headline, the summary by sentence, the visible paragraphs, then the paywall notice if any', () => {
      const summary = splitSentences(page.truth.keyPoints.join(' '));
      expect(queue.slice(0, 1 + summary.length).map((i) => i.text)).toEqual([page.truth.title, ...summary]);
      const rest = queue.slice(1 + summary.length);
      const withheld = page.truth.withheld.length > 0;
      // Subheads are read too, in their place; truth.json lists paragraphs only.
      const headings = a.body.flatMap((b) => (b.kind === 'heading' ? [b.id] : []));
      const paragraphs = rest.filter((i) => !headings.includes(i.paragraph));
      expect(paragraphsOfQueue(paragraphs)).toEqual([...page.truth.paragraphs, ...(withheld ? [PAYWALL_NOTICE] : [])]);
      const headingTexts = a.body.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
      expect(paragraphsOfQueue(rest.filter((i) => headings.includes(i.paragraph)))).toEqual(headingTexts);
    });

    it('never holds a withheld line', () => {
      const all = queue.map((i) => i.text).join('\n');
      for (const line of page.truth.withheld) expect(all.includes(line), line).toBe(false);
    });
  });
});

describe('the narrator', () => {
  it('speaks the whole queue, one sentence at a time, and says when it reached the end', () => {
    const { n, synth, statuses } = narrator(fixtureQueue);
    n.play();
    for (let i = 0; i < fixtureQueue.length; i++) synth.finish();
    expect(synth.spoken.map((u) => u.text)).toEqual(fixtureQueue.map((i) => i.text));
    expect(statuses.at(-1)).toMatchObject({ state: 'stopped', finished: true, item: null });
  });

  it('pauses and resumes at the sentence it was reading, ignoring the events of what it cancelled', () => {
    const { n, synth } = narrator(fixtureQueue);
    n.play();
    synth.finish();
    synth.finish(); // now reading item 2
    n.pause();
    expect(n.status).toMatchObject({ state: 'paused', index: 2 });
    n.play();
    expect(synth.spoken.map((u) => u.text)).toEqual([0, 1, 2, 2].map((i) => fixtureQueue[i]!.text));
    expect(n.status).toMatchObject({ state: 'playing', index: 2 });
  });

  it('moves by paragraph: next to the next one’s first sentence, previous to the one before', () => {
    const { n, synth } = narrator(fixtureQueue);
    const firstOf = (p: string) => fixtureQueue.findIndex((i) => i.paragraph === p);
    const bodyParagraphs = [...new Set(fixtureQueue.slice(3).map((i) => i.paragraph))];
    n.play();
    n.next();
    n.next();
    n.next(); // title → kp1 → kp2 → first body paragraph
    expect(n.status.index).toBe(firstOf(bodyParagraphs[0]!));
    n.next();
    synth.finish(); // into the second sentence of the second body paragraph (it has three)
    expect(n.status.item?.paragraph).toBe(bodyParagraphs[1]);
    expect(n.status.index).toBe(firstOf(bodyParagraphs[1]!) + 1);
    n.previous();
    expect(n.status.index).toBe(firstOf(bodyParagraphs[0]!));
    expect(synth.spoken.at(-1)?.text).toBe(fixtureQueue[firstOf(bodyParagraphs[0]!)]!.text);
    n.previous();
    n.previous();
    n.previous();
    expect(n.status.index).toBe(0);
  });

  it('applies a new speed from the current sentence, and keeps it', () => {
    const { n, synth } = narrator(fixtureQueue);
    n.play();
    synth.finish();
    n.configure({ rate: 1.5 });
    synth.finish();
    expect(synth.spoken.map((u) => [u.text, u.rate])).toEqual([
      [fixtureQueue[0]!.text, 1],
      [fixtureQueue[1]!.text, 1],
      [fixtureQueue[1]!.text, 1.5],
      [fixtureQueue[2]!.text, 1.5],
    ]);
  });

  it('stops and says why when the voice fails', () => {
    const { n, synth, statuses } = narrator(fixtureQueue);
    n.play();
    synth.fail('synthesis-failed');
    expect(statuses.at(-1)).toMatchObject({ state: 'stopped', error: 'synthesis-failed' });
    synth.finish();
    expect(synth.spoken).toHaveLength(1);
  });

  it('speaks a sentence again that the browser dropped (never started), and reads on', () => {
    vi.useFakeTimers();
    try {
      const { n, synth, statuses } = narrator(fixtureQueue);
      n.play();
      synth.drops = 1; // the sentence after the headline never starts
      synth.finish(); // the headline read
      vi.advanceTimersByTime(START_WITHIN_MS - 1);
      expect(synth.spoken.map((u) => u.text)).toEqual([0, 1].map((i) => fixtureQueue[i]!.text)); // waited, not yet again
      vi.advanceTimersByTime(1);
      expect(synth.spoken.map((u) => u.text)).toEqual([0, 1, 1].map((i) => fixtureQueue[i]!.text));
      synth.finish();
      vi.advanceTimersByTime(10 * START_WITHIN_MS); // a sentence that started is never spoken again, however long
      expect(synth.spoken.map((u) => u.text)).toEqual([0, 1, 1, 2].map((i) => fixtureQueue[i]!.text));
      expect(statuses.at(-1)).toMatchObject({ state: 'playing', index: 2, error: null });
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops and says so when a sentence never starts, after three tries', () => {
    vi.useFakeTimers();
    try {
      const { n, synth, statuses } = narrator(fixtureQueue);
      synth.drops = 3;
      n.play();
      vi.advanceTimersByTime(3 * START_WITHIN_MS);
      expect(synth.spoken.map((u) => u.text)).toEqual([0, 0, 0].map((i) => fixtureQueue[i]!.text));
      expect(statuses.at(-1)).toMatchObject({ state: 'stopped', error: 'no-start' });
      vi.advanceTimersByTime(10 * START_WITHIN_MS);
      expect(synth.spoken).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops where it is asked to, back at the start', () => {
    const { n, synth } = narrator(fixtureQueue);
    n.play();
    synth.finish();
    n.stop();
    expect(n.status).toMatchObject({ state: 'stopped', index: 0, item: null });
    synth.finish();
    expect(synth.spoken).toHaveLength(2);
  });
});

describe('the player', () => {
  beforeEach(() => {
    document.body.innerHTML = cleanViewHtml(fixture); // happy-dom: markup from the renderer, unsanitized here
  });

  const mount = (synth: FakeSynth | null, saved: unknown[] = []) =>
    mountPlayer({
      opener: document.querySelector<HTMLButtonElement>('#listen')!,
      host: document.querySelector('#player-host')!,
      article: document.body,
      queue: fixtureQueue,
      lang: 'en',
      prefs: { voiceURI: 'English (Great Britain)', rate: 1.25 },
      save: (change) => saved.push(change),
      speech: synth
        ? { synth: synth as unknown as SpeechSynthesis, Utterance: FakeUtterance as unknown as typeof SpeechSynthesisUtterance }
        : null,
    });

  it('highlights the sentence being read, with the saved voice and speed, and K pauses it', async () => {
    const synth = new FakeSynth([
      voice('Afrikaans', 'af', { default: true }),
      voice('English (America)', 'en-US'),
      voice('English (Great Britain)', 'en-GB'),
    ]);
    const player = mount(synth);
    await Promise.resolve();
    expect((document.querySelector('.player') as HTMLElement).hidden).toBe(true); // until the reader asks
    (document.querySelector('#listen') as HTMLButtonElement).click();
    expect((document.querySelector('.player') as HTMLElement).hidden).toBe(false);
    expect(document.querySelector('#listen')?.getAttribute('aria-expanded')).toBe('true');
    expect(document.querySelector('.speaking')?.getAttribute('data-sid')).toBe('title');
    synth.finish();
    synth.finish();
    expect(document.querySelector('.speaking')?.textContent).toBe(expected.keyPoints[1]);
    synth.finish();
    expect(document.querySelector('.speaking')?.textContent).toBe(fixtureQueue[3]!.text);
    expect(synth.spoken.at(-1)).toMatchObject({ rate: 1.25, voice: { name: 'English (Great Britain)' } });
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'k' }));
    expect(player.narrator?.status.state).toBe('paused');
    expect(document.querySelector('.player button.play')?.textContent).toBe('Resume');
    expect(document.querySelector('.player-status')?.textContent).toBe(`Paused at 4 of ${fixtureQueue.length}`);
    player.destroy();
    expect(document.querySelector('.player')).toBeNull();
    expect(document.querySelector('.speaking')).toBeNull();
  });

  it('closes with Listen pressed again, stopped; K opens it again where it starts', async () => {
    const synth = new FakeSynth([voice('English (Great Britain)', 'en-GB')]);
    const player = mount(synth);
    await Promise.resolve();
    const listen = document.querySelector('#listen') as HTMLButtonElement;
    listen.click();
    synth.finish();
    listen.click();
    expect(player.narrator?.status.state).toBe('stopped');
    expect((document.querySelector('.player') as HTMLElement).hidden).toBe(true);
    expect(listen.getAttribute('aria-expanded')).toBe('false');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'k' }));
    expect((document.querySelector('.player') as HTMLElement).hidden).toBe(false);
    expect(player.narrator?.status).toMatchObject({ state: 'playing', index: 0 });
    expect(synth.spoken.map((u) => u.text)).toEqual([fixtureQueue[0]!.text, fixtureQueue[1]!.text, fixtureQueue[0]!.text]);
    player.destroy();
  });

  it('offers the article’s language and the reader’s, and saves the voice and speed chosen', async () => {
    const saved: unknown[] = [];
    const languages = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['zh-HK', 'en-GB']);
    const synth = new FakeSynth([
      voice('Afrikaans', 'af', { default: true }),
      voice('English (America)', 'en-US'),
      voice('Cantonese', 'yue-HK'),
      voice('Chinese (Hong Kong)', 'zh-HK'),
      voice('English (Great Britain)', 'en-GB'),
    ]);
    mount(synth, saved);
    await Promise.resolve();
    languages.mockRestore();
    const select = document.querySelector('.player select.voice') as HTMLSelectElement;
    expect(Array.from(select.querySelectorAll('optgroup'), (g) => [g.label, Array.from(g.children, (o) => o.textContent)])).toEqual([
      ['This article’s language', ['English (Great Britain) (en-GB)', 'English (America) (en-US)']],
      ['Your other languages', ['Chinese (Hong Kong) (zh-HK)']],
    ]);
    expect(select.value).toBe('English (Great Britain)'); // the saved one
    select.value = 'English (America)';
    select.dispatchEvent(new Event('change'));
    const rate = document.querySelector('.player select.rate') as HTMLSelectElement;
    rate.value = '2';
    rate.dispatchEvent(new Event('change'));
    expect(saved).toEqual([{ voiceURI: 'English (America)' }, { rate: 2 }]);
  });

  it.each([
    ['no voice at all', []],
    ['no voice in the article’s language', [voice('Afrikaans', 'af', { default: true })]],
  ])('says so when the browser has %s, instead of failing silently', async (_, voices) => {
    const synth = new FakeSynth(voices);
    mount(synth);
    synth.dispatchEvent(new Event('voiceschanged')); // the browser's list arrives, empty
    await Promise.resolve();
    await Promise.resolve();
    expectUnavailable(NO_VOICE);
  });

  it('says so when the browser cannot speak at all', () => {
    mount(null);
    expectUnavailable(NO_SPEECH);
  });

  /** *Listen* keeps its focus (aria-disabled), names the reason as its description, and opens nothing. */
  function expectUnavailable(reason: string) {
    const listen = document.querySelector('#listen') as HTMLButtonElement;
    expect(listen.disabled).toBe(false);
    expect(listen.getAttribute('aria-disabled')).toBe('true');
    const why = document.getElementById(listen.getAttribute('aria-describedby')!);
    expect(why?.textContent).toBe(reason);
    expect(why?.getAttribute('role')).toBe('tooltip');
    listen.click();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'k' }));
    expect((document.querySelector('.player') as HTMLElement).hidden).toBe(true);
  }

  it('takes the reader to the sentence a generated key point came from', () => {
    const page = wholeRealPage();
    const a = article(page.html, page.url);
    document.body.innerHTML = cleanViewHtml(a);
    const abort = new AbortController();
    wireCitations(document.body, abort.signal);
    const point = a.generatedKeyPoints[1]!;
    (document.querySelectorAll('button.cite')[1] as HTMLButtonElement).click();
    const cited = document.querySelector('.cited');
    expect(cited?.getAttribute('data-sid')).toBe(point.sentenceId);
    expect(cited?.textContent?.startsWith(point.text)).toBe(true); // the sentence, or the clause the point was cut from
    expect(document.activeElement).toBe(cited);
    abort.abort();
  });
});

describe('voices', () => {
  const voices = [
    voice('Afrikaans', 'af', { default: true }),
    voice('US', 'en-US'),
    voice('Remote GB', 'en-GB', { localService: false }),
    voice('GB', 'en-GB'),
    voice('Cantonese', 'yue-HK'),
  ];

  it('come in the article’s language first, the reader’s region of it before others', () => {
    expect(orderVoices(voices, 'en', ['zh-HK', 'en-GB']).map((v) => v.name)).toEqual(['GB', 'Remote GB', 'US', 'Afrikaans', 'Cantonese']);
    expect(orderVoices(voices, 'en-US', []).map((v) => v.name)).toEqual(['US', 'GB', 'Remote GB', 'Afrikaans', 'Cantonese']);
  });

  it('keep the saved voice while the browser has it', () => {
    const ordered = orderVoices(voices, 'en', []);
    expect(chooseVoice(ordered, 'Cantonese')?.name).toBe('Cantonese');
    expect(chooseVoice(ordered, 'gone')?.name).toBe('US');
    expect(chooseVoice([], null)).toBeNull();
  });

  it('speeds snap to the offered steps', () => {
    expect([0.1, 0.6, 1.3, 1.9, 7, Number.NaN, '2'].map(normalizeRate)).toEqual([0.5, 0.5, 1.25, 2, 2, 1, 1]);
  });
});
