/**
 * What the extension costs a page: main-thread script + style + layout time of one load (CDP
 * Performance.getMetrics, after load and two frames), with the extension, without, and with the
 * floor, loaded in turn (the order rotates) so that paired differences cancel the machine's drift.
 */
import type { ChromiumSession } from '../test/e2e/chromium';
import type { Browsers } from './browsers';
import { medianInterval, median, pairedDifferences, type Interval } from './stats';

async function loadCost(session: ChromiumSession, url: string): Promise<number> {
  const page = await session.context.newPage();
  try {
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return (get('ScriptDuration') + get('RecalcStyleDuration') + get('LayoutDuration')) * 1000;
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
  ratio: number;
}

export async function pageCost(browsers: Browsers, url: string, loads: number): Promise<PageCost> {
  const sessions = [browsers.without, browsers.withExtension, browsers.floor];
  const costs: number[][] = [[], [], []];
  for (let i = 0; i < 2; i++) for (const s of sessions) await loadCost(s, url); // warm caches alike
  for (let i = 0; i < loads; i++) {
    for (let k = 0; k < sessions.length; k++) {
      const which = (i + k) % sessions.length;
      (costs[which] as number[]).push(await loadCost(sessions[which] as ChromiumSession, url));
    }
  }
  const [without, withExt, floor] = costs as [number[], number[], number[]];
  return {
    url,
    loads,
    withMs: median(withExt),
    withoutMs: median(without),
    floorMs: median(floor),
    added: medianInterval(pairedDifferences(withExt, without)),
    floorAdded: medianInterval(pairedDifferences(floor, without)),
    ratio: median(withExt) / median(without),
  };
}
