// @vitest-environment jsdom
// Under jsdom, where DOMPurify really sanitizes: the clean view and panel markup, and the
// exact text the copy buttons put on the clipboard.
import { describe, expect, it } from 'vitest';
import { cleanViewHtml } from '../../src/render/cleanview';
import { extractArticle } from '../../src/pipeline/extract';
import { NOT_ARTICLE_TEXT, stateHtml } from '../../src/render/panel-html';
import { keyPointsMarkdown } from '../../src/render/markdown';
import { keyPointsText } from '../../src/render/plain-text';
import { sanitizeHtml } from '../../src/html/sanitize';
import { CLUTTER_STRINGS, expected, fixtureHtml, fixturePage, realPages, wholeRealPage } from '../pages';
import { KEY_POINTS_HOOK } from '../../src/rules/article-root';
import { articleOf, parsePage } from './dom';
import { RULES } from '../../src/rules/rules';
import type { HiddenItem } from '../../src/model/hidden-item';

const sanitize = (html: string) => sanitizeHtml(html, window);

function fixtureArticle(html = fixtureHtml) {
  return articleOf(html, fixturePage.url);
}

const render = (html: string) => parsePage(`<!doctype html><body>${html}</body>`);

describe('clean view markup', () => {
  it('holds the headline, key points, byline, caption and body, and nothing else of the page', () => {
    const view = render(sanitize(cleanViewHtml(fixtureArticle())));
    expect(view.querySelector('h1')?.textContent).toBe(expected.title);
    expect(Array.from(view.querySelectorAll('.key-points li'), (li) => li.textContent)).toEqual(expected.keyPoints);
    expect(view.querySelector('.byline')?.textContent).toBe(expected.byline);
    expect(view.querySelector('figure.lead figcaption')?.textContent).toBe(expected.imageCaption);
    expect(Array.from(view.querySelectorAll('.body p'), (p) => p.textContent)).toEqual(expected.bodyParagraphs);
    const text = view.body.textContent ?? '';
    for (const c of CLUTTER_STRINGS) expect(text.includes(c), c).toBe(false);
    expect(view.querySelectorAll('nav, footer, iframe, script').length).toBe(0);
    expect(view.querySelector('.paywall')?.textContent).toBe('The rest of this article is for subscribers. Read it on SCMP');
  });
});

describe('panel', () => {
  it('renders every field of the article', () => {
    const article = fixtureArticle();
    const panel = render(sanitize(stateHtml({ kind: 'article', article, cleanView: false })));
    expect(panel.querySelector('.topics')?.textContent).toBe('China-Russia relations · China · Diplomacy');
    expect(panel.querySelector('h1')?.textContent).toBe(expected.title);
    expect(panel.querySelector('.meta')?.textContent).toBe('Kawala Xie · 10 Dec 2023 · 1 min read');
    expect(panel.querySelector('time')?.getAttribute('datetime')).toBe(fixturePage.publishedTime);
    expect(panel.querySelector('.key-points h2')?.textContent).toBe('Key points');
    expect(Array.from(panel.querySelectorAll('.key-points li'), (li) => li.textContent)).toEqual(expected.keyPoints);
    // The article first, no control before it (the toolbar above holds them); what the page hides and Diagnostics after.
    expect(Array.from(panel.body.children, (c) => c.id || c.tagName.toLowerCase())).toEqual(['article', 'hidden-on-page', 'details']);
    expect(panel.querySelectorAll('article button:not(.cite), article select')).toHaveLength(0);
    expect(panel.querySelector('.lead img')?.getAttribute('alt')).toBe(expected.imageCaption);
    expect(Array.from(panel.querySelectorAll('.body p'), (p) => p.textContent)).toEqual(expected.bodyParagraphs);
  });

  it('labels generated key points as generated on this device', () => {
    const page = wholeRealPage();
    const doc = parsePage(page.html);
    doc.querySelectorAll(KEY_POINTS_HOOK).forEach((points) => points.remove());
    doc.getElementById('__NEXT_DATA__')?.remove();
    doc.querySelectorAll('script[type="application/ld+json"]').forEach((s) => s.remove());
    const article = extractArticle(doc, page.url);
    if (!article.isArticle) throw new Error('not an article');
    const panel = render(sanitize(stateHtml({ kind: 'article', article, cleanView: null })));
    expect(Array.from(panel.querySelectorAll('.key-points h2'), (h) => h.textContent)).toEqual(['Key points (generated on this device)']);
    expect(Array.from(panel.querySelectorAll('.key-points li'), (li) => li.textContent)).toEqual(
      article.generatedKeyPoints.map((p) => p.text),
    );
  });

  it("shows a short story's summary alone, and the paywall's link to SCMP (2025 pages)", () => {
    const page = realPages()[0]!;
    const article = extractArticle(parsePage(page.html), page.url);
    if (!article.isArticle) throw new Error('not an article');
    const panel = render(sanitize(stateHtml({ kind: 'article', article, cleanView: true })));
    expect(Array.from(panel.querySelectorAll('.key-points h2'), (h) => h.textContent)).toEqual(['SCMP’s summary']);
    expect(panel.querySelector('.key-points p')?.textContent).toBe(page.truth.keyPoints[0]);
    expect(panel.querySelectorAll('.key-points li')).toHaveLength(0);
    expect(panel.querySelector('.paywall a')?.getAttribute('href')).toBe(page.url);
  });

  it("shows the publisher's summary and the generated points under their own labels (the long LIVE page)", () => {
    const page = wholeRealPage();
    const article = extractArticle(parsePage(page.html), page.url);
    if (!article.isArticle) throw new Error('not an article');
    const panel = render(sanitize(stateHtml({ kind: 'article', article, cleanView: true })));
    expect(Array.from(panel.querySelectorAll('.key-points h2'), (h) => h.textContent)).toEqual([
      'SCMP’s summary',
      'Key points (generated on this device)',
    ]);
    expect(panel.querySelector('.key-points p')?.textContent).toBe(page.truth.keyPoints[0]);
    expect(Array.from(panel.querySelectorAll('.key-points.generated li'), (li) => li.textContent)).toEqual(
      article.generatedKeyPoints.map((p) => p.text),
    );
  });

  it('says clearly when the page is not an article, or could not be read', () => {
    const notArticle = render(sanitize(stateHtml({ kind: 'not-article', url: 'https://www.scmp.com/news/china' })));
    expect(notArticle.querySelector('h1')?.textContent).toBe(NOT_ARTICLE_TEXT);
    expect(notArticle.body.textContent).toContain('hides ads, the audio player and video promos on scmp.com');
    const failed = render(sanitize(stateHtml({ kind: 'failed', url: fixturePage.url, reason: 'No article body was found on the page.' })));
    expect(failed.querySelector('h1')?.textContent).toBe('Could not read this article');
    expect(failed.querySelector('a')?.getAttribute('href')).toBe(fixturePage.url);
    expect(render(sanitize(stateHtml({ kind: 'loading' }))).body.textContent).toBe('Loading the article…');
    // A tab opened before the extension was installed or updated (Chrome does not inject into it).
    const reload = render(sanitize(stateHtml({ kind: 'needs-reload' })));
    expect(reload.querySelector('h1')?.textContent).toBe('Reload the page to declutter it');
    expect(reload.querySelector('button#reload-page')?.textContent).toBe('Reload the page');
  });
});

