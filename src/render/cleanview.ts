/**
 * Clean view's content: the article alone, in calm typography, rendered inside the extension
 * frame (entrypoints/cleanview) from an `Article`. The frame's place on the page is
 * src/cleanview-frame.ts.
 */
import type { Article } from '../pipeline/article';
import { articleBodyHtml, articleHeaderHtml, keyPointsHtml } from './html';

/** The clean view's markup: a bar to go back, then the article alone. */
export function cleanViewHtml(article: Article, sanitize: (html: string) => string): string {
  return (
    '<div class="bar"><button type="button" class="close">Back to the page</button></div>' +
    `<article lang="en">${articleHeaderHtml(article)}${keyPointsHtml(article)}${articleBodyHtml(article, sanitize(article.contentHtml))}</article>`
  );
}
