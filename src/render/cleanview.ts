/**
 * Clean view's content: the article alone, in calm typography, rendered inside the extension
 * frame (entrypoints/cleanview) from an `Article`. The frame's place on the page is
 * src/page/cleanview-frame.ts. The entrypoint sanitizes the markup as it enters the frame.
 */
import type { Article } from '../pipeline/article';
import { escapeHtml } from '../html/node-text';
import { english, type Translate } from '../i18n/translate';
import { articleBodyHtml, articleHeaderHtml, keyPointsHtml } from './html';
import { SAVE_AS } from './formats';

const back = (t: Translate) => `<button type="button" class="close">${escapeHtml(t('backToPage'))}</button>`;

/** What the clean view says when there is no article to show, with the way back. */
export function cleanViewStatusHtml(message: string, t: Translate = english): string {
  return `<div class="status" role="alert"><p>${escapeHtml(message)}</p>${back(t)}</div>`;
}

/**
 * The clean view's markup: a bar (listen, save, the way back; the player opens under it), then
 * the article alone (in its own language, `en`).
 */
export function cleanViewHtml(article: Article, t: Translate = english): string {
  const button = (className: string, label: string) => `<button type="button" class="${className}">${escapeHtml(label)}</button>`;
  return (
    `<div class="bar"><div class="toolbar"><button type="button" class="listen" id="listen">${escapeHtml(t('listen'))}</button>` +
    `${SAVE_AS.map((f) => button(`save-${f.name}`, t(f.saveLabel))).join('')}<span class="spacer"></span>${back(t)}</div>` +
    `<div id="player-host"></div></div>` +
    `<article lang="en">${articleHeaderHtml(article, t)}${keyPointsHtml(article, t)}${articleBodyHtml(article, t)}</article>`
  );
}
