/**
 * The pipeline: an SCMP page `Document` and its URL in, an `Article` (plain data) out.
 * Pure: no `browser.*`, no network, and the page's document is never changed.
 * Every field has more than one route, so one renamed attribute does not lose it.
 */
import { Readability } from '@mozilla/readability';
import type { Article, Extraction, FoundBy, KeyPointsSource, LeadImage } from './article';
import { absoluteHttpUrl, paragraphsOf, walkBody, type Body } from './body';
import { countByCategory, countByRule, matchRules, outermost } from '../rules/match';
import { findArticleRoot } from './article-root';
import { isArticleUrl } from '../rules/site';
import { jsonLdArticle, jsonLdAuthors, jsonLdNotFree, nextDataArticle, richTextItems, stringField, type JsonObject } from './embedded';
import { parseFragment } from '../html/parse';
import { generateKeyPoints } from './keypoints';
import { RULES, type ClutterRule } from '../rules/rules';
import { sanitizeHtml } from '../html/sanitize';
import { countWords, joinNames, normalizedText, readingMinutes } from '../html/text';

export interface ExtractOptions {
  rules?: readonly ClutterRule[];
  /** The window whose DOMPurify sanitizes `contentHtml`; defaults to the document's own. */
  window?: Window;
  /**
   * false: leave `contentHtml` as the allowlist walk wrote it, for a caller that runs DOMPurify
   * on it itself right before use (clean view does), so a giant page is not sanitized twice.
   */
  sanitize?: boolean;
}

const BODY_SECTIONS = '[data-qa="ContentBody-ContentBodyContainer"]';
const BODY_CONTAINERS = '[data-qa="GenericArticle-Content"], [data-qa="Component-Content"]';
const PAYWALL = '[data-qa="GenericArticle-PaywallContainer"], [data-qa="Component-Paywall"], .piano-metering__paywall-container';
const SUB_HEADLINE =
  '[data-qa="GenericArticle-SubHeadline"], [data-qa="Component-SubHeadline"], [data-qa="ContentSubHeadline-ContainerWithTag"], h2.sub-headline';

function meta(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  const v = el?.getAttribute('content')?.trim();
  return v || null;
}

function toIso(value: string | null | undefined): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function first<T>(...routes: Array<() => T | null>): T | null {
  for (const route of routes) {
    const v = route();
    if (v !== null) return v;
  }
  return null;
}

function findTitle(doc: Document, root: Element, ld: JsonObject | null): { title: string; foundBy: FoundBy } {
  const routes: Array<[FoundBy, () => string | null]> = [
    ['selector', () => normalizedText(root.querySelector('[data-qa="ContentHeadline-Headline"]')) || null],
    ['structure', () => normalizedText(root.querySelector('h1') ?? doc.querySelector('h1')) || null],
    ['meta', () => meta(doc, 'og:title')],
    ['json-ld', () => stringField(ld, 'headline')],
    ['meta', () => doc.title.replace(/\s*\|\s*South China Morning Post\s*$/, '').trim() || null],
  ];
  for (const [foundBy, route] of routes) {
    const title = route();
    if (title) return { title, foundBy };
  }
  return { title: '', foundBy: 'none' };
}

function findByline(doc: Document, root: Element, ld: JsonObject | null): string | null {
  return first(
    () => {
      const names = Array.from(root.querySelectorAll('[data-qa="AuthorNames-AuthorNamesContainer"] a'), (a) => normalizedText(a)).filter(
        Boolean,
      );
      return names.length ? joinNames(names) : null;
    },
    () => normalizedText(root.querySelector('[data-qa="GenericArticle-Author"], [data-qa="Component-Author"]')) || null,
    () => meta(doc, 'cXenseParse:author'),
    () => {
      const names = jsonLdAuthors(ld);
      return names.length ? joinNames(names) : null;
    },
    () => meta(doc, 'author'),
  );
}

function findPublishedTime(doc: Document, root: Element, ld: JsonObject | null): string | null {
  return first(
    () => toIso(root.querySelector('time[data-qa$="PublishedDate"][datetime]')?.getAttribute('datetime')),
    () => toIso(meta(doc, 'article:published_time')),
    () => toIso(stringField(ld, 'datePublished')),
    () => toIso(root.querySelector('time[datetime]')?.getAttribute('datetime')),
  );
}

