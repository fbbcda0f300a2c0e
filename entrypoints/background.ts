import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { Extraction } from '../src/article';
import { isArticleUrl, isScmpUrl } from '../src/detect';
import { onMessage, sendMessage, type TabState } from '../src/messages';
import { loadSettings, watchSettings } from '../src/storage';

const MENU_CLEAN_VIEW = 'toggle-clean-view';
const MENU_SHOW_ORIGINAL = 'show-original';
const SCMP_PATTERNS = ['https://www.scmp.com/*', 'https://scmp.com/*'];

/** The toolbar action: `action` in MV3, `browserAction` in Firefox's MV2. */
const toolbar = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

/** Put the pipeline and clean view into the tab (once; the script guards against twice). */
async function ensureReader(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/reader.js'] });
}

async function setCleanView(tabId: number, on: boolean | 'toggle'): Promise<boolean> {
  await ensureReader(tabId);
  return sendMessage('readerSet', { on }, tabId);
}

async function tabUrl(tabId: number): Promise<string> {
  return (await browser.tabs.get(tabId)).url ?? '';
}

export default defineBackground(() => {
  // Chrome: the toolbar button opens the side panel. Firefox: it toggles the sidebar.
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }).sidePanel;
  if (sidePanel) void sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
  const sidebarAction = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
  if (sidebarAction) toolbar().onClicked.addListener(() => void sidebarAction.toggle());

  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: MENU_CLEAN_VIEW, title: 'Clean view on / off', contexts: ['page'], documentUrlPatterns: SCMP_PATTERNS });
      browser.contextMenus.create({ id: MENU_SHOW_ORIGINAL, title: 'Show original (until reload)', contexts: ['page'], documentUrlPatterns: SCMP_PATTERNS });
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined || !isScmpUrl(tab.url ?? '')) return;
    if (info.menuItemId === MENU_CLEAN_VIEW && isArticleUrl(tab.url ?? '')) void setCleanView(tab.id, 'toggle');
    if (info.menuItemId === MENU_SHOW_ORIGINAL) void sendMessage('pausePage', undefined, tab.id);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-clean-view') return;
    void (async () => {
      const active = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      if (active?.id !== undefined && isArticleUrl(active.url ?? '')) await setCleanView(active.id, 'toggle');
    })();
  });

  onMessage('getSettings', () => loadSettings());
  // Settings apply to open tabs at once, without a reload.
  watchSettings((settings) => {
    void browser.tabs.query({ url: SCMP_PATTERNS }).then((tabs) => {
      for (const tab of tabs) if (tab.id !== undefined) void sendMessage('applySettings', settings, tab.id).catch(() => {});
    });
  });

  onMessage('cleanViewChanged', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    void toolbar().setBadgeText({ tabId, text: data.on ? 'ON' : '' });
    void toolbar().setBadgeBackgroundColor({ tabId, color: '#12545c' });
  });

  onMessage('openCleanView', async ({ sender }) => {
    if (sender.tab?.id !== undefined) await setCleanView(sender.tab.id, true);
  });

  onMessage('getArticle', async ({ data }): Promise<Extraction> => {
    const url = await tabUrl(data.tabId);
    if (!isArticleUrl(url)) return { isArticle: false, url, reason: 'Not an SCMP article.' };
    await ensureReader(data.tabId);
    return sendMessage('readerExtract', undefined, data.tabId);
  });

  onMessage('setCleanView', ({ data }) => setCleanView(data.tabId, data.on));
  onMessage('showOriginal', ({ data }) => sendMessage('pausePage', undefined, data.tabId));
  onMessage('getTabState', async ({ data }): Promise<TabState | null> => {
    if (!isScmpUrl(await tabUrl(data.tabId))) return null;
    return sendMessage('pageState', undefined, data.tabId).catch(() => null);
  });
});
