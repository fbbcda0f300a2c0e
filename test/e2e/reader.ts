/**
 * One reader's scenario, written once and run in both browsers: what a scenario needs of a
 * browser (open an SCMP page, the panel for it, an extension page, the clean view over it), over
 * Chromium's driver (Playwright) and Firefox's (puppeteer over WebDriver BiDi). Everything a
 * scenario reads or does in a page goes through `run`, a function evaluated in that page.
 */
import type { Frame as PlaywrightFrame, Page as PlaywrightPage } from 'playwright-core';
import type { Frame as PuppeteerFrame, Page as PuppeteerPage } from 'puppeteer-core';
import { cleanViewFrame as chromiumCleanView, launchChromium } from './chromium';
import { cleanViewFrame as firefoxCleanView, launchFirefox, openExtensionPage, openScmpPage, sidebarPath } from './firefox';
import { FIREFOX_E2E_BUILD } from './site';

/** A page or frame of the browser: a function evaluated in it, with one argument. */
export interface View {
  run<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
}

export interface Tab extends View {
  close(): Promise<void>;
}

export interface ReaderBrowser {
  /** An SCMP page in a new tab, loaded. */
  openPage(url: string): Promise<Tab>;
  /** The panel (Chromium's side panel page, Firefox's sidebar page) for the tab showing `url`, its article drawn. */
  openPanel(url: string): Promise<Tab>;
  /** Another page of the extension (`options.html`), opened as a tab. */
  openExtensionPage(path: string): Promise<Tab>;
  /** The clean view's frame over `page`, once `ready` (a selector) is in it. */
  cleanView(page: Tab, ready?: string): Promise<View>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The browser's own language, e.g. `zh-TW`. */
  lang?: string;
}

/** The browsers every shared scenario runs in, by the name a test's title gives. */
export const READER_BROWSERS: { name: string; launch(options?: LaunchOptions): Promise<ReaderBrowser> }[] = [
  { name: 'Chromium', launch: chromiumReader },
  { name: 'Firefox ESR', launch: firefoxReader },
];

/** Polls `fn` in `view` until `ok` holds or `timeoutMs` passes; answers the last value. */
export async function waitIn<T>(view: View, fn: () => T, ok: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await view.run(fn);
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    value = await view.run(fn);
  }
  return value;
}

const articleDrawn = () => document.querySelector('article h1') !== null;

// The drivers type evaluate() over their own handle types; the scenarios pass plain data, so the
// one-argument form is the same call in both.
type PageFunction = (arg: unknown) => unknown;
const playwrightView = (target: PlaywrightPage | PlaywrightFrame): View => ({
  run: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) => target.evaluate(fn as PageFunction, arg) as Promise<R>,
});
const puppeteerView = (target: PuppeteerPage | PuppeteerFrame): View => ({
  run: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) => target.evaluate(fn as PageFunction, arg) as Promise<R>,
});

async function chromiumReader(options: LaunchOptions = {}): Promise<ReaderBrowser> {
  const session = await launchChromium(undefined, undefined, options);
  const pages = new Map<Tab, PlaywrightPage>();
  const tab = (page: PlaywrightPage): Tab => {
    const opened = { ...playwrightView(page), close: () => page.close() };
    pages.set(opened, page);
    return opened;
  };
  const extensionPage = async (path: string) => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/${path}`);
    return page;
  };
  return {
    async openPage(url) {
      const page = await session.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return tab(page);
    },
    async openPanel(url) {
      const panel = await extensionPage(`sidepanel.html?tabId=${await session.tabIdOf(url)}`);
      await panel.waitForSelector('article h1');
      return tab(panel);
    },
    openExtensionPage: async (path) => tab(await extensionPage(path)),
    cleanView: async (page, ready) => playwrightView(await chromiumCleanView(pages.get(page)!, ready)),
    close: () => session.close(),
  };
}

async function firefoxReader(options: LaunchOptions = {}): Promise<ReaderBrowser> {
  const session = await launchFirefox(FIREFOX_E2E_BUILD, options);
  const pages = new Map<Tab, PuppeteerPage>();
  const tab = (page: PuppeteerPage): Tab => {
    const opened = { ...puppeteerView(page), close: () => page.close() };
    pages.set(opened, page);
    return opened;
  };
  return {
    openPage: async (url) => tab(await openScmpPage(session, url)),
    async openPanel(url) {
      const sidebar = tab(await openExtensionPage(session, sidebarPath(url)));
      await waitIn(sidebar, articleDrawn, (drawn) => drawn);
      return sidebar;
    },
    openExtensionPage: async (path) => tab(await openExtensionPage(session, path)),
    cleanView: async (page, ready = 'article h1') => puppeteerView(await firefoxCleanView(pages.get(page)!, ready)),
    close: () => session.close(),
  };
}
