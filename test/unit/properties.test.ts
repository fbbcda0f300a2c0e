// Property tests (fast-check): random article bodies with random clutter at random places.
import fc from 'fast-check';
import { paragraphsOf } from '../../src/pipeline/article';
import { describe, expect, it } from 'vitest';
import { CLUTTER_CATEGORIES } from '../../src/rules/categories';
import { openCleanViewFrame } from '../../src/page/cleanview-frame';
import { startDeclutter } from '../../src/page/declutter';
import { extractArticle } from '../../src/pipeline/extract';
import { RULES } from '../../src/rules/rules';
import { fixtureHtml, fixturePage } from '../pages';
import { parsePage, withHidingStylesheet } from './dom';

const WORDS =
  'harbour council budget trade minister ferry policy typhoon market tower railway school bridge police court report island festival shipping housing'.split(
    ' ',
  );

const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 6, maxLength: 16 })
  .map((w) => `${w.join(' ').replace(/^./, (c) => c.toUpperCase())}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' '));

/** Clutter as SCMP ships it and as a redesign might: each carries text that must never come out. */
const CLUTTER: Record<string, string> = {
  'scmp ad slot':
    '<div data-qa="InlineAdSlot-Container"><div data-qa="AdSlot-Container"><div data-qa="AdSlot-Label">Advertisement</div><div data-qa="AdSlot-AdSlotContainer"></div></div></div>',
  'unknown ad': '<div><div><span>Advertisement</span></div><div style="height:250px"></div></div>',
  'outstream slot': '<div data-qa="OutstreamAdSlot-Container"><p>Sponsored video clip</p></div>',
  'video promo':
    '<div data-qa="Component-SCMPYoutubeVideoContainer"><div>03:21</div><h2>Promo video headline</h2><p>Promo video description text.</p></div>',
  'unknown video card': '<div><div><img alt=""><div>12:07</div></div><h2>Other promo headline</h2><p>Other promo description.</p></div>',
  'speech player': '<div><div>Select Voice</div><div><div>Choose your listening speed</div><div>1.25x</div></div></div>',
};
const CLUTTER_TEXTS = [
  'Advertisement',
  'Sponsored video clip',
  'Promo video headline',
  'Promo video description text.',
  'Other promo headline',
  'Other promo description.',
  'Select Voice',
  'Choose your listening speed',
];

const body = fc.tuple(
  fc.array(paragraph, { minLength: 1, maxLength: 10 }),
  fc.array(fc.tuple(fc.constantFrom(...Object.keys(CLUTTER)), fc.nat()), { maxLength: 8 }),
);

function pageWith(paragraphs: string[], clutter: Array<[string, number]>): string {
  const blocks = paragraphs.map((p) => `<p datatype="p" data-qa="Component-Component" class="e8zc9q40 css-1c6uqr6">${p}</p>`);
  for (const [kind, at] of clutter) blocks.splice(at % (blocks.length + 1), 0, CLUTTER[kind] as string);
  return fixtureHtml.replace(/(<section class="er6t7fe38[^>]*>)[\s\S]*?(<\/section>)/, `$1${blocks.join('')}$2`);
}

const RUNS = { numRuns: 60 };

describe('for random bodies with random clutter', () => {
  it('extraction keeps every paragraph in order and drops every clutter element', () => {
    fc.assert(
      fc.property(body, ([paragraphs, clutter]) => {
        const result = extractArticle(parsePage(pageWith(paragraphs, clutter)), fixturePage.url);
        if (!result.isArticle) return false;
        expect(paragraphsOf(result.body)).toEqual(paragraphs);
        const out = JSON.stringify(result);
        for (const text of CLUTTER_TEXTS) expect(out.includes(text), text).toBe(false);
        return true;
      }),
      RUNS,
    );
  });

  it('extraction is idempotent and leaves the page untouched', () => {
    fc.assert(
      fc.property(body, ([paragraphs, clutter]) => {
        const doc = parsePage(pageWith(paragraphs, clutter));
        const before = doc.documentElement.outerHTML;
        const first = extractArticle(doc, fixturePage.url);
        const second = extractArticle(doc, fixturePage.url);
        expect(second).toEqual(first);
        expect(doc.documentElement.outerHTML).toBe(before);
      }),
      RUNS,
    );
  });

  it('on the page, every clutter element is hidden and no paragraph is', () => {
    fc.assert(
      fc.property(body, ([paragraphs, clutter]) => {
        const doc = withHidingStylesheet(parsePage(pageWith(paragraphs, clutter), fixturePage.url));
        const win = doc.defaultView as Window;
        startDeclutter(doc, { rules: RULES, categories: new Set(CLUTTER_CATEGORIES) });
        const hidden = (el: Element) => {
          for (let e: Element | null = el; e; e = e.parentElement) if (win.getComputedStyle(e).display === 'none') return true;
          return false;
        };
        const section = doc.querySelector('[data-qa="ContentBody-ContentBodyContainer"]') as Element;
        for (const p of Array.from(section.querySelectorAll('[datatype="p"]'))) expect(hidden(p)).toBe(false);
        for (const el of Array.from(section.querySelectorAll('*'))) {
          const text = el.childElementCount === 0 ? (el.textContent?.trim() ?? '') : '';
          if (CLUTTER_TEXTS.includes(text)) expect(hidden(el), text).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('clean view on and off any number of times restores the document exactly', () => {
    fc.assert(
      fc.property(body, fc.integer({ min: 1, max: 12 }), ([paragraphs, clutter], toggles) => {
        const doc = parsePage(pageWith(paragraphs, clutter), fixturePage.url);
        startDeclutter(doc, { rules: RULES, categories: new Set(CLUTTER_CATEGORIES) });
        const before = doc.documentElement.outerHTML;
        for (let i = 0; i < toggles; i++)
          openCleanViewFrame(doc, 'chrome-extension://abcdefghijklmnop/cleanview.html', 'Clean view of the article').close();
        expect(doc.documentElement.outerHTML).toBe(before);
      }),
      RUNS,
    );
  });
});
