/** The article as a file the reader keeps: Markdown, or one HTML page (src/render/standalone.ts). */
import type { Article } from '../pipeline/article';
import { sanitizeHtml } from '../html/sanitize';
import { articleMarkdown } from '../render/markdown';
import { articleHtmlFile, savedFileName } from '../render/standalone';
import { saveFile } from './download';
import type { Translate } from '../i18n/translate';

/** `t`: the interface's language, which the Markdown is written in (as the panel is). */
export function saveArticle(win: Window, article: Article, kind: 'markdown' | 'html', t: Translate): void {
  if (kind === 'markdown')
    return saveFile(win.document, savedFileName(article, 'md'), articleMarkdown(article, t), 'text/markdown;charset=utf-8');
  const html = articleHtmlFile(article, (markup) => sanitizeHtml(markup, win));
  saveFile(win.document, savedFileName(article, 'html'), html, 'text/html;charset=utf-8');
}
