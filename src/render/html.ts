/**
 * The article as HTML for the clean view and the panel, written from the `Article` alone: every
 * text is escaped here, every link and image address was checked by the pipeline, and the whole
 * markup is sanitized once more where it enters an extension page (src/html/sanitize.ts).
 */
import type { Article, Block, Inline, TextBlock } from '../pipeline/article';
import { isScmpImageUrl } from '../html/urls';
import { escapeHtml } from '../html/node-text';
import { formatDate, keyPointSections } from './format';
import { english, type Translate } from '../i18n/translate';
import { generatedPointId, PAYWALL_ID, publisherPointId, summarySentenceId, summarySentences, TITLE_ID } from './reading-ids';

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

/** The runs between two offsets of their flat text (a run cut at the edges; an empty one dropped). */
export function sliceRuns(runs: readonly Inline[], start: number, end: number): Inline[] {
  let position = 0;
  const cut = (list: readonly Inline[]): Inline[] =>
    list.flatMap((run): Inline[] => {
      if (run.kind !== 'text') {
        const children = cut(run.children);
        return children.length ? [{ ...run, children }] : [];
      }
      const from = position;
      position += run.text.length;
      const text = run.text.slice(Math.max(start, from) - from, Math.max(0, Math.min(end, position) - from));
      return text ? [{ kind: 'text', text }] : [];
    });
  return cut(runs);
}

/** A block's runs with each sentence in a `span.s[data-sid]`, so a voice or a key point can point to it. */
export function sentencesHtml(block: TextBlock): string {
  let html = '';
  let at = 0;
  for (const sentence of block.sentences) {
    html += inlineHtml(sliceRuns(block.runs, at, sentence.start));
    html += `<span class="s" data-sid="${escapeHtml(sentence.id)}">${inlineHtml(sliceRuns(block.runs, sentence.start, sentence.end))}</span>`;
    at = sentence.end;
  }
  return html + inlineHtml(sliceRuns(block.runs, at, block.text.length));
}

function blockHtml(block: Block, marked: boolean): string {
  const text = (tag: string, b: TextBlock) => `<${tag}>${marked ? sentencesHtml(b) : inlineHtml(b.runs)}</${tag}>`;
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

/** The body's blocks as HTML, one block a line; `marked`: each sentence in a `span.s[data-sid]` (extension pages). */
export function bodyHtml(body: readonly Block[], marked = false): string {
  return body.map((block) => blockHtml(block, marked)).join('\n');
}

const sid = (id: string) => `data-sid="${escapeHtml(id)}"`;

function publisherPointsHtml(article: Pick<Article, 'keyPoints' | 'keyPointsForm'>): string {
  if (article.keyPointsForm !== 'summary') {
    return `<ul>${article.keyPoints.map((p, n) => `<li ${sid(publisherPointId(n))}>${escapeHtml(p)}</li>`).join('')}</ul>`;
  }
  const sentences = summarySentences(article.keyPoints).map(
    (s, n) => `<span class="s" ${sid(summarySentenceId(n))}>${escapeHtml(s)}</span>`,
  );
  return `<p>${sentences.join(' ')}</p>`;
}

/** Each generated point is a button that takes the reader to the sentence it came from. */
function generatedPointsHtml(article: Pick<Article, 'generatedKeyPoints'>, t: Translate): string {
  const items = article.generatedKeyPoints.map(
    (p, n) =>
      `<li ${sid(generatedPointId(n))}><button type="button" class="cite" data-cite="${escapeHtml(p.sentenceId)}" ` +
      `title="${escapeHtml(t('showSentence'))}">${escapeHtml(p.text)}</button></li>`,
  );
  return `<ul>${items.join('')}</ul>`;
}

/** The sections of `keyPointSections`, each under its label; the generated one's points link to their sentences. */
export function keyPointsHtml(
  article: Pick<Article, 'keyPoints' | 'keyPointsForm' | 'generatedKeyPoints'>,
  t: Translate = english,
): string {
  return keyPointSections(article, t)
    .map(({ label, generated }) => {
      const inner = generated ? generatedPointsHtml(article, t) : publisherPointsHtml(article);
      return `<section class="key-points${generated ? ' generated' : ''}" aria-label="${escapeHtml(label)}"><h2>${escapeHtml(label)}</h2>${inner}</section>`;
    })
    .join('');
}

export function articleHeaderHtml(article: Article, t: Translate = english): string {
  const topics = article.topics.length ? `<p class="topics">${article.topics.map(escapeHtml).join(' · ')}</p>` : '';
  const date = formatDate(article.publishedTime);
  const meta = [
    article.byline ? `<span class="byline">${escapeHtml(article.byline)}</span>` : '',
    date && article.publishedTime ? `<time datetime="${escapeHtml(article.publishedTime)}">${escapeHtml(date)}</time>` : '',
    `<span class="reading-time">${escapeHtml(t('minRead', article.readingMinutes))}</span>`,
  ]
    .filter(Boolean)
    .join('<span aria-hidden="true"> · </span>');
  return `${topics}${headlineHtml(article.title)}<p class="meta">${meta}</p>`;
}

export const headlineHtml = (title: string): string => `<h1 ${sid(TITLE_ID)}>${escapeHtml(title)}</h1>`;

export function leadImageHtml(article: Article): string {
  const img = article.leadImage;
  if (!img || !isScmpImageUrl(img.src)) return '';
  const caption = img.caption ? `<figcaption>${escapeHtml(img.caption)}</figcaption>` : '';
  return `<figure class="lead"><img src="${escapeHtml(img.src)}" alt="${escapeHtml(img.alt)}">${caption}</figure>`;
}

export function paywallNoticeHtml(article: Article, t: Translate = english): string {
  if (!article.paywalled) return '';
  const link = `<a href="${escapeHtml(article.url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(t('readOnScmp'))}</a>`;
  return `<aside class="paywall" role="note"><p><span ${sid(PAYWALL_ID)}>${escapeHtml(t('paywallNotice'))}</span> ${link}</p></aside>`;
}

/** Everything below the header: lead image, body, subscriber notice. */
export function articleBodyHtml(article: Article, t: Translate = english): string {
  return `${leadImageHtml(article)}<div class="body">${bodyHtml(article.body, true)}</div>${paywallNoticeHtml(article, t)}`;
}
