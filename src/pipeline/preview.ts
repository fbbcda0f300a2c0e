/**
 * What the panel can show before the pipeline has run: the headline and SCMP's own summary or
 * key points, from the first part of a page's snapshot (the head and the top of the article's
 * container). Both come by the same routes as the article's (./fields.ts, ./publisher-points.ts),
 * so the article that replaces the preview shows the same headline and points. Only SCMP's
 * key-points hook is read for the points: the other routes need the body, or say nothing the page
 * shows at the top.
 */
import { resolve, TITLE } from './fields';
import { pointsByHook } from './publisher-points';
import { readSources } from './sources';
import { isArticleUrl } from '../rules/site';
import type { Article } from './article';

export type ArticlePreview = Pick<Article, 'title' | 'keyPoints' | 'keyPointsForm'>;

export function articlePreview(doc: Document, url: string): ArticlePreview | null {
  if (!isArticleUrl(url)) return null;
  const sources = readSources(doc, url);
  const title = sources ? resolve(TITLE, sources).value : null;
  if (!sources || !title) return null;
  const points = pointsByHook(sources);
  return { title, keyPoints: points?.points ?? [], keyPointsForm: points?.form ?? 'none' };
}
