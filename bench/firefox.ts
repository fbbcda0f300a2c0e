/**
 * The same figures in Debian's Firefox ESR, where Firefox can give them (issue 25): no CDP, so
 * the page's cost is the CPU time of its main thread over one load (./process-cpu.ts),
 * beside what a 4 ms heartbeat in the page and the navigation timing see while it loads, with,
 * without, with the floor (the production build whose document_start script is
 * empty), and with uBlock Origin from Debian's package (./ublock.ts) when it can be had. Loads
 * rotate between the browsers, so that paired differences cancel the machine's drift.
 *
 * The panel opens in a window of its own beside the article page, as a real sidebar sits beside
 * a page in view (a tab in front of it would hide the page and slow its timers), and both it and
 * its floor (the options page, opened the same way) are polled from the same moment.
 */
import { execFileSync } from 'node:child_process';
import type { Frame, Page } from 'puppeteer-core';
import { controlTimes, FRAME_HOLD_MS, withBusyOptionsPage, withDeclutterScript, withEmptyCleanView, type ControlTimes } from './browsers';
import { launchFirefox, openScmpPage, sidebarPath, type FirefoxSession } from '../test/e2e/firefox';
import { FIREFOX_BUILD, FIREFOX_E2E_BUILD, FIREFOX_UUID } from '../test/e2e/site';
import { giantPage, PROJECT_DIR } from '../test/pages';
import { pageMainThreadMs, threadCpu } from './process-cpu';
import { median, medianInterval, pairedDifferences, type Interval } from './stats';

/**
 * The control's script, in place of the floor's empty one: 100 ms of the page's main thread as the
 * page's own content is parsed (at DOMContentLoaded: a task of its own, after the heartbeat has
 * surely started), and nothing else.
 */
export const BUSY_MS = 100;
const BUSY_SCRIPT = `document.addEventListener('DOMContentLoaded',()=>{const t=performance.now();while(performance.now()-t<${BUSY_MS});});`;

const extra = new Map([[giantPage.url, giantPage.html]]);
const launch = (path: string, install = true) => launchFirefox(path, { install, offline: true, extraPages: extra });

export const CONFIGS = ['none', 'floor', 'extension', 'control', 'ublock'] as const;
export type Config = (typeof CONFIGS)[number];

export interface FirefoxBrowsers {
  sessions: Partial<Record<Config, FirefoxSession>>;
  close(): Promise<void>;
}

export async function launchFirefoxBrowsers(ublockPath: string | null): Promise<FirefoxBrowsers> {
  const sessions: Partial<Record<Config, FirefoxSession>> = {
    none: await launch(FIREFOX_BUILD, false),
    floor: await launch(withDeclutterScript(FIREFOX_BUILD, 'floor-firefox-mv2', '')),
    extension: await launch(FIREFOX_BUILD),
    control: await launch(withDeclutterScript(FIREFOX_BUILD, 'busy-firefox-mv2', BUSY_SCRIPT)),
  };
  if (ublockPath) sessions.ublock = await launch(ublockPath);
  return {
    sessions,
    async close() {
      await Promise.all(Object.values(sessions).map((s) => s.close()));
    },
  };
}

/** In the page from its first script: a 4 ms heartbeat's gaps, each with the time it ended. */
const HEARTBEAT_WITH_TIMES = () => {
  const w = window as unknown as { __gapsAt: [number, number][] };
  w.__gapsAt = [];
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    if (now - last > 8) w.__gapsAt.push([now, now - last]);
    last = now;
  }, 4);
};

interface LoadFigures {
  /** CPU time of the page's main thread (its content process's), from before the navigation to two frames after load. */
  cpuMs: number;
  /** The load event's end, from navigation start. */
  loadMs: number;
  /** The longest heartbeat gap that ended by then. */
  longestGapMs: number;
  /** The time the page's own timer could not run by then: each gap less the 4 ms it waits anyway. */
  blockedMs: number;
}

async function loadFigures(session: FirefoxSession, url: string): Promise<LoadFigures> {
  const page = await session.newPage();
  const pid = session.browser.process()?.pid;
  if (pid === undefined) throw new Error('the browser has no process of its own to measure');
  try {
    await page.evaluateOnNewDocument(HEARTBEAT_WITH_TIMES);
    const before = threadCpu(pid);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const cpuMs = pageMainThreadMs(before, threadCpu(pid));
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const gaps = (window as unknown as { __gapsAt?: [number, number][] }).__gapsAt ?? [];
      const during = gaps.filter(([at]) => at <= nav.loadEventEnd).map(([, gap]) => gap);
      return {
        loadMs: nav.loadEventEnd,
        longestGapMs: Math.max(0, ...during),
        blockedMs: during.reduce((sum, gap) => sum + gap - 4, 0),
      };
    });
    return { cpuMs, ...timing };
  } finally {
    await page.close();
  }
}

