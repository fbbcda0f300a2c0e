// The reader's ways in (src/extension/browser-entries.ts) with WXT's fakeBrowser: each is wired
// only where the browser has its API, and without a sidebar (Firefox for Android) the toolbar
// button opens the panel's page for the current tab.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ANDROID_LACKS, optionalApis, wireEntries, type OptionalApis, type PageActions } from '../../src/extension/browser-entries';
import { fixturePage } from '../pages';

// The menus' titles in English: the fake browser has no i18n.
vi.mock('../../src/extension/i18n', async () => ({ t: (await import('../../src/i18n/translate')).english }));

let done: string[];
const actions: PageActions = {
  toggleCleanView: (tabId) => void done.push(`clean view ${tabId}`),
  showOriginal: (tabId) => void done.push(`original ${tabId}`),
  startPicker: (tabId) => void done.push(`picker ${tabId}`),
};

/** A stand-in for an event of the browser: its listeners, called by the test. */
function event<A extends unknown[]>() {
  const listeners: Array<(...args: A) => void> = [];
  return { addListener: (l: (...args: A) => void) => void listeners.push(l), fire: (...args: A) => listeners.forEach((l) => l(...args)) };
}

/** Menus and commands as a desktop browser has them, recording what is made. */
function desktopApis() {
  const made: string[] = [];
  const menuClicked = event<[{ menuItemId: string }, { id?: number; url?: string }]>();
  const command = event<[string, { id?: number; url?: string } | undefined]>();
  const toggles: string[] = [];
  const apis = {
    sidebarAction: { toggle: async () => void toggles.push('toggle') },
    contextMenus: {
      removeAll: async () => {},
      create: (item: { id: string; contexts: string[] }) => made.push(`${item.id}: ${item.contexts.join(', ')}`),
      onClicked: menuClicked,
    },
    commands: { onCommand: command },
  } as unknown as OptionalApis;
  return { apis, made, menuClicked, command, toggles };
}

beforeEach(() => {
  fakeBrowser.reset();
  done = [];
});

describe('the ways in', () => {
  it('without what Firefox for Android lacks: nothing but the toolbar button, which opens the article’s page', async () => {
    const full = desktopApis();
    const apis = optionalApis({ ...full.apis, sidePanel: {}, tabs: {} }, ANDROID_LACKS);
    expect(apis).toEqual({});
    expect(wireEntries(apis, actions)).toBe('article-page');
    const article = await fakeBrowser.tabs.create({ url: fixturePage.url, active: true });
    await fakeBrowser.action.onClicked.trigger(article);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const urls = (await fakeBrowser.tabs.query({})).map((tab) => tab.url);
    expect(urls.at(-1)).toBe(`chrome-extension://test-extension-id/sidepanel.html?tabId=${article.id}&standalone=1`);
    expect(urls).toHaveLength(3); // the browser's first tab, the article, its page
  });

  it('keeps what a browser has, and only that', () => {
    const full = desktopApis();
    expect(Object.keys(optionalApis({ ...full.apis, sidePanel: undefined, tabs: {} }))).toEqual([
      'sidebarAction',
      'contextMenus',
      'commands',
    ]);
    expect(Object.keys(optionalApis(full.apis, ['commands']))).toEqual(['sidebarAction', 'contextMenus']);
  });

  it('on desktop Firefox: the button toggles the sidebar; the menus and the command act on the page', async () => {
    const desktop = desktopApis();
    expect(wireEntries(desktop.apis, actions)).toBe('sidebar');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(desktop.made).toEqual(['toggle-clean-view: page', 'hide-element: page, link, image', 'show-original: page']);
    const tab = await fakeBrowser.tabs.create({ url: fixturePage.url });
    await fakeBrowser.action.onClicked.trigger(tab);
    expect(desktop.toggles).toEqual(['toggle']);
    desktop.menuClicked.fire({ menuItemId: 'toggle-clean-view' }, tab);
    desktop.menuClicked.fire({ menuItemId: 'hide-element' }, tab);
    desktop.menuClicked.fire({ menuItemId: 'show-original' }, { id: 9, url: 'https://example.org/' }); // not SCMP: nothing
    desktop.command.fire('toggle-clean-view', tab);
    desktop.command.fire('something-else', tab);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(done).toEqual([`clean view ${tab.id}`, `picker ${tab.id}`, `clean view ${tab.id}`]);
  });

  it('in Chrome: the button opens the side panel by itself, with no click handler of ours', async () => {
    const behaviour: unknown[] = [];
    const apis = { sidePanel: { setPanelBehavior: async (b: unknown) => void behaviour.push(b) } } as OptionalApis;
    expect(wireEntries(apis, actions)).toBe('side-panel');
    expect(behaviour).toEqual([{ openPanelOnActionClick: true }]);
    expect(fakeBrowser.action.onClicked.hasListeners()).toBe(false);
  });
});