describe('copy formats', () => {
  it('plain text: one "• " line per key point', () => {
    expect(keyPointsText(fixtureArticle())).toBe(
      '• Beijing, a close partner of Moscow and Pyongyang, is staying quiet about the growing alignment between its two neighbours\n' +
        '• Observers say China is cautious about joining trilateral axis that could trigger ‘new cold war’ as it positions itself as regional ‘stabiliser’',
    );
  });

  it('Markdown: the headline linked to the article, byline and date, then "- " bullets', () => {
    expect(keyPointsMarkdown(fixtureArticle())).toBe(
      '[Why China is keeping its distance as Russia and North Korea cosy up](https://www.scmp.com/news/china/diplomacy/article/3244402/why-china-keeping-its-distance-russia-and-north-korea-cosy)\n' +
        'Kawala Xie · 10 Dec 2023\n' +
        '\n' +
        'Key points:\n' +
        '- Beijing, a close partner of Moscow and Pyongyang, is staying quiet about the growing alignment between its two neighbours\n' +
        '- Observers say China is cautious about joining trilateral axis that could trigger ‘new cold war’ as it positions itself as regional ‘stabiliser’',
    );
  });

  it('both kinds, each labelled, when the publisher gives a summary (2025 pages)', () => {
    const page = wholeRealPage();
    const article = extractArticle(parsePage(page.html), page.url);
    if (!article.isArticle) throw new Error('not an article');
    const lines = keyPointsText(article).split('\n');
    expect(lines.slice(0, 3)).toEqual(['SCMP’s summary:', `• ${page.truth.keyPoints[0]}`, '']);
    expect(lines[3]).toBe('Key points (generated on this device):');
    expect(lines.slice(4).every((l) => l.startsWith('• '))).toBe(true);
    expect(lines.length - 4).toBe(article.generatedKeyPoints.length);
  });
});

