/**
 * The interface's words in the browser's language, through the browsers' own i18n (`_locales`,
 * written from src/i18n at build time): English, or Traditional Chinese for zh-TW and zh-HK.
 */
import { browser } from 'wxt/browser';
import { makeTranslate, type Translate } from '../i18n/translate';

// WXT types getMessage with the keys of its own i18n module, which this project does not use.
const getMessage = browser.i18n.getMessage as (key: string) => string;
export const t: Translate = makeTranslate((key) => getMessage(key));

/**
 * The static words of an extension page, by attribute: `data-i18n` (text), `data-i18n-label`
 * (aria-label), `data-i18n-title` (the document's title); and the page's language.
 */
export function localizePage(doc: Document): void {
  doc.documentElement.lang = browser.i18n.getUILanguage();
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>('[data-i18n]')))
    el.textContent = t(el.dataset.i18n as Parameters<Translate>[0]);
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>('[data-i18n-label]')))
    el.setAttribute('aria-label', t(el.dataset.i18nLabel as Parameters<Translate>[0]));
  const title = doc.querySelector<HTMLElement>('title[data-i18n]');
  if (title) doc.title = title.textContent ?? doc.title;
}
