/**
 * The side panel (Chrome) / sidebar (Firefox), or the same page opened for one tab: its states,
 * the toolbar, copying and saving, the reader's preferences, and following tabs
 * (./tab-following.ts). What the page is told and asked goes through a `PanelLink`, so the
 * entrypoint only wires it and the tests can give their own. Page markup is sanitized once,
 * here, as it enters this page.
 */
import { isArticleUrl } from '../rules/site';
import type { Extraction } from '../pipeline/article';
import type { ArticlePreview } from '../pipeline/preview';
import type { HiddenItem } from '../model/hidden-item';
import { stateHtml, type PanelState } from '../render/panel-html';
import { diagnosticsReport } from '../render/diagnostics';
import { keyPointsMarkdown } from '../render/markdown';
import { keyPointsText } from '../render/plain-text';
import { showHtml } from '../html/sanitize';
import type { ReadingPrefs } from './settings';
import { byId, updateToolbar, wireMenu, wirePrefs, type Prefs } from './panel-toolbar';
import { startListening, type Listening } from './listen';
import { saveArticle, saveFormatOf } from './save';
import type { TabState } from './messages';
import { followTabs, pinFrom, tabToShow, type Pin, type Tab } from './tab-following';
import type { Translate } from '../i18n/translate';

/** What the panel tells and asks of the tab it shows (messages, in the extension). */
export interface PanelLink {
  /**
   * The tab's article as the page at `url` is now (the pipeline runs in the panel's own window); its
   * headline and summary go to `onPreview` first, from the snapshot's first part.
   */
  read(tabId: number, url: string, onPreview?: (preview: ArticlePreview) => Promise<void>): Promise<Extraction>;
  tabState(tabId: number): Promise<TabState | null>;
  setCleanView(tabId: number, on: boolean): Promise<boolean>;
  showOriginal(tabId: number): Promise<void>;
  reload(tabId: number): Promise<void>;
  /** The list of what the page hides, drawn into `host` while shown; `onItems` gets each new list. */
  watchHidden(host: HTMLElement, tabId: number, onItems: (items: readonly HiddenItem[]) => void): { stop(): void };
  loadPrefs(): Promise<ReadingPrefs>;
  savePrefs(prefs: ReadingPrefs): void;
  /** The panel opened as its own page (Firefox for Android): back to the tab, closing this page. */
  backToTab(tabId: number): Promise<void>;
}

export interface PanelOptions {
  doc: Document;
  /** The page's query: `?tabId=` or `?tabUrl=` when opened for one tab, and `standalone` when
   *  opened as the toolbar button's page (where there is no sidebar): it offers a way back. */
  search: string;
  link: PanelLink;
  t: Translate;
  version: string;
  /** Puts the interface's words on the page's static markup (the browser's language may change). */
  localize(): void;
  /** The tab to show, already being looked up as the page opened (src/extension/early-ask.ts). */
  firstTab?: Promise<Tab | undefined>;
}

export interface Panel {
  readonly state: PanelState;
  /** Settles when the panel shows what it was last asked to (for tests). */
  settled(): Promise<void>;
  stop(): void;
}

/**
 * What the browsers say when no script of the extension listens in the tab: Firefox's error, or,
 * in Chrome, the messaging library's "No response" (Chrome reports it as runtime.lastError).
 */
const NO_RECEIVER = /Receiving end does not exist|Could not establish connection|^No response$/i;

/**
 * After the next paint: a frame's callbacks run before it paints, a task queued from them after.
 * A panel out of view paints no frames: the timeout then lets the reading go on.
 */
const nextPaint = (win: Window) =>
  new Promise<void>((resolve) => {
    win.requestAnimationFrame(() => win.setTimeout(resolve, 0));
    win.setTimeout(resolve, 100);
  });

export function startPanel(options: PanelOptions): Panel {
  return new SidePanel(options);
}

