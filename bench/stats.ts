/** Statistics for the benchmark: medians, percentiles, and a bootstrap interval of a median. */

export function median(xs: readonly number[]): number {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

export function percentile(xs: readonly number[], p: number): number {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] as number;
}

/** A small seeded generator, so that the same samples give the same interval on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Interval {
  median: number;
  low: number;
  high: number;
  n: number;
}

/** The median of `xs` with a 95% percentile-bootstrap interval (2,000 resamples). */
export function medianInterval(xs: readonly number[], resamples = 2000): Interval {
  const random = mulberry32(20261202);
  const medians: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const sample = Array.from({ length: xs.length }, () => xs[Math.floor(random() * xs.length)] as number);
    medians.push(median(sample));
  }
  return { median: median(xs), low: percentile(medians, 2.5), high: percentile(medians, 97.5), n: xs.length };
}

/** Paired differences a[i] − b[i] (loads made one after the other, so the noise of a moment cancels). */
export const pairedDifferences = (a: readonly number[], b: readonly number[]): number[] => a.map((x, i) => x - (b[i] as number));

export const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;

export const formatInterval = (i: Interval, unit = ''): string =>
  `${round(i.median, 2)}${unit} [${round(i.low, 2)}, ${round(i.high, 2)}] (n=${i.n})`;
