/** Debian's Firefox ESR with the production Firefox build installed, driven by puppeteer-core (WebDriver BiDi). */
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import {
  CDN_IMAGE,
  CDN_IMAGE_TYPE,
  cdnImage,
  FIREFOX_ADDON_ID,
  FIREFOX_BUILD,
  FIREFOX_UUID,
  hidingInForce,
  isHttp,
  pageFor,
  servedPages,
} from './site';

export interface FirefoxSession {
  browser: Browser;
  blocked: string[];
  /** A new tab whose http(s) requests are served or blocked. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(
  extensionPath = FIREFOX_BUILD,
  /** `speechEnv`: the system's voices, through the private speech-dispatcher of test/e2e/speech.ts.
   *  `install: false`: start without the extension (the test installs it later, by `browser.installExtension`). */
  options: {
    speechEnv?: Record<string, string>;
    install?: boolean;
    extraPages?: Map<string, string>;
    /** e.g. `zh-TW` (its language pack: test/setup-browsers.sh) */ lang?: string;
    /** Downloads are saved here without asking. */ downloadDir?: string;
    /** Every request no page of the test intercepts fails (tabs the extension opens itself). */ offline?: boolean;
  } = {},
): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    ...(options.speechEnv ? { env: { ...process.env, ...options.speechEnv } } : {}),
    extraPrefsFirefox: {
      'browser.shell.checkDefaultBrowser': false,
      // A known moz-extension:// address for the sidebar page.
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
      // The browser's own language, from Debian's language pack: an add-on of the application's
      // scope (/usr/lib/firefox-esr/browser/extensions). Only that scope is added to the profile's
      // (1 + 4): add-ons installed system-wide (scope 8, /usr/share/mozilla/extensions, where
      // Debian's webext-* packages go) and per user (2) stay out of the tests.
      ...(options.lang ? { 'intl.locale.requested': options.lang, 'extensions.enabledScopes': 5, 'extensions.autoDisableScopes': 0 } : {}),
      // A proxy that answers nothing: only the intercepted pages' requests are answered.
      ...(options.offline
        ? {
            'network.proxy.type': 1,
            'network.proxy.http': '127.0.0.1',
            'network.proxy.http_port': 9,
            'network.proxy.ssl': '127.0.0.1',
            'network.proxy.ssl_port': 9,
          }
        : {}),
      ...(options.downloadDir
        ? {
            'browser.download.folderList': 2,
            'browser.download.dir': options.downloadDir,
            'browser.download.useDownloadDir': true,
            'browser.download.always_ask_before_handling_new_types': false,
            'browser.download.alwaysOpenPanel': false,
          }
        : {}),
    },
  });
  if (options.install !== false) await browser.installExtension(extensionPath);
  const pages = servedPages();
  for (const [url, html] of options.extraPages ?? []) pages.set(url, html);
  const blocked: string[] = [];
  return {
    browser,
    blocked,
    async newPage() {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const url = request.url();
        // A request the page gave up (a navigation away) cannot be answered any more: not an error.
        const settle = (answer: Promise<void>) => void answer.catch(() => {});
        if (!isHttp(url)) return settle(request.continue());
        const html = pageFor(pages, url);
        if (html !== undefined) {
          return settle(request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
        }
        if (CDN_IMAGE.test(url)) return settle(request.respond({ status: 200, contentType: CDN_IMAGE_TYPE, body: cdnImage }));
        blocked.push(url);
        return settle(request.abort());
      });
      return page;
    },
    async close() {
      await browser.close();
    },
  };
}

/** Poll a page-side expression (page.waitForFunction can hang under BiDi). */
export async function pollUntil<T>(page: Page, fn: () => T | Promise<T>, ok: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await page.evaluate(fn);
  while (!ok(value as T) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    value = await page.evaluate(fn);
  }
  return value as T;
}

/** An SCMP page in a new tab, loaded until the extension's content scripts are in (the first page after install may miss them). */
export async function openScmpPage(session: FirefoxSession, url: string, prepare?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await session.newPage();
  await prepare?.(page);
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.goto(url, { waitUntil: 'load' });
    if (await pollUntil(page, hidingInForce, (v) => v, 3_000)) return page;
  }
  throw new Error('the content script never ran');
}

/**
 * An extension page (`sidepanel.html?…`, `options.html`) of the e2e build, in a new tab opened
 * from a blank page: BiDi cannot navigate to moz-extension:// itself.
 */
export async function openExtensionPage(session: FirefoxSession, path: string, prepare?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await session.newPage();
  await prepare?.(page);
  await page.goto('about:blank');
  // Just after start-up the extension's address may not answer yet: ask again until it does.
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.evaluate((u) => {
      location.href = u;
    }, `moz-extension://${FIREFOX_UUID}/${path}`);
    if (
      await pollUntil(
        page,
        () => location.protocol === 'moz-extension:',
        (v) => v,
        3_000,
      )
    )
      return page;
  }
  throw new Error(`the extension page ${path} never opened`);
}

/** The sidebar page following the tab that shows `url`. */
export const sidebarPath = (url: string) => `sidepanel.html?tabUrl=${encodeURIComponent(url)}`;

/** The clean view's frame over `page`: the first frame of the page's own where `selector` matches (within `timeoutMs`). */
export async function cleanViewFrame(page: Page, selector: string, timeoutMs = 10_000): Promise<Frame> {
  for (let i = 0; i < timeoutMs / 100; i++) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      if (await frame.evaluate((s) => document.querySelector(s) !== null, selector).catch(() => false)) return frame;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no clean view frame holding ${selector}`);
}
