// @vitest-environment jsdom
// Every hostile input through the whole pipeline and every renderer, under jsdom, where
// DOMPurify really sanitizes. Nothing executable may come out.
import { paragraphsOf } from '../../src/pipeline/article';
import { describe, expect, it } from 'vitest';
import { cleanViewHtml } from '../../src/render/cleanview';
import { extractArticle } from '../../src/pipeline/extract';
import { bodyHtml } from '../../src/render/html';
import { stateHtml } from '../../src/render/panel-html';
import { articleMarkdown, keyPointsMarkdown } from '../../src/render/markdown';
import { sanitizeHtml } from '../../src/html/sanitize';
import { HOSTILE, placeHostile } from '../fixtures/hostile/corpus';
import { fixtureHtml, fixturePage } from '../pages';
import { parsePage } from './dom';

const FORBIDDEN_ELEMENTS =
  'script, iframe, frame, frameset, object, embed, base, meta, link, style, form, input, button, svg, math, noscript, template, portal, video, audio, source, xmp, listing';
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data', 'srcset', 'background', 'poster'];

/** Everything in `html` that could run, load or navigate somewhere it should not. */
function executableConstructs(html: string): string[] {
  const doc = parsePage(`<!doctype html><body>${html}`);
  // The panel's and clean view's own controls (buttons with ids, the live region, the hidden list's place) are ours, not
  // the page's: they are checked by their own tests. Everything else came from the page.
  doc.querySelectorAll('.page-controls, #hidden-on-page, .copy, .save, .bar, .diagnostics').forEach((own) => own.remove());
  const found: string[] = [];
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    if (el.matches(FORBIDDEN_ELEMENTS)) found.push(`<${el.localName}>`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${el.localName}[${name}]`);
      if (name === 'style' || name === 'id' || name === 'name') found.push(`${el.localName}[${name}]`);
      if (URL_ATTRIBUTES.includes(name)) {
        const value = attr.value.trim().toLowerCase();
        if (!/^https:\/\//.test(value)) found.push(`${el.localName}[${name}=${value.slice(0, 30)}]`);
        if (name === 'src' && !/^https:\/\/([a-z0-9-]+\.)*(i-scmp|scmp)\.com\//.test(value)) found.push(`${el.localName}[src off SCMP]`);
        if (name === 'srcdoc' || name === 'srcset') found.push(`${el.localName}[${name}]`);
      }
    }
  }
  return found;
}

const sanitize = (html: string) => sanitizeHtml(html, window);

describe('the hostile corpus', () => {
  it('has at least 60 inputs in every class the issue names', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(60);
    expect(new Set(HOSTILE.map((h) => h.kind))).toEqual(
      new Set([
        'script-and-handlers',
        'dangerous-urls',
        'svg-and-mathml',
        'embedded-documents',
        'base-and-meta',
        'css-that-loads',
        'dom-clobbering',
        'mutation-xss',
        'in-title',
        'in-byline',
        'in-caption',
        'in-key-points',
        'in-image',
      ]),
    );
    expect(new Set(HOSTILE.map((h) => h.id)).size).toBe(HOSTILE.length);
  });
});

describe.each(HOSTILE)('hostile input $id ($where)', (input) => {
  const page = placeHostile(fixtureHtml, input);
  const result = extractArticle(parsePage(page), fixturePage.url);

  it('still yields the article, with nothing executable in any output', () => {
    expect(page).not.toBe(fixtureHtml); // the input really was placed
    if (!result.isArticle) throw new Error(result.reason);
    const clean = extractArticle(parsePage(fixtureHtml), fixturePage.url);
    expect(paragraphsOf(result.body).slice(0, 3)).toEqual(clean.isArticle ? paragraphsOf(clean.body).slice(0, 3) : null);
    const outputs: Record<string, string> = {
      // What the renderers write is already safe on its own; DOMPurify is the second wall.
      body: bodyHtml(result.body),
      panelAsWritten: stateHtml({ kind: 'article', article: result, cleanView: false }),
      cleanViewAsWritten: cleanViewHtml(result),
      contentHtml: sanitize(bodyHtml(result.body)),
      panel: sanitize(stateHtml({ kind: 'article', article: result, cleanView: false })),
      cleanView: sanitize(cleanViewHtml(result)),
    };
    for (const [name, html] of Object.entries(outputs)) expect({ name, found: executableConstructs(html) }).toEqual({ name, found: [] });
    for (const md of [articleMarkdown(result), keyPointsMarkdown(result)]) {
      expect(md).not.toMatch(/\]\((?!https:\/\/)/); // every Markdown link and image is https
      expect(md.toLowerCase()).not.toContain('javascript:');
    }
  });
});
