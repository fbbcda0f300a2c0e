/**
 * The ids that tie what is read aloud to what is shown: every renderer of an extension page marks
 * each readable piece with `data-sid`, and the speech queue (src/listen/queue.ts) names the same
 * ids. Body sentences keep the pipeline's own ids (`b3.s2`).
 */
import { splitSentences } from '../pipeline/sentences';

export const TITLE_ID = 'title';
export const PAYWALL_ID = 'paywall';
/** One of the publisher's bullets. */
export const publisherPointId = (n: number) => `kp${n + 1}`;
/** A sentence of the publisher's one-paragraph summary (2025 pages). */
export const summarySentenceId = (n: number) => `kp.s${n + 1}`;
/** A key point generated on the device. */
export const generatedPointId = (n: number) => `gp${n + 1}`;

/** The publisher's summary paragraph, sentence by sentence: one text, split once for both the page and the voice. */
export function summarySentences(points: readonly string[]): string[] {
  return splitSentences(points.join(' '));
}
