/**
 * Put HTML into a live element without `innerHTML`: parse it in an inert document (scripts
 * never run there, nothing loads) and move the nodes in. Callers pass HTML that was escaped or
 * sanitized; this only keeps the parsing step explicit and out of the live document.
 */
export function parseFragment(html: string, win: Window): Node[] {
  // Every window has its own DOMParser (a jsdom window, a page, an extension page); the DOM
  // typings only declare it on the global.
  const { DOMParser: Parser } = win as Window & { DOMParser: typeof DOMParser };
  const inert = new Parser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  return Array.from(inert.body.childNodes);
}

export function replaceWithHtml(target: Element | ShadowRoot, html: string, win: Window, ...before: Node[]): void {
  target.replaceChildren(...before, ...parseFragment(html, win));
}