describe('the sanitizer (DOMPurify, allowlist)', () => {
  it('keeps text, links and SCMP images, and drops every executable construct', () => {
    const dirty =
      '<p onclick="x()">Hi <a href="javascript:alert(1)">js</a> <a href="https://www.scmp.com/x">ok</a>' +
      '<img src="https://cdn.i-scmp.com/a.jpg" onerror="alert(2)" alt="a"><img src="https://evil.example/p.gif" alt="b">' +
      '<script>alert(3)</script><svg><script>alert(4)</script></svg><iframe srcdoc="<script>alert(5)</script>"></iframe>' +
      '<style>@import url(https://evil.example/x.css)</style><form action="https://evil.example"><input name="q"></form></p>';
    expect(sanitize(dirty)).toBe(
      '<p>Hi <a>js</a> <a href="https://www.scmp.com/x" target="_blank" rel="noopener noreferrer">ok</a>' +
        '<img src="https://cdn.i-scmp.com/a.jpg" alt="a" loading="lazy" referrerpolicy="no-referrer"><img alt="b" loading="lazy" referrerpolicy="no-referrer"></p><p></p>', // the form's end tag closes the p
    );
  });
});

describe('diagnostics', () => {
  it("reports the routes and the rules that hide something on the page, with none of the article's text", async () => {
    const { diagnosticsReport } = await import('../../src/render/diagnostics');
    const item = (index: number, ruleId: string, category: HiddenItem['category']): HiddenItem => ({
      index,
      ruleId,
      category,
      title: null,
      shown: false,
      visibleWhenShown: index !== 1,
    });
    // What the page's hidden list says it hides: two ad slots, the speech player, one by a rule of the reader's.
    const hidden = [item(0, 'ad-slot', 'ads'), item(1, 'ad-slot', 'ads'), item(2, 'tts-player', 'audio-player'), item(3, 'u1', 'yours')];
    const report = diagnosticsReport(fixtureArticle(), '0.1.0', hidden);
    const others = RULES.map((r) => r.id).filter((id) => id !== 'ad-slot' && id !== 'tts-player');
    expect(report.split('\n')).toEqual([
      'Declutter for SCMP 0.1.0 — diagnostics',
      `Page: ${fixturePage.url}`,
      'Layout: article, part of it for subscribers',
      'Title found by: selector',
      'Byline found by: selector',
      'Date found by: selector',
      'Topics found by: selector',
      'Lead image found by: selector',
      'Key points found by: selector (publisher, bullets, 2)',
      'Body found by: selector (7 paragraphs, 276 words)',
      'Health: every field found by its primary selector',
      'Rules matched: ad-slot ×2, tts-player ×1',
      `Rules without a match: ${others.join(', ')}`,
      "The reader's own rules: 1 hidden",
    ]);
    expect(diagnosticsReport(fixtureArticle(), '0.1.0', null).split('\n').at(-1)).toBe('Rules matched: (asking the page)');
    for (const p of expected.bodyParagraphs) expect(report).not.toContain(p.slice(0, 40));
  });

  it('says when fallbacks were used, and the panel shows it in a disclosure', async () => {
    const doc = parsePage(fixtureHtml.replace(/ (data-qa|class)="[^"]*"/g, ''));
    const article = extractArticle(doc, fixturePage.url);
    if (!article.isArticle) throw new Error('not an article');
    const panel = render(sanitize(stateHtml({ kind: 'article', article, cleanView: null })));
    expect(panel.querySelector('details.diagnostics summary')?.textContent).toBe('Diagnostics');
    expect(panel.querySelector('#diagnostics-report')?.textContent).toBe(''); // filled when the page's hidden list comes
    const { diagnosticsReport } = await import('../../src/render/diagnostics');
    expect(diagnosticsReport(article, '9.9.9', [])).toContain(
      "Health: fallbacks used for title, byline, publishedTime, topics, leadImage, keyPoints, body: SCMP's markup may have changed",
    );
    expect(panel.querySelector('#copy-diagnostics')?.textContent).toBe('Copy report');
  });
});

describe('stripping inline event handlers before an extension page parses page HTML', () => {
  it('removes every on* attribute from tags and nothing else', async () => {
    const { stripEventHandlers } = await import('../../src/html/strip-handlers');
    expect(
      stripEventHandlers(
        '<p class="a" onclick="x()">Text with onclick="not an attribute" in it</p><img src="https://cdn.i-scmp.com/a.jpg" onerror="C()" alt="on">',
      ),
    ).toBe('<p class="a">Text with onclick="not an attribute" in it</p><img src="https://cdn.i-scmp.com/a.jpg" alt="on">');
    expect(
      stripEventHandlers('<svg onload=alert(1)><a href="https://www.scmp.com/" ONMOUSEOVER=\'x\' onfocus autofocus>link</a></svg>'),
    ).toBe('<svg><a href="https://www.scmp.com/" autofocus>link</a></svg>');
    // The word "on" inside a value is text, not an attribute (a real page's caption, measured).
    const caption = '<img alt="The toll stood at 128 on Friday afternoon" src="https://cdn.i-scmp.com/a.jpg" title=\'on and on\'>';
    expect(stripEventHandlers(caption)).toBe(caption);
    // Any attribute that starts with "on" goes (none that the extension reads does); others stay.
    expect(stripEventHandlers('<div data-on="1" one="2" ontoggle="x">kept</div>')).toBe('<div data-on="1">kept</div>');
  });
});
