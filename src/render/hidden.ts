/**
 * The panel's list of what was hidden on the page, grouped by category with counts, each item
 * named by what it was; a *Show* / *Hide* button per item, and per category the switch that
 * applies to every article (the settings). Markup from plain data; sanitized where it enters
 * the panel.
 */
import type { HiddenItem } from '../rules/hidden-item';
import { CLUTTER_CATEGORIES, type ClutterCategory } from '../rules/categories';
import { escapeHtml } from '../html/text';
import { english, type Translate } from '../i18n/translate';

export interface HiddenListNames {
  /** A built-in rule's name, or a reader's rule's description, by rule id. */
  rule: (ruleId: string) => string;
  category: (category: ClutterCategory | 'yours') => string;
}

export const itemName = (item: HiddenItem, names: HiddenListNames): string =>
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

/** `categoriesOn`: the reader's setting for each built-in category (the reader's own rules have none here). */
export function hiddenListHtml(
  items: readonly HiddenItem[],
  names: HiddenListNames,
  categoriesOn: Record<ClutterCategory, boolean>,
  t: Translate = english,
): string {
  const groups = new Map<HiddenItem['category'], HiddenItem[]>();
  for (const item of items) groups.set(item.category, [...(groups.get(item.category) ?? []), item]);
  // A category switched off hides nothing, and is listed all the same: its switch turns it back on.
  for (const [category, on] of Object.entries(categoriesOn))
    if (!on && !groups.has(category as ClutterCategory)) groups.set(category as ClutterCategory, []);
  // In the settings' order of categories, the reader's own rules last.
  const order = (c: HiddenItem['category']) => (c === 'yours' ? CLUTTER_CATEGORIES.length : CLUTTER_CATEGORIES.indexOf(c));
  const body = [...groups]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([category, list]) => groupHtml(category, list, names, category === 'yours' ? null : categoriesOn[category], t));
  const summary = items.length === 1 ? t('hiddenOne') : t('hiddenMany', items.length);
  return (
    `<details class="hidden-list"><summary>${summary}</summary>${body.join('')}` +
    `<p class="pick"><button type="button" id="pick">${escapeHtml(t('hideSomethingElse'))}</button></p></details>`
  );
}
