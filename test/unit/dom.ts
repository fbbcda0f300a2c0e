/** Parse a page into a Document of the current test environment (happy-dom or jsdom). */
export function parsePage(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
