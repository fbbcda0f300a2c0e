/**
 * Bundled into the benchmark page (esbuild, IIFE): times the pipeline against bare Readability
 * inside Chromium, alternating, on the page it is injected into.
 */
import { Readability } from '@mozilla/readability';
import { sanitizeHtml } from '../src/html/sanitize';
import { paragraphsOf } from '../src/pipeline/article';
import { extractArticle } from '../src/pipeline/extract';
import { bodyHtml } from '../src/render/html';

/**
 * The pipeline on a whole page in its own document, then the body written as HTML and sanitized:
 * the in-page half of what the panel does (not the panel's `readArticle`, which also reads the
 * page's snapshot over messages).
 */
function extractAndSanitize(doc: Document, url: string) {
  const result = extractArticle(doc, url);
  return { result, html: result.isArticle ? sanitizeHtml(bodyHtml(result.body), window) : '' };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Median ms of the pipeline and of bare Readability on `doc`, alternating, `runs` each. */
function compare(doc: Document, url: string, runs: number) {
  const pipeline: number[] = [];
  const readability: number[] = [];
  for (let i = 0; i < 3; i++) {
    extractAndSanitize(doc, url);
    new Readability(doc.cloneNode(true) as Document).parse();
  } // warm up
  for (let i = 0; i < runs; i++) {
    pipeline.push(time(() => extractAndSanitize(doc, url)));
    // Readability mutates what it parses: it gets a clone, as the pipeline's fallback does.
    readability.push(time(() => new Readability(doc.cloneNode(true) as Document).parse()));
  }
  return { pipelineMs: median(pipeline), readabilityMs: median(readability) };
}

/** A copy of the page with its body and its inline ads repeated `times` times. */
function scaled(times: number): Document {
  const doc = document.cloneNode(true) as Document;
  const section = doc.querySelector('[data-qa="ContentBody-ContentBodyContainer"]');
  if (!section) throw new Error('no body section');
  const original = Array.from(section.children, (c) => c.cloneNode(true));
  for (let i = 1; i < times; i++) for (const c of original) section.append(c.cloneNode(true));
  return doc;
}

function pipelineMedian(doc: Document, url: string, runs: number): number {
  for (let i = 0; i < 2; i++) extractAndSanitize(doc, url);
  const t: number[] = [];
  for (let i = 0; i < runs; i++) t.push(time(() => extractAndSanitize(doc, url)));
  return median(t);
}

/** The same page with every data-qa attribute removed: the Readability fallback route. */
function stripped(): Document {
  const doc = document.cloneNode(true) as Document;
  for (const el of Array.from(doc.querySelectorAll('[data-qa]'))) el.removeAttribute('data-qa');
  return doc;
}

(globalThis as unknown as { declutterBench: unknown }).declutterBench = {
  run(runs: number) {
    const url = location.href;
    const main = compare(document, url, runs);
    const fallback = compare(stripped(), url, runs);
    if (!extractArticle(stripped(), url).isArticle) throw new Error('the fallback route found no article');
    const one = pipelineMedian(document, url, runs);
    const sixteen = pipelineMedian(scaled(16), url, Math.max(10, Math.floor(runs / 3)));
    const { result, html } = extractAndSanitize(document, url);
    if (!result.isArticle || !html.includes('<p>')) throw new Error('the pipeline produced no sanitized body');
    return {
      ...main,
      fallbackPipelineMs: fallback.pipelineMs,
      fallbackReadabilityMs: fallback.readabilityMs,
      oneXMs: one,
      sixteenXMs: sixteen,
      paragraphs: paragraphsOf(result.body).length,
    };
  },
};
