import { defineContentScript } from 'wxt/utils/define-content-script';
import { startDeclutter } from '../src/declutter';
import { isArticleUrl } from '../src/detect';
import { onMessage, sendMessage } from '../src/messages';
import { RULES } from '../src/rules';
import { DEFAULT_SETTINGS, enabledCategories, type Settings } from '../src/settings';
import { browser } from 'wxt/browser';
import { openCleanViewFrame, type CleanViewHandle } from '../src/cleanview-frame';

/**
 * document_start on scmp.com: the stylesheet compiled from the rules goes in before anything
 * paints (with the default categories, then the stored ones a moment later), and an observer
 * hides label-matched widgets as SCMP adds them. Readability and the clean view are not here:
 * they are injected only when the reader asks for them.
 */
export default defineContentScript({
  matches: ['https://www.scmp.com/*', 'https://scmp.com/*'],
  runAt: 'document_start',
  main(ctx) {
    const shared = { paused: false };
    let cleanView: CleanViewHandle | null = null;
    let lastUrl = location.href;
    const declutter = startDeclutter(document, {
      rules: RULES,
      categories: enabledCategories(DEFAULT_SETTINGS),
      signal: ctx.signal,
      onFlush: () => {
        if (location.href !== lastUrl) navigated();
      },
    });

    /** Clean view on or off; the badge follows. The frame reads the page when it opens. */
    function setCleanView(on: boolean | 'toggle'): boolean {
      const want = on === 'toggle' ? !cleanView : on;
      if (want && !cleanView && !shared.paused && isArticleUrl(location.href)) {
        cleanView = openCleanViewFrame(document, browser.runtime.getURL('/cleanview.html'));
      } else if (!want && cleanView) {
        cleanView.close();
        cleanView = null;
      } else return cleanView !== null;
      void sendMessage('cleanViewChanged', { on: cleanView !== null }).catch(() => {});
      return cleanView !== null;
    }

    function navigated(): void {
      lastUrl = location.href;
      if (shared.paused) return;
      declutter.rescan();
      // SCMP's client-side navigation: clean view shows the new article, or closes on a non-article.
      if (cleanView) {
        setCleanView(false);
        setCleanView(true);
      }
    }
    ctx.addEventListener(window, 'popstate', () => queueMicrotask(() => location.href !== lastUrl && navigated()));

    // Defaults from the first paint; the stored settings come from the background a moment later.
    let openedByDefault = false;
    const apply = (settings: Settings) => {
      if (!shared.paused) declutter.setCategories(enabledCategories(settings));
      if (settings.cleanViewByDefault && !openedByDefault && isArticleUrl(location.href)) {
        openedByDefault = true;
        const open = () => void setCleanView(true);
        if (document.readyState === 'loading') ctx.addEventListener(document, 'DOMContentLoaded', open);
        else open();
      }
    };
    void sendMessage('getSettings').then(apply).catch(() => {});
    onMessage('applySettings', ({ data }) => apply(data));

    onMessage('pageSnapshot', () => ({ url: location.href, html: document.documentElement.outerHTML }));
    onMessage('pageSetCleanView', ({ data }) => setCleanView(data.on));
    onMessage('pageState', () => ({ url: location.href, isArticle: isArticleUrl(location.href), cleanView: cleanView !== null, paused: shared.paused }));
    onMessage('pausePage', () => {
      setCleanView(false);
      shared.paused = true;
      declutter.pause();
    });
  },
});