class SidePanel implements Panel {
  state: PanelState = { kind: 'loading' };
  private readonly win: Window;
  private readonly content: HTMLElement;
  private readonly pin: Pin;
  private readonly standalone: boolean;
  private readonly prefs: Prefs;
  private readonly abort = new AbortController();
  private readonly unfollow: () => void;
  private shownTabId: number | null = null;
  private shownUrl: string | null = null;
  private generation = 0;
  /** Reads and checks under way: `settled()` waits for all of them, whichever started last. */
  private readonly inFlight = new Set<Promise<void>>();
  /** Reading aloud, and the list of what the page hides: both end when the panel shows something else. */
  private listening: Listening | null = null;
  private hiddenList: { stop(): void } | null = null;
  /** The first lookup's answer, if the page asked before this panel ran: taken once. */
  private firstTab: Promise<Tab | undefined> | undefined;

  constructor(private readonly options: PanelOptions) {
    const { doc, link } = options;
    this.win = doc.defaultView as Window;
    this.content = byId(doc, 'content');
    this.pin = pinFrom(options.search);
    this.firstTab = options.firstTab;
    this.standalone = new URLSearchParams(options.search).has('standalone');
    doc.documentElement.classList.toggle('standalone', this.standalone);
    byId(doc, 'back-to-page').hidden = !this.standalone;
    const { signal } = this.abort;
    this.prefs = wirePrefs(doc, link.loadPrefs, link.savePrefs, signal);
    wireMenu(doc, signal);
    doc.addEventListener('click', (event) => this.onClick(event), { signal });
    this.unfollow = followTabs(this.pin, () => this.shownTabId, {
      activated: () => {
        options.localize();
        void this.track(this.refreshIfOtherTab());
      },
      shownTabChanged: () => {
        options.localize();
        void this.refresh();
      },
    });
    options.localize();
    void this.refresh();
  }

  async settled(): Promise<void> {
    while (this.inFlight.size) await Promise.all(this.inFlight);
  }

  stop(): void {
    this.unfollow();
    this.abort.abort();
    this.listening?.stop();
    this.hiddenList?.stop();
  }

  private render(next: PanelState): void {
    const { doc, link, t, version } = this.options;
    this.listening?.stop();
    this.listening = null;
    this.hiddenList?.stop();
    this.hiddenList = null;
    this.state = next;
    showHtml(this.content, stateHtml(next, t), this.win);
    this.content.setAttribute('aria-busy', String(next.kind === 'loading' || next.kind === 'preview'));
    updateToolbar(doc, next, t);
    if (next.kind !== 'article') return;
    const save = (change: Partial<ReadingPrefs>) => this.prefs.update(change);
    this.listening = startListening(next.article, byId(doc, 'listen'), byId(doc, 'player-host'), this.content, this.prefs.current, save, t);
    const host = this.content.querySelector<HTMLElement>('#hidden-on-page');
    const report = this.content.querySelector<HTMLElement>('#diagnostics-report');
    if (!host || !report || this.shownTabId === null) return;
    this.hiddenList = link.watchHidden(host, this.shownTabId, (items) => {
      report.textContent = diagnosticsReport(next.article, version, items);
    });
  }

  private track(work: Promise<void>): Promise<void> {
    this.inFlight.add(work);
    const done = () => void this.inFlight.delete(work);
    work.then(done, done);
    return work;
  }

  /** Reads the shown tab's article and shows it. */
  private refresh(): Promise<void> {
    const mine = ++this.generation;
    return this.track(this.show(mine));
  }

  /** Another tab may be the one to show: read it only if it is (the same one keeps its reader). */
  private async refreshIfOtherTab(): Promise<void> {
    const tab = await tabToShow(this.pin).catch(() => undefined);
    if (tab?.id !== this.shownTabId || (tab?.url ?? null) !== this.shownUrl) await this.refresh();
  }

