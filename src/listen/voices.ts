/**
 * The browser's voices in the order a reader of this article wants them: the article's language
 * first (its region, then the reader's own region of it), then the rest; the browser's default and
 * on-device voices before the others within each. Plain data in, plain data out.
 */

/** What the order needs of a `SpeechSynthesisVoice`. */
export interface VoiceInfo {
  name: string;
  lang: string;
  voiceURI: string;
  default: boolean;
  localService: boolean;
}

/** Reading speeds offered, as rates of the voice's normal speed. */
export const RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;
export const DEFAULT_RATE = 1;

const primary = (lang: string) => lang.toLowerCase().split(/[-_]/)[0] ?? '';
const sameTag = (a: string, b: string) => a.toLowerCase().replace(/_/g, '-') === b.toLowerCase().replace(/_/g, '-');

/** 0 is best: the article's exact language, the reader's region of it, the same language, anything else. */
function rank(voice: VoiceInfo, articleLang: string, readerLangs: readonly string[]): number {
  if (primary(voice.lang) !== primary(articleLang)) return 3;
  if (articleLang.includes('-') && sameTag(voice.lang, articleLang)) return 0;
  return readerLangs.some((l) => sameTag(l, voice.lang)) ? 1 : 2;
}

export function orderVoices<V extends VoiceInfo>(voices: readonly V[], articleLang: string, readerLangs: readonly string[] = []): V[] {
  return voices
    .map((voice, index) => ({ voice, index, rank: rank(voice, articleLang, readerLangs) }))
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        Number(b.voice.default) - Number(a.voice.default) ||
        Number(b.voice.localService) - Number(a.voice.localService) ||
        a.index - b.index,
    )
    .map((v) => v.voice);
}

/** The reader's saved voice when the browser still has it, else the first in the article's order. */
export function chooseVoice<V extends VoiceInfo>(ordered: readonly V[], savedURI: string | null): V | null {
  return ordered.find((v) => v.voiceURI === savedURI) ?? ordered[0] ?? null;
}

/** Whether a voice speaks the article's language (for grouping the picker). */
export const speaksLanguage = (voice: VoiceInfo, articleLang: string) => primary(voice.lang) === primary(articleLang);

/**
 * The voices worth offering for this article: those of its language, and those of the reader's
 * own languages. A voice in neither cannot read an English article well, and a system with
 * espeak-ng lists 13,362 voices (measured in headless Chromium and Firefox): all of them in one
 * picker is a list no one can use.
 */
export function offeredVoices<V extends VoiceInfo>(ordered: readonly V[], articleLang: string, readerLangs: readonly string[]): V[] {
  const wanted = new Set([primary(articleLang), ...readerLangs.map(primary)]);
  return ordered.filter((v) => wanted.has(primary(v.lang)));
}

/** The nearest offered speed to a stored value (a corrupted value gives the normal speed). */
export function normalizeRate(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_RATE;
  return RATES.reduce((best, r) => (Math.abs(r - value) < Math.abs(best - value) ? r : best), DEFAULT_RATE);
}
