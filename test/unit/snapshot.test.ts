// What the page sends the panel of itself: a small page with what the pipeline reads, from which
// the panel gets exactly the article it got from the whole document.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/extract';
import { articleFromSnapshot } from '../../src/pipeline/snapshot';
import { snapshotHtml, splitParts } from '../../src/page/snapshot';
import { readSnapshot, type SnapshotStart } from '../../src/extension/messages';
import { fixtureHtml, fixturePage, realPages, strippedFixture } from '../pages';
import { parsePage } from './dom';

const PAGES = [{ name: 'the captured page', url: fixturePage.url, html: fixtureHtml }, ...realPages()];

/** What the reader sees of an extraction (Diagnostics' rule counts are the page's, not shown here). */
function shown(html: string, url: string, read: (html: string) => ReturnType<typeof extractArticle>) {
  const result = read(html);
  if (!result.isArticle) throw new Error(result.reason);
  const { removed: _removed, matchedRules: _matchedRules, ...rest } = result;
  return rest;
}

describe.each(PAGES)('the snapshot of $name', ({ url, html }) => {
  const doc = parsePage(html, url);
  const small = snapshotHtml(doc);

  it('gives the panel the same article as the whole page, field for field', () => {
    const whole = shown(html, url, (h) => extractArticle(parsePage(h), url));
    const fromSnapshot = shown(small, url, (h) => articleFromSnapshot({ url, html: h }, (x) => parsePage(x)));
    expect(fromSnapshot).toEqual(whole);
  });

  it('is a small part of the page', () => {
    expect(small.length).toBeLessThan(doc.documentElement.outerHTML.length);
    if (html.length > 100_000) expect(small.length).toBeLessThan(doc.documentElement.outerHTML.length / 5);
  });
});

describe('the snapshot', () => {
  it('carries the app state only when the article has no key-points hook', () => {
    const doc = parsePage(fixtureHtml, fixturePage.url);
    expect(snapshotHtml(doc)).not.toContain('__NEXT_DATA__');
    doc.querySelector('[data-qa="GenericArticle-SubHeadline"]')?.remove();
    expect(snapshotHtml(doc)).toContain('id="__NEXT_DATA__"');
  });

  it('is the whole page when SCMP’s hooks do not find the article', () => {
    const doc = parsePage(strippedFixture, fixturePage.url);
    expect(snapshotHtml(doc)).toBe(doc.documentElement.outerHTML);
  });

  it('travels in parts and arrives whole', async () => {
    const text = 'x'.repeat(10) + 'y'.repeat(7);
    const parts = splitParts(text, 4);
    expect(parts).toEqual(['xxxx', 'xxxx', 'xxyy', 'yyyy', 'y']);
    const start: SnapshotStart = { id: 7, url: fixturePage.url, parts: parts.length, first: parts[0] ?? '' };
    const asked: number[] = [];
    const whole = await readSnapshot(start, async ({ id, index }) => {
      expect(id).toBe(7);
      asked.push(index);
      return parts[index] ?? '';
    });
    expect(whole).toEqual({ url: fixturePage.url, html: text });
    expect(asked).toEqual([1, 2, 3, 4]);
    expect(splitParts('')).toEqual(['']);
  });
});
