// The panel's preview: the headline and SCMP's summary from the first part of a page's snapshot,
// the same as the article's that replaces it, shown before the pipeline runs and, on a big page,
// while its other parts are read.
import { describe, expect, it } from 'vitest';
import { snapshotParts, SNAPSHOT_PART } from '../../src/page/page-snapshot';
import { articlePreview } from '../../src/pipeline/preview';
import { parseSnapshotHtml } from '../../src/pipeline/article-from-html';
import { readArticle } from '../../src/extension/read-article';
import type { SnapshotPart, SnapshotStart } from '../../src/extension/messages';
import type { ArticlePreview } from '../../src/pipeline/preview';
import { expected, fixtureHtml, fixturePage, giantPage, realPages, strippedFixture } from '../pages';
import { mustBeArticle, parsePage } from './dom';

const parse = (html: string) => parsePage(html);

/** The page's snapshot as the panel is sent it: the first part, and the others when asked for. */
async function snapshotOf(
  html: string,
  url: string,
): Promise<{ start: SnapshotStart; asked: number[]; part(r: SnapshotPart): Promise<string> }> {
  const parts = await snapshotParts(parsePage(html, url));
  const asked: number[] = [];
  return {
    start: { id: 1, url, parts: parts.length, first: parts[0]! },
    asked,
    part: async ({ index }) => (asked.push(index), parts[index]!),
  };
}

const PAGES = [
  {
    name: 'the captured page',
    url: fixturePage.url,
    html: fixtureHtml,
    title: expected.title,
    keyPoints: expected.keyPoints,
    form: 'bullets',
  },
  ...realPages().map((p) => ({
    name: p.name,
    url: p.url,
    html: p.html,
    title: p.truth.title,
    keyPoints: p.truth.keyPoints,
    form: 'summary',
  })),
];

describe.each(PAGES)('the preview of $name', ({ url, html, title, keyPoints, form }) => {
  it('is the headline and the key points as shown, read from its one part, and the article agrees', async () => {
    const snapshot = await snapshotOf(html, url);
    expect(snapshot.start.parts).toBe(1);
    const previews: ArticlePreview[] = [];
    const article = mustBeArticle(await readArticle(snapshot.start, snapshot.part, async (p) => void previews.push(p), parse));
    expect(previews).toEqual([{ title, keyPoints, keyPointsForm: form }]);
    expect([article.title, article.keyPoints, article.keyPointsForm]).toEqual([title, keyPoints, form]);
    expect(snapshot.asked).toEqual([]);
  });
});

describe('the preview', () => {
  it('of a 5 MB page comes from its first part of 256 K characters, before the other 19 are read', async () => {
    const snapshot = await snapshotOf(giantPage.html, giantPage.url);
    expect(snapshot.start.parts).toBeGreaterThan(15);
    expect(snapshot.start.first.length).toBe(SNAPSHOT_PART);
    let askedBeforePreview: number | null = null;
    const article = mustBeArticle(
      await readArticle(
        snapshot.start,
        snapshot.part,
        async (p) => {
          askedBeforePreview ??= snapshot.asked.length;
          expect(p).toEqual({ title: expected.title, keyPoints: expected.keyPoints, keyPointsForm: 'bullets' });
        },
        parse,
      ),
    );
    // The other parts are asked for while the preview shows; none is needed for it.
    expect(askedBeforePreview).toBeLessThan(snapshot.start.parts - 1);
    expect(snapshot.asked).toEqual(Array.from({ length: snapshot.start.parts - 1 }, (_, i) => i + 1));
    expect(article.title).toBe(expected.title);
  });

  it('has no points where SCMP’s key-points hook is not there, and no preview where no headline is found', () => {
    const stripped = articlePreview(parseSnapshotHtml(strippedFixture, parse), fixturePage.url);
    expect(stripped).toEqual({ title: expected.title, keyPoints: [], keyPointsForm: 'none' });
    expect(articlePreview(parsePage('<html><body><p>Nothing here.</p></body></html>'), fixturePage.url)).toBeNull();
    expect(articlePreview(parsePage(fixtureHtml), 'https://www.scmp.com/news/hong-kong')).toBeNull();
  });
});
