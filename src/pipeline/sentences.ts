/**
 * Sentences of a block of English text, by the platform's own `Intl.Segmenter` (the same in
 * Chromium, Firefox and Node). ICU splits after a title such as "Mr." or an initial such as
 * "J."; those pieces are joined to the sentence they begin.
 */
import type { Sentence } from './article';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** A piece that ends with one of these is not a sentence yet. */
const ABBREVIATION =
  /(?:^|[\s(“"])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Jr|St|Gen|Lt|Col|Capt|Sgt|Sen|Rep|Gov|Rev|Hon|No|Nos|vs|etc|Inc|Co|Corp|Ltd|[A-Z])\.\s*$/;

/** Offsets of each sentence of `text`; white space between sentences belongs to none. */
export function sentenceSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let open: { start: number; end: number } | null = null;
  for (const { segment, index } of segmenter.segment(text)) {
    const start: number = open ? open.start : index + (segment.length - segment.trimStart().length);
    const end = index + segment.trimEnd().length;
    if (end <= start) continue;
    open = { start, end };
    if (ABBREVIATION.test(segment)) continue;
    spans.push(open);
    open = null;
  }
  if (open) spans.push(open);
  return spans;
}

/** The sentences of a block, with ids `<block id>.s<n>`. */
export function sentencesOf(blockId: string, text: string): Sentence[] {
  return sentenceSpans(text).map((span, n) => ({ id: `${blockId}.s${n + 1}`, ...span }));
}

/** The sentences of a text as strings. */
export function splitSentences(text: string): string[] {
  return sentenceSpans(text).map(({ start, end }) => text.slice(start, end));
}
