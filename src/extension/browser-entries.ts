/**
 * The reader's ways in: the toolbar button, the page's context menu and the keyboard command,
 * each wired only where the browser has it. Firefox for Android has no sidebar, no commands and
 * no menus: there the toolbar button (an item of the Add-ons menu) opens the panel's page for
 * the current tab, and the background's other work (settings, rules, messages) starts as it
 * does everywhere.
 */
import { browser, type Browser } from 'wxt/browser';
import { isArticleUrl, isScmpUrl, SCMP_MATCH_PATTERNS } from '../rules/site';
import { t } from './i18n';

type Tab = Browser.tabs.Tab;

interface SidePanelApi {
  setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
}
interface SidebarActionApi {
  toggle(): Promise<void>;
}

/** The APIs some browsers lack, each absent where the browser has none. */
export interface OptionalApis {
  sidePanel?: SidePanelApi;
  sidebarAction?: SidebarActionApi;
  contextMenus?: typeof browser.contextMenus;
  commands?: typeof browser.commands;
}

export type OptionalApiName = keyof OptionalApis;

/** What Firefox for Android lacks of them (Mozilla's compatibility data). */
export const ANDROID_LACKS: readonly OptionalApiName[] = ['sidePanel', 'sidebarAction', 'contextMenus', 'commands'];

/**
 * The optional APIs of `namespace` (the extension's `browser`), less those in `without`: the
 * Android test build takes away what Firefox for Android lacks, on desktop Firefox.
 */
export function optionalApis(namespace: object, without: readonly OptionalApiName[] = []): OptionalApis {
  const source = namespace as Record<OptionalApiName, unknown>;
  const apis: Record<string, unknown> = {};
  for (const name of ANDROID_LACKS) {
    // A namespace the browser does not have reads as undefined (Chrome's `chrome.x`, Firefox's `browser.x`).
    if (!without.includes(name) && source[name] != null) apis[name] = source[name];
  }
  return apis as OptionalApis;
}

/** The toolbar action: `action` in MV3, `browserAction` in Firefox's MV2. */
export const toolbarAction = (): typeof browser.action =>
  browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

/** The panel's content as a page of its own, for one tab (`standalone`: it offers a way back). */
export const articlePagePath = (tabId: number): string => `/sidepanel.html?tabId=${tabId}&standalone=1`;

export type ToolbarEntry = 'side-panel' | 'sidebar' | 'article-page';

/** Opens the panel's page for `tab`, in a new tab (only `url`: Android ignores where to put it). */
export async function openArticlePage(tab: Tab): Promise<void> {
  if (tab.id === undefined) return;
  await browser.tabs.create({ url: browser.runtime.getURL(articlePagePath(tab.id) as '/sidepanel.html') });
}

/**
 * Chrome: the button opens the side panel. Firefox: it toggles the sidebar. Without either
 * (Firefox for Android): it opens the panel's page for the current tab.
 */
export function wireToolbar(apis: OptionalApis): ToolbarEntry {
  if (apis.sidePanel) {
    void apis.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
    return 'side-panel';
  }
  const { sidebarAction } = apis;
  // toggle() keeps the click's user gesture only when called at once, inside the handler.
  if (sidebarAction) toolbarAction().onClicked.addListener(() => void sidebarAction.toggle());
  else toolbarAction().onClicked.addListener((tab) => void openArticlePage(tab));
  return sidebarAction ? 'sidebar' : 'article-page';
}

const MENU_CLEAN_VIEW = 'toggle-clean-view';
const MENU_SHOW_ORIGINAL = 'show-original';
const MENU_PICK = 'hide-element';

/** What the menus and the command ask of a tab's page. */
export interface PageActions {
  toggleCleanView(tabId: number): void;
  showOriginal(tabId: number): void;
  startPicker(tabId: number): void;
}

/** The page's context menu on SCMP pages, where the browser has menus. */
export function wireContextMenus(menus: typeof browser.contextMenus, actions: PageActions): void {
  browser.runtime.onInstalled.addListener(() => {
    void menus.removeAll().then(() => {
      const on = { documentUrlPatterns: SCMP_MATCH_PATTERNS };
      menus.create({ id: MENU_CLEAN_VIEW, title: t('menuCleanView'), contexts: ['page'], ...on });
      menus.create({ id: MENU_PICK, title: t('menuPick'), contexts: ['page', 'link', 'image'], ...on });
      menus.create({ id: MENU_SHOW_ORIGINAL, title: t('menuShowOriginal'), contexts: ['page'], ...on });
    });
  });
  menus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined || !isScmpUrl(tab.url ?? '')) return;
    if (info.menuItemId === MENU_CLEAN_VIEW && isArticleUrl(tab.url ?? '')) actions.toggleCleanView(tab.id);
    if (info.menuItemId === MENU_SHOW_ORIGINAL) actions.showOriginal(tab.id);
    if (info.menuItemId === MENU_PICK) actions.startPicker(tab.id);
  });
}

/** The keyboard command (Alt+Shift+R), where the browser has commands. */
export function wireCommand(commands: typeof browser.commands, actions: PageActions): void {
  commands.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-clean-view') return;
    void (async () => {
      const active = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      if (active?.id !== undefined && isArticleUrl(active.url ?? '')) actions.toggleCleanView(active.id);
    })();
  });
}

/** Every way in that this browser has. */
export function wireEntries(apis: OptionalApis, actions: PageActions): ToolbarEntry {
  if (apis.contextMenus) wireContextMenus(apis.contextMenus, actions);
  if (apis.commands) wireCommand(apis.commands, actions);
  return wireToolbar(apis);
}
