/** Is this an SCMP article page, and where does its one article live? */

const ARTICLE_PATH = /\/article\/\d+(?:\/|$)/;

export function isScmpUrl(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' && (hostname === 'scmp.com' || hostname.endsWith('.scmp.com'));
  } catch {
    return false;
  }
}

/** `/…/article/<id>/…` on scmp.com. Section fronts, video pages and the home page are not articles. */
export function isArticleUrl(url: string): boolean {
  if (!isScmpUrl(url)) return false;
  const { pathname } = new URL(url);
  return ARTICLE_PATH.test(pathname) && !pathname.startsWith('/video/');
}

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
