/**
 * The three browsers the benchmark compares side by side: with the production extension, without
 * any extension, and with the floor (the same extension whose document_start script is empty: what
 * any extension with a content script costs a page). Every other request is blocked, as in the tests.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../test/e2e/chromium';
import { CHROME_BUILD } from '../test/e2e/site';
import { giantPage, PROJECT_DIR } from '../test/pages';

const TMP = join(PROJECT_DIR, 'bench', 'tmp');

/** Rewrites the manifest of the build in `dir` by `change`. */
function editManifest<M>(dir: string, change: (manifest: M) => M): void {
  const path = join(dir, 'manifest.json');
  writeFileSync(path, JSON.stringify(change(JSON.parse(readFileSync(path, 'utf8')) as M)));
}

/**
 * A copy of `build` in bench/tmp/`name` whose document_start script is `script` and which puts no
 * stylesheet into the page (the floor: an empty script, what any extension with a content script
 * costs a page; the hiding stylesheet is this extension's own cost).
 */
export function withDeclutterScript(build: string, name: string, script: string): string {
  const dir = join(TMP, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(build, dir, { recursive: true });
  writeFileSync(join(dir, 'declutter.js'), script);
  editManifest<{ content_scripts: { css?: string[] }[] }>(dir, (m) => ({
    ...m,
    content_scripts: m.content_scripts.map(({ css: _stylesheet, ...entry }) => entry),
  }));
  return dir;
}

/**
 * A copy of `build` in bench/tmp/`name` whose clean view page is an empty frame: its head's
 * styles, no script, and a headline. Opened the same way as the clean view (the panel's button,
 * the page's script, the frame), it is ready when the machine has done what any frame costs.
 * `holdMs`: the frame control's, whose headline waits for a script that holds the frame that
 * long (`hold.js`).
 */
export function withEmptyCleanView(build: string, name: string, holdMs = 0): string {
  const dir = join(TMP, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(build, dir, { recursive: true });
  const page = join(dir, 'cleanview.html');
  const hold = holdMs ? '<script src="/hold.js"></script>' : '';
  if (holdMs) writeFileSync(join(dir, 'hold.js'), `{const t=performance.now();while(performance.now()-t<${holdMs});}`);
  const empty = readFileSync(page, 'utf8')
    .replace(/<script\b[^>]*><\/script>\s*/g, '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
    .replace(/<main id="content">.*<\/main>/s, `${hold}<main id="content"><article><h1>Floor</h1></article></main>`);
  if (/<script|modulepreload/.test(empty.replace(hold, '')) || !empty.includes('<h1>Floor</h1>'))
    throw new Error('the clean view page is not as the floor expects');
  writeFileSync(page, empty);
  return dir;
}

/** How long the readiness control's script holds an extension page (`withBusyOptionsPage`). */
export const BUSY_PAGE_MS = 100;

/**
 * How long the frame control's script holds the empty frame (`withEmptyCleanView`): longer than
 * the options page's hold, as the clean view's click-to-paint varies by ±50 ms from one open to
 * the next (the frame's navigation starts at a different time after the click): held 100 ms, it
 * read 63–140 ms over in short runs.
 */
export const FRAME_HOLD_MS = 300;

/**
 * Adds to the build in `dir` the readiness control: `busy-options.html`, the options page whose
 * head runs a script that holds its main thread ${BUSY_PAGE_MS} ms. Opened as the options page
 * is, it must read about that much later: "ready" sees an extension page's own work.
 */
export function withBusyOptionsPage(dir: string): string {
  writeFileSync(join(dir, 'busy.js'), `{const t=performance.now();while(performance.now()-t<${BUSY_PAGE_MS});}`);
  const options = readFileSync(join(dir, 'options.html'), 'utf8');
  const busy = options.replace('</head>', '<script src="/busy.js"></script></head>');
  if (busy === options) throw new Error('the options page is not as the control expects');
  writeFileSync(join(dir, 'busy-options.html'), busy);
  // Firefox's test build lets a tab open its options page (WebDriver BiDi cannot open it directly): this one too.
  editManifest<{ web_accessible_resources?: unknown[] }>(dir, (m) => {
    const shared = m.web_accessible_resources;
    return shared?.includes('options.html') ? { ...m, web_accessible_resources: [...shared, 'busy-options.html'] } : m;
  });
  return dir;
}

/** The readiness control's times: the options page, and the same held (`withBusyOptionsPage`). */
export interface ControlTimes {
  floorMs: number[];
  busyMs: number[];
}

export const noControlTimes = (): ControlTimes => ({ floorMs: [], busyMs: [] });

/** The control's two pages opened in turn, `opens` times, each timed by `ready` (ms from its navigation). */
export async function controlTimes(opens: number, ready: (path: string) => Promise<number>): Promise<ControlTimes> {
  const times = noControlTimes();
  for (let i = 0; i < opens; i++) {
    times.floorMs.push(await ready('options.html'));
    times.busyMs.push(await ready('busy-options.html'));
  }
  return times;
}

/** The clean view's floor (an empty frame), with the readiness control beside. */
export async function launchCleanViewFloor(): Promise<ChromiumSession> {
  const build = withBusyOptionsPage(withEmptyCleanView(CHROME_BUILD, 'empty-frame-chrome-mv3'));
  return prepare(await launchChromium(build, new Map([[giantPage.url, giantPage.html]])));
}

export interface Browsers {
  withExtension: ChromiumSession;
  without: ChromiumSession;
  floor: ChromiumSession;
  close(): Promise<void>;
}

/** tsx compiles with keepNames: functions sent to a page call esbuild's `__name` helper. */
export async function prepare(session: ChromiumSession): Promise<ChromiumSession> {
  await session.context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  return session;
}

export async function launchBrowsers(): Promise<Browsers> {
  const extra = new Map([[giantPage.url, giantPage.html]]);
  const withExtension = await prepare(await launchChromium(CHROME_BUILD, extra));
  const without = await prepare(await launchChromium(null, extra));
  const floor = await prepare(await launchChromium(withDeclutterScript(CHROME_BUILD, 'floor-chrome-mv3', ''), extra));
  return {
    withExtension,
    without,
    floor,
    async close() {
      await Promise.all([withExtension.close(), without.close(), floor.close()]);
    },
  };
}

/** Polls `fn` in the page until `ok`; a timeout is a failure, never a figure. */
export async function waitFor<T>(page: Page, fn: () => T, ok: (v: T) => boolean, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = (await page.evaluate(fn)) as T;
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
