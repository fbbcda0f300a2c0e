// The panel's logic (src/extension/panel.ts) on its own page's markup, with WXT's fakeBrowser for
// the tabs and a fake speechSynthesis: which tab it shows, when it reads it again, and that
// reading aloud goes on while other tabs change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractArticle } from '../../src/pipeline/extract';
import type { Extraction } from '../../src/pipeline/article';
import { startPanel, type Panel, type PanelLink } from '../../src/extension/panel';
import { DEFAULT_READING_PREFS } from '../../src/extension/settings';
import { english } from '../../src/i18n/translate';
import { expected, fixtureHtml, fixturePage, PROJECT_DIR } from '../pages';
import { parsePage } from './dom';
import { FakeSynth, FakeUtterance, voice } from './fake-speech';

const PANEL_HTML = readFileSync(join(PROJECT_DIR, 'entrypoints', 'sidepanel', 'index.html'), 'utf8');
const OTHER_ARTICLE = 'https://www.scmp.com/news/hong-kong/article/3300000/another-story';
const fixtureArticle = extractArticle(parsePage(fixtureHtml), fixturePage.url);

let synth: FakeSynth;
let reads: number[];
/** What the panel showed while each preview was up (the link offers one on every first read, as the real one does). */
let duringPreview: { busy: string | null; headline: string | undefined; points: string[]; paragraphs: number; disabled: boolean[] }[];
let panel: Panel | null;
/** What the panel asked of the tab: clean view turned on or off, and going back to it. */
let asked: string[];

/** The link to the page: reads count by tab; the article is the captured page's. */
function link(): PanelLink {
  return {
    read: async (tabId, _url, onPreview) => {
      reads.push(tabId);
      await new Promise((resolve) => setTimeout(resolve, 0)); // a message's answer comes in a later task
      if (onPreview && fixtureArticle.isArticle) {
        const { title, keyPoints, keyPointsForm } = fixtureArticle;
        await onPreview({ title, keyPoints, keyPointsForm });
        duringPreview.push({
          busy: document.getElementById('content')!.getAttribute('aria-busy'),
          headline: document.querySelector('#content h1')?.textContent,
          points: Array.from(document.querySelectorAll('#content .key-points li'), (li) => li.textContent ?? ''),
          paragraphs: document.querySelectorAll('#content .body p').length,
          disabled: TOOLBAR.map((id) => button(id).disabled),
        });
      }
      return fixtureArticle as Extraction;
    },
    tabState: async () => ({ url: fixturePage.url, isArticle: true, cleanView: false, paused: false }),
    setCleanView: async (tabId, on) => {
      asked.push(`clean view ${on} in ${tabId}`);
      return on;
    },
    showOriginal: async () => {},
    reload: async () => {},
    watchHidden: () => ({ stop() {} }),
    loadPrefs: async () => DEFAULT_READING_PREFS,
    savePrefs: () => {},
    backToTab: async (tabId) => void asked.push(`back to ${tabId}`),
  };
}

function open(search = ''): Panel {
  panel = startPanel({ doc: document, search, link: link(), t: english, version: '0.0.0', localize: () => {} });
  return panel;
}

/** A tab's update as the browser reports it (the fake's `update()` takes only what an extension may set). */
async function tabUpdated(tabId: number, change: { status?: 'loading' | 'complete'; url?: string; title?: string }): Promise<void> {
  const tab = (await fakeBrowser.tabs.get(tabId))!;
  await fakeBrowser.tabs.onUpdated.trigger(tabId, change, { ...tab, ...change });
}

const button = (id: string) => document.getElementById(id) as HTMLButtonElement;
const TOOLBAR = ['clean-view', 'show-original', 'copy-text', 'copy-markdown', 'save-markdown', 'save-html', 'listen'];

beforeEach(async () => {
  fakeBrowser.reset();
  asked = [];
  await fakeBrowser.windows.create({ focused: true }); // the panel's window: its tabs are the current window's
  document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(PANEL_HTML)![1]!.replace(/<script[\s\S]*?<\/script>/, '');
  synth = new FakeSynth([voice('English (Great Britain)', 'en-GB')]);
  Object.assign(window, { speechSynthesis: synth, SpeechSynthesisUtterance: FakeUtterance });
  reads = [];
  duringPreview = [];
  panel = null;
});
afterEach(() => {
  panel?.stop();
  vi.restoreAllMocks();
});

