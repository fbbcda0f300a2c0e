/**
 * What the page sends the panel and the clean view of itself: not the whole document (about
 * 700 KB on a real page, 500 KB of it the app state) but what the pipeline reads, as one small
 * HTML page: the `<title>` (an SVG's title too: harmless), the meta tags, the canonical link, the JSON-LD, the article's own
 * container, and the app state only when the article has no key-points hook (the one field that
 * may need it). A page whose article SCMP's hooks do not find is sent whole, for the fallbacks.
 * The text is sent in parts, so that no one message holds the page's main thread for long.
 */
import { findArticleRoot, KEY_POINTS_HOOK } from '../rules/article-root';

/** Characters per message (a 5 MB page: 20 messages of a few ms each, instead of one of 50 ms). */
export const SNAPSHOT_PART = 256 * 1024;

const HEAD_PARTS = 'title, meta[content], link[rel="canonical"], script[type="application/ld+json"]';

export function snapshotHtml(doc: Document): string {
  const found = findArticleRoot(doc);
  if (!found?.byHook) return doc.documentElement.outerHTML;
  const head = Array.from(doc.querySelectorAll(HEAD_PARTS), (el) => el.outerHTML);
  if (!found.element.querySelector(KEY_POINTS_HOOK)) head.push(doc.getElementById('__NEXT_DATA__')?.outerHTML ?? '');
  return `<!doctype html><html><head>${head.join('')}</head><body>${found.element.outerHTML}</body></html>`;
}

export function splitParts(text: string, size = SNAPSHOT_PART): string[] {
  const parts: string[] = [];
  for (let at = 0; at < text.length; at += size) parts.push(text.slice(at, at + size));
  return parts.length ? parts : [''];
}
