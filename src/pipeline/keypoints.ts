/**
 * Key points generated on the device, extractively: sentences of the visible body (or their
 * first clause), each pointing to the sentence it came from, kept in reading order. No network,
 * no model. The rules (issue 12): 3–5 points, no two saying the same thing, none longer than
 * 35 words (cut at a clause, never mid-word), from distinct paragraphs across the article.
 */
import { sentenceText, type GeneratedPoint, type TextBlock } from './article';

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
export const MAX_POINT_WORDS = 35;
/** Points come from the first this-many paragraphs: enough for any article, bounded for a giant page. */
const MAX_PARAGRAPHS = 150;

interface Candidate {
  text: string;
  sentenceId: string;
  index: number;
  paragraph: number;
  words: Set<string>;
  score: number;
}

function words(sentence: string): string[] {
  return sentence.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? [];
}

function contentWords(sentence: string): string[] {
  return words(sentence).filter((w) => w.length > 2 && !STOP_WORDS.has(w));
}

/** A note from the newsroom, not a point of the story ("This story has been made freely available…"). */
const EDITORIAL_NOTE = /\b(?:this (?:story|article)|our readers|subscribe|newsletter|sign up)\b/i;
/** An account or telephone number: a line of reference data, not a point. */
const LONG_NUMBER = /\d[\d -]{6,}\d/;
/** A first clause that opens with one of these is only the setting of the sentence, not its point. */
const SUBORDINATE_OPENING = /^(?:after|although|as|because|before|if|since|though|unless|when|whereas|while|in the aftermath)\b/i;
/** A whole sentence reads better than a clause cut from one: a cut point must score this much higher. */
const CLAUSE_PENALTY = 0.85;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Quotes left open would read as a misquote: a clause must close what it opens. */
const balanced = (text: string) => (text.match(/“/g) ?? []).length === (text.match(/”/g) ?? []).length;

/**
 * The sentence itself when it is short enough, else its longest first clause (up to a comma,
 * semicolon, colon or dash) of at most 35 words; null when no clause fits.
 */
export function clauseWithin(sentence: string, maxWords = MAX_POINT_WORDS): string | null {
  if (wordCount(sentence) <= maxWords) return sentence;
  let best: string | null = null;
  for (const match of sentence.matchAll(/[,;:]\s|\s[–—-]\s/g)) {
    const clause = sentence.slice(0, match.index).trimEnd();
    if (wordCount(clause) > maxWords) break;
    if (wordCount(clause) >= MIN_WORDS && balanced(clause) && !SUBORDINATE_OPENING.test(clause)) best = clause;
  }
  return best;
}

/** How many points a body of this many sentences deserves: 3 to 5. */
function pointCount(sentences: number): number {
  return Math.min(5, Math.max(3, Math.round(sentences / 6)));
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return shared / Math.min(a.size, b.size);
}

/** Every sentence that could be a point, scored by how much its words recur across the article. */
function candidates(paragraphs: readonly TextBlock[], exclude: readonly string[]): Candidate[] {
  const all = paragraphs.slice(0, MAX_PARAGRAPHS).flatMap((p, paragraph) => p.sentences.map((s) => ({ block: p, s, paragraph })));
  const frequency = new Map<string, number>();
  for (const { block, s } of all)
    for (const w of new Set(contentWords(sentenceText(block, s)))) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const excluded = exclude.map((e) => new Set(contentWords(e)));
  const out: Candidate[] = [];
  all.forEach(({ block, s, paragraph }, index) => {
    const sentence = sentenceText(block, s);
    // A lead-in to a list, too short, or the newsroom speaking: not a point.
    if (/:$/.test(sentence) || words(sentence).length < MIN_WORDS || EDITORIAL_NOTE.test(sentence) || LONG_NUMBER.test(sentence)) return;
    const text = clauseWithin(sentence);
    if (!text) return;
    const cw = contentWords(text);
    const own = new Set(cw);
    if (excluded.some((e) => overlap(own, e) > 0.7)) return; // the publisher's summary says it already
    const weight = cw.reduce((sum, w) => sum + Math.log(1 + (frequency.get(w) ?? 0)), 0) / Math.sqrt(cw.length || 1);
    const score = text === sentence ? weight : weight * CLAUSE_PENALTY;
    out.push({ text, sentenceId: s.id, index, paragraph, words: own, score });
  });
  return out;
}

/**
 * Picks `wanted` points: the best of each stretch of the article (its paragraphs cut into
 * `wanted` equal stretches), then the best of the rest; never two from one paragraph, never two
 * that share most of their words.
 */
function pick(scored: Candidate[], wanted: number, paragraphs: number): Candidate[] {
  const byScore = [...scored].sort((a, b) => b.score - a.score || a.index - b.index);
  const chosen: Candidate[] = [];
  const fits = (c: Candidate) => !chosen.some((p) => p.paragraph === c.paragraph || overlap(p.words, c.words) > 0.5);
  for (let stretch = 0; stretch < wanted; stretch++) {
    const from = Math.floor((stretch * paragraphs) / wanted);
    const to = Math.floor(((stretch + 1) * paragraphs) / wanted);
    const best = byScore.find((c) => c.paragraph >= from && c.paragraph < to && fits(c));
    if (best) chosen.push(best);
  }
  for (const c of byScore) if (chosen.length < wanted && fits(c)) chosen.push(c);
  return chosen.sort((a, b) => a.index - b.index);
}

/**
 * 3–5 points from the body, in reading order, each with the id of its sentence; [] when the body
 * has too little to summarise. `exclude` is the publisher's own summary: no point repeats it.
 */
export function generateKeyPoints(paragraphs: readonly TextBlock[], exclude: readonly string[] = []): GeneratedPoint[] {
  const shown = paragraphs.slice(0, MAX_PARAGRAPHS);
  const sentences = shown.reduce((n, p) => n + p.sentences.length, 0);
  const chosen = pick(candidates(shown, exclude), pointCount(sentences), shown.length);
  if (chosen.length < 3) return [];
  return chosen.map(({ text, sentenceId }) => ({ text, sentenceId }));
}
