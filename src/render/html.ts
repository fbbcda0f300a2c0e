/**
 * The article as HTML for the clean view and the panel, written from the `Article` alone: every
 * text is escaped here, every link and image address was checked by the pipeline, and the whole
 * markup is sanitized once more where it enters an extension page (src/html/sanitize.ts).
 */
import type { Article, Block, Inline, TextBlock } from '../pipeline/article';
import { isScmpImageUrl } from '../html/urls';
import { escapeHtml } from '../html/text';
import { formatDate, GENERATED_LABEL, keyPointsLabel, PAYWALL_NOTICE } from './format';

export function inlineHtml(runs: readonly Inline[]): string {
  return runs
    .map((run) => {
      if (run.kind === 'text') return escapeHtml(run.text);
      const inner = inlineHtml(run.children);
      if (run.kind === 'link') return `<a href="${escapeHtml(run.href)}">${inner}</a>`;
      return run.kind === 'emphasis' ? `<em>${inner}</em>` : `<strong>${inner}</strong>`;
    })
    .join('');
}

const text = (tag: string, block: TextBlock) => `<${tag}>${inlineHtml(block.runs)}</${tag}>`;

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return text('p', block);
    case 'heading':
      return text('h3', block);
    case 'quote':
      return `<blockquote>${text('p', block)}</blockquote>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => text('li', item)).join('')}</${tag}>`;
    }
    case 'image':
      return (
        // Only SCMP's image CDN: an extension page fetches nothing from anywhere else.
        `<figure><img${isScmpImageUrl(block.src) ? ` src="${escapeHtml(block.src)}"` : ''} alt="${escapeHtml(block.alt)}">` +
        (block.caption ? `<figcaption>${escapeHtml(block.caption)}</figcaption>` : '') +
        '</figure>'
      );
  }
}

/** The body's blocks as HTML, one block a line. */
export function bodyHtml(body: readonly Block[]): string {
  return body.map(blockHtml).join('\n');
}

export function keyPointsHtml(article: Article): string {
  const list = (points: readonly string[]) => `<ul>${points.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>`;
  let html = '';
  if (article.keyPoints.length) {
    const label = keyPointsLabel(article);
    const points = article.keyPointsForm === 'summary' ? `<p>${escapeHtml(article.keyPoints.join(' '))}</p>` : list(article.keyPoints);
    html += `<section class="key-points" aria-label="${escapeHtml(label)}"><h2>${escapeHtml(label)}</h2>${points}</section>`;
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
  const caption = img.caption ? `<figcaption>${escapeHtml(img.caption)}</figcaption>` : '';
  return `<figure class="lead"><img src="${escapeHtml(img.src)}" alt="${escapeHtml(img.alt)}">${caption}</figure>`;
}

export function paywallNoticeHtml(article: Article): string {
  if (!article.paywalled) return '';
  const link = `<a href="${escapeHtml(article.url)}" target="_blank" rel="noopener noreferrer">Read it on SCMP</a>`;
  return `<aside class="paywall" role="note"><p>${PAYWALL_NOTICE} ${link}</p></aside>`;
}

/** Everything below the header: lead image, body, subscriber notice. */
export function articleBodyHtml(article: Article): string {
  return `${leadImageHtml(article)}<div class="body">${bodyHtml(article.body)}</div>${paywallNoticeHtml(article)}`;
}
