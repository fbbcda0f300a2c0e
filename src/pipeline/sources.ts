/**
 * The page's sources, read once into one record: SCMP's article container (its DOM hooks), the
 * meta tags, the `<title>`, the JSON-LD article and, only when a field asks for it, the Next.js
 * app state (about 500 KB of JSON on a real page). The field routes (./fields.ts) read this
 * record, never the document's head again.
 *
 * JSON-LD and the app state are used only for fields the page also shows (headline, byline,
 * date, key points), never for body text: `articleBody` holds what the paywall withholds.
 */
import { findArticleRoot } from '../rules/article-root';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface PageSources {
  doc: Document;
  url: string;
  /** The page's `<link rel="canonical">`, as written (src/html/urls.ts decides whether it is the article's address). */
  canonical: string | null;
  /** The one article's container; every DOM route is scoped to it. */
  root: Element;
  isLive: boolean;
  /** `<meta property|name="…" content="…">`, every value of each key in page order. */
  meta: ReadonlyMap<string, readonly string[]>;
  /** The `<title>` without SCMP's " | South China Morning Post". */
  titleTag: string;
  jsonLd: JsonObject | null;
  /** `__NEXT_DATA__` → props.pageProps.payload.data.article, parsed on first use only. */
  appState(): JsonObject | null;
}

export const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseJson(text: string | null | undefined): Json | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

const ARTICLE_TYPES = new Set([
  'NewsArticle',
  'Article',
  'ReportageNewsArticle',
  'LiveBlogPosting',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
]);

function hasArticleType(o: JsonObject): boolean {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).some((x) => typeof x === 'string' && ARTICLE_TYPES.has(x));
}

function readJsonLd(doc: Document): JsonObject | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const data = parseJson(script.textContent);
    const graph = isObject(data) && Array.isArray(data['@graph']) ? data['@graph'] : null;
    const candidates: Json[] = Array.isArray(data) ? data : (graph ?? [data ?? null]);
    for (const c of candidates) if (isObject(c) && hasArticleType(c)) return c;
  }
  return null;
}

function readMeta(doc: Document): Map<string, string[]> {
  const meta = new Map<string, string[]>();
  for (const el of Array.from(doc.querySelectorAll('meta[content]'))) {
    const key = el.getAttribute('property') ?? el.getAttribute('name');
    const value = el.getAttribute('content')?.trim();
    if (!key || !value) continue;
    const values = meta.get(key) ?? [];
    values.push(value);
    meta.set(key, values);
  }
  return meta;
}

function readAppState(doc: Document): JsonObject | null {
  let node: Json | undefined = parseJson(doc.getElementById('__NEXT_DATA__')?.textContent);
  for (const key of ['props', 'pageProps', 'payload', 'data', 'article']) node = isObject(node) ? node[key] : undefined;
  return isObject(node) ? node : null;
}

/** The page's sources, or null when the document has nothing to read (no body at all). */
export function readSources(doc: Document, url: string): PageSources | null {
  const found = findArticleRoot(doc);
  if (!found) return null;
  let appState: JsonObject | null | undefined;
  return {
    doc,
    url,
    canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    root: found.element,
    isLive: found.isLive,
    meta: readMeta(doc),
    titleTag: doc.title.replace(/\s*\|\s*South China Morning Post\s*$/, '').trim(),
    jsonLd: readJsonLd(doc),
    appState: () => (appState === undefined ? (appState = readAppState(doc)) : appState),
  };
}

/** The first value of a meta tag, or null. */
export const metaValue = (sources: PageSources, key: string): string | null => sources.meta.get(key)?.[0] ?? null;

export function stringField(o: JsonObject | null, key: string): string | null {
  const v = o?.[key];
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

/** Author names from JSON-LD `author` (an object, a list of them, or a string). */
export function jsonLdAuthors(o: JsonObject | null): string[] {
  const a = o?.author;
  const list = Array.isArray(a) ? a : a === undefined ? [] : [a];
  return list.flatMap((item) => {
    const name = typeof item === 'string' ? item : isObject(item) && typeof item.name === 'string' ? item.name : '';
    return name.trim() ? [name.trim()] : [];
  });
}

/** JSON-LD says the article is not free (SCMP writes the string "False"). */
export function jsonLdNotFree(o: JsonObject | null): boolean {
  const v = o?.isAccessibleForFree;
  return v === false || (typeof v === 'string' && v.toLowerCase() === 'false');
}

/** Text items of SCMP's rich-text JSON: one string per `li`, else per `p`. */
export function richTextItems(json: Json | undefined): string[] {
  const items: { li: string[]; p: string[] } = { li: [], p: [] };
  const textOf = (n: Json): string => {
    if (!isObject(n)) return '';
    if (n.type === 'text' && typeof n.data === 'string') return n.data;
    return Array.isArray(n.children) ? n.children.map(textOf).join('') : '';
  };
  const walk = (n: Json): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!isObject(n)) return;
    if (n.type === 'li' || n.type === 'p') items[n.type].push(textOf(n).replace(/\s+/g, ' ').trim());
    else if (Array.isArray(n.children)) n.children.forEach(walk);
  };
  walk(json ?? null);
  return (items.li.length ? items.li : items.p).filter(Boolean);
}
