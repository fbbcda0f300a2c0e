/**
 * Clean view's place on the page: a full-window overlay holding one extension frame, which
 * reads and shows the article in its own process (a giant page never blocks this one, and the
 * page's scripts cannot reach into it). Pure DOM, no extension API. It adds exactly one node, a
 * host element with a closed shadow root, and removes it when closed: no element of the site is
 * removed, moved or changed, nothing of the page is restyled (on a 5 MB page, locking its
 * scrolling cost a 150 ms relayout, measured; the frame contains its own scrolling instead), and
 * the scroll position is put back.
 */
export const CLEAN_VIEW_HOST = 'scmp-declutter-reader';

const HOST_CSS = `:host { all: initial; position: fixed; inset: 0; z-index: 2147483647; display: block; background: #fbfaf7; }
@media (prefers-color-scheme: dark) { :host { background: #1b1c1e; } }
iframe { display: block; width: 100%; height: 100%; border: 0; }`;

export interface CleanViewHandle {
  close(): void;
}

/** `title`: the frame's name for assistive technology, in the reader's language. */
export function openCleanViewFrame(doc: Document, frameUrl: string, title: string): CleanViewHandle {
  const win = doc.defaultView;
  const scroll = { x: win?.scrollX ?? 0, y: win?.scrollY ?? 0 };
  const host = doc.createElement(CLEAN_VIEW_HOST);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = HOST_CSS;
  const frame = doc.createElement('iframe');
  frame.title = title;
  frame.src = frameUrl;
  frame.addEventListener('load', () => frame.focus(), { once: true });
  shadow.append(style, frame);
  doc.documentElement.append(host);
  return {
    close() {
      host.remove();
      win?.scrollTo(scroll.x, scroll.y);
    },
  };
}