export interface ConfigCost {
  cpuMs: number;
  loadMs: number;
  longestGapMs: number;
  blockedMs: number;
  /** Paired against no extension. */
  addedCpu: Interval;
  addedLoad: Interval;
  addedLongestGap: Interval;
  addedBlocked: Interval;
}

export type FirefoxPageCost = { url: string; loads: number } & Partial<Record<Config, ConfigCost>>;

/** `loads` rotating loads of `url` in each browser (after four to warm each alike). */
export async function firefoxPageCost(b: FirefoxBrowsers, url: string, loads: number): Promise<FirefoxPageCost> {
  const configs = CONFIGS.filter((c) => b.sessions[c]);
  const runs = new Map<Config, LoadFigures[]>(configs.map((c) => [c, []]));
  for (let i = 0; i < 4; i++) for (const c of configs) await loadFigures(b.sessions[c]!, url);
  for (let i = 0; i < loads; i++) {
    for (let k = 0; k < configs.length; k++) {
      const c = configs[(i + k) % configs.length]!;
      runs.get(c)!.push(await loadFigures(b.sessions[c]!, url));
    }
  }
  const none = runs.get('none')!;
  const field = (xs: LoadFigures[], f: keyof LoadFigures) => xs.map((x) => x[f]);
  const cost: FirefoxPageCost = { url, loads };
  for (const c of configs) {
    const xs = runs.get(c)!;
    const added = (f: keyof LoadFigures) => medianInterval(pairedDifferences(field(xs, f), field(none, f)));
    cost[c] = {
      cpuMs: median(field(xs, 'cpuMs')),
      loadMs: median(field(xs, 'loadMs')),
      longestGapMs: median(field(xs, 'longestGapMs')),
      blockedMs: median(field(xs, 'blockedMs')),
      addedCpu: added('cpuMs'),
      addedLoad: added('loadMs'),
      addedLongestGap: added('longestGapMs'),
      addedBlocked: added('blockedMs'),
    };
  }
  return cost;
}

/** Polls `fn` in `target` as fast as the driver answers, until it is true: the moment it was first seen (epoch ms). */
async function seenAt(target: Page | Frame, fn: () => boolean, what: string): Promise<number> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (await target.evaluate(fn).catch(() => false)) return Date.now();
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
  }
}

/** An extension page in a window of its own, from a blank page: the ms from the navigation to `ready`. */
async function openInWindow(session: FirefoxSession, path: string, ready: () => boolean): Promise<{ page: Page; ms: number }> {
  const page = await session.browser.newPage({ type: 'window' });
  await page.goto('about:blank');
  const start = Date.now();
  await page.evaluate((u) => void (location.href = u), `moz-extension://${FIREFOX_UUID}/${path}`);
  const at = await seenAt(page, ready, path);
  return { page, ms: at - start };
}

const headlineShown = () => location.protocol === 'moz-extension:' && document.querySelector('article h1') !== null;
const pageLoaded = () => location.protocol === 'moz-extension:' && document.readyState !== 'loading';

/**
 * In a frame: the epoch ms its article was first painted (the first largest-contentful-paint entry
 * of an element in its `article`), or 0 if it has not been yet. Read from the frame's own
 * timeline after the fact: a driver polling the frames sees the headline only when the frame and
 * every frame before it have answered (10 opens on the real pages, read both ways: painted 207 ms
 * after the click, seen at 388, medians).
 */
const ARTICLE_PAINTED_AT = () =>
  new Promise<number>((resolve) => {
    new PerformanceObserver((list) => {
      const painted = (list.getEntries() as LargestContentfulPaint[]).find((e) => e.element?.closest('article'));
      resolve(painted ? performance.timeOrigin + painted.startTime : 0);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    setTimeout(() => resolve(0), 100); // no entry at all yet
  });

/** The clean view's frame over `article`, once its article has painted: when that was (epoch ms). */
async function cleanViewPaintedAt(article: Page): Promise<number> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    for (const frame of article.frames()) {
      if (frame === article.mainFrame()) continue;
      const at = await frame.evaluate(ARTICLE_PAINTED_AT).catch(() => 0);
      if (at) return at;
    }
    if (Date.now() > deadline) throw new Error('timed out waiting for the clean view');
  }
}

