import { paragraphsOf } from '../../src/pipeline/article';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/extract';
import { bodyHtml } from '../../src/render/html';
import { articleRecord } from '../../src/render/json';
import { articleMarkdown, keyPointsMarkdown } from '../../src/render/markdown';
import { articleText, keyPointsText } from '../../src/render/plain-text';
import { REAL_CLUTTER_LABELS, realPages, wholeRealPage } from '../pages';
import { MIN_STORY_WORDS } from '../../src/pipeline/keypoints';
import { countWords } from '../../src/pipeline/words';
import { parsePage } from './dom';

const pages = realPages();

describe('the real-pages corpus', () => {
  it('holds every folder of ../shared/real-pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
  });

  it(`has short stories and a long one: 4 pages show under ${MIN_STORY_WORDS} words, the LIVE page more`, () => {
    expect(pages.map((p) => countWords(p.truth.paragraphs) < MIN_STORY_WORDS)).toEqual(pages.map((p) => p.name !== wholeRealPage().name));
  });
});

describe.each(pages)('real page $name', (page) => {
  const result = extractArticle(parsePage(page.html), page.url);
  if (!result.isArticle) throw new Error(`${page.name}: ${result.reason}`);
  const article = result;

  it('has the headline as shown', () => {
    expect(article.title).toBe(page.truth.title);
  });

  it("keeps the publisher's summary as the key points", () => {
    expect(article.keyPoints).toEqual(page.truth.keyPoints);
    expect(article.keyPointsSource).toBe('publisher');
    expect(article.keyPointsForm).toBe('summary');
  });

  it(`generates points only for a visible story of ${MIN_STORY_WORDS} words or more (3–5, each a sentence the reader can see), and says why not`, () => {
    if (countWords(page.truth.paragraphs) < MIN_STORY_WORDS) {
      expect(article.generatedKeyPoints).toEqual([]);
      expect(article.noGeneratedPoints).toBe('short-story');
      return;
    }
    expect(article.noGeneratedPoints).toBeNull();
    expect(article.generatedKeyPoints.length).toBeGreaterThanOrEqual(3);
    expect(article.generatedKeyPoints.length).toBeLessThanOrEqual(5);
    const visible = page.truth.paragraphs.join(' ');
    for (const point of article.generatedKeyPoints) expect(visible).toContain(point.text);
  });

  it('returns exactly the paragraphs the page shows, in order', () => {
    expect(paragraphsOf(article.body)).toEqual(page.truth.paragraphs);
  });

  it('never carries a withheld line in the JSON, the Markdown or the text', () => {
    // The body's HTML is compared as the text it shows: the withheld lines are text, and HTML
    // escapes (`&amp;`) are markup. (truth.json quotes one visible line in its escaped JSON-LD form.)
    const json = JSON.stringify(articleRecord(article));
    const html = parsePage(`<body>${bodyHtml(article.body)}</body>`).body.textContent ?? '';
    const unescape = (md: string) => md.replace(/\\(.)/g, '$1');
    const outputs = [
      json,
      html,
      unescape(articleMarkdown(article)),
      articleText(article),
      unescape(keyPointsMarkdown(article)),
      keyPointsText(article),
    ];
    for (const line of page.truth.withheld) for (const out of outputs) expect(out.includes(line), line).toBe(false);
    expect(article.paywalled).toBe(page.truth.withheld.length > 0);
  });

  it('carries none of the clutter labels', () => {
    const outputs = [JSON.stringify(article), articleMarkdown(article), articleText(article)];
    for (const label of REAL_CLUTTER_LABELS) for (const out of outputs) expect(out.includes(label), label).toBe(false);
  });
});
