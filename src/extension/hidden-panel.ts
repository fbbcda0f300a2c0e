/**
 * The panel's "things hidden on this page", below the article: asked of the tab every two seconds while the panel
 * is visible (late clutter, client-side navigation), drawn only when it changed (the reader's
 * focus and the open disclosure stay as they were); *Show* / *Hide* one item, switch a category
 * for every article, start the picker.
 */
import { categoryLabel } from './category-labels';
import { t } from './i18n';
import { sendMessage } from './messages';
import { loadSettings, loadUserRules, settingsItem } from './storage';
import { RULES } from '../rules/rules';
import { CLUTTER_CATEGORIES, type ClutterCategory } from '../rules/categories';
import { hiddenListHtml, type HiddenListNames } from '../render/hidden';
import type { HiddenItem } from '../model/hidden-item';
import { showHtml } from '../html/sanitize';

const POLL_MS = 2000;

async function listed(tabId: number): Promise<{ items: HiddenItem[]; html: string }> {
  const [items, settings, userRules] = await Promise.all([sendMessage('pageHidden', undefined, tabId), loadSettings(), loadUserRules()]);
  const names: HiddenListNames = {
    rule: (id) => (RULES.some((r) => r.id === id) ? t.rule(id) : (userRules.find((r) => r.id === id)?.description ?? t('yourRule'))),
    category: (c) => (c === 'yours' ? t('yourRules') : categoryLabel(c, t)),
  };
  return { items, html: hiddenListHtml(items, names, settings.hide, t) };
}

async function onClick(button: HTMLButtonElement, tabId: number): Promise<void> {
  const reveal = /^reveal-(\d+)$/.exec(button.id);
  if (reveal) {
    const shown = button.getAttribute('aria-pressed') !== 'true';
    await sendMessage('pageReveal', { index: Number(reveal[1]), shown }, tabId);
  }
  const category = /^category-(.+)$/.exec(button.id)?.[1] as ClutterCategory | undefined;
  if (category && CLUTTER_CATEGORIES.includes(category)) {
    const settings = await loadSettings();
    await settingsItem.setValue({ ...settings, hide: { ...settings.hide, [category]: !settings.hide[category] } });
  }
  if (button.id === 'pick') await sendMessage('pageStartPicker', undefined, tabId);
}

/** `onItems` gets each list that differs from the one before (Diagnostics counts from it). */
export function watchHiddenList(
  host: HTMLElement,
  tabId: number,
  win: Window,
  onItems: (items: readonly HiddenItem[]) => void,
): { stop(): void } {
  let last = '';
  let stopped = false;
  const draw = async () => {
    if (stopped || win.document.visibilityState !== 'visible') return;
    const { items, html } = await listed(tabId).catch(() => ({ items: null, html: '' }));
    if (stopped || html === last) return;
    last = html;
    if (items) onItems(items);
    const open = host.querySelector('details')?.open ?? false;
    const focused = win.document.activeElement?.id;
    showHtml(host, html, win);
    const details = host.querySelector('details');
    if (details) details.open = open;
    if (focused) (host.querySelector(`[id="${focused}"]`) as HTMLElement | null)?.focus();
  };
  const clicks = new AbortController();
  host.addEventListener(
    'click',
    (event) => {
      const button = (event.target as Element).closest('button');
      if (button) void onClick(button, tabId).then(() => setTimeout(draw, 100));
    },
    { signal: clicks.signal },
  );
  const timer = win.setInterval(() => void draw(), POLL_MS);
  void draw();
  return {
    stop() {
      stopped = true;
      clicks.abort();
      win.clearInterval(timer);
    },
  };
}
