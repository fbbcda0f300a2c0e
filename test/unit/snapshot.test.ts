// What the page sends the panel of itself: a small page with what the pipeline reads, from which
// the panel gets exactly the article it got from the whole document.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/extract';
import { articleFromSnapshot } from '../../src/pipeline/article-from-html';
import { snapshotParts } from '../../src/page/page-snapshot';
import { readSnapshot, type SnapshotStart } from '../../src/extension/messages';
import { paragraphsOf } from '../../src/pipeline/article';
import { fixtureHtml, fixturePage, realPages, repeatedBody, strippedFixture } from '../pages';
import { mustBeArticle, parsePage } from './dom';

/** The snapshot whole, as the panel puts it together from its parts. */
const snapshotHtml = async (doc: Document, sliceMs?: number) => (await snapshotParts(doc, sliceMs)).join('');

const PAGES = [{ name: 'the captured page', url: fixturePage.url, html: fixtureHtml }, ...realPages()];

/**
 * An extraction without its clutter counts: those count what the rules match in the HTML read,
 * and the snapshot holds only the article's container, so they differ from the whole page's. No
 * surface of the extension shows them: Diagnostics counts from the page's own hiding, as the
 * panel's hidden list does (src/render/diagnostics.ts); the command line reads whole pages.
 */
function shown(html: string, url: string, read: (html: string) => ReturnType<typeof extractArticle>) {
  const result = mustBeArticle(read(html));
  const { clutterFound: _clutterFound, matchedRules: _matchedRules, ...rest } = result;
  return rest;
}

describe.each(PAGES)('the snapshot of $name', ({ url, html }) => {
  const doc = parsePage(html, url);

  it('gives the panel the same article as the whole page, field for field, and is a small part of it', async () => {
    const small = await snapshotHtml(doc);
    const whole = shown(html, url, (h) => extractArticle(parsePage(h), url));
    const fromSnapshot = shown(small, url, (h) => articleFromSnapshot({ url, html: h }, (x) => parsePage(x)));
    expect(fromSnapshot).toEqual(whole);
    expect(small.length).toBeLessThan(doc.documentElement.outerHTML.length);
    if (html.length > 100_000) expect(small.length).toBeLessThan(doc.documentElement.outerHTML.length / 5);
  });
});

describe('the snapshot', () => {
  it('carries the app state only when the article has no key-points hook', async () => {
    const doc = parsePage(fixtureHtml, fixturePage.url);
    expect(await snapshotHtml(doc)).not.toContain('__NEXT_DATA__');
    doc.querySelector('[data-qa="GenericArticle-SubHeadline"]')?.remove();
    expect(await snapshotHtml(doc)).toContain('id="__NEXT_DATA__"');
  });

  it('is the whole page when SCMP’s hooks do not find the article', async () => {
    const doc = parsePage(strippedFixture, fixturePage.url);
    expect(await snapshotHtml(doc)).toBe(doc.documentElement.outerHTML);
  });

  it('serializes a giant article a subtree at a time, to the same article', async () => {
    const copies = 150;
    const doc = parsePage(repeatedBody(copies), fixturePage.url);
    const root = doc.querySelector('[data-qa="GenericArticle-GenericArticleContainer"]') as Element;
    expect(root.getElementsByTagName('*').length).toBeGreaterThan(4000); // over the one-go limit
    let tasks = 0;
    const timer = setInterval(() => (tasks += 1), 0);
    const small = await snapshotHtml(doc, 0); // a slice of 0 ms: the main thread is given back after every subtree
    clearInterval(timer);
    expect(tasks).toBeGreaterThan(0); // the page's own timer ran while it was serialized
    expect(await snapshotHtml(doc)).toBe(small); // and in 8 ms slices, the same text
    const fromSnapshot = articleFromSnapshot({ url: fixturePage.url, html: small }, (x) => parsePage(x));
    const whole = extractArticle(doc, fixturePage.url);
    if (!fromSnapshot.isArticle || !whole.isArticle) throw new Error('not an article');
    expect(paragraphsOf(fromSnapshot.body)).toEqual(paragraphsOf(whole.body));
    expect(paragraphsOf(whole.body)).toHaveLength(7 * copies);
  });

  it('travels in parts and arrives whole', async () => {
    const doc = parsePage(fixtureHtml, fixturePage.url);
    const whole = await snapshotHtml(doc);
    const inParts = await snapshotParts(doc, 8, 1000);
    // Parts are cut where the writer flushes: none over the size, and at most one short part per flush.
    expect(inParts.every((p) => p.length <= 1000 && p.length > 0)).toBe(true);
    expect(inParts.length).toBeGreaterThanOrEqual(Math.ceil(whole.length / 1000));
    expect(inParts.length).toBeLessThanOrEqual(2 * Math.ceil(whole.length / 1000));
    expect(inParts.join('')).toBe(whole);
    const parts = ['xxxx', 'xxxx', 'xxyy', 'yyyy', 'y'];
    const text = parts.join('');
    const start: SnapshotStart = { id: 7, url: fixturePage.url, parts: parts.length, first: parts[0] ?? '' };
    const asked: number[] = [];
    const read = await readSnapshot(start, async ({ id, index }) => {
      expect(id).toBe(7);
      asked.push(index);
      return parts[index] ?? '';
    });
    expect(read).toEqual({ url: fixturePage.url, html: text });
    expect(asked).toEqual([1, 2, 3, 4]);
  });
});
