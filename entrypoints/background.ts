import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isScmpUrl, SCMP_MATCH_PATTERNS } from '../src/rules/site';
import { onMessage, sendMessage, type TabState } from '../src/extension/messages';
import { isDefault, type Settings } from '../src/extension/settings';
import { loadSettings, userRulesItem, watchSettings } from '../src/extension/storage';
import { addUserRule, newRule, refreshPlan } from '../src/extension/user-rules-store';
import {
  ANDROID_LACKS,
  openArticlePage,
  optionalApis,
  toolbarAction,
  wireEntries,
  type PageActions,
} from '../src/extension/browser-entries';

/** Only the page's own top frame answers: the clean view frame and SCMP's iframes do not. */
const topFrame = (tabId: number) => ({ tabId, frameId: 0 });

function setCleanView(tabId: number, on: boolean | 'toggle'): Promise<boolean> {
  return sendMessage('pageSetCleanView', { on }, topFrame(tabId));
}

async function tabUrl(tabId: number): Promise<string> {
  return (await browser.tabs.get(tabId)).url ?? '';
}

/** What the menus and the command do to a page. */
const pageActions: PageActions = {
  toggleCleanView: (tabId) => void setCleanView(tabId, 'toggle'),
  showOriginal: (tabId) => void sendMessage('pausePage', undefined, topFrame(tabId)),
  startPicker: (tabId) => void sendMessage('pageStartPicker', undefined, topFrame(tabId)),
};

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
    void toolbarAction().setBadgeText({ tabId, text: data.on ? 'ON' : '' });
    void toolbarAction().setBadgeBackgroundColor({ tabId, color: '#12545c' });
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

/**
 * The Android test build (`--mode e2e-android`) starts on desktop Firefox with what Firefox for
 * Android lacks taken away, and lets the tests press the toolbar button for a tab.
 */
const ANDROID_TEST_BUILD = import.meta.env.MODE === 'e2e-android';

export default defineBackground(() => {
  const entry = wireEntries(optionalApis(browser, ANDROID_TEST_BUILD ? ANDROID_LACKS : []), pageActions);
  if (ANDROID_TEST_BUILD) {
    onMessage('testPressToolbar', async ({ data }) => {
      if (entry === 'article-page') await openArticlePage(await browser.tabs.get(data.tabId));
      return entry;
    });
  }
  relaySettings();
  relayUserRules();
  answerMessages();
});
