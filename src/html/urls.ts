/**
 * The address policy every route and renderer shares: what may be linked, what may be shown, and
 * which address an article goes by. Everything written out passes here; each format then encodes
 * it for itself (Markdown: src/render/markdown.ts; HTML: escapeHtml).
 */
import { articleId } from '../rules/site';

/** An absolute http(s) URL, or null for anything else (javascript:, data:, unparsable). */
export function absoluteHttpUrl(value: string | null | undefined, base?: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** An http(s) address as it is written out: serialized, without its query or fragment; null for anything else. */
export function addressWithoutQuery(value: string | null | undefined): string | null {
  const href = absoluteHttpUrl(value);
  if (!href) return null;
  const url = new URL(href);
  return `${url.origin}${url.pathname}`;
}

/**
 * The address an article goes by: its canonical link when that is an https SCMP article address
 * with the same article id as the page's own address (the tab's, or `--url`), otherwise the page's
 * own address. A page cannot name another article, or carry a crafted query, into what is written.
 */
export function articleAddress(pageUrl: string, canonical: string | null): string | null {
  const id = articleId(pageUrl);
  const canonicalId = canonical ? articleId(canonical.trim()) : null;
  return addressWithoutQuery(id !== null && canonicalId === id ? canonical : pageUrl);
}

/** Images come from SCMP's image CDN only (where every article photo lives): an extension page fetches nothing from anywhere else. */
export function isScmpImageUrl(src: string): boolean {
  try {
    const { protocol, hostname } = new URL(src);
    return protocol === 'https:' && /(^|\.)i-scmp\.com$/.test(hostname);
  } catch {
    return false;
  }
}

/**
 * The article's address with a text fragment (`#:~:text=`) that takes a browser to `text` on the
 * page and marks it: a long text is named by its first and last five words.
 */
export function textFragmentUrl(url: string, text: string): string {
  const encode = (t: string) => encodeURIComponent(t).replace(/[-,&()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const words = text.split(/\s+/).filter(Boolean);
  const directive =
    words.length > 10 ? `${encode(words.slice(0, 5).join(' '))},${encode(words.slice(-5).join(' '))}` : encode(words.join(' '));
  return `${url.split('#')[0]}#:~:text=${directive}`;
}
