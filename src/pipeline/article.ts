/**
 * The plain data every renderer takes: what the page shows the reader, minus the clutter.
 * No HTML: the body is blocks of inline runs, so each renderer (panel, clean view, Markdown,
 * text, JSON) writes its own format, and HTML is sanitized once, where it enters a page.
 */
import type { ClutterCategory } from '../rules/categories';

export type { ClutterCategory };

export type KeyPointsSource = 'publisher' | 'generated' | 'none';

/** A run of text inside a block. Links are absolute http(s) addresses (checked when read). */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'link'; href: string; children: Inline[] }
  | { kind: 'emphasis'; children: Inline[] }
  | { kind: 'strong'; children: Inline[] };

/** One sentence of a block: `text.slice(start, end)` of the block it belongs to. */
export interface Sentence {
  id: string;
  start: number;
  end: number;
}

/** A block of text: its runs, the same text flat (white space folded), and its sentences. */
export interface TextBlock {
  id: string;
  text: string;
  runs: Inline[];
  sentences: Sentence[];
}

/** One block of the body, in reading order. Ids are stable: the same page gives the same ids. */
export type Block =
  | ({ kind: 'paragraph' } & TextBlock)
  | ({ kind: 'heading' } & TextBlock)
  | ({ kind: 'quote' } & TextBlock)
  | { kind: 'list'; id: string; ordered: boolean; items: TextBlock[] }
  | { kind: 'image'; id: string; src: string; alt: string; caption: string | null };

/** A key point generated on the device: a body sentence (or its first clause) and that sentence's id. */
export interface GeneratedPoint {
  text: string;
  sentenceId: string;
}

/**
 * Why no point was generated: the publisher gave bullets; the visible story is too short to need
 * them (src/pipeline/keypoints.ts, MIN_STORY_WORDS); or fewer than 3 of its sentences stand alone.
 */
export type NoGeneratedPoints = 'publisher-bullets' | 'short-story' | 'too-few-standalone-sentences';

export interface LeadImage {
  src: string;
  alt: string;
  caption: string | null;
}

/** The fields the pipeline resolves by a table of routes (src/pipeline/fields.ts). */
export const FIELDS = ['title', 'byline', 'publishedTime', 'topics', 'leadImage', 'keyPoints', 'body'] as const;
export type Field = (typeof FIELDS)[number];

/**
 * Which route found a field: SCMP's own hooks (`selector`), the page's structure, its meta
 * tags, its `<title>`, JSON-LD, the Next.js app state, Readability; `none` when nothing did.
 */
export type Route = 'selector' | 'structure' | 'meta' | 'title-tag' | 'json-ld' | 'app-state' | 'readability' | 'none';

export interface Article {
  /** The article's address: https, SCMP, no query or fragment (src/html/urls.ts). */
  url: string;
  title: string;
  byline: string | null;
  publishedTime: string | null;
  topics: string[];
  /** The publisher's key points (bullets, or the 2025 one-paragraph summary); [] when it gave none. */
  keyPoints: string[];
  /** Whose points lead: the publisher's, or (when it gave none) the ones generated on the device. */
  keyPointsSource: KeyPointsSource;
  /** The form of the publisher's points: 'summary' when it gave one paragraph instead of bullets. */
  keyPointsForm: 'bullets' | 'summary' | 'none';
  /** Points generated on the device when the publisher gave none or only a summary paragraph. */
  generatedKeyPoints: GeneratedPoint[];
  /** Why `generatedKeyPoints` is empty; null when it is not. */
  noGeneratedPoints: NoGeneratedPoints | null;
  leadImage: LeadImage | null;
  /** The body in reading order, only what the page shows. */
  body: Block[];
  wordCount: number;
  readingMinutes: number;
  /** True when the page withholds the rest of the body behind its paywall. */
  paywalled: boolean;
  isLive: boolean;
  /** Outermost clutter elements found in the HTML read, per category (the command line's JSON):
   *  what the extension would hide there. The pipeline reads past them; it removes nothing. */
  clutterFound: Record<ClutterCategory, number>;
  /** Health check: the route that found each field. */
  foundBy: Record<Field, Route>;
  /** How many elements each rule matched in the HTML read (absent: none), for the command line's JSON.
   *  The panel's Diagnostics counts from the page's own hiding instead. */
  matchedRules: Record<string, number>;
}

export interface NotAnArticle {
  isArticle: false;
  /** The page's address without query or fragment; null when it is not http(s). */
  url: string | null;
  reason: string;
}

export type Extraction = ({ isArticle: true } & Article) | NotAnArticle;

/** The text blocks a reader reads as paragraphs: paragraphs, quotes and list items, in order. */
export function paragraphBlocks(body: readonly Block[]): TextBlock[] {
  return body.flatMap((b) => (b.kind === 'list' ? b.items : b.kind === 'paragraph' || b.kind === 'quote' ? [b] : []));
}

/** The body's paragraphs as plain text, in reading order. */
export function paragraphsOf(body: readonly Block[]): string[] {
  return paragraphBlocks(body).map((b) => b.text);
}

export const sentenceText = (block: TextBlock, sentence: Sentence): string => block.text.slice(sentence.start, sentence.end);
