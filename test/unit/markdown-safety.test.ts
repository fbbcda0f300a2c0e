// The Markdown the extension writes (copy, save, command line), parsed back with the reference
// CommonMark parser: a Markdown-injection corpus placed in every place the pipeline reads on every
// real page, and random addresses and texts. No link or image may lead anywhere but http(s), no
// raw HTML may appear, and every text and address must come out as it went in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/cli/parse-page';
import { extractPage } from '../../src/cli/extract-page';
import { flatText } from '../../src/pipeline/body';
import type { Article, Block, Inline } from '../../src/pipeline/article';
import { extractArticle } from '../../src/pipeline/extract';
import { articleMarkdown, blockMarkdown, inlineMarkdown, keyPointsMarkdown } from '../../src/render/markdown';
import { articleRecord } from '../../src/render/json';
import { articleText } from '../../src/render/plain-text';
import { ADDRESSES, TAB_ADDRESSES, TEXTS } from '../fixtures/markdown-injection/corpus';
import { expectSafeMarkdown } from '../markdown';
import { realPages, wholeRealPage, type RealPage } from '../pages';
import { makeTranslate } from '../../src/i18n/translate';
import { ZH_TW } from '../../src/i18n/zh-TW';

/** An address with every percent-escape decoded: how two spellings of one address compare (the parser encodes some characters itself). */
const sameAddress = (url: string) => url.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function linksOf(runs: readonly Inline[]): { text: string; href: string }[] {
  return runs.flatMap((r) =>
    r.kind === 'link' ? [{ text: flatText(r.children), href: r.href }] : r.kind === 'text' ? [] : linksOf(r.children),
  );
}

const textBlocks = (body: readonly Block[]): string[] =>
  body.flatMap((b) => (b.kind === 'list' ? b.items.map((i) => i.text) : b.kind === 'image' ? [] : [b.text]));

/** The article's Markdown says exactly what the article says: its texts, links and images, nothing more. */
function expectFaithfulArticleMarkdown(article: Article): void {
  const parsed = expectSafeMarkdown(articleMarkdown(article));
  const bodyLinks = article.body.flatMap((b) =>
    b.kind === 'list' ? b.items.flatMap((i) => linksOf(i.runs)) : 'runs' in b ? linksOf(b.runs) : [],
  );
  const expectedLinks = [
    { text: article.url, href: article.url },
    ...bodyLinks,
    ...(article.paywalled ? [{ text: 'Read it on SCMP', href: article.url }] : []),
  ];
  // The autolink's text is the address as written, percent-encoded: the same address.
  expect(parsed.links.map((l, n) => ({ text: n ? l.text : sameAddress(l.text), href: sameAddress(l.destination) }))).toEqual(
    expectedLinks.map((l, n) => ({ text: n ? l.text : sameAddress(l.text), href: sameAddress(l.href) })),
  );
  const images = [...(article.leadImage ? [article.leadImage] : []), ...article.body.flatMap((b) => (b.kind === 'image' ? [b] : []))];
  expect(parsed.images.map((i) => ({ alt: i.alt, src: sameAddress(i.destination) }))).toEqual(
    images.map((i) => ({ alt: i.alt.replace(/\s+/g, ' '), src: sameAddress(i.src) })),
  );
  // Every text block comes out whole and in order; nothing else makes a heading, a list, a quote or code.
  const blocks = parsed.blocks;
  let at = 0;
  for (const text of [article.title, ...article.keyPoints, ...article.generatedKeyPoints.map((p) => p.text), ...textBlocks(article.body)]) {
    const found = blocks.indexOf(text, at);
    expect(found, `"${text}" in ${JSON.stringify(blocks)}`).toBeGreaterThanOrEqual(0);
    at = found + 1;
  }
  const headings = 1 + (article.keyPoints.length ? 1 : 0) + (article.generatedKeyPoints.length ? 1 : 0);
  expect(parsed.types.get('heading') ?? 0).toBe(headings + article.body.filter((b) => b.kind === 'heading').length);
  const items = article.keyPoints.length + article.generatedKeyPoints.length;
  expect(parsed.types.get('item') ?? 0).toBe(items + article.body.reduce((n, b) => n + (b.kind === 'list' ? b.items.length : 0), 0));
  expect(parsed.types.get('block_quote') ?? 0).toBe(article.body.filter((b) => b.kind === 'quote').length);
  for (const type of ['thematic_break', 'code_block', 'code']) expect(parsed.types.get(type) ?? 0, type).toBe(0);
}

function expectFaithfulKeyPointsMarkdown(article: Article): void {
  const parsed = expectSafeMarkdown(keyPointsMarkdown(article));
  expect(parsed.links.map((l) => l.text)).toEqual([article.title, ...article.generatedKeyPoints.map(() => 'source')]);
  expect(sameAddress(parsed.links[0]!.destination)).toBe(sameAddress(article.url));
  for (const link of parsed.links.slice(1))
    expect(sameAddress(link.destination)).toMatch(new RegExp(`^${escapeRegExp(sameAddress(article.url))}#:~:text=`));
  expect(parsed.images).toEqual([]);
}

