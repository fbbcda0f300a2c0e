/**
 * The list of what is hidden, kept while the panel asks for it (every two seconds while visible):
 * listed again only when the page changed since. On the 5 MB page one listing holds the page's
 * main thread 30–45 ms (the hiding selector over every element, 4,260 items; measured in
 * Chromium), on a real page 1–2 ms; an unchanged page now costs neither. The page is watched
 * only while it is being asked: a MutationObserver's records cost the page something, and a
 * closed panel asks nothing. The clean view's host coming and going changes nothing the list
 * says (no element of the site is touched: src/page/cleanview-frame.ts); counted as a change, it
 * had the 5 MB page judged again at the panel's next question, 170 batches each followed by a
 * relayout of the page (16–21 ms frames, by a trace in Chromium).
 */
import type { ClutterRule } from '../rules/rules';
import { CLEAN_VIEW_HOST } from './cleanview-frame';
import { listHidden, type HiddenListing, type PageUserRule } from './hidden-list';
import { sliceClock } from './slices';
import { visibleWhenShown, type OwnChange } from './visible-when-shown';

/** With no question for this long (three polls missed), the panel is gone: stop watching. */
const IDLE_MS = 6000;

/** Whether `records` change the page, rather than only add or remove the clean view's host. */
function pageChanged(records: readonly MutationRecord[]): boolean {
  const cleanViewHost = (node: Node) => node.nodeName.toLowerCase() === CLEAN_VIEW_HOST;
  return records.some((r) => r.type !== 'childList' || ![...r.addedNodes, ...r.removedNodes].every(cleanViewHost));
}

export interface HiddenListCache {
  /** The list now: the kept one when nothing changed since it was made (and the reader's rules are the same array). */
  list(userRules: readonly PageUserRule[]): Promise<HiddenListing>;
}

export function hiddenListCache(doc: Document, rules: readonly ClutterRule[], sliceMs = Infinity): HiddenListCache {
  const win = doc.defaultView as Window & typeof globalThis;
  let kept: { listing: Promise<HiddenListing>; userRules: readonly PageUserRule[] } | null = null;
  let idle = 0;
  // Any change but the clean view's host may change what the selectors match: nodes, attributes
  // (a class, *Show*, the root's switches), the reader's stylesheet.
  const observer = new win.MutationObserver((records) => {
    if (pageChanged(records)) kept = null;
  });
  const stopWatching = () => {
    observer.disconnect();
    kept = null;
    idle = 0;
  };
  /** The measuring's own changes (each item shown and hidden again) do not count as the page's; any change before them does. */
  const own: OwnChange = (change) => {
    if (pageChanged(observer.takeRecords())) kept = null;
    const result = change();
    observer.takeRecords();
    return result;
  };
  // One clock for the listing and its measuring; the measuring's layout takes a slice of its own
  // (in one task, they held a real page's main thread 5–9 ms at the panel's first question).
  const listed = async (userRules: readonly PageUserRule[]): Promise<HiddenListing> => {
    const clock = sliceClock(sliceMs);
    const { items, elements } = await listHidden(doc, rules, userRules, clock);
    const boxes = await visibleWhenShown(elements, clock, own);
    return { items: items.map((item, n) => ({ ...item, visibleWhenShown: boxes[n]! })), elements };
  };
  return {
    list(userRules) {
      if (!idle) observer.observe(doc, { childList: true, subtree: true, attributes: true, characterData: true });
      win.clearTimeout(idle);
      idle = win.setTimeout(stopWatching, IDLE_MS);
      if (pageChanged(observer.takeRecords())) kept = null;
      if (!kept || kept.userRules !== userRules) kept = { listing: listed(userRules), userRules };
      return kept.listing;
    },
  };
}