function findTopics(doc: Document, root: Element): string[] {
  const links = root.querySelectorAll('[data-qa="ArticleTopic-Container"] a, [data-qa="ArticleSections-SectionContainer"] a');
  const fromPage = Array.from(links, (a) => normalizedText(a)).filter(Boolean);
  const topics = fromPage.length
    ? fromPage
    : Array.from(doc.querySelectorAll('meta[property="article:section"]'), (m) => m.getAttribute('content')?.trim() ?? '').filter(
        (t) => t && t !== 'News',
      );
  return [...new Set(topics)];
}

function findLeadImage(doc: Document, root: Element, base: string): LeadImage | null {
  const img = root.querySelector('[data-qa="GenericArticle-Leading"] img, [data-qa="Component-Leading"] img');
  if (img) {
    const src = absoluteHttpUrl(img.getAttribute('src'), base);
    if (src) {
      const alt = (img.getAttribute('alt') ?? '').trim();
      const caption = normalizedText(img.closest('figure')?.querySelector('figcaption')) || alt || null;
      return { src, alt, caption };
    }
  }
  const og = absoluteHttpUrl(meta(doc, 'og:image'), base);
  return og ? { src: og, alt: '', caption: null } : null;
}

interface PublisherPoints {
  points: string[];
  form: 'bullets' | 'summary';
  foundBy: FoundBy;
}

/** A point's text without a typed bullet ("• ", "- ") in front. */
const withoutBullet = (text: string) => text.replace(/^[•·▪‣◦*–—-]\s*/, '');

function pointsFrom(container: Element): { points: string[]; form: 'bullets' | 'summary' } | null {
  const bullets = Array.from(container.querySelectorAll('li'), (li) => withoutBullet(normalizedText(li))).filter(Boolean);
  if (bullets.length) return { points: bullets, form: 'bullets' };
  const paras = Array.from(container.querySelectorAll('p, [datatype="p"]'), (p) => withoutBullet(normalizedText(p))).filter(Boolean);
  const points = paras.length ? paras : [normalizedText(container)].filter(Boolean);
  return points.length ? { points, form: points.length > 1 ? 'bullets' : 'summary' } : null;
}

/** The list that sits between the headline and the first body paragraph (markup-independent). */
function listBetweenHeadlineAndBody(root: Element, firstParagraph: Element | null, isClutter: (el: Element) => boolean): string[] | null {
  const h1 = root.querySelector('h1') ?? root.ownerDocument.querySelector('h1');
  if (!h1) return null;
  for (const list of Array.from(root.ownerDocument.querySelectorAll('ul, ol'))) {
    if (!(h1.compareDocumentPosition(list) & 4 /* FOLLOWING */)) continue;
    if (firstParagraph && !(list.compareDocumentPosition(firstParagraph) & 4)) break;
    if (isClutter(list) || list.closest('nav, header, footer')) continue;
    const items = Array.from(list.children, (li) => normalizedText(li)).filter((t) => t.split(' ').length >= 5);
    if (items.length >= 1 && items.length <= 6 && items.length === list.children.length) return items;
  }
  return null;
}

function findPublisherPoints(
  doc: Document,
  root: Element,
  title: string,
  ld: JsonObject | null,
  firstParagraph: Element | null,
  isClutter: (el: Element) => boolean,
): PublisherPoints | null {
  const container = root.querySelector(SUB_HEADLINE);
  const bySelector = container ? pointsFrom(container) : null;
  if (bySelector) return { ...bySelector, foundBy: 'selector' };

  const byStructure = listBetweenHeadlineAndBody(root, firstParagraph, isClutter);
  if (byStructure) return { points: byStructure, form: 'bullets', foundBy: 'structure' };

  // App state describes the first page load only: trust it only for the same headline.
  const app = nextDataArticle(doc);
  if (app && typeof app.headline === 'string' && app.headline.replace(/\s+/g, ' ').trim() === title) {
    const sub = app.subHeadline;
    const items = richTextItems(typeof sub === 'object' && sub && !Array.isArray(sub) ? sub.json : undefined);
    if (items.length) return { points: items, form: items.length > 1 ? 'bullets' : 'summary', foundBy: 'app-state' };
  }
  const description = stringField(ld, 'description');
  if (description && stringField(ld, 'headline') === title) {
    return { points: [description.replace(/\.$/, '')], form: 'summary', foundBy: 'json-ld' };
  }
  return null;
}

