import { browser } from 'wxt/browser';
import { isArticleUrl } from '../../src/rules/site';
import { sendMessage } from '../../src/extension/messages';
import { readArticle } from '../../src/extension/read-article';
import { stateHtml, type PanelState } from '../../src/render/panel';
import { keyPointsMarkdown } from '../../src/render/markdown';
import { keyPointsText } from '../../src/render/text';
import { showHtml } from '../../src/html/sanitize';
import { DEFAULT_READING_PREFS, FONT_STEPS, type ReadingPrefs, type Theme } from '../../src/extension/settings';
import { loadReadingPrefs, readingPrefsItem } from '../../src/extension/storage';
import { startListening, type Listening } from '../../src/extension/listen';
import { watchHiddenList } from '../../src/extension/hidden-panel';
import { localizePage, t } from '../../src/extension/i18n';
import { saveArticle } from '../../src/extension/save';
import '../../src/listen/listen.css';

/**
 * The side panel (Chrome) / sidebar (Firefox): follows the active tab, or the tab named by
 * `?tabId=` when opened as a page. What it shows is sanitized once, here, as it enters this page.
 */
const content = document.getElementById('content') as HTMLElement;
const params = new URLSearchParams(location.search);
const pinnedTabId = Number(params.get('tabId')) || null;
/** Opened as a page for one tab (by id, or by its address): follow that tab, not the active one. */
const pinnedTabUrl = params.get('tabUrl');
const pinned = pinnedTabId !== null || pinnedTabUrl !== null;
let state: PanelState = { kind: 'loading' };
let shownTabId: number | null = null;
let generation = 0;
/** Reading aloud the article shown; stopped whenever the panel shows something else. */
let listening: Listening | null = null;
/** The list of what the page hides; stopped whenever the panel shows something else. */
let hiddenList: { stop(): void } | null = null;

function render(next: PanelState): void {
  listening?.stop();
  listening = null;
  hiddenList?.stop();
  hiddenList = null;
  state = next;
  showHtml(content, stateHtml(state, browser.runtime.getManifest().version, t), window);
  content.setAttribute('aria-busy', String(state.kind === 'loading'));
  const header = content.querySelector('article > header');
  if (state.kind === 'article' && header) {
    listening = startListening(state.article, header, content, prefs, (change) => updatePrefs(change));
  }
  const hiddenHost = content.querySelector<HTMLElement>('#hidden-on-page');
  if (hiddenHost && shownTabId !== null) hiddenList = watchHiddenList(hiddenHost, shownTabId, window);
}