export interface FirefoxOpenTimes {
  panelMs: number[];
  cleanViewMs: number[];
  /** The options page, opened the same way. */
  extensionPageFloorMs: number[];
}

/** `opens` times: the panel (its window beside the page), the clean view from it, and the options page. */
export async function firefoxOpenTimes(session: FirefoxSession, url: string, opens: number): Promise<FirefoxOpenTimes> {
  const article = await openScmpPage(session, url);
  const times: FirefoxOpenTimes = { panelMs: [], cleanViewMs: [], extensionPageFloorMs: [] };
  try {
    for (let i = 0; i < opens; i++) {
      const floor = await openInWindow(session, 'options.html', pageLoaded);
      times.extensionPageFloorMs.push(floor.ms);
      await floor.page.close();
      const panel = await openInWindow(session, sidebarPath(url), headlineShown);
      times.panelMs.push(panel.ms);
      // The clean view from a panel that has shown its whole article, as in Chromium: clicked while
      // the panel and the page still read, the frame's navigation started 160–350 ms after the click.
      await seenAt(panel.page, () => document.querySelector('#content[aria-busy="false"] article h1') !== null, 'the whole article');
      const clicked = Date.now();
      await panel.page.click('#clean-view');
      times.cleanViewMs.push((await cleanViewPaintedAt(article)) - clicked);
      await panel.page.click('#clean-view');
      await seenAt(panel.page, () => document.querySelector('#clean-view')?.getAttribute('aria-pressed') === 'false', 'clean view off');
      await panel.page.close();
    }
    return times;
  } finally {
    await article.close();
  }
}

/** The readiness control (bench/browsers.ts, `controlTimes`), beside the article, each page in a window of its own. */
export async function firefoxExtensionPageControl(session: FirefoxSession, url: string, opens: number): Promise<ControlTimes> {
  const article = await openScmpPage(session, url);
  try {
    return await controlTimes(opens, async (path) => {
      const opened = await openInWindow(session, path, pageLoaded);
      await opened.page.close();
      return opened.ms;
    });
  } finally {
    await article.close();
  }
}

/**
 * The clean view's control: the empty frame, and the same whose headline a script holds
 * (`FRAME_HOLD_MS`), opened in turn `opens` times each: "painted", read from the frame's own
 * timeline, must see a frame's own work.
 */
export async function firefoxFrameControl(readers: FirefoxReaders, url: string, opens: number): Promise<ControlTimes> {
  const times: ControlTimes = { floorMs: [], busyMs: [] };
  for (let i = 0; i < opens; i++) {
    times.floorMs.push(...(await firefoxOpenTimes(readers.emptyFrame, url, 1)).cleanViewMs);
    times.busyMs.push(...(await firefoxOpenTimes(readers.heldFrame, url, 1)).cleanViewMs);
  }
  return times;
}

export interface FirefoxReaders {
  reader: FirefoxSession;
  /** Its clean view an empty frame (the floor), with the options page's readiness control beside. */
  emptyFrame: FirefoxSession;
  /** Its clean view the empty frame held by a script (the frame control). */
  heldFrame: FirefoxSession;
  close(): Promise<void>;
}

/**
 * The panel's build and the same with an empty clean view frame (and one held): the production
 * code built with its pages web-accessible (`--mode e2e`), as only such a page can be opened
 * from a tab by the driver. Built here, so that it is never older than the production build beside it.
 */
export async function launchFirefoxReaders(): Promise<FirefoxReaders> {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e'], { cwd: PROJECT_DIR, stdio: 'pipe' });
  const reader = await launch(FIREFOX_E2E_BUILD);
  const emptyFrame = await launch(withBusyOptionsPage(withEmptyCleanView(FIREFOX_E2E_BUILD, 'empty-frame-firefox-mv2')));
  const heldFrame = await launch(withEmptyCleanView(FIREFOX_E2E_BUILD, 'held-frame-firefox-mv2', FRAME_HOLD_MS));
  return {
    reader,
    emptyFrame,
    heldFrame,
    close: async () => void (await Promise.all([reader, emptyFrame, heldFrame].map((s) => s.close()))),
  };
}
