/**
 * Long work in the page, cut into slices: after about `sliceMs` of it the page's own scripts get
 * the main thread back (a task of their own) before the work goes on.
 */

/** A subtree of up to this many elements is worked on in one go (a real article: about 400; a real page's body: a few thousand). */
const AT_ONCE = 4000;

/** Whether `el` is small enough to be worked on in one go; a leaf needs no count (thousands of them cost one each). */
export const smallEnough = (el: Element): boolean => !el.firstElementChild || el.getElementsByTagName('*').length <= AT_ONCE;

export interface SliceClock {
  /** Gives the main thread back if this slice has run its time. */
  tick(): Promise<void>;
}

/**
 * A new task, after the page's own. A hidden tab's timers wait up to a second each (Firefox
 * and Chrome throttle them), so there a message is posted instead: a 5 MB page read for the
 * panel from behind it (the Firefox sidebar opened as a tab, Android's article page) took 24 s
 * by timers, measured. A page in view keeps the timer, which lets its own timers run between.
 */
function nextTask(doc: Document): Promise<void> {
  if (doc.visibilityState !== 'hidden' || typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  const channel = new MessageChannel();
  return new Promise((resolve) => {
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export function sliceClock(sliceMs: number, doc: Document): SliceClock {
  let since = performance.now();
  return {
    async tick() {
      if (performance.now() - since < sliceMs) return;
      await nextTask(doc);
      since = performance.now();
    },
  };
}
