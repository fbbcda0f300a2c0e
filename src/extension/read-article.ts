/**
 * How the panel and the clean view read the article of a tab: the page's snapshot, part by part
 * (through whichever messages reach that page), then the one way from a page to an article,
 * parsed by this extension page's own inert DOMParser.
 */
import type { Extraction } from '../pipeline/article';
import { articleFromSnapshot } from '../pipeline/article-from-html';
import { readSnapshot, type SnapshotPart, type SnapshotStart } from './messages';

export async function readArticle(start: SnapshotStart, part: (request: SnapshotPart) => Promise<string>): Promise<Extraction> {
  const snapshot = await readSnapshot(start, part);
  return articleFromSnapshot(snapshot, (html) => new DOMParser().parseFromString(html, 'text/html'));
}
