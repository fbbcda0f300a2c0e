/**
 * The pipeline: an SCMP page `Document` and its URL in, an `Article` (plain data) out.
 * Pure: no `browser.*`, no network, no HTML written, and the page's document is never changed.
 * The page's sources are read once (./sources.ts); every field is resolved by its table of
 * routes (./fields.ts) and says which route found it.
 */
import { paragraphBlocks, type Article, type Block, type Extraction, type LeadImage, type NotAnArticle } from './article';
import { walkBody } from './body';
import { readabilityBody, type KnownText } from './fallback-body';
import { BYLINE, LEAD_IMAGE_ROUTES, PUBLISHED_TIME_ROUTES, resolve, TITLE, TOPICS, type RouteTable } from './fields';
import { generateKeyPoints } from './keypoints';
import { PUBLISHER_POINTS, type PublisherPoints } from './publisher-points';
import { jsonLdNotFree, stringField, type PageSources, readSources, metaValue } from './sources';
import { countWords, readingMinutes } from './words';
import { countByCategory, countByRule, matchRules, outermost } from '../rules/match';
import { RULES, type ClutterRule } from '../rules/rules';
import { isArticleUrl } from '../rules/site';
import { addressWithoutQuery, articleAddress } from '../html/urls';
import { BODY_CONTAINER, BODY_SECTION, PARAGRAPH, PAYWALL } from '../rules/scmp-markup';

export interface ExtractOptions {
  rules?: readonly ClutterRule[];
}

const BODY_SECTIONS = BODY_SECTION;
const BODY_CONTAINERS = BODY_CONTAINER;

interface BodyContext {
  sources: PageSources;
  sections: Element[];
  rules: readonly ClutterRule[];
  isClutter: (el: Element) => boolean;
  known: KnownText;
}

const withParagraphs = (blocks: Block[] | null): Block[] | null => (blocks && paragraphBlocks(blocks).length ? blocks : null);

const BODY: RouteTable<BodyContext, Block[]> = [
  ['selector', (c) => withParagraphs(walkBody(c.sections, c.sources.url, c.isClutter))],
  ['readability', (c) => withParagraphs(readabilityBody(c.sources.doc, c.sources.url, c.rules, c.known))],
];

/**
 * Does the page hold back part of the story? JSON-LD says the article is not free and the
 * paywall is mounted, or its `articleBody` is clearly longer than what the reader sees. Only
 * word counts are compared: the withheld text itself is never read into the result.
 */
function pageWithholdsText(sources: PageSources, visibleWords: number): boolean {
  if (jsonLdNotFree(sources.jsonLd) && sources.doc.querySelector(PAYWALL) !== null) return true;
  const fullWords = countWords([stringField(sources.jsonLd, 'articleBody') ?? '']);
  return fullWords > visibleWords * 1.25 + 20;
}

type KeyPointFields = Pick<Article, 'keyPoints' | 'keyPointsSource' | 'keyPointsForm' | 'generatedKeyPoints' | 'noGeneratedPoints'>;

/** The publisher's points when it gave them; generated ones beside a one-paragraph summary or in place of none. */
function keyPointsOf(publisher: PublisherPoints | null, body: Block[], storyWords: number): KeyPointFields {
  const paragraphs = paragraphBlocks(body);
  if (publisher?.form === 'bullets') {
    return {
      keyPoints: publisher.points,
      keyPointsSource: 'publisher',
      keyPointsForm: 'bullets',
      generatedKeyPoints: [],
      noGeneratedPoints: 'publisher-bullets',
    };
  }
  const generated = generateKeyPoints(paragraphs, storyWords, publisher?.points ?? []);
  return {
    keyPoints: publisher?.points ?? [],
    keyPointsSource: publisher ? 'publisher' : generated.points.length ? 'generated' : 'none',
    keyPointsForm: publisher?.form ?? 'none',
    generatedKeyPoints: generated.points,
    noGeneratedPoints: generated.none,
  };
}

const notAnArticle = (url: string, reason: string): NotAnArticle => ({ isArticle: false, url: addressWithoutQuery(url), reason });

function bodySections(root: Element): Element[] {
  const scoped = Array.from(root.querySelectorAll(BODY_SECTIONS));
  return scoped.length ? scoped : Array.from(root.querySelectorAll(BODY_CONTAINERS));
}

/** `url` is the page's own address (the tab's, or the command line's `--url`); the article's is decided by src/html/urls.ts. */
export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): Extraction {
  if (!isArticleUrl(url)) return notAnArticle(url, 'Not an SCMP article address (scmp.com/…/article/<id>/…).');
  const sources = readSources(doc, url);
  if (!sources) return notAnArticle(url, 'The page has no content.');
  const rules = options.rules ?? RULES;
  const allMatches = matchRules(doc, rules);
  const clutter = outermost(allMatches);
  const clutterElements = new Set(clutter.map((m) => m.element));
  const isClutter = (el: Element): boolean => clutterElements.has(el);

  const title = resolve(TITLE, sources);
  const byline = resolve(BYLINE, sources);
  const leadImage = resolve<PageSources, LeadImage>(LEAD_IMAGE_ROUTES, sources);
  const sections = bodySections(sources.root);
  const firstParagraph = sections[0]?.querySelector(`${PARAGRAPH}, p`) ?? null;
  const points = resolve(PUBLISHER_POINTS, { sources, title: title.value ?? '', firstParagraph, isClutter });
  const known: KnownText = {
    title: title.value ?? '',
    byline: byline.value,
    keyPoints: points.value?.points ?? [],
    description: metaValue(sources, 'og:description') ?? stringField(sources.jsonLd, 'description'),
    leadImage: leadImage.value,
  };
  const body = resolve(BODY, { sources, sections, rules, isClutter, known });
  if (!body.value) {
    const reason = doc.querySelector(PAYWALL)
      ? 'This story is for subscribers: the page shows none of its text.'
      : 'No article body was found on the page.';
    return notAnArticle(url, reason);
  }
  const publishedTime = resolve(PUBLISHED_TIME_ROUTES, sources);
  const topics = resolve(TOPICS, sources);
  const wordCount = countWords(paragraphBlocks(body.value).map((b) => b.text));
  const article: Article = {
    // isArticleUrl(url) held above: an https address, so the policy always gives one.
    url: articleAddress(url, sources.canonical)!,
    title: known.title,
    byline: byline.value,
    publishedTime: publishedTime.value,
    topics: topics.value ?? [],
    ...keyPointsOf(points.value, body.value, wordCount),
    leadImage: leadImage.value,
    body: body.value,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    paywalled: pageWithholdsText(sources, wordCount),
    isLive: sources.isLive,
    clutterFound: countByCategory(clutter),
    matchedRules: countByRule(allMatches),
    foundBy: {
      title: title.route,
      byline: byline.route,
      publishedTime: publishedTime.route,
      topics: topics.route,
      leadImage: leadImage.route,
      keyPoints: points.route,
      body: body.route,
    },
  };
  return { isArticle: true, ...article };
}
