/**
 * The article as JSON for the command line: every field of the `Article`, its structured body,
 * and the body's paragraphs as plain text for readers of the JSON that want only those. The
 * command line adds `contentHtml`, sanitized where it leaves the program.
 */
import { paragraphsOf, type Extraction } from '../pipeline/article';

export function articleRecord(result: Extraction): Record<string, unknown> {
  if (!result.isArticle) return { ...result };
  // `removed`: the old name of `clutterFound`, kept for one release (0.2 drops it; README).
  return { ...result, removed: result.clutterFound, paragraphs: paragraphsOf(result.body) };
}
