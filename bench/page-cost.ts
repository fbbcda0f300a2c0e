/**
 * What the extension costs a page: main-thread script + style + layout time of one load (CDP
 * Performance.getMetrics, after load and two frames), with the extension, without, and with the
 * floor, loaded in turn (the order rotates) so that paired differences cancel the machine's drift.
 *
 * Counted in the main thread's CPU time (`threadTicks`), not wall time: on this 2-core machine the
 * wall-time durations of one load vary with whatever else runs, and the paired intervals were
 * 15–25 ms wide on pages that cost about 50 ms; in CPU time they are 2–5 ms wide (script alone:
 * under 1 ms), which is what lets a 1 ms budget be checked at all (measured side by side).
 */
import type { ChromiumSession } from '../test/e2e/chromium';
import type { Browsers } from './browsers';
import { medianInterval, median, pairedDifferences, type Interval } from './stats';

interface LoadCost {
  /** Script + style + layout. */
  total: number;
  script: number;
}

async function loadCost(session: ChromiumSession, url: string): Promise<LoadCost> {
  const page = await session.context.newPage();
  try {
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const { metrics } = await cdp.send('Performance.getMetrics');
    const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return { total: ms('ScriptDuration') + ms('RecalcStyleDuration') + ms('LayoutDuration'), script: ms('ScriptDuration') };
  } finally {
    await page.close();
  }
}

export interface PageCost {
  url: string;
  loads: number;
  withMs: number;
  withoutMs: number;
  floorMs: number;
  /** with − without, paired. */
  added: Interval;
  /** floor − without, paired. */
  floorAdded: Interval;
  /** The same for script time alone: what the content scripts themselves cost. */
  addedScript: Interval;
  floorAddedScript: Interval;
  ratio: number;
}

export async function pageCost(browsers: Browsers, url: string, loads: number): Promise<PageCost> {
  const sessions = [browsers.without, browsers.withExtension, browsers.floor];
  const costs: LoadCost[][] = [[], [], []];
  for (let i = 0; i < 2; i++) for (const s of sessions) await loadCost(s, url); // warm caches alike
  for (let i = 0; i < loads; i++) {
    for (let k = 0; k < sessions.length; k++) {
      const which = (i + k) % sessions.length;
      (costs[which] as LoadCost[]).push(await loadCost(sessions[which] as ChromiumSession, url));
    }
  }
  const [without, withExt, floor] = costs as [LoadCost[], LoadCost[], LoadCost[]];
  const total = (xs: LoadCost[]) => xs.map((x) => x.total);
  const script = (xs: LoadCost[]) => xs.map((x) => x.script);
  return {
    url,
    loads,
    withMs: median(total(withExt)),
    withoutMs: median(total(without)),
    floorMs: median(total(floor)),
    added: medianInterval(pairedDifferences(total(withExt), total(without))),
    floorAdded: medianInterval(pairedDifferences(total(floor), total(without))),
    addedScript: medianInterval(pairedDifferences(script(withExt), script(without))),
    floorAddedScript: medianInterval(pairedDifferences(script(floor), script(without))),
    ratio: median(total(withExt)) / median(total(without)),
  };
}
