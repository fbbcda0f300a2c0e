/**
 * One way from a page to an article, for the panel, the clean view and the command line alike:
 * the page's HTML (a snapshot the page sent, or a saved file) without its inline handlers,
 * parsed by the caller's inert parser (the extension page's DOMParser, or jsdom), then the
 * pipeline.
 */
import type { Extraction } from './article';
import { extractArticle, type ExtractOptions } from './extract';
import { stripEventHandlers } from '../html/strip-handlers';

export interface PageSnapshot {
  url: string;
  html: string;
}

/** Parses HTML into a document where nothing runs and nothing loads. */
export type ParseHtml = (html: string) => Document;

export function parseSnapshotHtml(html: string, parseHtml: ParseHtml): Document {
  return parseHtml(stripEventHandlers(html));
}

/** The page's own address, when a saved page says where it came from. */
export function pageAddress(doc: Document): string | null {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return canonical ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? null;
}

export function articleFromSnapshot(snapshot: PageSnapshot, parseHtml: ParseHtml, options?: ExtractOptions): Extraction {
  return extractArticle(parseSnapshotHtml(snapshot.html, parseHtml), snapshot.url, options);
}
