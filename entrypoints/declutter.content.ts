import { defineContentScript } from 'wxt/utils/define-content-script';
import { startDeclutter } from '../src/declutter';
import { isArticleUrl } from '../src/detect';
import { onMessage, sendMessage } from '../src/messages';
import { RULES } from '../src/rules';
import { DEFAULT_SETTINGS, enabledCategories, type Settings } from '../src/settings';
import { tabShared } from '../src/tab-shared';

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
    const shared = tabShared();
    let lastUrl = location.href;
    const declutter = startDeclutter(document, {
      rules: RULES,
      categories: enabledCategories(DEFAULT_SETTINGS),
      signal: ctx.signal,
      onFlush: () => {
        if (location.href !== lastUrl) navigated();
      },
    });

    function navigated(): void {
      lastUrl = location.href;
      if (shared.paused) return;
      declutter.rescan();
      shared.onNavigate?.();
    }
    ctx.addEventListener(window, 'popstate', () => queueMicrotask(() => location.href !== lastUrl && navigated()));

    // Defaults from the first paint; the stored settings come from the background a moment later.
    let openedByDefault = false;
    const apply = (settings: Settings) => {
      if (!shared.paused) declutter.setCategories(enabledCategories(settings));
      if (settings.cleanViewByDefault && !openedByDefault && isArticleUrl(location.href)) {
        openedByDefault = true;
        const open = () => void sendMessage('openCleanView').catch(() => {});
        if (document.readyState === 'loading') ctx.addEventListener(document, 'DOMContentLoaded', open);
        else open();
      }
    };
    void sendMessage('getSettings').then(apply).catch(() => {});
    onMessage('applySettings', ({ data }) => apply(data));

    onMessage('pageState', () => ({ url: location.href, isArticle: isArticleUrl(location.href), cleanView: shared.cleanView, paused: shared.paused }));
    onMessage('pausePage', () => {
      shared.setCleanView?.(false);
      shared.paused = true;
      declutter.pause();
    });
  },
});
