/**
 * Clean view: the article alone, in calm typography, over the page. Pure DOM, no extension
 * API. It adds exactly two nodes (a host element with a closed shadow root, and one style that
 * stops the page scrolling underneath) and removes both when turned off: no element of the
 * site is removed, moved or changed, and the scroll position is put back.
 */
import type { Article } from './article';
import { replaceWithHtml } from './html-parse';
import { articleBodyHtml, articleHeaderHtml, keyPointsHtml } from './render/html';

export const CLEAN_VIEW_HOST = 'scmp-declutter-reader';

const CSS = `
:host { all: initial; position: fixed; inset: 0; z-index: 2147483647; overflow: auto; display: block;
  background: #fbfaf7; color: #1d1d1b; font: 1rem/1.5 system-ui, sans-serif; }
@media (prefers-color-scheme: dark) { :host { background: #1b1c1e; color: #e6e3dc; } a { color: #9ec5ff; } }
.bar { position: sticky; top: 0; display: flex; justify-content: flex-end; gap: .5rem; padding: .5rem 1rem;
  background: inherit; border-bottom: 1px solid rgba(127,127,127,.25); }
button { font: inherit; padding: .35rem .8rem; border-radius: .4rem; border: 1px solid currentColor; background: transparent; color: inherit; cursor: pointer; }
button:focus-visible, a:focus-visible { outline: 3px solid #3b82f6; outline-offset: 2px; }
article { max-width: 68ch; margin: 0 auto; padding: 2rem 1.25rem 5rem; font-family: Georgia, 'Times New Roman', serif;
  font-size: 1.2rem; line-height: 1.7; }
h1 { font-size: 2.1rem; line-height: 1.2; margin: .25rem 0 .75rem; }
h2 { font-size: 1rem; font-family: system-ui, sans-serif; text-transform: uppercase; letter-spacing: .04em; margin: 0 0 .5rem; }
h3 { font-size: 1.35rem; margin: 2rem 0 .5rem; }
.topics, .meta { font-family: system-ui, sans-serif; font-size: .9rem; opacity: .8; margin: 0; }
.key-points { margin: 1.5rem 0; padding: 1rem 1.25rem; border-left: 4px solid #12545c; background: rgba(18,84,92,.07); }
.key-points ul { margin: 0; padding-left: 1.2rem; }
figure { margin: 1.5rem 0; } img { max-width: 100%; height: auto; display: block; }
figcaption { font-family: system-ui, sans-serif; font-size: .85rem; opacity: .8; margin-top: .4rem; }
.paywall { margin-top: 2rem; padding: 1rem; border: 1px dashed currentColor; font-family: system-ui, sans-serif; }
a { color: #0b5cad; }
`;

export interface CleanViewHandle {
  close(): void;
}

/** The clean view's markup: a bar to go back, then the article alone. */
export function cleanViewHtml(article: Article, sanitize: (html: string) => string): string {
  return '<div class="bar"><button type="button" class="close">Back to the page</button></div>' +
    `<article lang="en">${articleHeaderHtml(article)}${keyPointsHtml(article)}${articleBodyHtml(article, sanitize(article.contentHtml))}</article>`;
}

/**
 * Show `article` over the page. `sanitize` must be DOMPurify in this window: contentHtml is
 * sanitized again where it is used. `onClose` runs when the reader presses "Back to the page".
 */
export function openCleanView(doc: Document, article: Article, sanitize: (html: string) => string, onClose: () => void): CleanViewHandle {
  const win = doc.defaultView;
  const scroll = { x: win?.scrollX ?? 0, y: win?.scrollY ?? 0 };
  const host = doc.createElement(CLEAN_VIEW_HOST);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  if (win) replaceWithHtml(shadow, cleanViewHtml(article, sanitize), win, style);
  const lockScroll = doc.createElement('style');
  lockScroll.textContent = 'html, body { overflow: hidden !important; }';
  doc.documentElement.append(lockScroll, host);
  const closeButton = shadow.querySelector('button.close') as HTMLButtonElement | null;
  closeButton?.addEventListener('click', () => onClose());
  host.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') onClose();
  });
  closeButton?.focus({ preventScroll: true });
  return {
    close() {
      host.remove();
      lockScroll.remove();
      win?.scrollTo(scroll.x, scroll.y);
    },
  };
}
