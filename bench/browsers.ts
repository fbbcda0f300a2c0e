/**
 * The three browsers the benchmark compares side by side: with the production extension, without
 * any extension, and with the floor (the same extension whose document_start script is empty: what
 * any extension with a content script costs a page). Every other request is blocked, as in the tests.
 */
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../test/e2e/chromium';
import { CHROME_BUILD } from '../test/e2e/site';
import { giantPage, PROJECT_DIR } from '../test/pages';

export const FLOOR_BUILD = join(PROJECT_DIR, 'bench', 'tmp', 'floor-chrome-mv3');

function buildFloor(): string {
  rmSync(FLOOR_BUILD, { recursive: true, force: true });
  cpSync(CHROME_BUILD, FLOOR_BUILD, { recursive: true });
  writeFileSync(join(FLOOR_BUILD, 'declutter.js'), '');
  return FLOOR_BUILD;
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
  const floor = await prepare(await launchChromium(buildFloor(), extra));
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
