// @vitest-environment jsdom
// The article as a file (issue 15): its name, and one self-contained HTML page with no script, no
// handler and no withheld line, sanitized as the extension sanitizes it (jsdom: DOMPurify works).
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../src/pipeline/article';
import { articleHtmlFile, savedFileName } from '../../src/render/standalone';
import { sanitizeHtml } from '../../src/html/sanitize';
import { fixtureHtml, fixturePage, realPages } from '../pages';
import { articleOf } from './dom';

const pages = [
  { name: 'captured-2023', url: fixturePage.url, html: fixtureHtml, withheld: fixturePage.withheld },
  ...realPages().map((p) => ({ ...p, withheld: p.truth.withheld })),
];

describe('the saved file’s name', () => {
  it('is the date and the headline’s words', () => {
    expect(
      savedFileName(
        { title: 'Anxious wait for relatives of people still missing in deadly Hong Kong fire', publishedTime: '2025-11-28T13:48:00Z' },
        'md',
      ),
    ).toBe('2025-11-28-anxious-wait-for-relatives-of-people-still-missing-in-deadly-hong-kong.md');
    expect(savedFileName({ title: 'Café: “Ça va?” 100%', publishedTime: null }, 'html')).toBe('cafe-ca-va-100.html');
    expect(savedFileName({ title: '香港', publishedTime: 'not a date' }, 'md')).toBe('article.md');
  });
});

describe.each(pages)('the saved HTML page of $name', ({ url, html, withheld }) => {
  const result = articleOf(html, url);
  const file = articleHtmlFile(result, (markup) => sanitizeHtml(markup, window));
  const doc = new DOMParser().parseFromString(file, 'text/html');

  it('is the article alone: headline, paragraphs in order, the link to the original', () => {
    expect(doc.title).toBe(result.title);
    expect(doc.querySelector('h1')?.textContent).toBe(result.title);
    expect(Array.from(doc.querySelectorAll('.body p, .body li'), (p) => p.textContent)).toEqual(paragraphsOf(result.body));
    expect(doc.querySelector('.source a')?.getAttribute('href')).toBe(url);
  });

  it('holds no script, no handler, no withheld line, and loads nothing but SCMP’s photos', () => {
    expect(doc.querySelectorAll('script, iframe, object, embed, link, base')).toHaveLength(0);
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      for (const a of Array.from(el.attributes)) expect(a.name.startsWith('on'), `${el.localName}[${a.name}]`).toBe(false);
    }
    for (const img of Array.from(doc.querySelectorAll('img')))
      expect(img.getAttribute('src')).toMatch(/^https:\/\/[a-z0-9.-]*i-scmp\.com\//);
    const text = doc.body.textContent ?? '';
    for (const line of withheld) expect(text.includes(line), line).toBe(false);
    expect(text.includes('The rest of this article is for subscribers.')).toBe(result.paywalled);
  });
});
