/**
 * Each field of the article, resolved by a table of routes over the page's sources: the first
 * route that finds a value wins, and the field reports which one it was (the health check).
 * SCMP's own hooks come first; every later route is a fallback for when SCMP changes its markup.
 */
import type { LeadImage, Route } from './article';
import { normalizedText } from '../html/node-text';
import { absoluteHttpUrl } from '../html/urls';
import { jsonLdAuthors, metaValue, stringField, type PageSources } from './sources';
import { joinNames } from './words';
import { AUTHOR, AUTHOR_LINKS, HEADLINE, LEAD_IMAGE, PUBLISHED_TIME, TOPIC_LINKS } from '../rules/scmp-markup';

export type RouteTable<C, T> = ReadonlyArray<readonly [Route, (context: C) => T | null]>;

export interface Resolved<T> {
  value: T | null;
  route: Route;
}

/** The first route's value that is not null, and the route's name. */
export function resolve<C, T>(table: RouteTable<C, T>, context: C): Resolved<T> {
  for (const [route, find] of table) {
    const value = find(context);
    if (value !== null) return { value, route };
  }
  return { value: null, route: 'none' };
}

const orNull = (text: string): string | null => text || null;

function toIso(value: string | null | undefined): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

export const TITLE: RouteTable<PageSources, string> = [
  ['selector', (s) => orNull(normalizedText(s.root.querySelector(HEADLINE)))],
  ['structure', (s) => orNull(normalizedText(s.root.querySelector('h1') ?? s.doc.querySelector('h1')))],
  ['meta', (s) => metaValue(s, 'og:title')],
  ['json-ld', (s) => stringField(s.jsonLd, 'headline')],
  ['title-tag', (s) => orNull(s.titleTag)],
];

const names = (list: string[]): string | null => (list.length ? joinNames(list) : null);

export const BYLINE: RouteTable<PageSources, string> = [
  ['selector', (s) => names(Array.from(s.root.querySelectorAll(AUTHOR_LINKS), normalizedText).filter(Boolean))],
  ['selector', (s) => orNull(normalizedText(s.root.querySelector(AUTHOR)))],
  ['meta', (s) => metaValue(s, 'cXenseParse:author')],
  ['json-ld', (s) => names(jsonLdAuthors(s.jsonLd))],
  ['meta', (s) => metaValue(s, 'author')],
];

export const PUBLISHED_TIME_ROUTES: RouteTable<PageSources, string> = [
  ['selector', (s) => toIso(s.root.querySelector(PUBLISHED_TIME)?.getAttribute('datetime'))],
  ['meta', (s) => toIso(metaValue(s, 'article:published_time'))],
  ['json-ld', (s) => toIso(stringField(s.jsonLd, 'datePublished'))],
  ['structure', (s) => toIso(s.root.querySelector('time[datetime]')?.getAttribute('datetime'))],
];

const unique = (list: string[]): string[] | null => (list.length ? [...new Set(list)] : null);

export const TOPICS: RouteTable<PageSources, string[]> = [
  ['selector', (s) => unique(Array.from(s.root.querySelectorAll(TOPIC_LINKS), normalizedText).filter(Boolean))],
  ['meta', (s) => unique((s.meta.get('article:section') ?? []).filter((t) => t !== 'News'))],
];

function leadImageInPage(s: PageSources): LeadImage | null {
  const img = s.root.querySelector(LEAD_IMAGE);
  const src = absoluteHttpUrl(img?.getAttribute('src'), s.url);
  if (!img || !src) return null;
  const alt = (img.getAttribute('alt') ?? '').trim();
  // SCMP's lead photo keeps its caption in `alt` only.
  return { src, alt, caption: normalizedText(img.closest('figure')?.querySelector('figcaption')) || alt || null };
}

export const LEAD_IMAGE_ROUTES: RouteTable<PageSources, LeadImage> = [
  ['selector', leadImageInPage],
  [
    'meta',
    (s) => {
      const src = absoluteHttpUrl(metaValue(s, 'og:image'), s.url);
      return src ? { src, alt: '', caption: null } : null;
    },
  ],
];
