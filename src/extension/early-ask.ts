/**
 * The panel's first questions, asked from its page's head before the panel's own modules load
 * and run: which tab it shows, and that tab's snapshot. In Chromium the modules take 10–15 ms of
 * CPU, a lookup 8–13 ms and a message to the page and back 25–30 ms while a page opens (measured
 * with marks and a trace); asked first, they overlap. The panel takes each answer once: the tab
 * for its first lookup, the snapshot for its first read of that tab at that address.
 */
import { isArticleUrl } from '../rules/site';
import type { SnapshotStart } from './messages';
import { pinFrom, tabToShow, type Tab } from './tab-following';

declare global {
  interface Window {
    /** Set by entrypoints/panel-ask.ts, a classic script in the panel page's head. */
    panelEarlyAsk?: EarlyAsk;
  }
}

/** The snapshot asked of one tab as the panel opened. */
export interface EarlySnapshot {
  tabId: number;
  start: Promise<SnapshotStart>;
}

export interface EarlyAsk {
  /** The tab to show, looked up as the panel opened. */
  tab: Promise<Tab | undefined>;
  snapshot: Promise<EarlySnapshot | null>;
}

/**
 * Looks up the tab the panel will show (its `?tabId=`, or the active tab of its window) and asks
 * it for its snapshot if it is an SCMP article: a pinned tab at once, beside its lookup.
 */
export function askEarly(search: string, ask: (tabId: number) => Promise<SnapshotStart>): EarlyAsk {
  const asked = (tabId: number): EarlySnapshot => {
    const start = ask(tabId);
    start.catch(() => {}); // a tab without our script: the panel asks again and says why
    return { tabId, start };
  };
  const pin = pinFrom(search);
  const tab = tabToShow(pin).catch(() => undefined);
  // A pinned tab that proves no article is never read: its answer is dropped.
  if (pin.tabId !== null) return { tab, snapshot: Promise.resolve(asked(pin.tabId)) };
  const snapshot = tab.then((t) => (t?.id !== undefined && isArticleUrl(t.url ?? '') ? asked(t.id) : null));
  return { tab, snapshot };
}

/**
 * Reads a tab's snapshot start: the early answer the first time, if it was asked of that tab and
 * answers for the address the panel is reading (the page may have moved on since), else asked now.
 */
export function earlyOrAsk(early: Promise<EarlySnapshot | null>, ask: (tabId: number) => Promise<SnapshotStart>) {
  let unused: Promise<EarlySnapshot | null> | null = early;
  return async (tabId: number, url: string): Promise<SnapshotStart> => {
    const first = unused;
    unused = null;
    const mine = await first;
    const start = mine?.tabId === tabId ? await mine.start.catch(() => null) : null;
    return start?.url === url ? start : ask(tabId);
  };
}
