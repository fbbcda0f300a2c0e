// Pages that are not articles, and broken ones: the right answer, never an exception.
import { paragraphsOf } from '../../src/pipeline/article';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/extract';
import { fixtureHtml, fixturePage } from '../pages';
import { parsePage } from './dom';

const ARTICLE = fixturePage.url;
const shell = (body: string) => `<!doctype html><html><head><title>SCMP</title></head><body>${body}</body></html>`;
const emptyArticle = fixtureHtml.replace(/(<section class="er6t7fe38[^>]*>)[\s\S]*?(<\/section>)/, '$1$2');

const CASES: Array<{ name: string; url: string; html: string; isArticle: boolean; reason?: string; paragraphs?: number }> = [
  {
    name: 'the home page',
    url: 'https://www.scmp.com/',
    html: shell('<main><h2>Top stories</h2><p>Lots of headlines here, each a link to a story.</p></main>'),
    isArticle: false,
    reason: 'Not an SCMP article address (scmp.com/…/article/<id>/…).',
  },
  {
    name: 'a section front',
    url: 'https://www.scmp.com/news/china',
    html: shell('<main><h1>China</h1><p>Latest news from China, with links.</p></main>'),
    isArticle: false,
    reason: 'Not an SCMP article address (scmp.com/…/article/<id>/…).',
  },
  {
    name: 'a video page',
    url: 'https://www.scmp.com/video/china/3244000/satellite-imagery-north-korea',
    html: shell('<main><h1>Video</h1><p>A video about satellites and ports.</p></main>'),
    isArticle: false,
    reason: 'Not an SCMP article address (scmp.com/…/article/<id>/…).',
  },
  {
    name: 'another site',
    url: 'https://example.com/news/article/3244402/x',
    html: fixtureHtml,
    isArticle: false,
    reason: 'Not an SCMP article address (scmp.com/…/article/<id>/…).',
  },
  {
    name: 'an article with an empty body',
    url: ARTICLE,
    html: emptyArticle.replace(/<div data-qa="GenericArticle-PaywallContainer"[\s\S]*?<\/div><\/div><\/div>/, ''),
    isArticle: false,
    reason: 'No article body was found on the page.',
  },
  {
    name: 'an article whose body is behind the paywall prompt only',
    url: ARTICLE,
    html: emptyArticle,
    isArticle: false,
    reason: 'This story is for subscribers: the page shows none of its text.',
  },
  { name: 'an empty document', url: ARTICLE, html: '', isArticle: false, reason: 'No article body was found on the page.' },
  {
    name: 'unclosed tags',
    url: ARTICLE,
    html: '<html><body><article><h1>Headline<div data-qa="ContentBody-ContentBodyContainer"><p datatype="p">First paragraph, never closed<p datatype="p">Second paragraph<div><span>Advertisement',
    isArticle: true,
    paragraphs: 2,
  },
];

describe.each(CASES)('$name', ({ url, html, isArticle, reason, paragraphs }) => {
  it(`is ${isArticle ? '' : 'not '}an article, and says why`, () => {
    const result = extractArticle(parsePage(html), url);
    expect(result.isArticle).toBe(isArticle);
    if (!result.isArticle) expect(result.reason).toBe(reason);
    else expect(paragraphsOf(result.body)).toHaveLength(paragraphs ?? -1);
  });
});
