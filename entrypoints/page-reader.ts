import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { onMessage } from '../src/extension/messages';
import { snapshotParts } from '../src/page/page-snapshot';
import { hiddenListCache } from '../src/page/hidden-list-cache';
import type { PageUserRule } from '../src/page/hidden-list';
import { RULES } from '../src/rules/rules';
import { SHOWN_ATTRIBUTE } from '../src/rules/stylesheet';
import { sendMessage, type UserRulesPlan } from '../src/extension/messages';
import { startPicker, type Picker } from '../src/page/picker';
import { makeTranslate } from '../src/i18n/translate';
import { browser } from 'wxt/browser';

/**
 * At document_end on scmp.com (declared in wxt.config.ts, `content_scripts`): the page's snapshot
 * for the panel and the clean view (src/page/page-snapshot.ts), serialized over as many tasks as it
 * takes and sent in parts. Apart from the document_start script, which must stay small and
 * carries only what hides clutter before the first paint.
 */
export default defineUnlistedScript({
  main() {
    // The last two snapshots (the panel and the clean view may read the page at the same time).
    const snapshots = new Map<number, string[]>();
    let last = 0;
    onMessage('pageSnapshot', async () => {
      const id = ++last;
      const parts = await snapshotParts(document);
      snapshots.set(id, parts);
      snapshots.delete(id - 2);
      // A big page: the page's own scripts get the main thread before the first part is sent.
      if (parts.length > 1) await new Promise((resolve) => setTimeout(resolve, 0));
      return { id, url: location.href, parts: parts.length, first: parts[0] ?? '' };
    });
    onMessage('pageSnapshotPart', ({ data }) => {
      const parts = snapshots.get(data.id);
      if (!parts) throw new Error('Snapshot gone');
      return parts[data.index] ?? '';
    });
    answerHiddenList();
    let picker: Picker | null = null;
    onMessage('pageStartPicker', () => {
      picker?.stop();
      picker = startPicker(document, {
        save: (selector, description) => sendMessage('saveUserRule', { selector, description, page: location.href }),
        t,
      });
    });
  },
});

// The picker's words in the browser's language (src/i18n; the browser's own _locales).
const getMessage = browser.i18n.getMessage as (key: string) => string;
const t = makeTranslate((key) => getMessage(key));

/**
 * Time the hidden list keeps the page's main thread before its own scripts get it back: a real
 * page's listing in one or two slices, its layout in a slice of its own.
 */
const HIDDEN_LIST_SLICE_MS = 4;

/** The panel's list of what is hidden on this page, and *Show* / *Hide* for one item of it. */
function answerHiddenList(): void {
  const cache = hiddenListCache(document, RULES, HIDDEN_LIST_SLICE_MS);
  // The reader's rules, read once and then followed (a storage read each poll cost the page's main thread).
  let userRules: Promise<PageUserRule[]> | null = null;
  const readUserRules = async () => {
    const plan = (await browser.storage.local.get('userRulesPlan')).userRulesPlan as UserRulesPlan | undefined;
    return Array.isArray(plan?.rules) ? plan.rules : [];
  };
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'userRulesPlan' in changes) userRules = null;
  });
  let listed: Element[] = [];
  onMessage('pageHidden', async () => {
    userRules ??= readUserRules();
    const { items, elements } = await cache.list(await userRules);
    listed = elements;
    return items;
  });
  onMessage('pageReveal', ({ data }) => {
    const el = listed[data.index];
    if (!el) return false;
    if (data.shown) el.setAttribute(SHOWN_ATTRIBUTE, '');
    else el.removeAttribute(SHOWN_ATTRIBUTE);
    return data.shown;
  });
}
