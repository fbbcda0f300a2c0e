/**
 * Clutter on the page: is any of it ever painted (with the extension, and without it as the
 * control that shows the watch can see clutter), and how fast late clutter is hidden when scripts
 * insert it, a few at a time and in batches larger than the observer handles at once.
 */
import type { ChromiumSession } from '../test/e2e/chromium';
import { HEARTBEAT, takeGaps } from '../test/e2e/heartbeat';
import { expected, fixturePage } from '../test/pages';
import { waitFor } from './browsers';

/** Page-world script: from the first frame to 2 s after load, count frames with clutter on screen. */
const WATCH_CLUTTER = (labels: string[]) => {
  const state = { frames: 0, clutterFrames: 0, done: false, loadAt: 0 };
  (window as unknown as { __clutterWatch: typeof state }).__clutterWatch = state;
  const visibleClutter = () => {
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.nodeValue?.trim() ?? '';
      if (!labels.includes(text)) continue;
      const el = n.parentElement;
      if (el && el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && el.getBoundingClientRect().height > 0)
        return true;
    }
    return false;
  };
  addEventListener('load', () => {
    state.loadAt = performance.now();
  });
  const tick = () => {
    state.frames += 1;
    if (visibleClutter()) state.clutterFrames += 1;
    if (state.loadAt && performance.now() - state.loadAt > 2000) {
      state.done = true;
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

export async function paintedClutter(
  session: ChromiumSession,
): Promise<{ frames: number; clutterFrames: number; screenshotsWithClutter: number }> {
  const labels = [
    'Advertisement',
    ...expected.clutter.ttsPlayer,
    expected.clutter.videoPromo.title,
    expected.clutter.videoPromo.description,
    'Reading Time:',
    'Why you can trust SCMP',
    '38',
    expected.clutter.videoPromo.duration,
  ];
  const page = await session.context.newPage();
  await page.addInitScript(WATCH_CLUTTER, labels);
  let screenshotsWithClutter = 0;
  const shots: Promise<void>[] = [];
  await page.goto(fixturePage.url, { waitUntil: 'commit' });
  // Screenshots along the way: the innerText of what is rendered must never hold clutter.
  for (const at of [0, 100, 300, 800, 1500]) {
    shots.push(
      new Promise((resolve) =>
        setTimeout(async () => {
          const text = await page.evaluate(() => document.body?.innerText ?? '').catch(() => '');
          if (['Advertisement', 'Select Voice', 'Why you can trust SCMP'].some((l) => text.includes(l))) screenshotsWithClutter += 1;
          await page.screenshot().catch(() => undefined);
          resolve();
        }, at),
      ),
    );
  }
  await Promise.all(shots);
  const state = await waitFor(
    page,
    () => (window as unknown as { __clutterWatch: { done: boolean; frames: number; clutterFrames: number } }).__clutterWatch,
    (s) => s.done,
    10_000,
    'the clutter watch',
  );
  await page.close();
  return { frames: state.frames, clutterFrames: state.clutterFrames, screenshotsWithClutter };
}

/**
 * Page-world storm: ads with "Advertisement" labels in markup SCMP's selectors do not know (the
 * observer's worst case). First 300, 5 every 20 ms (each batch handled at once); then 200, 50
 * every 20 ms (over the observer's immediate batch of 32: handled once per frame). Insert →
 * hidden is read from the attribute the extension sets; an ad never hidden is a miss.
 */
const AD_STORM = () => {
  const state = { small: [] as number[], large: [] as number[], done: false, pending: new Map<Element, { at: number; large: boolean }>() };
  (window as unknown as { __storm: unknown }).__storm = state;
  new MutationObserver((records) => {
    const now = performance.now();
    for (const r of records) {
      const el = r.target as Element;
      const entry = state.pending.get(el);
      if (entry && el.hasAttribute('data-scmp-declutter-hidden')) {
        (entry.large ? state.large : state.small).push(now - entry.at);
        state.pending.delete(el);
      }
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-scmp-declutter-hidden'] });
  addEventListener('load', () => {
    const section = document.querySelector('[data-qa="ContentBody-ContentBodyContainer"]');
    let n = 0;
    const timer = setInterval(() => {
      const large = n >= 300;
      for (let k = 0; k < (large ? 50 : 5) && n < 500; k++, n++) {
        const ad = document.createElement('div');
        ad.innerHTML = '<div><span>Advertisement</span></div><div style="height:90px"></div>';
        state.pending.set(ad, { at: performance.now(), large });
        section?.insertBefore(ad, section.children[n % 7] ?? null);
      }
      if (n >= 500) {
        clearInterval(timer);
        setTimeout(() => (state.done = true), 500);
      }
    }, 20);
  });
};

export interface Storm {
  small: number[];
  large: number[];
  missed: number;
  longestStallMs: number;
}

export async function adStorm(session: ChromiumSession): Promise<Storm> {
  const page = await session.context.newPage();
  try {
    await page.addInitScript(HEARTBEAT);
    await page.addInitScript(AD_STORM);
    await page.goto(fixturePage.url, { waitUntil: 'load' });
    await takeGaps(page);
    type State = { done: boolean; small: number[]; large: number[]; pending: Map<Element, unknown> };
    const s = await waitFor(
      page,
      () => (window as unknown as { __storm: State }).__storm,
      (x) => x.done,
      20_000,
      'the ad storm',
    );
    const missed = await page.evaluate(() => (window as unknown as { __storm: State }).__storm.pending.size);
    return { small: s.small, large: s.large, missed, longestStallMs: Math.max(0, ...(await takeGaps(page))) };
  } finally {
    await page.close();
  }
}
