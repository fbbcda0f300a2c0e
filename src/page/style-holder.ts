/**
 * The one `<style>` element that hides clutter: written from the rules, put into the page at
 * document_start (before anything paints), and put back if the site's scripts replace the head.
 */
export const STYLE_ID = 'scmp-declutter-style';

export interface StyleHolder {
  write(css: string): void;
  /** Into the page again if something took it out (client-side navigation can rebuild the head). */
  mount(): void;
  remove(): void;
}

export function holdStyle(doc: Document, css: string): StyleHolder {
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = css;
  const holder: StyleHolder = {
    write(next) {
      // Rewriting the stylesheet restyles the whole page: only when it really changes.
      if (style.textContent !== next) style.textContent = next;
    },
    mount() {
      if (!style.isConnected) (doc.head ?? doc.documentElement)?.appendChild(style);
    },
    remove() {
      style.remove();
    },
  };
  holder.mount();
  return holder;
}
