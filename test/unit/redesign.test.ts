// When SCMP renames or drops its hooks: the fallbacks, tested on the captured page.
import { paragraphsOf } from '../../src/pipeline/article';
import { describe, expect, it } from 'vitest';
import { CLUTTER_CATEGORIES } from '../../src/rules/categories';
import { startDeclutter } from '../../src/page/declutter';
import { extractArticle } from '../../src/pipeline/extract';
import { RULES } from '../../src/rules/rules';
import { CLUTTER_STRINGS, expected, fixtureHtml, fixturePage, strippedFixture } from '../pages';
import { parsePage, withHidingStylesheet } from './dom';

describe('the captured page with every data-qa attribute and class name stripped', () => {
  it('really has none left', () => {
    expect(strippedFixture).not.toMatch(/data-qa=|class=/);
  });

  it('still yields the title, the key points and the seven paragraphs, by the fallback routes', () => {
    const result = extractArticle(parsePage(strippedFixture), fixturePage.url);
    if (!result.isArticle) throw new Error(result.reason);
    expect(result.title).toBe(expected.title);
    expect(paragraphsOf(result.body)).toEqual(expected.bodyParagraphs);
    expect(result.keyPoints).toEqual(expected.keyPoints);
    expect(result.foundBy).toEqual({
      title: 'structure',
      byline: 'meta',
      publishedTime: 'meta',
      topics: 'meta',
      leadImage: 'meta',
      keyPoints: 'structure',
      body: 'readability',
    });
    const text = `${paragraphsOf(result.body).join('\n')}\n${result.keyPoints.join('\n')}`;
    for (const c of CLUTTER_STRINGS) expect(text.includes(c), c).toBe(false);
  });

  it('still gets its ad labels, speech player, video card and badges hidden on the page', () => {
    const doc = withHidingStylesheet(parsePage(strippedFixture, fixturePage.url));
    const win = doc.defaultView as Window;
    startDeclutter(doc, { rules: RULES, categories: new Set(CLUTTER_CATEGORIES) });
    const hidden = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) if (win.getComputedStyle(e).display === 'none') return true;
      return false;
    };
    const leaves = (text: string) =>
      Array.from(doc.body.querySelectorAll('*')).filter((e) => e.children.length === 0 && e.textContent?.trim() === text);
    const labels = [
      'Advertisement',
      'Select Voice',
      'Select Speed',
      '1.00x',
      '04:33',
      expected.clutter.videoPromo.description,
      'Reading Time:',
      'Why you can trust SCMP',
    ];
    for (const label of labels) {
      const els = leaves(label);
      expect(els.length, label).toBeGreaterThan(0);
      for (const el of els) expect(hidden(el), label).toBe(true);
    }
    expect(leaves('Advertisement')).toHaveLength(4);
    const paragraphs = Array.from(doc.querySelectorAll('section p[datatype="p"]'));
    expect(paragraphs.map((p) => p.textContent)).toEqual(expected.bodyParagraphs);
    for (const p of paragraphs) expect(hidden(p)).toBe(false);
  });
});

describe('key points in other list markup', () => {
  const variants: Record<string, string> = {
    'an ordered list': fixtureHtml
      .replace('<ul class="css-1wh6ktq e1ql5f171">', '<ol class="css-1wh6ktq e1ql5f171">')
      .replace('</li></ul></h3>', '</li></ol></h3>'),
    'bullet paragraphs': fixtureHtml.replace(
      /<ul class="css-1wh6ktq e1ql5f171"><li class="css-1x6n1ak e1ql5f170">(.*?)<\/li><li class="css-1x6n1ak e1ql5f170">(.*?)<\/li><\/ul>/,
      '<p>• $1</p><p>• $2</p>',
    ),
    'a list without its hooks, after the headline': fixtureHtml
      .replace(/ data-qa="(GenericArticle-SubHeadline|ContentSubHeadline-ContainerWithTag)"/g, '')
      .replace('<ul class="css-1wh6ktq e1ql5f171">', '<ol>')
      .replace('</li></ul></h3>', '</li></ol></h3>'),
  };
  it.each(Object.entries(variants))('still yields them from %s', (_name, html) => {
    expect(html).not.toBe(fixtureHtml);
    const result = extractArticle(parsePage(html), fixturePage.url);
    if (!result.isArticle) throw new Error(result.reason);
    expect(result.keyPoints).toEqual(expected.keyPoints);
    expect(result.keyPointsSource).toBe('publisher');
    expect(result.keyPointsForm).toBe('bullets');
  });
});
