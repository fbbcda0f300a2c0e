/**
 * What the panel shows, as HTML strings from plain data: the article (an `Article`) or one of
 * its states. No extension API here: the entrypoint wires it to tabs and messages, and
 * sanitizes the markup as it enters the panel.
 */
import type { Article } from '../pipeline/article';
import { diagnosticsReport } from './diagnostics';
import { articleBodyHtml, articleHeaderHtml, keyPointsHtml } from './html';
import { escapeHtml } from '../html/text';
import { keyPointSections } from './format';
import { EN } from '../i18n/en';
import { english, type Translate } from '../i18n/translate';

export type PanelState =
  | { kind: 'loading' }
  | { kind: 'not-article'; url: string | null }
  | { kind: 'failed'; url: string; reason: string }
  /** The page was opened before the extension was installed or updated: its scripts are not in it. */
  | { kind: 'needs-reload' }
  | { kind: 'article'; article: Article; cleanView: boolean | null };

export const NOT_ARTICLE_TEXT = EN.notArticleTitle;

const status = (role: string, title: string, ...paragraphs: string[]) =>
  `<section class="status" role="${role}"><h1>${escapeHtml(title)}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</section>`;

export function stateHtml(state: PanelState, version = '', t: Translate = english): string {
  switch (state.kind) {
    case 'loading':
      return `<p class="status" role="status">${escapeHtml(t('loading'))}</p>`;
    case 'not-article':
      return status('status', t('notArticleTitle'), escapeHtml(t('notArticleWhat')), escapeHtml(t('notArticleHow')));
    case 'failed':
      return status(
        'alert',
        t('failedTitle'),
        escapeHtml(state.reason),
        escapeHtml(t('failedWhat')),
        `<a href="${escapeHtml(state.url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(t('openArticle'))}</a>`,
      );
    case 'needs-reload':
      return status(
        'status',
        t('reloadTitle'),
        escapeHtml(t('reloadWhat')),
        `<button type="button" id="reload-page">${escapeHtml(t('reloadButton'))}</button>`,
      );
    case 'article':
      return articleHtml(state.article, state.cleanView, t) + diagnosticsHtml(state.article, version, t);
  }
}

function articleHtml(article: Article, cleanView: boolean | null, t: Translate): string {
  const button = (id: string, label: string, extra = '') => `<button type="button" id="${id}"${extra}>${escapeHtml(label)}</button>`;
  const controls =
    cleanView === null
      ? ''
      : `<div class="page-controls">${button('clean-view', t('cleanViewOnPage'), ` aria-pressed="${cleanView}"`)}` +
        `${button('show-original', t('showOriginal'))}</div><div id="hidden-on-page"></div>`;
  const copy = keyPointSections(article, t).length
    ? `<div class="copy">${button('copy-text', t('copyKeyPoints'))}${button('copy-markdown', t('copyMarkdown'))}` +
      '<span id="copy-status" role="status" aria-live="polite"></span></div>'
    : '';
  const save = `<div class="save">${button('save-markdown', t('saveMarkdown'))}${button('save-html', t('saveHtml'))}</div>`;
  return (
    `<article lang="en"><header>${articleHeaderHtml(article, t)}${controls}</header>` +
    `${keyPointsHtml(article, t)}${copy}${save}${articleBodyHtml(article, t)}</article>`
  );
}

/** A small disclosure with the health check (in English: it is for a bug report), and a button to copy it. */
function diagnosticsHtml(article: Article, version: string, t: Translate): string {
  return (
    `<details class="diagnostics"><summary>${escapeHtml(t('diagnostics'))}</summary>` +
    `<pre id="diagnostics-report" lang="en">${escapeHtml(diagnosticsReport(article, version))}</pre>` +
    `<button type="button" id="copy-diagnostics">${escapeHtml(t('copyReport'))}</button></details>`
  );
}
