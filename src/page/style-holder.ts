/**
 * The `<style>` element of the reader's own rules (src/rules/user-rules.ts), once there are any:
 * put into the page as soon as they are read, and put back if the site's scripts replace the head.
 * The built-in rules' stylesheet is the browser's to put in (src/rules/stylesheet.ts).
 */
export const STYLE_ID = 'scmp-declutter-user-rules';

export interface StyleHolder {
  write(css: string): void;
  /** Into the page again if something took it out (client-side navigation can rebuild the head). */
  mount(): void;
  remove(): void;
}

/** The holder; its element is made at the first stylesheet that is not empty (most pages never get one). */
export function holdStyle(doc: Document): StyleHolder {
  let style: HTMLStyleElement | null = null;
  const holder: StyleHolder = {
    write(next) {
      if (!style && !next) return;
      if (!style) {
        style = doc.createElement('style');
        style.id = STYLE_ID;
      }
      // Rewriting the stylesheet restyles the whole page: only when it really changes.
      if (style.textContent !== next) style.textContent = next;
      holder.mount();
    },
    mount() {
      if (style && !style.isConnected) (doc.head ?? doc.documentElement)?.appendChild(style);
    },
    remove() {
      style?.remove();
    },
  };
  return holder;
}
