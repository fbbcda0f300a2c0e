// The structured article: blocks of inline runs with stable block and sentence ids, one way from a
// page to an article, the routes every field reports, and no page furniture passed off as a body.
import { describe, expect, it } from 'vitest';
import { paragraphBlocks, paragraphsOf, sentenceText, type Article, type Block, type TextBlock } from '../../src/pipeline/article';
import { extractArticle } from '../../src/pipeline/extract';
import { splitSentences } from '../../src/pipeline/sentences';
import { articleFromSnapshot } from '../../src/pipeline/article-from-html';
import { stripEventHandlers } from '../../src/html/strip-handlers';
import { articleMarkdown } from '../../src/render/markdown';
import { articleText } from '../../src/render/plain-text';
import { bodyHtml } from '../../src/render/html';
import { expected, fixtureHtml, fixturePage, jsonInScriptPage, realPages, vueOpinionPage } from '../pages';
import { articleOf, parsePage } from './dom';

function extract(html: string, url = fixturePage.url): Article {
  return articleOf(html, url);
}

/** Every text block of a body, headings included, in reading order. */
const textBlocks = (body: readonly Block[]): TextBlock[] =>
  body.flatMap((b) => (b.kind === 'list' ? b.items : b.kind === 'image' ? [] : [b]));

const ARTICLE_URL = 'https://www.scmp.com/news/hong-kong/article/3300001/structured';
const page = (body: string, head = '') =>
  `<!doctype html><html><head><title>Structured | South China Morning Post</title>${head}</head><body>` +
  `<div data-qa="GenericArticle-GenericArticleContainer"><h1>Structured</h1><div data-qa="GenericArticle-Content">` +
  `<section data-qa="ContentBody-ContentBodyContainer">${body}</section></div></div></body></html>`;

describe('the body as blocks of inline runs', () => {
  const article = extract(fixtureHtml);

  it('gives every block and every sentence an id, the same on every extraction of the page', () => {
    const ids = (a: Article) => textBlocks(a.body).flatMap((b) => [b.id, ...b.sentences.map((s) => s.id)]);
    expect(ids(article)).toEqual(ids(extract(fixtureHtml)));
    expect(new Set(ids(article)).size).toBe(ids(article).length);
    expect(article.body.map((b) => b.id)).toEqual(['b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7']);
    expect(paragraphBlocks(article.body)[1]?.sentences.map((s) => s.id)).toEqual(['b2.s1', 'b2.s2', 'b2.s3']);
  });

  it("splits the fixture's paragraphs into their sentences, which cover each paragraph's text", () => {
    const second = paragraphBlocks(article.body)[1];
    if (!second) throw new Error('no second paragraph');
    expect(second.sentences.map((s) => sentenceText(second, s))).toEqual([
      'The satellite, allegedly capable of spying on the White House and US naval bases, was the first to successfully enter orbit following previous failed attempts.',
      'This prompted South Korean intelligence to speculate that North Korea had received key technical support from Russia in return for delivery of weapons to support the war in Ukraine.',
      'Both Russia and North Korea have denied any arms deal.',
    ]);
    for (const block of paragraphBlocks(article.body)) {
      expect(block.sentences.map((s) => sentenceText(block, s)).join(' ')).toBe(block.text);
    }
  });

  it('keeps titles and initials inside their sentence', () => {
    expect(splitSentences('Mr. Lee met Dr. Chan and J. Wong. They spoke for an hour.')).toEqual([
      'Mr. Lee met Dr. Chan and J. Wong.',
      'They spoke for an hour.',
    ]);
  });

  it('holds the body once: no HTML, no second copy of the text', () => {
    expect(Object.keys(article)).not.toContain('contentHtml');
    expect(Object.keys(article)).not.toContain('paragraphs');
    expect(JSON.stringify(article.body)).not.toMatch(/<[a-z]/i);
    expect(paragraphsOf(article.body)).toEqual(expected.bodyParagraphs);
  });
});

