import { browser } from 'wxt/browser';
import { askPageSnapshot, sendMessage } from '../../src/extension/messages';
import { readArticle } from '../../src/extension/read-article';
import { loadReadingPrefs, readingPrefsItem } from '../../src/extension/storage';
import { watchHiddenList } from '../../src/extension/hidden-panel';
import { localizePage, t } from '../../src/extension/i18n';
import { startPanel } from '../../src/extension/panel';
import { earlyOrAsk } from '../../src/extension/early-ask';
import '../../src/ui/controls.css';
import '../../src/listen/listen.css';

/**
 * The side panel (Chrome) / sidebar (Firefox): src/extension/panel.ts, wired to the extension's
 * messages. Its first snapshot was asked for as the page began (entrypoints/panel-ask.ts).
 */
const early = window.panelEarlyAsk;
const snapshotStart = earlyOrAsk(early?.snapshot ?? Promise.resolve(null), askPageSnapshot);
startPanel({
  doc: document,
  search: location.search,
  firstTab: early?.tab,
  t,
  version: browser.runtime.getManifest().version,
  localize: () => localizePage(document),
  link: {
    read: async (tabId, url, onPreview) => {
      const start = await snapshotStart(tabId, url);
      return readArticle(start, (part) => sendMessage('pageSnapshotPart', part, tabId), onPreview);
    },
    tabState: (tabId) => sendMessage('getTabState', { tabId }),
    setCleanView: (tabId, on) => sendMessage('setCleanView', { tabId, on }),
    showOriginal: (tabId) => sendMessage('showOriginal', { tabId }),
    reload: (tabId) => browser.tabs.reload(tabId),
    watchHidden: (host, tabId, onItems) => watchHiddenList(host, tabId, window, onItems),
    loadPrefs: loadReadingPrefs,
    savePrefs: (prefs) => void readingPrefsItem.setValue(prefs),
    backToTab: async (tabId) => {
      await browser.tabs.update(tabId, { active: true });
      const self = await browser.tabs.getCurrent();
      if (self?.id !== undefined) await browser.tabs.remove(self.id);
    },
  },
});
