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
  /** Gives the main thread back now (unless slices are endless): what comes next is one long step and takes a slice of its own. */
  newSlice(): Promise<void>;
}

export function sliceClock(sliceMs: number): SliceClock {
  let since = performance.now();
  const giveBack = async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    since = performance.now();
  };
  return {
    async tick() {
      if (performance.now() - since >= sliceMs) await giveBack();
    },
    async newSlice() {
      if (sliceMs !== Infinity) await giveBack();
    },
  };
}
