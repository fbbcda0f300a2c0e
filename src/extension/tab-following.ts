/**
 * Which tab the panel shows, and when it must read that tab's article again. The panel follows
 * the active tab of its window, or one tab when opened as a page (`?tabId=` or `?tabUrl=`). It
 * reads again only when the shown tab navigates or finishes loading, or another tab becomes the
 * one to show: a page loading in a background tab must not stop the reader (reading aloud, the
 * place in the article).
 */
import { browser, type Browser } from 'wxt/browser';
import { isArticleUrl } from '../rules/site';

export type Tab = Browser.tabs.Tab;

/** Opened as a page for one tab: by its id, or by its address (the id is not known yet). */
export interface Pin {
  tabId: number | null;
  tabUrl: string | null;
}

export function pinFrom(search: string): Pin {
  const params = new URLSearchParams(search);
  return { tabId: Number(params.get('tabId')) || null, tabUrl: params.get('tabUrl') };
}

const isPinned = (pin: Pin) => pin.tabId !== null || pin.tabUrl !== null;

/** The tab to show now: the pinned one, or the active tab of the panel's window. */
export async function tabToShow(pin: Pin): Promise<Tab | undefined> {
  if (pin.tabId !== null) return browser.tabs.get(pin.tabId);
  if (pin.tabUrl !== null) return (await browser.tabs.query({ url: pin.tabUrl }))[0];
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/**
 * What a tab's update means for the panel showing `shownTabId` (null: none found yet). Before a
 * tab is found, only an SCMP article's load may be the one to show: the panel's own page loading
 * (opened as a page) restarted its first read, and cost it a lookup (10–13 ms in Chromium, measured).
 */
export function updateMeansReread(
  tabId: number,
  change: { url?: string; status?: string },
  tabUrl: string | undefined,
  shownTabId: number | null,
): boolean {
  const navigatedOrLoaded = change.url !== undefined || change.status === 'complete';
  if (!navigatedOrLoaded) return false;
  return shownTabId === null ? isArticleUrl(tabUrl ?? '') : tabId === shownTabId;
}

export interface TabEvents {
  /** Another tab may be the one to show now: the panel asks which, and reads it if it is new. */
  activated(): void;
  /** The shown tab navigated or finished loading: read it again. */
  shownTabChanged(): void;
}

/** Listens to the browser's tab events for as long as the panel lives; answers a way to stop. */
export function followTabs(pin: Pin, shownTabId: () => number | null, on: TabEvents): () => void {
  const activated = () => {
    if (!isPinned(pin)) on.activated();
  };
  const updated = (tabId: number, change: { url?: string; status?: string }, tab: Tab) => {
    if (updateMeansReread(tabId, change, tab.url, shownTabId() ?? pin.tabId)) on.shownTabChanged();
  };
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
  };
}
