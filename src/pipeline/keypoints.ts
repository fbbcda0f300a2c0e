/**
 * Key points generated on the device, extractively: sentences of the visible body (or their
 * first clause), each pointing to the sentence it came from, kept in reading order. No network,
 * no model. The rules (issue 12): 3–5 points, no two saying the same thing, none longer than
 * 35 words (cut at a clause, never mid-word), from distinct paragraphs across the article; and
 * (issue 21) only for a story long enough to need them, each one standing alone (./point-rules.ts).
 */
import { sentenceText, type GeneratedPoint, type NoGeneratedPoints, type TextBlock } from './article';
import { closesWhatItOpens, isLinkLine, whyNotAPoint } from './point-rules';

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

/**
 * Below this many words of visible story, no point is generated: the reader sees the whole of it
 * on one screen, under SCMP's own summary. Measured: SCMP shows 158–186 words of a paywalled
 * story (4 real pages), 480–720 as a subscriber sees them and on the LIVE page.
 */
export const MIN_STORY_WORDS = 350;
/** A first clause that opens with one of these is only the setting of the sentence, not its point. */
const SUBORDINATE_OPENING = /^(?:after|although|as|because|before|if|since|though|unless|when|whereas|while|in the aftermath)\b/i;
/** A whole sentence reads better than a clause cut from one: a cut point must score this much higher. */
const CLAUSE_PENALTY = 0.85;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Where a sentence can be cut and leave a whole clause: at a semicolon, or at a comma before words
 * that open a clause of their own ("…, with…", "…, which…", "…, but…"). A comma before the main
 * verb ("Among the 89 bodies, 39 were…") is no such place.
 */
const CLAUSE_BOUNDARY =
  /;\s|,\s(?=(?:with|which|who|whose|including|as|after|while|but|and|although|though|according|where|when|amid|despite|sending|leaving|prompting|saying|adding)\b)/g;

/**
 * The sentence itself when it is short enough, else its longest first clause of at most 35 words
 * that closes every bracket and quote it opens; null when no clause fits.
 */
export function clauseWithin(sentence: string, maxWords = MAX_POINT_WORDS): string | null {
  if (wordCount(sentence) <= maxWords) return sentence;
  let best: string | null = null;
  for (const match of sentence.matchAll(CLAUSE_BOUNDARY)) {
    const clause = sentence.slice(0, match.index).trimEnd();
    if (wordCount(clause) > maxWords) break;
    if (wordCount(clause) >= MIN_WORDS && closesWhatItOpens(clause) && !SUBORDINATE_OPENING.test(clause)) best = clause;
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
  let previous = '';
  let earlier = '';
  all.forEach(({ block, s, paragraph }, index) => {
    const sentence = sentenceText(block, s);
    const before = { previous, earlier };
    previous = sentence;
    earlier += ` ${sentence}`;
    if (words(sentence).length < MIN_WORDS || isLinkLine(block) || whyNotAPoint(sentence, before) !== null) return;
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

export interface Generated {
  points: GeneratedPoint[];
  /** Why there are none, when there are none. */
  none: NoGeneratedPoints | null;
}

/**
 * 3–5 points from the body, in reading order, each with the id of its sentence; none for a story
 * under MIN_STORY_WORDS words, or when fewer than 3 sentences stand alone. `exclude` is the
 * publisher's own summary: no point repeats it.
 */
export function generateKeyPoints(paragraphs: readonly TextBlock[], storyWords: number, exclude: readonly string[] = []): Generated {
  if (storyWords < MIN_STORY_WORDS) return { points: [], none: 'short-story' };
  const shown = paragraphs.slice(0, MAX_PARAGRAPHS);
  const sentences = shown.reduce((n, p) => n + p.sentences.length, 0);
  const chosen = pick(candidates(shown, exclude), pointCount(sentences), shown.length);
  if (chosen.length < 3) return { points: [], none: 'too-few-standalone-sentences' };
  return { points: chosen.map(({ text, sentenceId }) => ({ text, sentenceId })), none: null };
}
