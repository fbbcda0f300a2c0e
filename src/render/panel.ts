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

export type PanelState =
  | { kind: 'loading' }
  | { kind: 'not-article'; url: string | null }
  | { kind: 'failed'; url: string; reason: string }
  /** The page was opened before the extension was installed or updated: its scripts are not in it. */
  | { kind: 'needs-reload' }
  | { kind: 'article'; article: Article; cleanView: boolean | null };

export const NOT_ARTICLE_TEXT = 'Not an SCMP article';

export function stateHtml(state: PanelState, version = ''): string {
  switch (state.kind) {
    case 'loading':
      return '<p class="status" role="status">Loading the article…</p>';
    case 'not-article':
      return (
        `<section class="status" role="status"><h1>${NOT_ARTICLE_TEXT}</h1>` +
        '<p>Declutter for SCMP hides ads, the audio player and video promos on scmp.com, and shows a clean copy of an article here with its key points, ready to copy.</p>' +
        '<p>Open an article on <strong>scmp.com</strong> (an address with <code>/article/</code> in it) and it appears here.</p></section>'
      );
    case 'failed':
      return (
        `<section class="status" role="alert"><h1>Could not read this article</h1><p>${escapeHtml(state.reason)}</p>` +
        '<p>The page itself still works: clutter hiding stays on. Reload the page and try again, or read it on the site.</p>' +
        `<p><a href="${escapeHtml(state.url)}" target="_blank" rel="noopener noreferrer">Open the article</a></p></section>`
      );
    case 'needs-reload':
      return (
        '<section class="status" role="status"><h1>Reload the page to declutter it</h1>' +
        '<p>This tab was opened before Declutter for SCMP was installed or updated, and the browser does not let the extension into ' +
        'pages opened before. Reload it to hide the clutter and read the article here.</p>' +
        '<p><button type="button" id="reload-page">Reload the page</button></p></section>'
      );
    case 'article':
      return articleHtml(state.article, state.cleanView) + diagnosticsHtml(state.article, version);
  }
}

function articleHtml(article: Article, cleanView: boolean | null): string {
  const controls =
    cleanView === null
      ? ''
      : `<div class="page-controls"><button type="button" id="clean-view" aria-pressed="${cleanView}">Clean view on the page</button>` +
        '<button type="button" id="show-original">Show original</button></div><div id="hidden-on-page"></div>';
  const copy = keyPointSections(article).length
    ? '<div class="copy"><button type="button" id="copy-text">Copy key points</button>' +
      '<button type="button" id="copy-markdown">Copy as Markdown</button><span id="copy-status" role="status" aria-live="polite"></span></div>'
    : '';
  return (
    `<article lang="en"><header>${articleHeaderHtml(article)}${controls}</header>` +
    `${keyPointsHtml(article)}${copy}${articleBodyHtml(article)}</article>`
  );
}

/** A small disclosure with the health check, and a button to copy it for a bug report. */
function diagnosticsHtml(article: Article, version: string): string {
  return (
    '<details class="diagnostics"><summary>Diagnostics</summary>' +
    `<pre id="diagnostics-report">${escapeHtml(diagnosticsReport(article, version))}</pre>` +
    '<button type="button" id="copy-diagnostics">Copy report</button></details>'
  );
}