async function currentTab() {
  if (pinnedTabId !== null) return browser.tabs.get(pinnedTabId);
  if (pinnedTabUrl !== null) return (await browser.tabs.query({ url: pinnedTabUrl }))[0];
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function refresh(): Promise<void> {
  const mine = ++generation;
  const tab = await currentTab().catch(() => undefined);
  if (mine !== generation) return;
  shownTabId = tab?.id ?? null;
  const url = tab?.url ?? null;
  if (shownTabId === null || !url || !isArticleUrl(url)) return render({ kind: 'not-article', url });
  render({ kind: 'loading' });
  try {
    // The page sends itself as it is now; the pipeline runs here, in the panel's own window.
    const tabId = shownTabId;
    const tabState = sendMessage('getTabState', { tabId }).catch(() => null);
    const start = await sendMessage('pageSnapshot', undefined, tabId);
    const result = await readArticle(start, (part) => sendMessage('pageSnapshotPart', part, tabId));
    if (mine !== generation) return;
    if (!result.isArticle) return render({ kind: 'failed', url, reason: result.reason });
    const cleanView = (await tabState)?.cleanView ?? null;
    await prefsLoaded; // the player starts with the reader's saved voice and speed
    if (mine !== generation) return;
    render({ kind: 'article', article: result, cleanView });
  } catch (error) {
    if (mine !== generation) return;
    const reason = error instanceof Error ? error.message : String(error);
    // No script of ours in a page that has loaded: it was opened before the extension was
    // installed or updated (Chrome does not inject into open tabs). A page still loading gets
    // its scripts at document_end, and the panel tries again when it completes.
    if (!NO_RECEIVER.test(reason)) return render({ kind: 'failed', url, reason });
    if (tab?.status === 'complete') render({ kind: 'needs-reload' });
  }
}

/**
 * What the browsers say when no script of the extension listens in the tab: Firefox's error, or,
 * in Chrome, the messaging library's "No response" (Chrome reports it as runtime.lastError).
 */
const NO_RECEIVER = /Receiving end does not exist|Could not establish connection|^No response$/i;

async function copy(kind: 'text' | 'markdown' | 'diagnostics'): Promise<void> {
  if (state.kind !== 'article') return;
  const text =
    kind === 'text'
      ? keyPointsText(state.article, t)
      : kind === 'markdown'
        ? keyPointsMarkdown(state.article, t)
        : (document.getElementById('diagnostics-report')?.textContent ?? '');
  const status = document.getElementById('copy-status');
  try {
    await navigator.clipboard.writeText(text);
    if (status) status.textContent = kind === 'text' ? t('copied') : kind === 'markdown' ? t('copiedMarkdown') : t('copiedDiagnostics');
  } catch {
    if (status) status.textContent = t('copyFailed');
  }
}

content.addEventListener('click', (event) => {
  const button = (event.target as Element).closest('button');
  if (!button || shownTabId === null) return;
  if (button.id === 'copy-text') void copy('text');
  if (button.id === 'copy-markdown') void copy('markdown');
  if (button.id === 'copy-diagnostics') void copy('diagnostics');
  if (button.id === 'clean-view') {
    const on = button.getAttribute('aria-pressed') !== 'true';
    void sendMessage('setCleanView', { tabId: shownTabId, on }).then((now) => button.setAttribute('aria-pressed', String(now)));
  }
  if (button.id === 'show-original') void sendMessage('showOriginal', { tabId: shownTabId }).then(() => refresh());
  if (button.id === 'reload-page') void browser.tabs.reload(shownTabId);
  if ((button.id === 'save-markdown' || button.id === 'save-html') && state.kind === 'article') {
    saveArticle(window, state.article, button.id === 'save-markdown' ? 'markdown' : 'html', t);
  }
});

// Reading comfort: font size and theme, voice and speed, remembered.
let prefs: ReadingPrefs = DEFAULT_READING_PREFS;
const prefsLoaded = loadReadingPrefs().then((p) => {
  prefs = p;
  applyPrefs();
});
function applyPrefs(): void {
  document.documentElement.dataset.theme = prefs.theme;
  document.documentElement.style.setProperty('--font-size', `${FONT_STEPS[prefs.fontStep]}px`);
  (document.getElementById('theme') as HTMLSelectElement).value = prefs.theme;
  (document.getElementById('font-smaller') as HTMLButtonElement).disabled = prefs.fontStep === 0;
  (document.getElementById('font-larger') as HTMLButtonElement).disabled = prefs.fontStep === FONT_STEPS.length - 1;
}
function updatePrefs(change: Partial<ReadingPrefs>): void {
  prefs = { ...prefs, ...change };
  applyPrefs();
  void readingPrefsItem.setValue(prefs);
}
document.getElementById('font-smaller')?.addEventListener('click', () => updatePrefs({ fontStep: Math.max(0, prefs.fontStep - 1) }));
document
  .getElementById('font-larger')
  ?.addEventListener('click', () => updatePrefs({ fontStep: Math.min(FONT_STEPS.length - 1, prefs.fontStep + 1) }));
document.getElementById('theme')?.addEventListener('change', (e) => updatePrefs({ theme: (e.target as HTMLSelectElement).value as Theme }));

// Follow the active tab, its navigations (SCMP's client-side ones too) and loads.
browser.tabs.onActivated.addListener(() => {
  if (!pinned) localizePage(document);
  void refresh();
});
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (tabId === shownTabId || !pinned) {
    if (change.url || change.status === 'complete') localizePage(document);
    void refresh();
  }
});

localizePage(document);
void refresh();