/** An article open in the active tab, the panel showing it, and reading it aloud. */
async function readingAloud(): Promise<{ panel: Panel; tabId: number; article: Element }> {
  const tab = await fakeBrowser.tabs.create({ url: fixturePage.url, active: true });
  const shown = open();
  await shown.settled();
  await Promise.resolve(); // the voices
  button('listen').click();
  synth.finish(); // the headline read; the next sentence begins
  expect(shown.state.kind).toBe('article');
  expect(synth.spoken).toHaveLength(2);
  return { panel: shown, tabId: tab.id!, article: document.querySelector('#content article')! };
}

const stillReading = (article: Element) => {
  expect(document.querySelector('#content article')).toBe(article); // not drawn again
  expect(button('listen').getAttribute('aria-expanded')).toBe('true');
  expect(document.querySelector('.player button.play')?.textContent).toBe('Pause');
  expect(document.querySelector('.speaking')?.textContent).toBe(synth.spoken.at(-1)?.text); // highlighted where it reads
};

describe('the panel', () => {
  it('shows the active tab’s article, its controls ready, the player closed until Listen', async () => {
    await fakeBrowser.tabs.create({ url: fixturePage.url, active: true });
    const shown = open();
    await shown.settled();
    await Promise.resolve();
    expect(reads).toHaveLength(1);
    expect(document.querySelector('#content h1')?.textContent).toBe(fixtureArticle.isArticle && fixtureArticle.title);
    expect(TOOLBAR.map((id) => button(id).disabled)).toEqual([false, false, false, false, false, false, false]);
    expect(button('clean-view').getAttribute('aria-pressed')).toBe('false');
    expect((document.querySelector('.player') as HTMLElement).hidden).toBe(true);
  });

  it('shows the headline and key points first, busy and with its controls off, then the article in their place', async () => {
    const article = fixtureArticle.isArticle ? fixtureArticle : null;
    const tab = await fakeBrowser.tabs.create({ url: fixturePage.url, active: true });
    const shown = open();
    await shown.settled();
    expect(duringPreview).toEqual([
      { busy: 'true', headline: article!.title, points: article!.keyPoints, paragraphs: 0, disabled: TOOLBAR.map(() => true) },
    ]);
    expect(document.getElementById('content')!.getAttribute('aria-busy')).toBe('false');
    expect(Array.from(document.querySelectorAll('#content .body p'), (p) => p.textContent)).toEqual(expected.bodyParagraphs);
    expect(document.querySelectorAll('#content h1')).toHaveLength(1); // the preview's headline gone with it
    // The same page read again keeps the article in view: no preview over it.
    await tabUpdated(tab.id!, { status: 'complete' });
    await shown.settled();
    expect([reads.length, duringPreview.length]).toEqual([2, 1]);
  });

  it('keeps reading aloud while other tabs load, navigate and change', async () => {
    const { tabId, article } = await readingAloud();
    const other = await fakeBrowser.tabs.create({ url: 'https://example.org/', active: false });
    await tabUpdated(other.id!, { status: 'loading' });
    await fakeBrowser.tabs.update(other.id!, { url: OTHER_ARTICLE });
    await tabUpdated(other.id!, { status: 'complete' });
    await tabUpdated(tabId, { title: 'A new title' }); // the shown tab, but neither a navigation nor a load
    await panel!.settled();
    expect(reads).toEqual([tabId]);
    stillReading(article);
    synth.finish();
    expect(synth.spoken).toHaveLength(3); // on to the next sentence
  });

  it('keeps reading when the active tab is announced again in another window (the same tab still shown)', async () => {
    const { tabId, article } = await readingAloud();
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 99, windowId: 2 });
    await panel!.settled();
    expect(reads).toEqual([tabId]);
    stillReading(article);
  });

  it('reads the article again when the shown tab navigates or finishes loading, and stops reading aloud', async () => {
    const { tabId } = await readingAloud();
    await fakeBrowser.tabs.update(tabId, { url: OTHER_ARTICLE });
    await panel!.settled();
    expect(reads).toEqual([tabId, tabId]);
    expect(button('listen').getAttribute('aria-expanded')).toBe('false');
    expect(document.querySelector('.speaking')).toBeNull();
    await tabUpdated(tabId, { status: 'complete' });
    await panel!.settled();
    expect(reads).toEqual([tabId, tabId, tabId]);
  });

  it('keeps the article in view and reading aloud when the shown page finishes loading again unchanged', async () => {
    const { tabId, article } = await readingAloud();
    const states: string[] = [];
    const seen = new MutationObserver(() => states.push(document.getElementById('content')!.getAttribute('aria-busy')!));
    seen.observe(document.getElementById('content')!, { attributes: true, childList: true });
    await tabUpdated(tabId, { status: 'complete' });
    await panel!.settled();
    seen.disconnect();
    expect(reads).toEqual([tabId, tabId]);
    expect(states).toEqual([]); // never blanked to 'loading', never drawn again
    stillReading(article);
  });

  it('follows another tab that becomes active, and shows what it is', async () => {
    const { tabId } = await readingAloud();
    const other = await fakeBrowser.tabs.create({ url: OTHER_ARTICLE, active: true });
    await panel!.settled();
    expect(reads).toEqual([tabId, other.id]);
    const blank = await fakeBrowser.tabs.create({ url: 'https://example.org/', active: true });
    await panel!.settled();
    expect(reads).toEqual([tabId, other.id]); // not an SCMP article: nothing read
    expect(panel!.state).toEqual({ kind: 'not-article', url: 'https://example.org/' });
    expect(button('listen').disabled).toBe(true);
    expect(blank.id).not.toBe(tabId);
  });

  it('opened for one tab, follows that tab only', async () => {
    const tab = await fakeBrowser.tabs.create({ url: fixturePage.url, active: false });
    const shown = open(`?tabId=${tab.id}`);
    await shown.settled();
    await fakeBrowser.tabs.create({ url: OTHER_ARTICLE, active: true });
    await shown.settled();
    expect(reads).toEqual([tab.id]);
    await fakeBrowser.tabs.update(tab.id!, { url: OTHER_ARTICLE });
    await shown.settled();
    expect(reads).toEqual([tab.id, tab.id]);
  });

  it('opened as a page, looks its tab up once: its own page finishing loading does not start the read over', async () => {
    const tab = await fakeBrowser.tabs.create({ url: fixturePage.url, active: false });
    const ownPage = await fakeBrowser.tabs.create({ url: 'chrome-extension://id/sidepanel.html', active: true });
    const lookups = vi.spyOn(fakeBrowser.tabs, 'get');
    const shown = open(`?tabId=${tab.id}&standalone=1`);
    // While the first lookup is under way (triggered as is: the helper would look a tab up too).
    await fakeBrowser.tabs.onUpdated.trigger(ownPage.id!, { status: 'complete' }, { ...ownPage, status: 'complete' });
    await shown.settled();
    expect(lookups.mock.calls).toEqual([[tab.id]]);
    expect(reads).toEqual([tab.id]);
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'complete' }, { ...tab, status: 'complete' });
    await shown.settled(); // the tab it shows finishing loading is read again
    expect(lookups.mock.calls).toEqual([[tab.id], [tab.id]]);
    expect(reads).toEqual([tab.id, tab.id]);
  });

  it('takes its first tab from the lookup its page began, and looks the tab up itself after that', async () => {
    const tab = await fakeBrowser.tabs.create({ url: fixturePage.url, active: false });
    const lookups = vi.spyOn(fakeBrowser.tabs, 'get');
    const firstTab = Promise.resolve({ ...tab });
    panel = startPanel({ doc: document, search: `?tabId=${tab.id}`, link: link(), t: english, version: '0', localize: () => {}, firstTab });
    await panel.settled();
    expect([lookups.mock.calls.length, reads]).toEqual([0, [tab.id]]);
    expect(panel.state.kind).toBe('article');
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'complete' }, { ...tab, status: 'complete' });
    await panel.settled();
    expect([lookups.mock.calls, reads]).toEqual([[[tab.id]], [tab.id, tab.id]]);
  });

  it('in the side panel offers no way back: it sits beside the page', async () => {
    await open().settled();
    expect(button('back-to-page').hidden).toBe(true);
    expect(document.documentElement.classList.contains('standalone')).toBe(false);
  });

  it('as its own page (Firefox for Android), goes back to the page, and shows it clean there', async () => {
    const tab = await fakeBrowser.tabs.create({ url: fixturePage.url, active: false });
    const page = open(`?tabId=${tab.id}&standalone=1`);
    await page.settled();
    expect(button('back-to-page').hidden).toBe(false);
    expect(button('back-to-page').getAttribute('aria-label')).toBe('Back to the page');
    expect(document.documentElement.classList.contains('standalone')).toBe(true);
    button('back-to-page').click();
    await Promise.resolve();
    expect(asked).toEqual([`back to ${tab.id}`]);
    button('clean-view').click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(asked).toEqual([`back to ${tab.id}`, `clean view true in ${tab.id}`, `back to ${tab.id}`]);
    expect(button('clean-view').getAttribute('aria-pressed')).toBe('true');
  });
});