  private async show(mine: number): Promise<void> {
    const lookup = this.firstTab ?? tabToShow(this.pin);
    this.firstTab = undefined;
    const tab = await lookup.catch(() => undefined);
    if (mine !== this.generation) return;
    const url = tab?.url ?? null;
    const rereading = this.state.kind === 'article' && tab?.id === this.shownTabId && url === this.shownUrl;
    this.shownTabId = tab?.id ?? null;
    this.shownUrl = url;
    if (this.shownTabId === null || !url || !isArticleUrl(url)) return this.render({ kind: 'not-article', url });
    const { link } = this.options;
    const tabId = this.shownTabId;
    // A page read for the first time shows its headline and summary as soon as they are read.
    const preview = rereading ? undefined : (p: ArticlePreview) => this.showPreview(mine, p);
    // Asked before anything else is done here: the page answers meanwhile, in a later task (a message).
    const reading = link.read(tabId, url, preview);
    // The same page read again (it finished loading): the article stays in view meanwhile.
    if (!rereading) this.render({ kind: 'loading' });
    try {
      const tabState = link.tabState(tabId).catch(() => null);
      const result = await reading;
      await this.prefs.loaded;
      if (mine !== this.generation) return;
      if (!result.isArticle) return this.render({ kind: 'failed', url, reason: result.reason });
      const next: PanelState = { kind: 'article', article: result, cleanView: (await tabState)?.cleanView ?? null };
      // Nothing changed: the reader keeps the place, and reading aloud goes on.
      if (rereading && JSON.stringify(next) === JSON.stringify(this.state)) return;
      this.render(next);
    } catch (error) {
      if (mine !== this.generation) return;
      const reason = error instanceof Error ? error.message : String(error);
      // No script of ours in a page that has loaded: it was opened before the extension was
      // installed or updated (Chrome does not inject into open tabs). A page still loading gets
      // its scripts at document_end, and the panel reads it again when it completes.
      if (!NO_RECEIVER.test(reason)) return this.render({ kind: 'failed', url, reason });
      if (tab?.status === 'complete') this.render({ kind: 'needs-reload' });
    }
  }

  /** The preview, painted before the article is read (unless something newer is shown meanwhile). */
  private async showPreview(mine: number, preview: ArticlePreview): Promise<void> {
    if (mine !== this.generation) return;
    this.render({ kind: 'preview', preview });
    await nextPaint(this.win);
  }

  private async copy(kind: 'text' | 'markdown' | 'diagnostics'): Promise<void> {
    if (this.state.kind !== 'article') return;
    const { doc, t } = this.options;
    const text =
      kind === 'text'
        ? keyPointsText(this.state.article, t)
        : kind === 'markdown'
          ? keyPointsMarkdown(this.state.article, t)
          : (doc.getElementById('diagnostics-report')?.textContent ?? '');
    const status = byId(doc, 'copy-status');
    try {
      await this.win.navigator.clipboard.writeText(text);
      status.textContent = kind === 'text' ? t('copied') : kind === 'markdown' ? t('copiedMarkdown') : t('copiedDiagnostics');
    } catch {
      status.textContent = t('copyFailed');
    }
  }

  /** The toolbar's and the states' buttons (the hidden list routes its own). */
  private onClick(event: Event): void {
    const button = (event.target as Element).closest('button');
    if (!button || button.closest('#hidden-on-page') || this.shownTabId === null) return;
    const { link, t } = this.options;
    const tabId = this.shownTabId;
    const id = button.id;
    if (id === 'copy-text') void this.copy('text');
    if (id === 'copy-markdown') void this.copy('markdown');
    if (id === 'copy-diagnostics') void this.copy('diagnostics');
    const saveAs = saveFormatOf(button);
    if (saveAs && this.state.kind === 'article') saveArticle(this.win, this.state.article, saveAs, t);
    if (id === 'clean-view') {
      const on = button.getAttribute('aria-pressed') !== 'true';
      void link.setCleanView(tabId, on).then(async (now) => {
        button.setAttribute('aria-pressed', String(now));
        // As its own page, the panel hides the tab: the reader goes to the page to read it clean.
        if (this.standalone && now) await link.backToTab(tabId);
      });
    }
    if (id === 'back-to-page') void link.backToTab(tabId);
    if (id === 'show-original') void link.showOriginal(tabId).then(() => this.refresh());
    if (id === 'reload-page') void link.reload(tabId);
  }
}
