/** What a label rule looks for: an exact visible text, or a known shape of text. */

/**
 * Labels that are a shape rather than one exact text, each in the two forms the code needs: an
 * XPath 1.0 predicate on a text node (browsers find candidates natively) and a RegExp (the exact
 * test, and the TreeWalker route).
 */
export const LABEL_PATTERNS = {
  /** A video's running time, "04:33" or "4:33". */
  duration: {
    xpath:
      "string-length(normalize-space(.))>=4 and string-length(normalize-space(.))<=5 and translate(normalize-space(.),'0123456789','')=':'",
    test: /^\d{1,2}:\d{2}$/,
  },
} as const;

export type LabelPatternName = keyof typeof LABEL_PATTERNS;

/** A rule's label: an exact visible text, or a known shape of text. */
export type Label = { kind: 'exact'; text: string } | { kind: 'pattern'; name: LabelPatternName };

export const exactLabel = (text: string): Label => ({ kind: 'exact', text });
export const patternLabel = (name: LabelPatternName): Label => ({ kind: 'pattern', name });
