/** Debian's Chromium with the production Chrome build loaded, driven by playwright-core. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { CDN_IMAGE, CDN_IMAGE_TYPE, cdnImage, CHROME_BUILD, isHttp, pageFor, servedPages } from './site';

/**
 * Headless Debian Chromium as root on a machine with no network but the registries: no sandbox,
 * no GPU, and none of the background connections (refused here, many at a time, otherwise).
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface ChromiumSession {
  context: BrowserContext;
  /** '' when launched without the extension (benchmark baseline). */
  extensionId: string;
  /** Every http(s) request that was blocked (anything but the served pages). */
  blocked: string[];
  /** The id of the tab showing `url`, asked of the extension's service worker. */
  tabIdOf(url: string): Promise<number>;
  close(): Promise<void>;
}

export async function launchChromium(
  extensionPath: string | null = CHROME_BUILD,
  extraPages?: Map<string, string>,
  /** `speechEnv`: the system's voices, through the private speech-dispatcher of test/e2e/speech.ts. */
  options: { speechEnv?: Record<string, string>; /** The browser's own language, e.g. `zh-TW`. */ lang?: string } = {},
): Promise<ChromiumSession> {
  const profile = mkdtempSync(join(tmpdir(), 'declutter-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      ...(extensionPath ? [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`] : ['--disable-extensions']),
      ...CHROMIUM_FLAGS,
      ...(options.speechEnv ? ['--enable-speech-dispatcher'] : []),
      ...(options.lang ? [`--lang=${options.lang}`] : []),
    ],
    ...(options.speechEnv || options.lang
      ? { env: { ...process.env, ...options.speechEnv, ...(options.lang ? { LANGUAGE: options.lang.replace('-', '_') } : {}) } }
      : {}),
  });
  const pages = servedPages();
  for (const [url, html] of extraPages ?? []) pages.set(url, html);
  const blocked: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!isHttp(url)) return route.continue(); // chrome-extension:// and data: stay the browser's
    const html = pageFor(pages, url);
    if (html !== undefined && route.request().resourceType() === 'document') {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    }
    if (CDN_IMAGE.test(url)) return route.fulfill({ status: 200, contentType: CDN_IMAGE_TYPE, body: cdnImage });
    blocked.push(url);
    return route.abort();
  });
  let extensionId = '';
  if (extensionPath) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    blocked,
    async tabIdOf(url: string) {
      const worker = context.serviceWorkers()[0];
      // Runs in the extension's service worker, where `chrome` is the extension API.
      const id = await worker?.evaluate(async (u) => {
        const api = (globalThis as unknown as { chrome: { tabs: { query(q: { url: string }): Promise<{ id?: number }[]> } } }).chrome;
        return (await api.tabs.query({ url: u }))[0]?.id;
      }, url);
      if (typeof id !== 'number') throw new Error(`no tab shows ${url}`);
      return id;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The clean view frame over `page`, once `ready` (a selector) is in it; waits up to `timeoutMs`. */
export async function cleanViewFrame(page: Page, ready = 'article h1', timeoutMs = 15_000): Promise<Frame> {
  for (let i = 0; i < timeoutMs / 100; i++) {
    const frame = page.frames().find((f) => f.url().endsWith('/cleanview.html'));
    if (frame && (await frame.$(ready))) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error(`no clean view frame holding ${ready}`);
}
