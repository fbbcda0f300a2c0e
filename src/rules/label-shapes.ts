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

/**
 * How far a label rule climbs from its label to the block it hides, as uBlock's procedural
 * filters say it per filter (`:upward(n | selector)`): to the smallest block around the label that
 * holds no story and little text (`widget`), a number of parents up (`levels`), or to the nearest
 * ancestor that matches a selector (`closest`). Whichever the operator, a block that holds the
 * story is never hidden (./labels.ts).
 */
export type Climb = { to: 'widget' } | { to: 'levels'; levels: number } | { to: 'closest'; selector: string };
