/** The pages the save tests keep in both browsers, and the article each must give. */
import { JSDOM, VirtualConsole } from 'jsdom'; // a quiet console: a page's CSS jsdom cannot parse is not news
import type { Article } from '../../src/pipeline/article';
import { extractArticle } from '../../src/pipeline/extract';
import { fixtureHtml, fixturePage, realPages } from '../pages';

const real = realPages()[0]!;

/** A link a reader could be sent: the captured article, opened at an address that tries to break out of a Markdown link. */
export const CRAFTED_ADDRESS = `${fixturePage.url}?a=)[tab-url](javascript:alert(document.domain))`;

/**
 * The captured page, a real page that continues for subscribers, and the captured page at a
 * crafted address; `address` is the one every output must link to (the canonical link, no query).
 */
export const SAVE_CASES = [
  { name: 'the captured page', url: fixturePage.url, address: fixturePage.url, html: fixtureHtml, withheld: fixturePage.withheld },
  { name: real.name, url: real.url, address: real.url, html: real.html, withheld: real.truth.withheld },
  {
    name: 'the captured page at a crafted address',
    url: CRAFTED_ADDRESS,
    address: fixturePage.url,
    html: fixtureHtml,
    withheld: fixturePage.withheld,
  },
];

export function articleOf(html: string, url: string): Article {
  const result = extractArticle(new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document, url);
  if (!result.isArticle) throw new Error(result.reason);
  return result;
}
