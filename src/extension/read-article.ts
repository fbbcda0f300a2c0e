/**
 * How the panel and the clean view read the article of a tab: the page's snapshot, part by part
 * (through whichever messages reach that page), then the one way from a page to an article,
 * parsed by this extension page's own inert DOMParser. With `onPreview`, the headline and
 * SCMP's summary are read from the first part and shown before the rest is read and the pipeline
 * runs (src/pipeline/preview.ts): in Firefox ESR the panel's headline of a real page painted at
 * 200 ms instead of 335 (15 opens each, side by side); in Chromium 3 ms sooner, the whole article
 * 16 ms later (30 opens each).
 */
import type { Extraction } from '../pipeline/article';
import { articleFromSnapshot, parseSnapshotHtml, type ParseHtml } from '../pipeline/article-from-html';
import { extractArticle } from '../pipeline/extract';
import { articlePreview, type ArticlePreview } from '../pipeline/preview';
import { readSnapshot, type SnapshotPart, type SnapshotStart } from './messages';

const inertParse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

export async function readArticle(
  start: SnapshotStart,
  part: (request: SnapshotPart) => Promise<string>,
  /** Shows the preview; the article is read once it settles (the preview painted). */
  onPreview?: (preview: ArticlePreview) => Promise<void>,
  parse: ParseHtml = inertParse,
): Promise<Extraction> {
  if (!onPreview) return articleFromSnapshot(await readSnapshot(start, part), parse);
  // The other parts are asked for while the preview is shown.
  const whole = start.parts > 1 ? readSnapshot(start, part) : null;
  const first = parseSnapshotHtml(start.first, parse);
  const preview = articlePreview(first, start.url);
  if (preview) await onPreview(preview);
  // A snapshot of one part is the whole page: the document parsed for the preview is the one to read.
  return whole ? articleFromSnapshot(await whole, parse) : extractArticle(first, start.url);
}
