// @vitest-environment jsdom
// Generated key points (issues 12 and 21): 3–5, distinct, at most 35 words cut at a clause, from
// distinct paragraphs across the article, each pointing to its sentence; and that sentence is marked
// in what the panel and the clean view show (sanitized under jsdom, where DOMPurify really works).
// The rules a point keeps to stand alone are in keypoint-rules.test.ts.
import { describe, expect, it } from 'vitest';
import { paragraphBlocks, sentenceText, type Article, type TextBlock } from '../../src/pipeline/article';
import { extractArticle } from '../../src/pipeline/extract';
import { clauseWithin, MAX_POINT_WORDS } from '../../src/pipeline/keypoints';
import { cleanViewHtml } from '../../src/render/cleanview';
import { keyPointsMarkdown } from '../../src/render/markdown';
import { sanitizeHtml } from '../../src/html/sanitize';
import { realPages, wholeRealPage } from '../pages';
import { subscriberView } from '../subscriber-view';
import { mustBeArticle, parsePage } from './dom';

function extracted(doc: Document, url: string): Article {
  return mustBeArticle(extractArticle(doc, url));
}

/**
 * Long stories, where generated points matter: each real page as a subscriber sees it (its
 * withheld text put back: test input only), and the LIVE page as it is.
 */
const cases: Array<{ name: string; article: () => Article }> = [
  ...realPages().map((page) => ({
    name: `${page.name} as a subscriber sees it`,
    article: () => extracted(subscriberView(page), page.url),
  })),
  { name: `${wholeRealPage().name} (LIVE) as it is`, article: () => extracted(parsePage(wholeRealPage().html), wholeRealPage().url) },
];

/** Where each sentence of the body is: its block, its text, and which paragraph it belongs to. */
function sentenceIndex(article: Article): Map<string, { text: string; paragraph: number }> {
  const index = new Map<string, { text: string; paragraph: number }>();
  paragraphBlocks(article.body).forEach((block: TextBlock, paragraph) => {
    for (const s of block.sentences) index.set(s.id, { text: sentenceText(block, s), paragraph });
  });
  return index;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe.each(cases)('generated key points: $name', ({ article: make }) => {
  const article = make();
  const sentences = sentenceIndex(article);
  const points = article.generatedKeyPoints;

  it('are 3 to 5, each at most 35 words', () => {
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points.length).toBeLessThanOrEqual(5);
    for (const p of points) expect(wordCount(p.text), p.text).toBeLessThanOrEqual(MAX_POINT_WORDS);
  });

  it('are each the text of their sentence, or its first clause cut where a clause of its own begins', () => {
    for (const p of points) {
      const sentence = sentences.get(p.sentenceId);
      expect(sentence, p.sentenceId).toBeDefined();
      if (sentence!.text === p.text) continue;
      expect(sentence!.text.startsWith(p.text), p.text).toBe(true);
      expect(sentence!.text.slice(p.text.length)).toMatch(
        /^(?:;\s|,\s(?:with|which|who|whose|including|as|after|while|but|and|although|though|according|where|when|amid|despite|sending|leaving|prompting|saying|adding)\b)/,
      );
    }
  });

  it('come from distinct paragraphs, in reading order, reaching past the first half of the article', () => {
    const paragraphs = points.map((p) => sentences.get(p.sentenceId)!.paragraph);
    expect(new Set(paragraphs).size).toBe(points.length);
    expect([...paragraphs].sort((a, b) => a - b)).toEqual(paragraphs);
    const total = paragraphBlocks(article.body).length;
    expect(Math.max(...paragraphs)).toBeGreaterThanOrEqual(Math.floor(total / 2));
  });

  it('link to their sentence, which the clean view marks with the same id', () => {
    const view = parsePage(`<body>${sanitizeHtml(cleanViewHtml(article), window)}</body>`);
    const buttons = Array.from(view.querySelectorAll('.key-points.generated button.cite'));
    expect(buttons.map((b) => b.textContent)).toEqual(points.map((p) => p.text));
    for (const [n, button] of buttons.entries()) {
      const id = points[n]!.sentenceId;
      expect(button.getAttribute('data-cite')).toBe(id);
      const target = view.querySelectorAll(`.body [data-sid="${id}"]`);
      expect(target).toHaveLength(1);
      expect(target[0]!.textContent).toBe(sentences.get(id)!.text);
    }
  });

  it('carry a link to their sentence on SCMP’s page when copied as Markdown', () => {
    const lines = keyPointsMarkdown(article).split('\n');
    const generated = lines.slice(lines.indexOf('Key points (generated on this device):') + 1);
    expect(generated).toHaveLength(points.length);
    for (const [n, line] of generated.entries()) {
      expect(line.startsWith('- ')).toBe(true);
      expect(line).toMatch(new RegExp(` \\(\\[source\\]\\(${article.url.replace(/[.?]/g, '\\$&')}#:~:text=[^)\\s]+\\)\\)$`));
      const fragment = decodeURIComponent(line.slice(line.indexOf('#:~:text=') + 9, -2));
      const words = points[n]!.text.split(/\s+/);
      expect(fragment.startsWith(words.slice(0, 5).join(' '))).toBe(true);
    }
  });
});

