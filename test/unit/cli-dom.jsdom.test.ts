// @vitest-environment jsdom
// The command line parses pages with linkedom (20 times faster than jsdom on a real page); the
// extension pages with the browser's DOMParser, for which jsdom stands in here. Both must give
// the same article, field for field, and the command line's HTML must be the sanitizer's output.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/cli/parse-page';
import { extractPage } from '../../src/cli/extract-page';
import { sanitizeHtml } from '../../src/html/sanitize';
import { extractArticle } from '../../src/pipeline/extract';
import { parseSnapshotHtml } from '../../src/pipeline/article-from-html';
import { bodyHtml } from '../../src/render/html';
import { HOSTILE, placeHostile } from '../fixtures/hostile/corpus';
import { fixtureHtml, fixturePage, jsonInScriptPage, realPages, strippedFixture } from '../pages';

const byLinkedom = (html: string) => parseSnapshotHtml(html, parsePage);
const byBrowserParser = (html: string) => parseSnapshotHtml(html, (h) => new DOMParser().parseFromString(h, 'text/html'));

const PAGES = [
  { name: 'the captured page', url: fixturePage.url, html: fixtureHtml },
  { name: 'the captured page without its hooks (Readability’s route)', url: fixturePage.url, html: strippedFixture },
  { name: 'an app state quoting HTML', url: jsonInScriptPage.url, html: jsonInScriptPage.html },
  ...realPages(),
  ...HOSTILE.map((h) => ({ name: `hostile ${h.id}`, url: fixturePage.url, html: placeHostile(fixtureHtml, h) })),
];

describe.each(PAGES)('$name', ({ url, html }) => {
  it('gives the same extraction under linkedom as under a browser’s parser, and the sanitized HTML', () => {
    const expected = extractArticle(byBrowserParser(html), url);
    expect(extractArticle(byLinkedom(html), url)).toEqual(expected);
    if (!expected.isArticle) throw new Error(expected.reason);
    const printed = JSON.parse(extractPage(html, url, 'json').stdout) as { contentHtml: string };
    expect(printed.contentHtml).toBe(sanitizeHtml(bodyHtml(expected.body), window));
  });
});
