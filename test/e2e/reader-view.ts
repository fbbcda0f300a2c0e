/**
 * What a reader sees of a real page in the panel / sidebar and in the clean view, read in the
 * browser, and the checks against the page's truth.json: the title, SCMP's summary, every visible
 * paragraph in order (list items too), no withheld line, no clutter label.
 */
import { expect } from 'vitest';
import type { Truth } from '../pages';

export interface ReaderView {
  title: string | null;
  summary: string | null;
  paragraphs: string[];
  text: string;
}

/** Runs in an extension page (by its source text): what the article shows. */
export const readView = (): ReaderView => ({
  title: document.querySelector('article h1')?.textContent ?? null,
  summary: document.querySelector('.key-points:not(.generated) p')?.textContent ?? null,
  paragraphs: Array.from(document.querySelectorAll('.body p, .body li'), (p) => p.textContent ?? ''),
  text: document.body.innerText,
});

export function expectReaderView(view: ReaderView | null, truth: Truth, where: string): void {
  expect(view?.title, where).toBe(truth.title);
  expect(view?.summary, where).toBe(truth.keyPoints.join(' '));
  expect(view?.paragraphs, where).toEqual(truth.paragraphs);
  const text = (view?.text ?? '').replace(/\s+/g, ' ');
  for (const line of truth.withheld)
    expect(text.includes(line.replace(/\s+/g, ' ')), `${where}: withheld “${line.slice(0, 40)}”`).toBe(false);
  for (const label of truth.visibleClutter) expect(text.includes(label), `${where}: clutter “${label}”`).toBe(false);
}