describe('every body sentence is marked once in what the extension pages show', () => {
  it.each(cases)('$name', ({ article: make }) => {
    const article = make();
    const view = parsePage(`<body>${sanitizeHtml(cleanViewHtml(article), window)}</body>`);
    const marked = Array.from(view.querySelectorAll('.body span.s[data-sid]'), (s) => [s.getAttribute('data-sid'), s.textContent]);
    const all = [...sentenceIndex(article)].map(([id, s]) => [id, s.text]);
    expect(marked.filter(([id]) => all.some(([a]) => a === id))).toEqual(all);
    // The marks change no text: each paragraph reads as before.
    expect(Array.from(view.querySelectorAll('.body p'), (p) => p.textContent)).toEqual(
      article.body.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.kind === 'quote' ? [b.text] : [])),
    );
  });
});

describe('clauseWithin', () => {
  const long =
    'The department said there were unsafe conditions for working at height at the estate in Tai Po, for which three warnings ' +
    'were issued in the months before the fire, and it had reminded the contractor only a week before of the need for fire safety measures.';

  it('keeps a sentence of 35 words or fewer whole', () => {
    expect(clauseWithin('Short sentences stay as they are, commas and all.')).toBe('Short sentences stay as they are, commas and all.');
  });

  it('cuts a longer one at its last clause boundary within 35 words, never mid-word', () => {
    expect(wordCount(long)).toBeGreaterThan(35);
    expect(clauseWithin(long)).toBe(
      'The department said there were unsafe conditions for working at height at the estate in Tai Po, for which three warnings were issued in the months before the fire',
    );
  });

  it('never cuts before the main verb, or inside brackets', () => {
    const beforeTheVerb =
      'Secretary for Security Chris Tang Ping-keung said on Friday that among the 89 unidentified bodies so far recovered from the charred ' +
      'buildings of Wang Fuk Court in Tai Po, 39 had been identified by their families, and the rest would need DNA tests before they could be named.';
    expect(clauseWithin(beforeTheVerb)).toBeNull();
    const inBrackets =
      'Residents of the estate had bought their flats at a discount under the Home Ownership Scheme (HOS, which the Housing Authority runs, ' +
      'with prices set below the market) and many had lived there since the towers were finished in the early 1980s.';
    expect(clauseWithin(inBrackets)).toBeNull();
  });

  it('gives nothing when no clause fits, or when the first clause only sets the scene', () => {
    expect(clauseWithin(Array.from({ length: 40 }, (_, n) => `word${n}`).join(' '))).toBeNull();
    expect(clauseWithin(`While ${'the fire burned on for many hours '.repeat(4)}, ${'residents waited '.repeat(10)}`)).toBeNull();
  });
});
