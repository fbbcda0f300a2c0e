/**
 * What a generated key point may be: a line a reader understands under the headline, without the
 * sentence before it. Each rule is a reason a careful editor would strike a sentence out; the
 * sentence is kept only when none applies.
 */
import { flatText } from './body';
import type { Inline, TextBlock } from './article';

/** An opening that points back to something said before (a pronoun, a connective, "the trio"). */
const POINTS_BACK = new RegExp(
  '^(?:[^,]{0,40},\\s*)?(?:he|she|it|they|them|his|her|its|their|this|that|these|those|another|also|but|and|or|so|yet|still|then|' +
    "there,|here|here’s|here's|meanwhile|however|instead|moreover|furthermore|besides|likewise|similarly|nevertheless|nonetheless|" +
    'otherwise|thus|therefore|hence|such|both|either|neither|others?|in addition|as a result|even so|at the same time|in response|' +
    'on the other hand|the (?:trio|pair|duo|couple|two|three|four|five|man|woman|boy|girl|former|latter|same|move|decision|' +
    'department|company|firm|group|spokesman|spokeswoman|spokesperson|official|source|report|incident|body|victim|family))\\b',
  'i',
);

/** A speaker named only by a pronoun ("…, he said."): who speaks is in another sentence. */
const PRONOUN_SPEAKER =
  /\b(?:he|she|they|it)\s+(?:said|says|told|added|asked|wrote|explained|stated|noted|warned|insisted|urged)\b|\b(?:said|says|added|asked)\s+(?:he|she|they)\b/i;
/** Someone is named as saying it. */
const ATTRIBUTION = /\b(?:said|says|told|added|asked|according to|wrote|explained|stated|noted|warned|insisted|urged|recalled)\b/i;
/** The narrator speaking of themselves, or to the reader. */
const FIRST_OR_SECOND_PERSON = /\b(?:I|I’m|I'm|I’ve|I've|I’d|I'd|I’ll|I'll|me|my|My|mine|we|We|our|Our|us|ours|you|You|your|Your)\b/;
/** The newsroom speaking: app, notifications, subscribing, notes to readers, credits, round-ups, the owner's disclosure. */
const BOILERPLATE =
  /\b(?:our app|app\b.*\bdownload|download(?:ing)? (?:the|our)|notifications?|subscrib\w*|made freely available|we have put together|follow (?:the |our )?latest|latest updates|more from our coverage|reporting by|additional reporting|sign up|newsletter|read more|click here|this (?:story|article)|our readers|live blog|live updates|owns the (?:South China Morning )?Post)\b/i;
/** Reference data: a hotline, a telephone or account number, an address to type. */
const REFERENCE_DATA = /\bhotlines?\b|\d[\d -]{6,}\d|https?:\/\/|\bwww\.|\S+@\S+\.\w/i;
/** A sentence ends as one: a stop, a question or an exclamation, perhaps inside a closing quote or bracket. */
const ENDS_AS_A_SENTENCE = /[.!?][”"’)]*$/;

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

/** The text outside double quotes; null when a quote opens or closes without its other half. */
function outsideQuotes(text: string): string | null {
  if (count(text, /“/g) !== count(text, /”/g) || count(text, /"/g) % 2) return null;
  return text.replace(/“[^”]*”/g, ' ').replace(/"[^"]*"/g, ' ');
}

/** "Also" and "as well" say that something was said before. */
const ADDS_TO_BEFORE = /\b(?:also|as well)\b/i;

/** Words of the same stem: "inspected" and "inspections", "body" and "bodies". */
const sameStem = (a: string, b: string) => a.length >= 4 && b.length >= 4 && a.slice(0, 5).toLowerCase() === b.slice(0, 5).toLowerCase();
const wordsOf = (text: string) => text.match(/[\p{L}][\p{L}’'-]*/gu) ?? [];

/**
 * The sentence names again what the ones before it introduced: "The inspections…" right after
 * "…inspected…", or a person by surname alone ("Chan, who…", "Chan said…") after the full name.
 */
function refersBack(sentence: string, previous: string, earlier: string): boolean {
  const the = /^The ([\p{L}-]+)/u.exec(sentence)?.[1];
  if (the && wordsOf(previous).some((w) => sameStem(w, the))) return true;
  const name = /^(\p{Lu}[\p{L}-]+)(?:,|\s+(?:said|says|told|added))/u.exec(sentence)?.[1];
  return name !== undefined && new RegExp(`\\b${name}\\b`, 'u').test(earlier);
}

/** What came before a sentence in the article: the sentence just before it, and all the text before it. */
export interface Before {
  previous: string;
  earlier: string;
}

/** Why `sentence` cannot stand alone as a key point, or null when it can. */
export function whyNotAPoint(sentence: string, before: Before = { previous: '', earlier: '' }): string | null {
  if (!ENDS_AS_A_SENTENCE.test(sentence)) return 'not a whole sentence (a heading, label or lead-in)';
  if (/^[–—•-]/.test(sentence)) return 'a link line';
  if (BOILERPLATE.test(sentence)) return 'boilerplate';
  if (POINTS_BACK.test(sentence) || refersBack(sentence, before.previous, before.earlier)) return 'opens on a word pointing back';
  if (REFERENCE_DATA.test(sentence)) return 'reference data';
  const outside = outsideQuotes(sentence);
  if (outside === null) return 'a piece of a quote';
  if (PRONOUN_SPEAKER.test(outside)) return 'its speaker is in another sentence';
  if (outside !== sentence && !ATTRIBUTION.test(outside)) return 'a quote without its speaker';
  if (FIRST_OR_SECOND_PERSON.test(outside)) return 'first-person narration';
  if (ADDS_TO_BEFORE.test(outside)) return 'adds to what was said before';
  return null;
}

const linkedText = (runs: readonly Inline[]): string =>
  runs.map((r) => (r.kind === 'link' ? flatText(r.children) : r.kind === 'text' ? '' : linkedText(r.children))).join('');

/** A paragraph that is mostly a link (a related story, "How to help…"): none of it is a point. */
export function isLinkLine(block: TextBlock): boolean {
  return linkedText(block.runs).length >= block.text.length / 2;
}

/** Brackets and quotes a clause opens are closed in it: a cut made inside them would misquote. */
export function closesWhatItOpens(text: string): boolean {
  return count(text, /\(/g) === count(text, /\)/g) && count(text, /\[/g) === count(text, /]/g) && outsideQuotes(text) !== null;
}
