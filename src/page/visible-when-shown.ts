/**
 * Whether each hidden item would show something if the reader pressed *Show*: an ad slot SCMP
 * does not display at this width, or an unfilled one, would not. Each item is shown, judged and
 * hidden again in one synchronous step, before anything can paint.
 *
 * On a page of ordinary size the answer is exact: shown, the page is laid out once and each
 * item's box measured (real pages: 550–800 elements, 1–5 ms). On a page too big to lay out in a
 * slice (the 5 MB page: 34,000 elements, each layout 24–30 ms and the frame after it up to 70 ms,
 * measured in Chromium) the answer comes from style alone, a few items at a time: an item shows
 * something when it is displayed and draws text, an image, a frame, a control or a custom
 * element (a video embed) that is displayed too. On the real pages the two answers differ only
 * where the box is empty (a reserved ad space: no box by style) or zero-high with its content
 * overflowing it (the live-update alert: something to show by style).
 */
import { SHOWN_ATTRIBUTE } from '../rules/stylesheet';
import type { SliceClock } from './slices';

/** Above this many elements, a page is judged by style rather than laid out (see above). */
export const LAYOUT_MEASURE_MAX_ELEMENTS = 10_000;

/** Items judged by style in one step: 25 took at most 4 ms on the 5 MB page, 4,260 items in about 2 s. */
const STYLE_BATCH = 25;

/** Runs a change of the page's that is the measuring's own, not the page's (the caller's observer forgets it). */
export type OwnChange = <T>(change: () => T) => T;

const DRAWS_ITSELF = 'img, picture, video, audio[controls], iframe, embed, object, canvas, svg, input, select, textarea';

/** Every item not shown yet shown while `judge` runs, then hidden again. */
function whileShown<T>(elements: readonly Element[], judge: () => T): T {
  const hidden = elements.filter((el) => !el.hasAttribute(SHOWN_ATTRIBUTE));
  for (const el of hidden) el.setAttribute(SHOWN_ATTRIBUTE, '');
  try {
    return judge();
  } finally {
    for (const el of hidden) el.removeAttribute(SHOWN_ATTRIBUTE);
  }
}

const hasBox = (el: Element): boolean => {
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
};

/** Displayed, and something in it that draws is displayed too: no layout, only style. */
export function drawsWhenDisplayed(el: Element): boolean {
  if (!el.checkVisibility()) return false;
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (node.nodeValue?.trim() && node.parentElement?.checkVisibility()) return true;
    } else {
      const child = node as Element;
      if ((child.matches(DRAWS_ITSELF) || child.localName.includes('-')) && child.checkVisibility()) return true;
    }
  }
  return false;
}

export async function visibleWhenShown(elements: readonly Element[], clock: SliceClock, own: OwnChange): Promise<boolean[]> {
  const doc = elements[0]?.ownerDocument;
  if (!doc) return [];
  if (doc.getElementsByTagName('*').length <= LAYOUT_MEASURE_MAX_ELEMENTS) {
    await clock.newSlice(); // the layout is one step (2–5 ms on a real page): not added to the listing's slice
    return own(() => whileShown(elements, () => elements.map(hasBox)));
  }
  const judged: boolean[] = [];
  for (let start = 0; start < elements.length; start += STYLE_BATCH) {
    const batch = elements.slice(start, start + STYLE_BATCH);
    judged.push(...own(() => whileShown(batch, () => batch.map(drawsWhenDisplayed))));
    await clock.tick();
  }
  return judged;
}
