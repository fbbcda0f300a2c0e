/**
 * What the panel shows under its toolbar, as HTML strings from plain data: the article (an
 * `Article`) first, then what the page hides and Diagnostics; or one of the panel's states. No
 * extension API here: src/extension/panel.ts wires it to tabs and messages, and sanitizes the
 * markup as it enters the panel.
 */
import type { Article } from '../pipeline/article';
import type { ArticlePreview } from '../pipeline/preview';
import { articleBodyHtml, articleHeaderHtml, headlineHtml, keyPointsHtml } from './html';
import { escapeHtml } from '../html/node-text';
import { EN } from '../i18n/en';
import { english, type Translate } from '../i18n/translate';

export type PanelState =
  | { kind: 'loading' }
  /** The headline and SCMP's summary, from the snapshot's first part, while the article is read. */
  | { kind: 'preview'; preview: ArticlePreview }
  | { kind: 'not-article'; url: string | null }
  | { kind: 'failed'; url: string; reason: string }
  /** The page was opened before the extension was installed or updated: its scripts are not in it. */
  | { kind: 'needs-reload' }
  | { kind: 'article'; article: Article; cleanView: boolean | null };

export const NOT_ARTICLE_TEXT = EN.notArticleTitle;

const status = (role: string, title: string, ...paragraphs: string[]) =>
  `<section class="status" role="${role}"><h1>${escapeHtml(title)}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</section>`;

export function stateHtml(state: PanelState, t: Translate = english): string {
  switch (state.kind) {
    case 'loading':
      return `<p class="status" role="status">${escapeHtml(t('loading'))}</p>`;
    case 'preview':
      return `<article lang="en" class="preview"><header>${headlineHtml(state.preview.title)}</header>${keyPointsHtml({ ...state.preview, generatedKeyPoints: [] }, t)}</article>`;
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
      return articleHtml(state.article, t) + '<div id="hidden-on-page"></div>' + diagnosticsHtml(t);
  }
}

/** The article alone, as in the clean view: the toolbar above it holds every control. */
function articleHtml(article: Article, t: Translate): string {
  return `<article lang="en"><header>${articleHeaderHtml(article, t)}</header>${keyPointsHtml(article, t)}${articleBodyHtml(article, t)}</article>`;
}

/**
 * A small disclosure with the health check (in English: it is for a bug report), and a button to
 * copy it. Its text comes with the page's list of what it hides (src/render/diagnostics.ts).
 */
function diagnosticsHtml(t: Translate): string {
  return (
    `<details class="diagnostics"><summary>${escapeHtml(t('diagnostics'))}</summary>` +
    `<pre id="diagnostics-report" lang="en"></pre>` +
    `<button type="button" id="copy-diagnostics">${escapeHtml(t('copyReport'))}</button></details>`
  );
}
