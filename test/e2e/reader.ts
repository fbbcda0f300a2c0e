/**
 * One reader's scenario, written once and run in both browsers: what a scenario needs of a
 * browser (open an SCMP page, the panel for it, an extension page, the clean view over it), over
 * Chromium's driver (Playwright) and Firefox's (puppeteer over WebDriver BiDi). Everything a
 * scenario reads or does in a page goes through `run`, a function evaluated in that page.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Frame as PlaywrightFrame, Page as PlaywrightPage } from 'playwright-core';
import type { Frame as PuppeteerFrame, Page as PuppeteerPage } from 'puppeteer-core';
import { cleanViewFrame as chromiumCleanView, launchChromium } from './chromium';
import { cleanViewFrame as firefoxCleanView, launchFirefox, openExtensionPage, openScmpPage, sidebarPath } from './firefox';
import { FIREFOX_E2E_BUILD, PANEL_ARTICLE } from './site';

/** A page or frame of the browser: a function evaluated in it, with one argument. */
export interface View {
  run<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
}

export interface Tab extends View {
  /** Moves the mouse to a point of the tab's viewport, and presses a key (as a reader's hand does). */
  mouseMove(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  /** Reloads the tab, until its load event. */
  reload(): Promise<void>;
  /** From the next document on, runs `fn(arg)` in the page's own world before its own scripts. */
  addInitScript(fn: (arg: string) => void, arg: string): Promise<void>;
  /** Brings the tab to the front, where the reader looks (a hidden tab's timers and frames are slowed). */
  bringToFront(): Promise<void>;
  /** From now on, the tab's console errors and CSP reports are problems. */
  watchConsole(problems: Problems): void;
  close(): Promise<void>;
}

/** Where a test collects what must never happen, each as `<where>: <text>`. */
export interface Problems {
  list: string[];
  where: string;
}

/** What a tab must also do as it opens. */
export interface TabOptions {
  /**
   * A self-contained function run in the page's own world before its own scripts (a canary, a
   * heartbeat), with `initArg`.
   */
  initScript?: (arg: string) => void;
  initArg?: string;
  /**
   * Collects, from the first moment, the tab's dialogs (dismissed) and uncaught errors; an
   * extension page's console errors and CSP reports too. A web page's console is its own until
   * `watchConsole` (its blocked requests are logged there as it loads).
   */
  problems?: Problems;
}

export interface ReaderBrowser {
  /** Every http(s) request that was blocked (anything but the served pages). */
  readonly blocked: readonly string[];
  /** An SCMP page in a new tab, loaded. */
  openPage(url: string, options?: TabOptions): Promise<Tab>;
  /**
   * The panel (Chromium's side panel page, Firefox's sidebar page) for the tab showing `url`,
   * once `ready` (a selector: by default its article's headline) is drawn.
   */
  openPanel(url: string, options?: TabOptions & { ready?: string }): Promise<Tab>;
  /** Another page of the extension (`options.html`), opened as a tab. */
  openExtensionPage(path: string): Promise<Tab>;
  /** Clicks `selector` in `view` as the driver clicks best: Playwright only once it is visible and enabled. */
  click(view: View, selector: string): Promise<void>;
  /** Chooses `value` in the `<select>` at `selector`, as a reader would (its input and change events). */
  select(view: View, selector: string, value: string): Promise<void>;
  /**
   * Clicks `selector` in `view` and reads back the one file the browser saves, its name and text.
   * `name` is the one expected: Firefox writes under a name of its own first, then renames.
   */
  download(view: View, selector: string, name: string): Promise<{ name: string; text: string }>;
  /** A file of the disk (a saved page) in a new tab, loaded as the reader would open it. */
  openFile(path: string): Promise<Tab>;
  /** The clean view's frame over `page`, once `ready` (a selector: by default its headline) is in it. */
  cleanView(page: Tab, ready?: string, timeoutMs?: number): Promise<View>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The browser's own language, e.g. `zh-TW`. */
  lang?: string;
  /** Pages served besides the fixture and the real pages, by address. */
  extraPages?: Map<string, string>;
  /** Saving and copying are tested: downloads are kept without asking, the clipboard can be read. */
  keeping?: boolean;
  /** The system's voices, through the private speech-dispatcher of test/e2e/speech.ts. */
  speechEnv?: Record<string, string>;
}

/** The browsers every shared scenario runs in, by the name a test's title gives. */
export const READER_BROWSERS: { name: string; launch(options?: LaunchOptions): Promise<ReaderBrowser> }[] = [
  { name: 'Chromium', launch: chromiumReader },
  { name: 'Firefox ESR', launch: firefoxReader },
];

/** The longest a panel may take to draw (a 5 MB page, on a loaded machine). */
const PANEL_READY_MS = 60_000;

/** Polls `fn(arg)` in `view` until `ok` holds or `timeoutMs` passes; answers the last value. */
export async function waitIn<T, A = undefined>(
  view: View,
  fn: (arg: A) => T | Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 15_000,
  arg?: A,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await view.run(fn, arg);
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    value = await view.run(fn, arg);
  }
  return value;
}

