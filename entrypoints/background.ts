import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isArticleUrl, isScmpUrl, SCMP_MATCH_PATTERNS } from '../src/rules/site';
import { onMessage, sendMessage, type TabState } from '../src/extension/messages';
import { isDefault, type Settings } from '../src/extension/settings';
import { loadSettings, userRulesItem, watchSettings } from '../src/extension/storage';
import { addUserRule, newRule, refreshPlan } from '../src/extension/user-rules';
import { t } from '../src/extension/i18n';

const MENU_CLEAN_VIEW = 'toggle-clean-view';
const MENU_SHOW_ORIGINAL = 'show-original';
const MENU_PICK = 'hide-element';

/** The toolbar action: `action` in MV3, `browserAction` in Firefox's MV2. */
const toolbar = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

/** Only the page's own top frame answers: the clean view frame and SCMP's iframes do not. */
const topFrame = (tabId: number) => ({ tabId, frameId: 0 });

function setCleanView(tabId: number, on: boolean | 'toggle'): Promise<boolean> {
  return sendMessage('pageSetCleanView', { on }, topFrame(tabId));
}

async function tabUrl(tabId: number): Promise<string> {
  return (await browser.tabs.get(tabId)).url ?? '';
}

/** Chrome: the toolbar button opens the side panel. Firefox: it toggles the sidebar. */
function wireToolbar(): void {
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } })
    .sidePanel;
  if (sidePanel) void sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
  const sidebarAction = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
  if (sidebarAction) toolbar().onClicked.addListener(() => void sidebarAction.toggle());
}

/** The page's context menu on SCMP pages, and the keyboard command. */
function wireMenusAndCommand(): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({
        id: MENU_CLEAN_VIEW,
        title: t('menuCleanView'),
        contexts: ['page'],
        documentUrlPatterns: SCMP_MATCH_PATTERNS,
      });
      browser.contextMenus.create({
        id: MENU_PICK,
        title: t('menuPick'),
        contexts: ['page', 'link', 'image'],
        documentUrlPatterns: SCMP_MATCH_PATTERNS,
      });
      browser.contextMenus.create({
        id: MENU_SHOW_ORIGINAL,
        title: t('menuShowOriginal'),
        contexts: ['page'],
        documentUrlPatterns: SCMP_MATCH_PATTERNS,
      });
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined || !isScmpUrl(tab.url ?? '')) return;
    if (info.menuItemId === MENU_CLEAN_VIEW && isArticleUrl(tab.url ?? '')) void setCleanView(tab.id, 'toggle');
    if (info.menuItemId === MENU_SHOW_ORIGINAL) void sendMessage('pausePage', undefined, topFrame(tab.id));
    if (info.menuItemId === MENU_PICK) void sendMessage('pageStartPicker', undefined, topFrame(tab.id));
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-clean-view') return;
    void (async () => {
      const active = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      if (active?.id !== undefined && isArticleUrl(active.url ?? '')) await setCleanView(active.id, 'toggle');
    })();
  });
}

/**
 * Settings reach the pages: a page that loads gets them if they are not the defaults it starts
 * with; every open SCMP tab gets a change at once, without a reload.
 */
function relaySettings(): void {
  const push = (tabId: number, settings: Settings) => void sendMessage('applySettings', settings, topFrame(tabId)).catch(() => {});
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || !isScmpUrl(tab.url ?? '')) return;
    void loadSettings().then((settings) => {
      if (!isDefault(settings)) push(tabId, settings);
    });
  });
  watchSettings((settings) => {
    void browser.tabs.query({ url: SCMP_MATCH_PATTERNS }).then((tabs) => {
      for (const tab of tabs) if (tab.id !== undefined) push(tab.id, settings);
    });
  });
}

/**
 * The reader's own rules reach the pages: compiled into `storage.local`, which a page reads as it
 * starts, and pushed to every open SCMP tab when they change.
 */
function relayUserRules(): void {
  void refreshPlan();
  userRulesItem.watch(() => {
    void refreshPlan().then(async (plan) => {
      for (const tab of await browser.tabs.query({ url: SCMP_MATCH_PATTERNS })) {
        if (tab.id !== undefined) void sendMessage('applyUserRules', plan, topFrame(tab.id)).catch(() => {});
      }
    });
  });
  onMessage('saveUserRule', ({ data }) => addUserRule(newRule(data.selector, data.description, data.page)));
}

/** The messages the background answers, for the pages, the clean view frame and the panel. */
function answerMessages(): void {
  onMessage('cleanViewChanged', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    void toolbar().setBadgeText({ tabId, text: data.on ? 'ON' : '' });
    void toolbar().setBadgeBackgroundColor({ tabId, color: '#12545c' });
  });

  const frameTab = (sender: { tab?: { id?: number } }): number => {
    if (sender.tab?.id === undefined) throw new Error('Clean view is not in a tab.');
    return sender.tab.id;
  };
  onMessage('cleanViewSnapshot', ({ sender }) => sendMessage('pageSnapshot', undefined, topFrame(frameTab(sender))));
  onMessage('cleanViewSnapshotPart', ({ data, sender }) => sendMessage('pageSnapshotPart', data, topFrame(frameTab(sender))));
  onMessage('closeCleanView', async ({ sender }) => {
    if (sender.tab?.id !== undefined) await setCleanView(sender.tab.id, false);
  });

  onMessage('setCleanView', ({ data }) => setCleanView(data.tabId, data.on));
  onMessage('showOriginal', ({ data }) => sendMessage('pausePage', undefined, topFrame(data.tabId)));
  onMessage('getTabState', async ({ data }): Promise<TabState | null> => {
    if (!isScmpUrl(await tabUrl(data.tabId))) return null;
    return sendMessage('pageState', undefined, topFrame(data.tabId)).catch(() => null);
  });
}

export default defineBackground(() => {
  wireToolbar();
  wireMenusAndCommand();
  relaySettings();
  relayUserRules();
  answerMessages();
});
