/** The pages the save tests keep in both browsers, and the article each must give. */
import { JSDOM, VirtualConsole } from 'jsdom'; // a quiet console: a page's CSS jsdom cannot parse is not news
import type { Article } from '../../src/pipeline/article';
import { extractArticle } from '../../src/pipeline/extract';
import { fixtureHtml, fixturePage, realPages } from '../pages';

const real = realPages()[0]!;

/** The captured page, and a real page that continues for subscribers. */
export const SAVE_CASES = [
  { name: 'the captured page', url: fixturePage.url, html: fixtureHtml, withheld: fixturePage.withheld },
  { name: real.name, url: real.url, html: real.html, withheld: real.truth.withheld },
];

export function articleOf(html: string, url: string): Article {
  const result = extractArticle(new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document, url);
  if (!result.isArticle) throw new Error(result.reason);
  return result;
}
