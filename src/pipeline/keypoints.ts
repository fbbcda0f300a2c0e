/**
 * Key points generated on the device, extractively: the sentences of the visible body that
 * best represent it, kept in reading order. No network, no model.
 */
import { sentenceText, type TextBlock } from './article';

const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers him his how i if in ' +
    'into is it its itself just me more most my no nor not now of off on once only or other our out over own said same say says she ' +
    'should so some such than that the their them then there these they this those through to too under until up very was we were ' +
    'what when where which while who whom why will with would you your one two new also its it’s'
  ).split(/\s+/),
);

const MIN_WORDS = 8;
const MAX_WORDS = 45;

function words(sentence: string): string[] {
  return sentence.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? [];
}

function contentWords(sentence: string): string[] {
  return words(sentence).filter((w) => w.length > 2 && !STOP_WORDS.has(w));
}

/** How many points a body of this many sentences deserves: 3 to 5. */
function pointCount(sentences: number): number {
  return Math.min(5, Math.max(3, Math.round(sentences / 6)));
}

/** Points come from the first this-many paragraphs: enough for any article, bounded for a giant page. */
const MAX_PARAGRAPHS = 150;

/**
 * 3–5 sentences of the body, in reading order; [] when the body has too few sentences to
 * summarise. Scores favour sentences whose words recur across the article, with a small
 * bonus for the lead, and skip near-duplicates of sentences already chosen (and of `exclude`,
 * the publisher's own summary).
 */
export function generateKeyPoints(paragraphs: readonly TextBlock[], exclude: readonly string[] = []): string[] {
  const sentences: { text: string; index: number; paragraph: number }[] = [];
  paragraphs.slice(0, MAX_PARAGRAPHS).forEach((p, paragraph) => {
    for (const sentence of p.sentences) sentences.push({ text: sentenceText(p, sentence), index: sentences.length, paragraph });
  });
  const excluded = exclude.map((e) => new Set(contentWords(e)));
  const candidates = sentences.filter((s) => {
    const n = words(s.text).length;
    if (n < MIN_WORDS || n > MAX_WORDS) return false;
    if (/[:]$/.test(s.text)) return false; // a lead-in to a list, not a point
    const own = new Set(contentWords(s.text));
    return !excluded.some((e) => overlap(own, e) > 0.7);
  });
  if (candidates.length < 3) return [];

  const frequency = new Map<string, number>();
  for (const s of sentences) for (const w of new Set(contentWords(s.text))) frequency.set(w, (frequency.get(w) ?? 0) + 1);

  const scored = candidates.map((s) => {
    const cw = contentWords(s.text);
    const weight = cw.reduce((sum, w) => sum + Math.log(1 + (frequency.get(w) ?? 0)), 0) / Math.sqrt(cw.length || 1);
    const leadBonus = s.paragraph === 0 ? 0.6 : s.paragraph === 1 ? 0.3 : 0;
    return { ...s, score: weight + leadBonus, words: new Set(cw) };
  });
  scored.sort((a, b) => b.score - a.score || a.index - b.index);

  const wanted = pointCount(sentences.length);
  const chosen: typeof scored = [];
  for (const s of scored) {
    if (chosen.length === wanted) break;
    if (chosen.some((c) => overlap(c.words, s.words) > 0.5)) continue;
    chosen.push(s);
  }
  if (chosen.length < 3) return [];
  return chosen.sort((a, b) => a.index - b.index).map((s) => s.text);
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return shared / Math.min(a.size, b.size);
}
