/**
 * The clean article as a file a reader keeps (the panel's and the clean view's *Save as…*): a
 * Markdown file, or one self-contained HTML page — the article, its key points, the link to the
 * original, a small inline stylesheet, no script, the photos as links to SCMP's image CDN. Only
 * what the page showed: a withheld story ends with the notice that says so.
 */
import type { Article } from '../pipeline/article';
import { escapeHtml } from '../html/node-text';
import { bodyHtml, leadImageHtml } from './html';
import { bylineAndDate, keyPointSections, PAYWALL_NOTICE } from './format';

const STYLE = `body{margin:0;background:#fbfaf7;color:#1d1d1b;font:1.15rem/1.7 Georgia,'Times New Roman',serif}
article{max-width:68ch;margin:0 auto;padding:2rem 1.25rem 4rem}h1{font-size:2rem;line-height:1.2}
.meta,.source,figcaption,.topics{font:.9rem/1.5 system-ui,sans-serif;color:#4a4a46}
.key-points{background:rgba(18,84,92,.07);border-left:4px solid #12545c;padding:.75rem 1.25rem;margin:1.5rem 0}
.key-points h2{font:700 .8rem system-ui,sans-serif;text-transform:uppercase;letter-spacing:.05em;margin:0 0 .4rem;color:#12545c}
img{max-width:100%;height:auto}figure{margin:1.5rem 0}a{color:#0b5cad}
@media (prefers-color-scheme:dark){body{background:#17181a;color:#ebe8e1}.meta,.source,figcaption,.topics{color:#b9b5ab}a{color:#9cc8ff}}`;

function keyPointsSection(article: Article): string {
  return keyPointSections(article)
    .map(
      (s) =>
        `<section class="key-points"><h2>${escapeHtml(s.label)}</h2>` +
        `<ul>${s.points.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul></section>`,
    )
    .join('');
}

/** `sanitize`: DOMPurify where the file is made (the extension's page), applied to the article's markup. */
export function articleHtmlFile(article: Article, sanitize: (html: string) => string = (html) => html): string {
  const link = `<a href="${escapeHtml(article.url)}">${escapeHtml(article.url)}</a>`;
  const paywall = article.paywalled ? `<p class="paywall"><em>${escapeHtml(PAYWALL_NOTICE)}</em> ${link}</p>` : '';
  return (
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<title>${escapeHtml(article.title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<article>\n` +
    sanitize(
      (article.topics.length ? `<p class="topics">${article.topics.map(escapeHtml).join(' · ')}</p>\n` : '') +
        `<h1>${escapeHtml(article.title)}</h1>\n<p class="meta">${escapeHtml(bylineAndDate(article))}</p>\n` +
        `<p class="source">${link}</p>\n${keyPointsSection(article)}\n${leadImageHtml(article)}\n` +
        `<div class="body">\n${bodyHtml(article.body)}\n</div>\n${paywall}\n`,
    ) +
    `</article>\n</body>\n</html>\n`
  );
}

/** `2025-11-28-anxious-wait-for-relatives-of-people-still-missing.md`: the date, then the headline's words. */
export function savedFileName(article: Pick<Article, 'title' | 'publishedTime'>, extension: string): string {
  const date =
    article.publishedTime && !Number.isNaN(Date.parse(article.publishedTime))
      ? new Date(article.publishedTime).toISOString().slice(0, 10)
      : '';
  const words = article.title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .match(/[a-z0-9]+/g) ?? ['article'];
  let slug = '';
  for (const w of words) {
    if (`${slug}-${w}`.length > 70) break;
    slug = slug ? `${slug}-${w}` : w;
  }
  return `${[date, slug || 'article'].filter(Boolean).join('-')}.${extension}`;
}
