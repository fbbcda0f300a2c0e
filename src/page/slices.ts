/**
 * Long work in the page, cut into slices: after about `sliceMs` of it the page's own scripts get
 * the main thread back (a task of their own) before the work goes on.
 */
export interface SliceClock {
  /** Gives the main thread back if this slice has run its time. */
  tick(): Promise<void>;
}

export function sliceClock(sliceMs: number): SliceClock {
  let since = performance.now();
  return {
    async tick() {
      if (performance.now() - since < sliceMs) return;
      await new Promise((resolve) => setTimeout(resolve, 0));
      since = performance.now();
    },
  };
}
