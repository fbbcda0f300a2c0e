import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startDeclutter } from '../src/page/declutter';
import { isArticleUrl } from '../src/rules/site';
import { onMessage, sendMessage } from '../src/extension/messages';
import { RULES } from '../src/rules/rules';
import { DEFAULT_SETTINGS, enabledCategories, type Settings } from '../src/extension/settings';
import { browser } from 'wxt/browser';
import { openCleanViewFrame, type CleanViewHandle } from '../src/page/cleanview-frame';
import type { UserRulesPlan } from '../src/extension/messages';

/**
 * document_start on scmp.com (declared in wxt.config.ts, `content_scripts`), after the browser has
 * put in the hiding stylesheet: the settings' switches of it and the reader's own rules, and the
 * label hider's scans and observer, which hide label-matched widgets as SCMP adds them.
 * Readability and DOMPurify never run in the page: the panel and the clean view frame read a
 * snapshot of it in their own windows.
 *
 * An unlisted script, not `defineContentScript`: WXT's content-script runtime cost the page
 * about 2.5 ms of main-thread time on every load (measured; a trivial script costs 0.05 ms),
 * over the budget of BENCHMARKS.md.
 */
export default defineUnlistedScript({
  main() {
    let cleanView: CleanViewHandle | null = null;
    let lastUrl = location.href;
    const declutter = startDeclutter(document, {
      rules: RULES,
      categories: enabledCategories(DEFAULT_SETTINGS),
      onFlush: () => {
        if (location.href !== lastUrl) navigated();
      },
    });

    /** Clean view on or off; the badge follows. The frame reads the page when it opens. */
    function setCleanView(on: boolean | 'toggle'): boolean {
      const want = on === 'toggle' ? !cleanView : on;
      if (want && !cleanView && !declutter.paused && isArticleUrl(location.href)) {
        const title = (browser.i18n.getMessage as (key: string) => string)('cleanViewFrame');
        cleanView = openCleanViewFrame(document, browser.runtime.getURL('/cleanview.html'), title);
      } else if (!want && cleanView) {
        cleanView.close();
        cleanView = null;
      } else return cleanView !== null;
      void sendMessage('cleanViewChanged', { on: cleanView !== null }).catch(() => {});
      return cleanView !== null;
    }

    function navigated(): void {
      lastUrl = location.href;
      if (declutter.paused) return;
      declutter.rescan();
      // SCMP's client-side navigation: clean view shows the new article, or closes on a non-article.
      if (cleanView) {
        setCleanView(false);
        setCleanView(true);
      }
    }
    window.addEventListener('popstate', () => queueMicrotask(() => location.href !== lastUrl && navigated()));

    // Defaults from the first paint (every category hidden). A reader who changed the settings
    // gets them pushed by the background once the page has loaded; with the defaults, this
    // script sends no message at all (a first message costs the page ~1 ms, measured).
    let openedByDefault = false;
    const apply = (settings: Settings) => {
      declutter.setCategories(enabledCategories(settings));
      if (settings.cleanViewByDefault && !openedByDefault && isArticleUrl(location.href)) {
        openedByDefault = true;
        const open = () => void setCleanView(true);
        if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', open, { once: true });
        else open();
      }
    };
    onMessage('applySettings', ({ data }) => apply(data));

    followUserRules(declutter);

    onMessage('pageSetCleanView', ({ data }) => setCleanView(data.on));
    onMessage('pageState', () => ({
      url: location.href,
      isArticle: isArticleUrl(location.href),
      cleanView: cleanView !== null,
      paused: declutter.paused,
    }));
    onMessage('pausePage', () => {
      // "Show original": nothing is hidden in this tab until it reloads.
      setCleanView(false);
      declutter.pause();
    });
  },
});

/**
 * The reader's own rules, in the hiding stylesheet: read from `storage.local` as the page starts
 * (the background keeps them compiled there), and again whenever the background pushes a change.
 */
function followUserRules(declutter: ReturnType<typeof startDeclutter>): void {
  const applyPlan = (plan: UserRulesPlan | undefined) => {
    if (plan && typeof plan.css === 'string') declutter.setUserCss(plan.css);
  };
  void browser.storage.local.get('userRulesPlan').then((stored) => applyPlan(stored.userRulesPlan as UserRulesPlan | undefined));
  onMessage('applyUserRules', ({ data }) => applyPlan(data));
}
