/**
 * A heartbeat in the page: a 4 ms timer that records how late each beat comes. The longest gap
 * is the longest time the page's main thread could not run its own code (the Long Tasks API
 * reports nothing in headless Chromium, measured). Self-contained: the browsers run it by its
 * source text. The benchmark reads the gaps as durations; tests only check that beats go on.
 */
import type { Page } from 'playwright-core';

export const HEARTBEAT = () => {
  const w = window as unknown as { __gaps: number[]; __beats: number };
  w.__gaps = [];
  w.__beats = 0;
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    w.__beats += 1;
    if (now - last > 8) w.__gaps.push(now - last);
    last = now;
  }, 4);
};

/** The gaps over 8 ms (two beats) recorded since the last call (and forgets them). */
export const takeGaps = (page: Page): Promise<number[]> =>
  page.evaluate(() => (window as unknown as { __gaps: number[] }).__gaps.splice(0));

/** How many beats the page's own timer has run so far (evaluated in the page). */
export const beatCount = (): number => (window as unknown as { __beats: number }).__beats;