describe('links, emphasis and quotes reach every renderer', () => {
  const html = page(
    '<p datatype="p">Read <a href="/news/hong-kong/article/1/x">the earlier report</a> and <em>the</em> <strong>whole</strong> story.</p>' +
      '<blockquote><p>A quote from the minister.</p></blockquote>' +
      '<ol><li>First item</li><li>Second <a href="javascript:alert(1)">item</a></li></ol>',
  );
  const article = extract(html, ARTICLE_URL);

  it('as runs in the article', () => {
    expect(article.body[0]).toMatchObject({
      kind: 'paragraph',
      text: 'Read the earlier report and the whole story.',
      runs: [
        { kind: 'text', text: 'Read ' },
        { kind: 'link', href: 'https://www.scmp.com/news/hong-kong/article/1/x', children: [{ kind: 'text', text: 'the earlier report' }] },
        { kind: 'text', text: ' and ' },
        { kind: 'emphasis', children: [{ kind: 'text', text: 'the' }] },
        { kind: 'text', text: ' ' },
        { kind: 'strong', children: [{ kind: 'text', text: 'whole' }] },
        { kind: 'text', text: ' story.' },
      ],
    });
    expect(article.body.map((b) => b.kind)).toEqual(['paragraph', 'quote', 'list']);
  });

  it('in Markdown', () => {
    const md = articleMarkdown(article).split('\n');
    expect(md.slice(-7)).toEqual([
      'Read [the earlier report](https://www.scmp.com/news/hong-kong/article/1/x) and *the* **whole** story.',
      '',
      '> A quote from the minister.',
      '',
      '1. First item',
      '2. Second item',
      '',
    ]);
  });

  it('in HTML and plain text', () => {
    expect(bodyHtml(article.body)).toBe(
      '<p>Read <a href="https://www.scmp.com/news/hong-kong/article/1/x">the earlier report</a> and <em>the</em> <strong>whole</strong> story.</p>\n' +
        '<blockquote><p>A quote from the minister.</p></blockquote>\n<ol><li>First item</li><li>Second item</li></ol>',
    );
    expect(articleText(article).split('\n').slice(-5)).toEqual(['A quote from the minister.', '', '• First item', '• Second item', '']);
  });

  it('keeps the links of the real pages in Markdown', () => {
    const real = realPages()[0];
    if (!real) throw new Error('no real page');
    const md = articleMarkdown(extract(real.html, real.url));
    expect(md.match(/\]\(https:\/\/www\.scmp\.com\/[^)]+\)/g)?.length).toBeGreaterThan(0);
  });
});

describe('every field says which route found it', () => {
  it('reports the <title> route as title-tag, not meta', () => {
    const article = extract(page('<p datatype="p">One paragraph of the story.</p>').replace('<h1>Structured</h1>', ''), ARTICLE_URL);
    expect(article.title).toBe('Structured');
    expect(article.foundBy.title).toBe('title-tag');
    expect(article.foundBy.byline).toBe('none');
  });
});

describe('JSON in a script that quotes HTML', () => {
  const { url, html, keyPoints } = jsonInScriptPage;

  it('stays valid JSON when the handlers are stripped', () => {
    const stripped = stripEventHandlers(html);
    expect(stripped).toContain('onload=\\"y\\"');
    const script = parsePage(stripped).getElementById('__NEXT_DATA__')?.textContent ?? '';
    expect(() => JSON.parse(script)).not.toThrow();
  });

  it("gives the panel (a snapshot, stripped and parsed) the page's own key points (the command line: cli.test.ts)", () => {
    const fromSnapshot = articleFromSnapshot({ url, html }, (h) => parsePage(h));
    const fromPage = extractArticle(parsePage(html), url);
    if (!fromSnapshot.isArticle || !fromPage.isArticle) throw new Error('not an article');
    expect(fromSnapshot.keyPoints).toEqual(keyPoints);
    expect(fromSnapshot.foundBy.keyPoints).toBe('app-state');
    expect(fromSnapshot.keyPoints).toEqual(fromPage.keyPoints);
  });
});

describe('no page furniture as the body', () => {
  const { html: vue, url } = vueOpinionPage;

  it.each([
    ['as saved', vue],
    ['without any class name', vue.replace(/ class="[^"]*"/g, '')],
  ])('a 2020 opinion page whose text is not in its HTML (%s) is said to have no body', (_name, html) => {
    const result = extractArticle(parsePage(html), url);
    expect(result).toEqual({ isArticle: false, url, reason: 'No article body was found on the page.' });
  });

  it('while the same page with its text in the HTML gives exactly that text', () => {
    const story = [
      'Hong Kong has long measured its students by a single number, and the city’s universities have followed.',
      'Yet the students who would thrive on a campus are not always the ones with the best scores in one exam.',
    ];
    const html = vue.replace('<div class="article-body" data-body="client-rendered"></div>', story.map((p) => `<p>${p}</p>`).join(''));
    const result = extractArticle(parsePage(html), url);
    if (!result.isArticle) throw new Error(result.reason);
    expect(paragraphsOf(result.body)).toEqual(story);
    expect(result.foundBy.body).toBe('readability');
  });

  it('keeps a story whose container is named like furniture ("topic-news")', () => {
    const sentence =
      'Its container has a class name that sounds like page furniture, and a careless fallback would throw the story away with it.';
    const story = [`The first paragraph. ${sentence}`, `The second paragraph. ${sentence}`, `The third paragraph. ${sentence}`];
    const html = vue.replace(
      '<div class="article-body" data-body="client-rendered"></div>',
      `<div class="article-body topic-news">${story.map((p) => `<p>${p}</p>`).join('')}</div>`,
    );
    const result = extractArticle(parsePage(html), url);
    if (!result.isArticle) throw new Error(result.reason);
    expect(paragraphsOf(result.body)).toEqual(story);
  });
});