function readabilityBody(doc: Document, rules: readonly ClutterRule[], base: string, win: Window | null): Body | null {
  if (!win) return null;
  const clone = doc.cloneNode(true) as Document;
  for (const { element } of outermost(matchRules(clone, rules))) element.remove();
  const parsed = new Readability(clone, { charThreshold: 200 }).parse();
  if (!parsed?.content) return null;
  // Readability's HTML is walked in an inert document: the walk keeps text, links and images only.
  const holder = win.document.createElement('div');
  holder.append(...parseFragment(parsed.content, win));
  return walkBody([holder], base, () => false);
}

/**
 * Does the page hold back part of the story? JSON-LD says the article is not free and the
 * paywall is mounted, or its `articleBody` is clearly longer than what the reader sees. Only
 * word counts are compared: the withheld text itself is never read into the result.
 */
function pageWithholdsText(doc: Document, ld: JsonObject | null, visibleWords: number): boolean {
  if (jsonLdNotFree(ld) && doc.querySelector(PAYWALL) !== null) return true;
  const fullWords = countWords([stringField(ld, 'articleBody') ?? '']);
  return fullWords > visibleWords * 1.25 + 20;
}

export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): Extraction {
  if (!isArticleUrl(url)) {
    return { isArticle: false, url, reason: 'Not an SCMP article address (scmp.com/…/article/<id>/…).' };
  }
  const rules = options.rules ?? RULES;
  // A parsed or cloned document has no window of its own: then the caller's, or this realm's.
  const win = options.window ?? doc.defaultView ?? (typeof window === 'undefined' ? null : window);
  const found = findArticleRoot(doc);
  if (!found) return { isArticle: false, url, reason: 'The page has no content.' };
  const root = found.element;

  const allMatches = matchRules(doc, rules);
  const clutter = outermost(allMatches);
  const clutterElements = new Set(clutter.map((m) => m.element));
  const isClutter = (el: Element): boolean => clutterElements.has(el);

  const ld = jsonLdArticle(doc);
  const { title, foundBy: titleFoundBy } = findTitle(doc, root, ld);

  let bodyFoundBy: FoundBy = 'selector';
  const scoped = Array.from(root.querySelectorAll(BODY_SECTIONS));
  const sections = scoped.length ? scoped : Array.from(root.querySelectorAll(BODY_CONTAINERS));
  let body: Body = walkBody(sections, url, isClutter);
  if (!paragraphsOf(body.blocks).length) {
    const fallback = readabilityBody(doc, rules, url, win);
    if (fallback) {
      body = fallback;
      bodyFoundBy = 'readability';
    }
  }
  const paragraphs = paragraphsOf(body.blocks);
  if (!paragraphs.length) {
    const reason = doc.querySelector(PAYWALL)
      ? 'This story is for subscribers: the page shows none of its text.'
      : 'No article body was found on the page.';
    return { isArticle: false, url, reason };
  }

  const firstParagraph = sections[0]?.querySelector('[datatype="p"], p') ?? null;
  const publisher = findPublisherPoints(doc, root, title, ld, firstParagraph, isClutter);
  let keyPoints: string[] = publisher?.points ?? [];
  let keyPointsSource: KeyPointsSource = publisher ? 'publisher' : 'none';
  let generatedKeyPoints: string[] = [];
  if (!publisher) {
    keyPoints = generateKeyPoints(paragraphs);
    keyPointsSource = keyPoints.length ? 'generated' : 'none';
  } else if (publisher.form === 'summary') {
    generatedKeyPoints = generateKeyPoints(paragraphs, publisher.points);
  }

  const contentHtml = options.sanitize === false ? body.html : win ? sanitizeHtml(body.html, win) : '';
  const wordCount = countWords(paragraphs);
  const article: Article = {
    url,
    title,
    byline: findByline(doc, root, ld),
    publishedTime: findPublishedTime(doc, root, ld),
    topics: findTopics(doc, root),
    keyPoints,
    keyPointsSource,
    keyPointsForm: publisher ? publisher.form : keyPoints.length ? 'bullets' : 'none',
    generatedKeyPoints,
    leadImage: findLeadImage(doc, root, url),
    paragraphs,
    blocks: body.blocks,
    contentHtml,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    paywalled: pageWithholdsText(doc, ld, wordCount),
    isLive: found.isLive,
    removed: countByCategory(clutter),
    matchedRules: countByRule(allMatches),
    foundBy: { title: titleFoundBy, body: bodyFoundBy, keyPoints: publisher?.foundBy ?? 'none' },
  };
  return { isArticle: true, ...article };
}
