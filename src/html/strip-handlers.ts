/**
 * Page HTML without its inline event-handler attributes (`onerror="…"`), before an extension
 * page parses it. Parsing such an attribute, even in an inert DOMParser document that never
 * runs it, makes Chromium log a CSP violation in the extension page (measured); the sanitizer
 * would drop the attribute anyway. The input is a browser's own serialization (outerHTML):
 * attribute values are double-quoted, and `<`, `>` inside them are escaped (Chromium 138+,
 * Firefox 140+), so a tag ends at the first `>`.
 */
const TAG = /<[a-zA-Z][^>]*>/g;
const HANDLER = /\s+on[a-z0-9_-]*\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+)|\s+on[a-z0-9_-]*(?=[\s/>])/gi;

export function stripEventHandlers(html: string): string {
  return html.replace(TAG, (tag) => tag.replace(HANDLER, ''));
}
