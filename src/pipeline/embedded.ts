/**
 * Embedded data: JSON-LD and Next.js state. Used only for fields the page also shows
 * (headline, byline, date, key points). Never for body text: `articleBody` holds what the
 * paywall withholds.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parse(text: string | null | undefined): Json | undefined {
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
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && ARTICLE_TYPES.has(x));
}

/** The page's JSON-LD article object, if any. */
export function jsonLdArticle(doc: Document): JsonObject | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const data = parse(script.textContent);
    const candidates: Json[] = Array.isArray(data)
      ? data
      : isObject(data) && Array.isArray(data['@graph'])
        ? data['@graph']
        : [data ?? null];
    for (const c of candidates) if (isObject(c) && hasArticleType(c)) return c;
  }
  return null;
}

export function stringField(o: JsonObject | null, key: string): string | null {
  const v = o?.[key];
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

/** Author names from JSON-LD `author` (an object, a list of them, or a string). */
export function jsonLdAuthors(o: JsonObject | null): string[] {
  const a = o?.author;
  const list = Array.isArray(a) ? a : a === undefined ? [] : [a];
  const names: string[] = [];
  for (const item of list) {
    if (typeof item === 'string' && item.trim()) names.push(item.trim());
    else if (isObject(item) && typeof item.name === 'string' && item.name.trim()) names.push(item.name.trim());
  }
  return names;
}

/** JSON-LD says the article is not free (SCMP writes the string "False"). */
export function jsonLdNotFree(o: JsonObject | null): boolean {
  const v = o?.isAccessibleForFree;
  return v === false || (typeof v === 'string' && v.toLowerCase() === 'false');
}

/** `__NEXT_DATA__` → props.pageProps.payload.data.article, when present. */
export function nextDataArticle(doc: Document): JsonObject | null {
  const data = parse(doc.getElementById('__NEXT_DATA__')?.textContent);
  let node: Json | undefined = data;
  for (const key of ['props', 'pageProps', 'payload', 'data', 'article']) {
    node = isObject(node) ? node[key] : undefined;
  }
  return isObject(node) ? node : null;
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
    if (Array.isArray(n)) {
      n.forEach(walk);
      return;
    }
    if (!isObject(n)) return;
    if (n.type === 'li') {
      items.li.push(textOf(n).replace(/\s+/g, ' ').trim());
      return;
    }
    if (n.type === 'p') {
      items.p.push(textOf(n).replace(/\s+/g, ' ').trim());
      return;
    }
    if (Array.isArray(n.children)) n.children.forEach(walk);
  };
  walk(json ?? null);
  const pick = items.li.length ? items.li : items.p;
  return pick.filter(Boolean);
}
