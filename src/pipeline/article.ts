/** The plain data every renderer takes: what the page shows the reader, minus the clutter. */

import type { ClutterCategory } from '../rules/categories';

export type { ClutterCategory };

export type KeyPointsSource = 'publisher' | 'generated' | 'none';

/** Which route found a field: the primary SCMP selector, or a fallback (for the health check). */
export type FoundBy = 'selector' | 'structure' | 'meta' | 'json-ld' | 'app-state' | 'readability' | 'none';

/** One block of the body, in reading order: what the text renderers walk. */
export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'list-item'; text: string }
  | { kind: 'image'; src: string; alt: string; caption: string | null };

export interface LeadImage {
  src: string;
  alt: string;
  caption: string | null;
}

export interface Article {
  url: string;
  title: string;
  byline: string | null;
  publishedTime: string | null;
  topics: string[];
  /** The publisher's key points (bullets, or the 2025 one-paragraph summary); else generated ones. */
  keyPoints: string[];
  keyPointsSource: KeyPointsSource;
  /** 'summary' when the publisher gave one paragraph instead of bullets. */
  keyPointsForm: 'bullets' | 'summary' | 'none';
  /** Points generated on the device when the publisher gave only a summary paragraph. */
  generatedKeyPoints: string[];
  leadImage: LeadImage | null;
  /** Body paragraphs as plain text, in reading order, only what the page shows. */
  paragraphs: string[];
  /** The body in reading order: paragraphs, subheads, list items, inline images. */
  blocks: Block[];
  /** The body as sanitized HTML (subheads, lists, inline images, links kept). */
  contentHtml: string;
  wordCount: number;
  readingMinutes: number;
  /** True when the page withholds the rest of the body behind its paywall. */
  paywalled: boolean;
  isLive: boolean;
  /** Outermost clutter elements found on the page, per category. */
  removed: Record<ClutterCategory, number>;
  foundBy: { title: FoundBy; body: FoundBy; keyPoints: FoundBy };
  /** Health check: how many elements each rule matched here (rules that matched nothing are absent). */
  matchedRules: Record<string, number>;
}

export interface NotAnArticle {
  isArticle: false;
  url: string;
  reason: string;
}

export type Extraction = ({ isArticle: true } & Article) | NotAnArticle;
