/**
 * SCMP's addresses, in one place: the manifest's match patterns, and which pages are articles.
 */

/** Where the extension runs (content script, host permissions, context menus, tab queries). */
export const SCMP_MATCH_PATTERNS = ['https://www.scmp.com/*', 'https://scmp.com/*'];

const ARTICLE_PATH = /\/article\/(\d+)(?:\/|$)/;

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

/** The article's number in its address (`/article/3334504/…`), or null for any other address. */
export function articleId(url: string): string | null {
  return isArticleUrl(url) ? (ARTICLE_PATH.exec(new URL(url).pathname)?.[1] ?? null) : null;
}
