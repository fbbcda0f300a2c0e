/**
 * The panel's list of what was hidden on the page, grouped by category with counts, each item
 * named by what it was; a *Show* / *Hide* button per item that has something to show (SCMP does
 * not display some slots at every size, and leaves some empty), and per category the switch that
 * applies to every article (the settings). Markup from plain data; sanitized where it enters
 * the panel.
 */
import type { HiddenItem } from '../model/hidden-item';
import { CLUTTER_CATEGORIES, type ClutterCategory } from '../rules/categories';
import { escapeHtml } from '../html/node-text';
import { english, type Translate } from '../i18n/translate';

export interface HiddenListNames {
  /** A built-in rule's name, or a reader's rule's description, by rule id. */
  rule: (ruleId: string) => string;
  category: (category: ClutterCategory | 'yours') => string;
}

export const itemName = (item: Pick<HiddenItem, 'ruleId' | 'title'>, names: HiddenListNames): string =>
  item.title ? `${names.rule(item.ruleId)}: ${item.title}` : names.rule(item.ruleId);

function groupHtml(
  category: HiddenItem['category'],
  items: HiddenItem[],
  names: HiddenListNames,
  categoryOn: boolean | null,
  t: Translate,
): string {
  const rows = items.map(
    (item) =>
      `<li><span>${escapeHtml(itemName(item, names))}</span> ` +
      `<button type="button" id="reveal-${item.index}" aria-pressed="${item.shown}">${escapeHtml(item.shown ? t('hide') : t('show'))}</button></li>`,
  );
  const label = names.category(category);
  const toggle =
    categoryOn === null
      ? ''
      : `<button type="button" id="category-${escapeHtml(category)}" class="category-switch" aria-pressed="${categoryOn}">` +
        `${escapeHtml(t('hideEverywhere'))}</button>`;
  return `<section class="hidden-group" aria-label="${escapeHtml(label)}"><h3>${escapeHtml(label)} (${items.length})</h3>${toggle}<ul>${rows.join('')}</ul></section>`;
}

/** What is hidden but that SCMP would not display here anyway: named, with nothing to show. */
function notDisplayedHtml(items: HiddenItem[], names: HiddenListNames, t: Translate): string {
  if (!items.length) return '';
  const label = t('nothingToShow');
  const rows = items.map((item) => `<li data-category="${escapeHtml(item.category)}">${escapeHtml(itemName(item, names))}</li>`);
  return `<section class="hidden-group not-displayed" aria-label="${escapeHtml(label)}"><h3>${escapeHtml(label)} (${items.length})</h3><ul>${rows.join('')}</ul></section>`;
}

/**
 * `categoriesOn`: the reader's setting for each built-in category (the reader's own rules have
 * none here). The count, the groups and their *Show* are of what was hidden from view; what
 * SCMP would not display here anyway is listed last, apart.
 */
export function hiddenListHtml(
  items: readonly HiddenItem[],
  names: HiddenListNames,
  categoriesOn: Record<ClutterCategory, boolean>,
  t: Translate = english,
): string {
  const fromView = items.filter((item) => item.visibleWhenShown || item.shown); // shown and empty: *Hide* takes it back
  const groups = new Map<HiddenItem['category'], HiddenItem[]>();
  for (const item of fromView) groups.set(item.category, [...(groups.get(item.category) ?? []), item]);
  // A category switched off hides nothing, and is listed all the same: its switch turns it back on.
  for (const [category, on] of Object.entries(categoriesOn))
    if (!on && !groups.has(category as ClutterCategory)) groups.set(category as ClutterCategory, []);
  // In the settings' order of categories, the reader's own rules last.
  const order = (c: HiddenItem['category']) => (c === 'yours' ? CLUTTER_CATEGORIES.length : CLUTTER_CATEGORIES.indexOf(c));
  const body = [...groups]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([category, list]) => groupHtml(category, list, names, category === 'yours' ? null : categoriesOn[category], t));
  const summary = fromView.length === 1 ? t('hiddenOne') : t('hiddenMany', fromView.length);
  const notDisplayed = notDisplayedHtml(
    items.filter((item) => !fromView.includes(item)),
    names,
    t,
  );
  return (
    `<details class="hidden-list"><summary>${summary}</summary>${body.join('')}${notDisplayed}` +
    `<p class="pick"><button type="button" id="pick">${escapeHtml(t('hideSomethingElse'))}</button></p></details>`
  );
}
