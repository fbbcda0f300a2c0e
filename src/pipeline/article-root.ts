/** Where the one article of an SCMP page lives. */

/** Selectors of one article's container, the primary route first. */
const ROOT_SELECTORS = [
  '[data-qa="ArticleList-Item"] [data-qa="GenericArticle-GenericArticleContainer"]',
  '[data-qa="ArticleList-Item"] [data-qa="Component-LiveArticleContainer"]',
  '[data-qa="GenericArticle-GenericArticleContainer"]',
  '[data-qa="Component-LiveArticleContainer"]',
];

export interface ArticleRoot {
  element: Element;
  isLive: boolean;
}

/**
 * The container of the first article on the page. Several `ArticleList-Item`s may follow each
 * other (infinite scroll): every later query is scoped to the one returned here.
 */
export function findArticleRoot(doc: Document): ArticleRoot | null {
  for (const selector of ROOT_SELECTORS) {
    const element = doc.querySelector(selector);
    if (element) {
      return { element, isLive: element.matches('[data-qa="Component-LiveArticleContainer"]') };
    }
  }
  const fallback = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  return fallback ? { element: fallback, isLive: false } : null;
}