function extracted(doc: Document, url: string): Article {
  const result = extractArticle(doc, url);
  if (!result.isArticle) throw new Error(result.reason);
  return result;
}

/** The page with `change` made to its document, extracted at `url`. */
function changed(page: RealPage, change: (doc: Document) => void, url = page.url): Article {
  const doc = parsePage(page.html);
  change(doc);
  return extracted(doc, url);
}

const BODY = '[data-qa="ContentBody-ContentBodyContainer"]';
const LEAD_IMAGE = '[data-qa="GenericArticle-Leading"] img, [data-qa="Component-Leading"] img';
const el = (doc: Document, selector: string): Element => {
  const found = doc.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};

/** Paragraphs at the top of the body: each address as a link and as an image, each text as text, link text, alt and caption. */
function injectIntoBody(doc: Document): void {
  const body = el(doc, BODY);
  const add = (html: string, fill: (block: Element) => void) => {
    const block = doc.createElement('div');
    block.innerHTML = html;
    fill(block.firstElementChild!);
    body.insertBefore(block.firstElementChild!, body.firstChild);
  };
  for (const address of ADDRESSES) {
    add('<p datatype="p">See <a>this link</a> now.</p>', (p) => p.querySelector('a')!.setAttribute('href', address));
    add('<figure><img alt="A photo"><figcaption>Photo: AFP</figcaption></figure>', (f) =>
      f.querySelector('img')!.setAttribute('src', address),
    );
    add('<figure><img alt="Lazy photo"></figure>', (f) => f.querySelector('img')!.setAttribute('data-src', address));
  }
  for (const text of TEXTS) {
    add('<p datatype="p"></p>', (p) => (p.textContent = text));
    add(
      '<p datatype="p">Before <a href="https://www.scmp.com/news/hong-kong/article/3334000/x"></a> after</p>',
      (p) => (p.querySelector('a')!.textContent = text),
    );
    add('<figure><img src="https://cdn.i-scmp.com/b.jpg"><figcaption></figcaption></figure>', (f) => {
      f.querySelector('img')!.setAttribute('alt', text);
      f.querySelector('figcaption')!.textContent = text;
    });
  }
}

describe.each(realPages())('the Markdown of $name, with the injection corpus in every place', (page) => {
  it('in the body: links, images and text come out as the article has them, and only http(s) is linked', () => {
    const article = changed(page, injectIntoBody);
    // The corpus really is in the article: every http(s) address linked, every other one's text kept without a link.
    const links = article.body.flatMap((b) => ('runs' in b ? linksOf(b.runs) : []));
    expect(links.filter((l) => l.text === 'this link').length).toBe(ADDRESSES.filter((a) => /^\s*https?:/i.test(a)).length);
    expect(textBlocks(article.body).filter((t) => t === 'See this link now.').length).toBe(ADDRESSES.length);
    for (const text of TEXTS) expect(textBlocks(article.body), text).toContain(text.replace(/\s+/g, ' '));
    expectFaithfulArticleMarkdown(article);
    expectFaithfulKeyPointsMarkdown(article);
  });

  it.each(TEXTS)('in the headline, byline and lead caption: %j', (text) => {
    const article = changed(page, (doc) => {
      el(doc, '[data-qa="ContentHeadline-Headline"]').textContent = text;
      el(doc, '[data-qa="AuthorNames-AuthorNamesContainer"] a').textContent = text;
      el(doc, LEAD_IMAGE).setAttribute('alt', text);
    });
    expect(article.title).toBe(text.replace(/\s+/g, ' '));
    expectFaithfulArticleMarkdown(article);
    expectFaithfulKeyPointsMarkdown(article);
  });

  it.each(ADDRESSES)('as the lead image, the og:image and the canonical link: %j', (address) => {
    const lead = changed(page, (doc) => el(doc, LEAD_IMAGE).setAttribute('src', address));
    const og = changed(page, (doc) => {
      el(doc, LEAD_IMAGE).remove();
      el(doc, 'meta[property="og:image"]').setAttribute('content', address);
    });
    const canonical = changed(page, (doc) => el(doc, 'link[rel="canonical"]').setAttribute('href', address));
    for (const article of [lead, og, canonical]) {
      expectFaithfulArticleMarkdown(article);
      expectFaithfulKeyPointsMarkdown(article);
    }
    expect(canonical.url).toBe(page.url); // another article's address is never taken for this one's
  });

  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(page.html)![1]!;
  const idOf = (url: string) => /\/article\/(\d+)\//.exec(url)![1];

  it.each(TAB_ADDRESSES(page.url))('opened at a crafted address: %s', (tabAddress) => {
    const article = extracted(parsePage(page.html), tabAddress);
    const u = new URL(tabAddress);
    // The canonical link is the article's address only when it names the tab's article; else the tab's address, without its query.
    expect(article.url).toBe(idOf(tabAddress) === idOf(canonical) ? canonical : `${u.origin}${u.pathname}`);
    expectFaithfulArticleMarkdown(article);
    expectFaithfulKeyPointsMarkdown(article);
    expect(articleRecord({ isArticle: true, ...article }).url).toBe(article.url);
    expect(articleText(article).split('\n')).toContain(article.url);
  });
});

