/**
 * Where the one article of an SCMP page lives, and the hook of its key points: what the
 * pipeline scopes every query to, and what the page sends the panel of itself (src/page/page-snapshot.ts).
 */
import { ARTICLE, ARTICLE_LIST_ITEM, KEY_POINTS, LIVE_ARTICLE } from './scmp-markup';

/** Selectors of one article's container, the primary route first: inside the list of articles, then anywhere. */
const ROOT_SELECTORS = [`${ARTICLE_LIST_ITEM} ${ARTICLE}`, `${ARTICLE_LIST_ITEM} ${LIVE_ARTICLE}`, ARTICLE, LIVE_ARTICLE];

/** SCMP's container of the key points (bullets, or the 2025 summary paragraph). */
export const KEY_POINTS_HOOK = `${KEY_POINTS}, h2.sub-headline`;

export interface ArticleRoot {
  element: Element;
  isLive: boolean;
  /** Found by SCMP's own hooks, not by the fallback (`article`, `main`, `body`). */
  byHook: boolean;
}

/**
 * The container of the first article on the page. Several `ArticleList-Item`s may follow each
 * other (infinite scroll): every later query is scoped to the one returned here.
 */
export function findArticleRoot(doc: Document): ArticleRoot | null {
  for (const selector of ROOT_SELECTORS) {
    const element = doc.querySelector(selector);
    if (element) return { element, isLive: element.matches(LIVE_ARTICLE), byHook: true };
  }
  const fallback = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  return fallback ? { element: fallback, isLive: false, byHook: false } : null;
}
