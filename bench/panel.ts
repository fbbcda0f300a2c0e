/**
 * The panel and the clean view on a page: how long from the panel's navigation to its headline
 * (painted), from the clean-view click to the frame's headline (painted); and, in rounds of their
 * own (a trace costs the browser something), the article page's longest task meanwhile
 * (bench/long-task.ts) beside the longest gap of a 4 ms heartbeat in the page.
 */
import type { Frame, Page } from 'playwright-core';
import type { ChromiumSession } from '../test/e2e/chromium';
import { HEARTBEAT, takeGaps } from '../test/e2e/heartbeat';
import { controlTimes, waitFor, type ControlTimes } from './browsers';
import { pageTracer, type LongestTask } from './long-task';

/**
 * In an extension page (the panel, the clean view frame): the epoch ms its headline was painted
 * (the panel's preview, src/pipeline/preview.ts, or the article), and the ms the whole article was.
 */
const MARK_READY = () => {
  if (!/^chrome-extension:/.test(location.href)) return;
  const w = window as unknown as { __readyAt?: number; __completeAt?: number };
  const paintedAt = (set: (t: number) => void) => requestAnimationFrame(() => set(performance.timeOrigin + performance.now()));
  new MutationObserver((_, observer) => {
    if (!w.__readyAt && document.querySelector('article h1')) paintedAt((t) => (w.__readyAt ??= t));
    if (document.querySelector('article h1') && document.querySelector('[aria-busy="true"]') === null) {
      observer.disconnect();
      paintedAt((t) => (w.__completeAt = t));
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
};

const readyAt = (target: Page | Frame) =>
  waitFor(
    target as Page,
    () => (window as unknown as { __readyAt?: number }).__readyAt ?? 0,
    (t) => t > 0,
    30_000,
    'the headline',
  );

export interface OpenTimes {
  panelMs: number[];
  /** To the whole article painted (after the preview). */
  panelCompleteMs: number[];
  cleanViewMs: number[];
  /** The options page, opened the same way beside the same article, before each panel. */
  extensionPageFloorMs: number[];
}

/** The article page's longest task while something opened, and its heartbeat's longest gap. */
export interface Stall extends LongestTask {
  heartbeatMs: number;
}

export interface OpenStalls {
  panel: Stall[];
  cleanView: Stall[];
  /** The same while a tab that is no part of the extension's work opened: the machine's floor. */
  blank: Stall[];
}

/** The panel, opened for the tab: to its headline painted, and to its whole article (all it does done: nothing competes with what comes next). */
async function openPanel(session: ChromiumSession, tabId: number): Promise<{ page: Page; ms: number; completeMs: number }> {
  const panel = await session.context.newPage();
  await panel.addInitScript(MARK_READY);
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${tabId}`);
  const at = await readyAt(panel);
  const completeAt = await waitFor(
    panel,
    () => (window as unknown as { __completeAt?: number }).__completeAt ?? 0,
    (t) => t > 0,
    30_000,
    'the whole article',
  );
  const start = await panel.evaluate(() => performance.timeOrigin);
  return { page: panel, ms: at - start, completeMs: completeAt - start };
}

async function openCleanView(article: Page, panel: Page): Promise<number> {
  const clicked = Date.now();
  await panel.click('#clean-view');
  const deadline = Date.now() + 30_000;
  let frame: Frame | undefined;
  while (!(frame = article.frames().find((f) => f.url().includes('/cleanview.html')))) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the clean view frame');
    await new Promise((r) => setTimeout(r, 5));
  }
  const at = await readyAt(frame);
  await panel.click('#clean-view'); // and off again
  await waitFor(
    panel,
    () => document.querySelector('#clean-view')?.getAttribute('aria-pressed'),
    (v) => v === 'false',
    10_000,
    'clean view off',
  );
  return at - clicked;
}

/** A tab opened and closed that asks nothing of the page (the extension's icon). */
async function blankTab(session: ChromiumSession): Promise<void> {
  const blank = await session.context.newPage();
  await blank.goto(`chrome-extension://${session.extensionId}/icon/16.png`);
  await blank.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await blank.close();
}

/**
 * The floor of "ready" for any extension page here: the options page (a few hundred bytes of
 * script) from navigation to DOMContentLoaded and the next frame.
 */
async function optionsPageReady(session: ChromiumSession, path = 'options.html'): Promise<number> {
  const page = await session.context.newPage();
  try {
    await page.goto(`chrome-extension://${session.extensionId}/${path}`);
    return await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const done = () => requestAnimationFrame(() => resolve(performance.now()));
          if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', done);
          else done();
        }),
    );
  } finally {
    await page.close();
  }
}

