import { paragraphsOf } from '../../src/pipeline/article';
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../src/pipeline/extract';
import { MIN_STORY_WORDS } from '../../src/pipeline/keypoints';
import { bodyHtml } from '../../src/render/html';
import { articleMarkdown } from '../../src/render/markdown';
import { CLUTTER_STRINGS, expected, fixtureHtml, fixturePage, seedText } from '../pages';
import { articleOf, parsePage } from './dom';

function extractFixture(html = fixtureHtml) {
  return articleOf(html, fixturePage.url);
}

function textOfHtml(html: string): string {
  const doc = parsePage(`<body>${html}</body>`);
  return doc.body.textContent ?? '';
}

describe('the captured page fixture', () => {
  it('carries every line of the captured text, in the same order', () => {
    const doc = parsePage(fixtureHtml);
    doc.querySelectorAll('script, style').forEach((e) => e.remove());
    // Block boundaries become line breaks, as on screen.
    doc.querySelectorAll('div, p, h1, h2, h3, li, section, figcaption, a').forEach((e) => e.append('\n'));
    const pageLines = (doc.body.textContent ?? '')
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    const seedLines = seedText
      .split('\n')
      .map((l) => l.replace(/^\s*•\s*/, '').trim())
      .filter(Boolean);
    let at = 0;
    const missing: string[] = [];
    for (const line of seedLines) {
      // "ChinaDiplomacy" is two links rendered without a space between them.
      const found = pageLines.findIndex(
        (l, i) => i >= at && (l === line || (line === 'ChinaDiplomacy' && l === 'China' && pageLines[i + 1] === 'Diplomacy')),
      );
      if (found < 0) missing.push(line);
      else at = found + 1;
    }
    expect(missing).toEqual([]);
    expect(seedLines).toHaveLength(29);
  });
});

describe('extractArticle on the captured page', () => {
  const article = extractFixture();

  it('finds the title, byline, topics and date', () => {
    expect(article.title).toBe(expected.title);
    expect(article.byline).toBe(expected.byline);
    expect(article.topics).toEqual(expected.topics);
    expect(article.publishedTime).toBe(fixturePage.publishedTime);
  });

  it("keeps the publisher's two key points", () => {
    expect(article.keyPoints).toEqual(expected.keyPoints);
    expect(article.keyPointsSource).toBe('publisher');
    expect(article.keyPointsForm).toBe('bullets');
    expect(article.generatedKeyPoints).toEqual([]);
    expect(article.noGeneratedPoints).toBe('publisher-bullets');
  });

  it('returns the seven body paragraphs exactly and in order', () => {
    expect(paragraphsOf(article.body)).toEqual(expected.bodyParagraphs);
  });

  it('finds the lead image and its caption', () => {
    expect(article.leadImage?.caption).toBe(expected.imageCaption);
    expect(article.leadImage?.src).toMatch(/^https:\/\/cdn\.i-scmp\.com\/.+\.jpg\?/);
  });

  it('counts what it removed, per category', () => {
    expect(article.clutterFound).toEqual({
      ads: 4,
      'audio-player': 1,
      'video-promos': 1,
      'page-chrome': 3,
      related: 2,
      prompts: 0,
      'paywall-prompts': 1,
    });
  });

  it('leaves every clutter string out of the paragraphs, the HTML and the Markdown', () => {
    const outputs = {
      paragraphs: paragraphsOf(article.body).join('\n'),
      contentHtml: textOfHtml(bodyHtml(article.body)),
      markdown: articleMarkdown(article),
    };
    for (const [name, text] of Object.entries(outputs)) {
      for (const clutter of CLUTTER_STRINGS)
        expect({ name, clutter, found: text.includes(clutter) }).toEqual({ name, clutter, found: false });
      expect(text).not.toMatch(/\b04:33\b/);
    }
  });

  it('never shows what the page keeps behind the paywall (JSON-LD articleBody)', () => {
    const everything = JSON.stringify(article) + articleMarkdown(article);
    for (const line of fixturePage.withheld) expect(everything).not.toContain(line);
    expect(article.paywalled).toBe(true);
  });

  it('measures words and reading time from what the reader sees', () => {
    const words = expected.bodyParagraphs.join(' ').split(/\s+/).length;
    expect(article.wordCount).toBe(words);
    expect(article.readingMinutes).toBe(Math.max(1, Math.round(words / 230)));
  });

  it('says which route found each field', () => {
    expect(article.foundBy).toEqual({
      title: 'selector',
      byline: 'selector',
      publishedTime: 'selector',
      topics: 'selector',
      leadImage: 'selector',
      keyPoints: 'selector',
      body: 'selector',
    });
  });
});

