/**
 * The article as HTML for the clean view and the panel. Text is escaped here; `contentHtml`
 * was sanitized by the pipeline and the caller sanitizes it again in its own window.
 */
import type { Article } from '../pipeline/article';
import { isScmpImageUrl } from '../html/sanitize';
import { escapeHtml } from '../html/text';
import { formatDate, GENERATED_LABEL, keyPointsLabel, PAYWALL_NOTICE } from './format';

export function keyPointsHtml(article: Article): string {
  const list = (points: readonly string[]) => `<ul>${points.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>`;
  let html = '';
  if (article.keyPoints.length) {
    const label = keyPointsLabel(article);
    html += `<section class="key-points" aria-label="${escapeHtml(label)}"><h2>${escapeHtml(label)}</h2>${
      article.keyPointsForm === 'summary' ? `<p>${escapeHtml(article.keyPoints.join(' '))}</p>` : list(article.keyPoints)
    }</section>`;
  }
  if (article.generatedKeyPoints.length) {
    html += `<section class="key-points generated" aria-label="${GENERATED_LABEL}"><h2>${GENERATED_LABEL}</h2>${list(article.generatedKeyPoints)}</section>`;
  }
  return html;
}

export function articleHeaderHtml(article: Article): string {
  const topics = article.topics.length ? `<p class="topics">${article.topics.map(escapeHtml).join(' · ')}</p>` : '';
  const date = formatDate(article.publishedTime);
  const meta = [
    article.byline ? `<span class="byline">${escapeHtml(article.byline)}</span>` : '',
    date && article.publishedTime ? `<time datetime="${escapeHtml(article.publishedTime)}">${escapeHtml(date)}</time>` : '',
    `<span class="reading-time">${article.readingMinutes} min read</span>`,
  ]
    .filter(Boolean)
    .join('<span aria-hidden="true"> · </span>');
  return `${topics}<h1>${escapeHtml(article.title)}</h1><p class="meta">${meta}</p>`;
}

export function leadImageHtml(article: Article): string {
  const img = article.leadImage;
  if (!img || !isScmpImageUrl(img.src)) return '';
  return `<figure class="lead"><img src="${escapeHtml(img.src)}" alt="${escapeHtml(img.alt)}">${img.caption ? `<figcaption>${escapeHtml(img.caption)}</figcaption>` : ''}</figure>`;
}

export function paywallNoticeHtml(article: Article): string {
  if (!article.paywalled) return '';
  return `<aside class="paywall" role="note"><p>${PAYWALL_NOTICE} <a href="${escapeHtml(article.url)}" target="_blank" rel="noopener noreferrer">Read it on SCMP</a></p></aside>`;
}

/** Everything below the header: lead image, body, subscriber notice. */
export function articleBodyHtml(article: Article, sanitizedContentHtml: string): string {
  return `${leadImageHtml(article)}<div class="body">${sanitizedContentHtml}</div>${paywallNoticeHtml(article)}`;
}