/** The readiness control (bench/browsers.ts, `controlTimes`), beside the article as the panel opens. */
export async function extensionPageControl(session: ChromiumSession, url: string, opens: number): Promise<ControlTimes> {
  const article = await openArticle(session, url);
  try {
    return await controlTimes(opens, (path) => optionsPageReady(session, path));
  } finally {
    await article.close();
  }
}

/** The article page, loaded and settled, with its heartbeat (and the mark of a ready frame inside it). */
async function openArticle(session: ChromiumSession, url: string): Promise<Page> {
  const article = await session.context.newPage();
  await article.addInitScript(HEARTBEAT);
  await article.addInitScript(MARK_READY);
  await article.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await settled(article);
  return article;
}

/**
 * Until the page has run its own timer for half a second without a gap (at most 10 s): what
 * loading left to do (the page's, the extension's) is done before anything is measured.
 */
async function settled(page: Page): Promise<void> {
  const deadline = Date.now() + 10_000;
  await takeGaps(page);
  do await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
  while ((await takeGaps(page)).length && Date.now() < deadline);
}

/** `opens` times each: the panel opened for the tab, then the clean view on and off from it. */
export async function openTimes(session: ChromiumSession, url: string, opens: number): Promise<OpenTimes> {
  const article = await openArticle(session, url);
  const tabId = await session.tabIdOf(url);
  const times: OpenTimes = { panelMs: [], panelCompleteMs: [], cleanViewMs: [], extensionPageFloorMs: [] };
  try {
    for (let i = 0; i < opens; i++) {
      // The floor beside the same page, as the panel opens: the page's own timers (its heartbeat)
      // compete with both alike on this two-core machine.
      times.extensionPageFloorMs.push(await optionsPageReady(session));
      const { page: panel, ms, completeMs } = await openPanel(session, tabId);
      times.panelMs.push(ms);
      times.panelCompleteMs.push(completeMs);
      times.cleanViewMs.push(await openCleanView(article, panel));
      await panel.close();
    }
    return times;
  } finally {
    await article.close();
  }
}

/** `opens` times each, traced: a blank tab opened, the panel opened, the clean view on and off. */
export async function openStalls(session: ChromiumSession, url: string, opens: number): Promise<OpenStalls> {
  const article = await openArticle(session, url);
  const tabId = await session.tabIdOf(url);
  const tracer = await pageTracer(article);
  // The first trace of a page holds a task of its own (122 ms CPU on the 5 MB page, its heartbeat
  // undisturbed, measured): traced once before anything counts.
  await tracer.longestTask(() => settled(article));
  const stalls: OpenStalls = { panel: [], cleanView: [], blank: [] };
  const stall = async (during: () => Promise<void>): Promise<Stall> => {
    await takeGaps(article); // what came before is not this
    const task = await tracer.longestTask(during);
    return { ...task, heartbeatMs: Math.max(0, ...(await takeGaps(article))) };
  };
  try {
    for (let i = 0; i < opens; i++) {
      stalls.blank.push(await stall(() => blankTab(session)));
      let panel: Page | undefined;
      stalls.panel.push(await stall(async () => void (panel = (await openPanel(session, tabId)).page)));
      stalls.cleanView.push(await stall(async () => void (await openCleanView(article, panel!))));
      await panel!.close();
    }
    return stalls;
  } finally {
    await article.close();
  }
}

/** The control: a 100 ms busy loop in the page must show as a task and a heartbeat gap of 100 ms or more. */
export async function stallControl(session: ChromiumSession, url: string): Promise<Stall> {
  const page = await openArticle(session, url);
  try {
    const tracer = await pageTracer(page);
    await takeGaps(page);
    const task = await tracer.longestTask(async () => {
      await page.evaluate(() => {
        const t = performance.now();
        while (performance.now() - t < 100);
      });
      await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
    });
    return { ...task, heartbeatMs: Math.max(0, ...(await takeGaps(page))) };
  } finally {
    await page.close();
  }
}

/**
 * The page while the reader reads with the panel open (the panel asks for the list of hidden
 * things every two seconds): the longest stall of the page's main thread over `ms`, from a
 * second after the panel showed the article.
 */
export async function readingStall(session: ChromiumSession, url: string, ms: number): Promise<number> {
  const article = await session.context.newPage();
  await article.addInitScript(HEARTBEAT);
  await article.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const panel = await session.context.newPage();
  try {
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${await session.tabIdOf(url)}`);
    await panel.waitForSelector('.hidden-list summary', { timeout: 30_000 });
    await new Promise((r) => setTimeout(r, 1000));
    await takeGaps(article);
    await new Promise((r) => setTimeout(r, ms));
    return Math.max(0, ...(await takeGaps(article)));
  } finally {
    await panel.close();
    await article.close();
  }
}
