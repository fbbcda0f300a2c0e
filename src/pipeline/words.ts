/** Counting and joining words, for the pipeline's fields. */

export function countWords(texts: readonly string[]): number {
  let words = 0;
  for (const t of texts) words += t.split(/\s+/).filter(Boolean).length;
  return words;
}

/** SCMP's own estimate is about 230 words a minute; never less than one minute. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 230));
}

/** "A", "A and B", "A, B and C" — how SCMP itself joins author names. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