/** What both drivers' pages emit that a test of trust must see. */
interface Emitter {
  on(event: 'dialog', listener: (dialog: { message(): string; dismiss(): Promise<void> }) => void): unknown;
  on(event: 'console', listener: (message: { type(): string; text(): string }) => void): unknown;
  on(event: 'pageerror', listener: (error: Error) => void): unknown;
}

function watchDialogsAndErrors(page: Emitter, { list, where }: Problems): void {
  page.on('dialog', (dialog) => {
    list.push(`${where}: dialog ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => list.push(`${where}: ${String(error)}`));
}

function watchConsole(page: Emitter, { list, where }: Problems): void {
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content.Security.Policy|Refused to/i.test(m.text())) list.push(`${where}: ${m.text()}`);
  });
}

/** Starts watching a new tab as `options` ask: all of an extension page, a web page's dialogs and errors. */
function watchTab(page: Emitter, { problems }: TabOptions, extensionPage: boolean): void {
  if (!problems) return;
  watchDialogsAndErrors(page, problems);
  if (extensionPage) watchConsole(page, problems);
}

// The drivers type evaluate() over their own handle types; the scenarios pass plain data, so the
// one-argument form is the same call in both. Each view remembers what it drives.
type PageFunction = (arg: unknown) => unknown;
type PlaywrightTarget = PlaywrightPage | PlaywrightFrame;
type PuppeteerTarget = PuppeteerPage | PuppeteerFrame;
const playwrightTargets = new WeakMap<View, PlaywrightTarget>();
const puppeteerTargets = new WeakMap<View, PuppeteerTarget>();
/** The page a tab drives (a tab's target is always a page; a frame's view is no tab). */
const pageOf = <P>(targets: WeakMap<View, unknown>, tab: Tab) => targets.get(tab) as P;

function playwrightView(target: PlaywrightTarget): View {
  const view = { run: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) => target.evaluate(fn as PageFunction, arg) as Promise<R> };
  playwrightTargets.set(view, target);
  return view;
}
function puppeteerView(target: PuppeteerTarget): View {
  const view = { run: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) => target.evaluate(fn as PageFunction, arg) as Promise<R> };
  puppeteerTargets.set(view, target);
  return view;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const clickInPage = (view: View, selector: string) => view.run((s) => (document.querySelector(s) as HTMLElement | null)?.click(), selector);

/**
 * The file `name` saved into `folder`, once it is there and no part of it is still being written:
 * read, then removed. Answers what the folder holds when that is not exactly the file.
 */
async function takeSavedFile(folder: string, name: string): Promise<{ name: string; text: string }> {
  const done = () => existsSync(join(folder, name)) && !readdirSync(folder).some((f) => f.endsWith('.part'));
  for (let i = 0; i < 100 && !done(); i++) await sleep(100);
  const files = readdirSync(folder);
  if (files.length !== 1 || files[0] !== name) return { name: files.join(', ') || 'nothing saved', text: '' };
  const path = join(folder, name);
  const text = readFileSync(path, 'utf8');
  rmSync(path);
  return { name, text };
}

async function chromiumReader(options: LaunchOptions = {}): Promise<ReaderBrowser> {
  const session = await launchChromium(undefined, options.extraPages, { lang: options.lang, speechEnv: options.speechEnv });
  if (options.keeping) await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const tab = (page: PlaywrightPage): Tab => {
    const opened = Object.assign(playwrightView(page), {
      mouseMove: (x: number, y: number) => page.mouse.move(x, y),
      press: (key: string) => page.keyboard.press(key),
      reload: async () => void (await page.reload({ waitUntil: 'load' })),
      addInitScript: async (fn: (arg: string) => void, arg: string) => void (await page.addInitScript(fn, arg)),
      bringToFront: () => page.bringToFront(),
      watchConsole: (problems: Problems) => watchConsole(page, problems),
      close: () => page.close(),
    });
    return opened;
  };
  const newPage = async (tabOptions: TabOptions = {}, extensionPage = false) => {
    const page = await session.context.newPage();
    if (tabOptions.initScript) await page.addInitScript(tabOptions.initScript, tabOptions.initArg ?? '');
    watchTab(page, tabOptions, extensionPage);
    return page;
  };
  const extensionPage = async (path: string, tabOptions?: TabOptions) => {
    const page = await newPage(tabOptions, true);
    await page.goto(`chrome-extension://${session.extensionId}/${path}`);
    return page;
  };
  const target = (view: View) => playwrightTargets.get(view)!;
  return {
    blocked: session.blocked,
    async openPage(url, tabOptions) {
      const page = await newPage(tabOptions);
      await page.goto(url, { waitUntil: 'load' });
      return tab(page);
    },
    async openPanel(url, { ready = PANEL_ARTICLE, ...tabOptions } = {}) {
      const panel = await extensionPage(`sidepanel.html?tabId=${await session.tabIdOf(url)}`, tabOptions);
      await panel.waitForSelector(ready, { timeout: PANEL_READY_MS });
      return tab(panel);
    },
    openExtensionPage: async (path) => tab(await extensionPage(path)),
    click: (view, selector) => target(view).click(selector),
    select: async (view, selector, value) => void (await target(view).selectOption(selector, value)),
    async download(view, selector) {
      const where = target(view);
      const page = 'parentFrame' in where ? where.page() : where; // a frame's downloads are its page's
      const [file] = await Promise.all([page.waitForEvent('download'), where.click(selector)]);
      return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
    },
    async openFile(path) {
      const page = await session.context.newPage();
      await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
      return tab(page);
    },
    cleanView: async (page, ready, timeoutMs) =>
      playwrightView(await chromiumCleanView(pageOf<PlaywrightPage>(playwrightTargets, page), ready, timeoutMs)),
    close: () => session.close(),
  };
}

async function firefoxReader(options: LaunchOptions = {}): Promise<ReaderBrowser> {
  // BiDi has no handle on a download: Firefox saves into a folder of the test's without asking.
  const downloads = options.keeping ? mkdtempSync(join(tmpdir(), 'declutter-firefox-downloads-')) : undefined;
  const session = await launchFirefox(FIREFOX_E2E_BUILD, { ...options, downloadDir: downloads });
  const tab = (page: PuppeteerPage): Tab => {
    // puppeteer types `on` over its whole event map; the events used have the shapes of Emitter.
    const emitter = page as unknown as Emitter;
    const opened = Object.assign(puppeteerView(page), {
      mouseMove: (x: number, y: number) => page.mouse.move(x, y),
      press: (key: string) => page.keyboard.press(key as Parameters<PuppeteerPage['keyboard']['press']>[0]),
      reload: async () => void (await page.reload({ waitUntil: 'load' })),
      addInitScript: async (fn: (arg: string) => void, arg: string) => void (await page.evaluateOnNewDocument(fn, arg)),
      bringToFront: () => page.bringToFront(),
      watchConsole: (problems: Problems) => watchConsole(emitter, problems),
      close: () => page.close(),
    });
    return opened;
  };
  const prepare =
    (tabOptions: TabOptions = {}, extensionPage = false) =>
    async (page: PuppeteerPage) => {
      if (tabOptions.initScript) await page.evaluateOnNewDocument(tabOptions.initScript, tabOptions.initArg ?? '');
      watchTab(page as unknown as Emitter, tabOptions, extensionPage);
    };
  return {
    blocked: session.blocked,
    openPage: async (url, tabOptions) => tab(await openScmpPage(session, url, prepare(tabOptions))),
    async openPanel(url, { ready = PANEL_ARTICLE, ...tabOptions } = {}) {
      const sidebar = tab(await openExtensionPage(session, sidebarPath(url), prepare(tabOptions, true)));
      await waitIn(
        sidebar,
        (selector) => document.querySelector(selector) !== null,
        (drawn) => drawn,
        PANEL_READY_MS,
        ready,
      );
      return sidebar;
    },
    openExtensionPage: async (path) => tab(await openExtensionPage(session, path)),
    // The element's own click(), as Firefox's tests have always clicked under BiDi.
    click: async (view, selector) => void (await clickInPage(view, selector)),
    select: async (view, selector, value) =>
      void (await view.run(
        ([s, v]) => {
          const select = document.querySelector(s) as HTMLSelectElement;
          select.value = v;
          for (const type of ['input', 'change']) select.dispatchEvent(new Event(type, { bubbles: true }));
        },
        [selector, value] as const,
      )),
    async download(view, selector, name) {
      if (!downloads) throw new Error('launched without `keeping`: no folder for downloads');
      await clickInPage(view, selector);
      return takeSavedFile(downloads, name);
    },
    async openFile(path) {
      const page = await session.newPage();
      await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
      return tab(page);
    },
    cleanView: async (page, ready = 'article h1', timeoutMs) =>
      puppeteerView(await firefoxCleanView(pageOf<PuppeteerPage>(puppeteerTargets, page), ready, timeoutMs)),
    async close() {
      await session.close();
      if (downloads) rmSync(downloads, { recursive: true, force: true });
    },
  };
}