describe("without the publisher's bullets", () => {
  it('generates no key points for a story this short, and says why', () => {
    const doc = parsePage(fixtureHtml);
    doc.querySelector('[data-qa="GenericArticle-SubHeadline"]')?.remove();
    // The app state also carries the bullets: without them on the page, it must not bring them back.
    doc.getElementById('__NEXT_DATA__')?.remove();
    doc.querySelectorAll('script[type="application/ld+json"]').forEach((s) => s.remove());
    const article = extractArticle(doc, fixturePage.url);
    if (!article.isArticle) throw new Error('not an article');
    expect(article.wordCount).toBeLessThan(MIN_STORY_WORDS);
    expect(article.keyPointsSource).toBe('none');
    expect(article.keyPoints).toEqual([]);
    expect(article.generatedKeyPoints).toEqual([]);
    expect(article.noGeneratedPoints).toBe('short-story');
  });
});

describe('the other routes to the key points', () => {
  it('finds the list between the headline and the body when its attributes are renamed', () => {
    const html = fixtureHtml
      .replaceAll('GenericArticle-SubHeadline', 'GenericArticle-Standfirst')
      .replaceAll('ContentSubHeadline-ContainerWithTag', 'ContentStandfirst-Container');
    const article = extractFixture(html);
    expect(article.keyPoints).toEqual(expected.keyPoints);
    expect(article.foundBy.keyPoints).toBe('structure');
  });

  it('falls back to the app state when the list is gone from the page markup', () => {
    const doc = parsePage(fixtureHtml);
    doc.querySelector('[data-qa="GenericArticle-SubHeadline"]')?.remove();
    const article = extractArticle(doc, fixturePage.url);
    if (!article.isArticle) throw new Error('not an article');
    expect(article.keyPoints).toEqual(expected.keyPoints);
    expect(article.foundBy.keyPoints).toBe('app-state');
  });

  it('ignores app state that describes another article (after client-side navigation)', () => {
    const doc = parsePage(fixtureHtml.replace(/"headline": ?"Why China/g, '"headline": "Another story: Why China'));
    doc.querySelector('[data-qa="GenericArticle-SubHeadline"]')?.remove();
    doc.querySelectorAll('script[type="application/ld+json"]').forEach((s) => s.remove());
    const article = extractArticle(doc, fixturePage.url);
    if (!article.isArticle) throw new Error('not an article');
    expect(article.keyPointsSource).toBe('none');
    expect(article.keyPoints).toEqual([]);
    expect(article.noGeneratedPoints).toBe('short-story');
  });
});

describe('what the rules add over bare Readability', () => {
  it('bare Readability leaks the clutter that the pipeline removes', () => {
    const parsed = new Readability(parsePage(fixtureHtml)).parse();
    const text = parsed?.textContent ?? '';
    // Measured: Readability drops the ad slots here (too little text) but keeps the video promo.
    const leaked = CLUTTER_STRINGS.filter((s) => text.includes(s));
    expect(leaked).toEqual([expected.clutter.videoPromo.title, expected.clutter.videoPromo.description]);
    expect(text).toContain(expected.clutter.videoPromo.duration);
    expect(text.split(expected.clutter.videoPromo.title)).toHaveLength(3); // the title, twice
  });
});
