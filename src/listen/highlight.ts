/**
 * Marks one piece of the article (a sentence, a key point, the headline: whatever carries its
 * `data-sid`) and keeps it in view: the sentence being read, or the one a key point came from.
 */

/** Moves `className` to the piece with this id (none: removes it), scrolling it into view if asked. */
export function markSentence(article: Element, className: string, id: string | null, scroll: boolean): Element | null {
  for (const old of Array.from(article.getElementsByClassName(className))) old.classList.remove(className);
  if (id === null) return null;
  const target = article.querySelector(`[data-sid="${CSS.escape(id)}"]`);
  if (!target) return null;
  target.classList.add(className);
  if (scroll) keepInView(target);
  return target;
}

function keepInView(target: Element): void {
  const win = target.ownerDocument.defaultView;
  const reduce = win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
  // `nearest` moves the page only when the piece is out of view; CSS gives it a margin below the sticky bars.
  target.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
}

/**
 * A generated key point is a button carrying the id of its sentence (`data-cite`): activating it
 * scrolls to that sentence, marks it, and moves the focus there for a screen reader.
 */
export function wireCitations(article: Element, signal: AbortSignal): void {
  article.addEventListener(
    'click',
    (event) => {
      const cite = (event.target as Element).closest('button.cite');
      const id = cite?.getAttribute('data-cite');
      if (!id) return;
      const target = markSentence(article, 'cited', id, false);
      if (!(target instanceof HTMLElement)) return;
      target.tabIndex = -1;
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
    },
    { signal },
  );
}