describe('the command line with a crafted canonical link and no --url', () => {
  const page = realPages()[0]!;
  const canonical = `${page.url}?q=<noscript><p title="</noscript><img src=x onerror=alert(1)>">#x`;
  const doc = parsePage(page.html);
  el(doc, 'link[rel="canonical"]').setAttribute('href', canonical);
  const html = `<!doctype html>${doc.documentElement.outerHTML}`;

  it.each(['markdown', 'text', 'json'] as const)('writes the article address without the query (%s)', (format) => {
    const { code, stdout } = extractPage(html, null, format);
    expect(code).toBe(0);
    expect(stdout).not.toContain('noscript');
    if (format === 'json') expect((JSON.parse(stdout) as { url: string }).url).toBe(page.url);
    else if (format === 'text') expect(stdout.split('\n')[2]).toBe(page.url);
    else expect(expectSafeMarkdown(stdout).links[0]).toEqual({ text: page.url, destination: page.url });
  });
});

describe('any address and any text (fast-check)', () => {
  const markdownChars = fc.constantFrom(...'()[]<>`\\*_!#&;|~ -+=.:/?%"\'\n\tabc1é'.split(''));
  const messy = fc.array(markdownChars, { minLength: 1, maxLength: 30 }).map((c) => c.join(''));
  const address = fc.tuple(messy, messy).map(([path, query]) => new URL(`https://www.scmp.com/${path}?${query}`).href);

  it('a link comes out of the parser as the address and the text that went in', () => {
    fc.assert(
      fc.property(address, messy, (href, text) => {
        const wanted = text.replace(/\s+/g, ' ').trim();
        fc.pre(wanted.length > 0);
        const parsed = expectSafeMarkdown(
          inlineMarkdown([
            { kind: 'text', text: 'x ' },
            { kind: 'link', href, children: [{ kind: 'text', text: wanted }] },
          ]),
        );
        expect(parsed.links.map((l) => ({ text: l.text, href: sameAddress(l.destination) }))).toEqual([
          { text: wanted, href: sameAddress(href) },
        ]);
        expect(parsed.blocks).toEqual([`x ${wanted}`]);
      }),
      { numRuns: 500 },
    );
  });

  it('a paragraph of text comes out as exactly that text, one paragraph', () => {
    fc.assert(
      fc.property(messy, (text) => {
        const wanted = text.replace(/\s+/g, ' ').trim();
        fc.pre(wanted.length > 0);
        const lines = blockMarkdown({ kind: 'paragraph', id: 'b1', text: wanted, runs: [{ kind: 'text', text: wanted }], sentences: [] });
        const parsed = expectSafeMarkdown(lines.join('\n'));
        expect(parsed.blocks).toEqual([wanted]);
        expect([...parsed.types.keys()].sort()).toEqual(['document', 'paragraph', 'text']);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the Markdown in the interface’s language (Traditional Chinese)', () => {
  const zh = makeTranslate((key) => (ZH_TW as Record<string, string>)[key]);

  it('labels the key points and the paywall as the panel does, and stays safe', () => {
    const short = realPages()[0]!;
    const paywalled = extracted(parsePage(short.html), short.url);
    const whole = wholeRealPage();
    const live = extracted(parsePage(whole.html), whole.url);
    const md = articleMarkdown(paywalled, zh);
    expect(md).toContain(`\n## ${ZH_TW.scmpSummary}\n`);
    expect(md.trimEnd().split('\n').at(-1)).toBe(`*${ZH_TW.paywallNotice}* [${ZH_TW.readOnScmp}](${short.url})`);
    expect(expectSafeMarkdown(md).links.at(-1)?.text).toBe(ZH_TW.readOnScmp);
    expect(articleMarkdown(live, zh)).toContain(`\n## ${ZH_TW.generatedPoints}\n`);
    const points = keyPointsMarkdown(live, zh).split('\n');
    expect(points).toContain(`${ZH_TW.generatedPoints}:`);
    expect(points).toContain(`${ZH_TW.scmpSummary}:`);
    expect(articleMarkdown(paywalled)).not.toContain(ZH_TW.readOnScmp);
  });
});
