/**
 * The publisher's own key points: bullets (2020–2024) or the one summary paragraph (2025), by
 * SCMP's hooks, by structure (a list between the headline and the body), by the app state (only
 * when it describes this article), or by JSON-LD's description.
 */
import { normalizedText } from '../html/node-text';
import { KEY_POINTS_HOOK } from '../rules/article-root';
import type { RouteTable } from './fields';
import { isObject, richTextItems, stringField, type PageSources } from './sources';
import { PARAGRAPH } from '../rules/scmp-markup';

export interface PublisherPoints {
  points: string[];
  form: 'bullets' | 'summary';
}

export interface PointsContext {
  sources: PageSources;
  title: string;
  /** The first body paragraph in the page: a list after it is the story's, not its key points. */
  firstParagraph: Element | null;
  isClutter: (el: Element) => boolean;
}

/** A point's text without a typed bullet ("• ", "- ") in front. */
const withoutBullet = (text: string) => text.replace(/^[•·▪‣◦*–—-]\s*/, '');

const formOf = (points: string[]): PublisherPoints['form'] => (points.length > 1 ? 'bullets' : 'summary');

function pointsFrom(container: Element): PublisherPoints | null {
  const bullets = Array.from(container.querySelectorAll('li'), (li) => withoutBullet(normalizedText(li))).filter(Boolean);
  if (bullets.length) return { points: bullets, form: 'bullets' };
  const paras = Array.from(container.querySelectorAll(`p, ${PARAGRAPH}`), (p) => withoutBullet(normalizedText(p))).filter(Boolean);
  const points = paras.length ? paras : [normalizedText(container)].filter(Boolean);
  return points.length ? { points, form: formOf(points) } : null;
}

/** Boxes that hold other stories or page furniture: a list inside one is never the article's key points. */
const NOT_KEY_POINTS = 'nav, header, footer, aside, figure, [role="complementary"], [role="navigation"]';

/** A list whose items are links: related stories, not points of this one. */
const isListOfLinks = (list: Element) =>
  Array.from(list.children).some((li) => normalizedText(li.querySelector('a')) === normalizedText(li) && normalizedText(li) !== '');

/** Without SCMP's body hooks, the story starts at the first paragraph of 20 words or more after the headline. */
const isLongParagraph = (el: Element) => el.matches('p') && !el.closest('li') && normalizedText(el).split(' ').length >= 20;

/**
 * The list that sits between the headline and the first body paragraph (markup-independent): SCMP
 * puts its key points there and nowhere else. A list after the story, one between its paragraphs,
 * one in an aside and a list of links are other things (related stories). Elements are taken in
 * document order by one query, which linkedom (the command line's DOM) orders as a browser does.
 */
function listBetweenHeadlineAndBody({ sources, firstParagraph, isClutter }: PointsContext): PublisherPoints | null {
  const h1 = sources.root.querySelector('h1') ?? sources.doc.querySelector('h1');
  if (!h1) return null;
  let afterHeadline = false;
  for (const el of Array.from(sources.doc.querySelectorAll(`h1, ul, ol, p, ${PARAGRAPH}`))) {
    if (el === h1) afterHeadline = true;
    if (!afterHeadline) continue;
    if (el === firstParagraph || (!firstParagraph && isLongParagraph(el))) return null;
    if (!el.matches('ul, ol') || isClutter(el) || el.closest(NOT_KEY_POINTS) || isListOfLinks(el)) continue;
    const items = Array.from(el.children, (li) => normalizedText(li)).filter((t) => t.split(' ').length >= 5);
    if (items.length >= 1 && items.length <= 6 && items.length === el.children.length) return { points: items, form: 'bullets' };
  }
  return null;
}

/** App state describes the first page load only: trusted only for the same headline. */
function appStatePoints({ sources, title }: PointsContext): PublisherPoints | null {
  const app = sources.appState();
  if (!app || typeof app.headline !== 'string' || app.headline.replace(/\s+/g, ' ').trim() !== title) return null;
  const sub = app.subHeadline;
  const items = richTextItems(isObject(sub) ? sub.json : undefined);
  return items.length ? { points: items, form: formOf(items) } : null;
}

function jsonLdSummary({ sources, title }: PointsContext): PublisherPoints | null {
  const description = stringField(sources.jsonLd, 'description');
  if (!description || stringField(sources.jsonLd, 'headline') !== title) return null;
  return { points: [description.replace(/\.$/, '')], form: 'summary' };
}

/** The points in SCMP's own key-points hook: the first route, and all the panel's preview reads. */
export function pointsByHook(sources: PageSources): PublisherPoints | null {
  const container = sources.root.querySelector(KEY_POINTS_HOOK);
  return container ? pointsFrom(container) : null;
}

export const PUBLISHER_POINTS: RouteTable<PointsContext, PublisherPoints> = [
  ['selector', ({ sources }) => pointsByHook(sources)],
  ['structure', listBetweenHeadlineAndBody],
  ['app-state', appStatePoints],
  ['json-ld', jsonLdSummary],
];
