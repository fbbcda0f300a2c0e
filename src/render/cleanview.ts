/**
 * Clean view's content: the article alone, in calm typography, rendered inside the extension
 * frame (entrypoints/cleanview) from an `Article`. The frame's place on the page is
 * src/page/cleanview-frame.ts. The entrypoint sanitizes the markup as it enters the frame.
 */
import type { Article } from '../pipeline/article';
import { escapeHtml } from '../html/text';
import { articleBodyHtml, articleHeaderHtml, keyPointsHtml } from './html';

const BACK = '<button type="button" class="close">Back to the page</button>';

/** What the clean view says when there is no article to show, with the way back. */
export function cleanViewStatusHtml(message: string): string {
  return `<div class="status" role="alert"><p>${escapeHtml(message)}</p>${BACK}</div>`;
}

/** The clean view's markup: a bar to go back, then the article alone. */
export function cleanViewHtml(article: Article): string {
  return (
    `<div class="bar">${BACK}</div>` +
    `<article lang="en">${articleHeaderHtml(article)}${keyPointsHtml(article)}${articleBodyHtml(article)}</article>`
  );
}
