import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { openCleanView, type CleanViewHandle } from '../src/cleanview';
import { isArticleUrl } from '../src/detect';
import { extractArticle } from '../src/extract';
import { onMessage, sendMessage } from '../src/messages';
import { sanitizeHtml } from '../src/sanitize';
import { tabShared } from '../src/tab-shared';

/**
 * Injected into an SCMP tab only when the reader asks (clean view, panel): the pipeline
 * (Readability, DOMPurify) and the clean view. Injecting it twice does nothing the second time.
 */
export default defineUnlistedScript(() => {
  const shared = tabShared();
  if (shared.setCleanView) return;

  let view: CleanViewHandle | null = null;
  const extract = () => extractArticle(document, location.href, { window });

  function setCleanView(on: boolean | 'toggle'): boolean {
    const want = on === 'toggle' ? !view : on;
    if (want && !view && !shared.paused) {
      const article = extract();
      if (article.isArticle) view = openCleanView(document, article, (html) => sanitizeHtml(html, window), () => setCleanView(false));
    } else if (!want && view) {
      view.close();
      view = null;
    }
    const nowOn = view !== null;
    if (nowOn !== shared.cleanView) {
      shared.cleanView = nowOn;
      void sendMessage('cleanViewChanged', { on: nowOn }).catch(() => {});
    }
    return nowOn;
  }

  shared.setCleanView = setCleanView;
  // After client-side navigation the clean view shows the new article, or closes on a non-article.
  shared.onNavigate = () => {
    if (!view) return;
    setCleanView(false);
    if (isArticleUrl(location.href)) setCleanView(true);
  };
  onMessage('readerExtract', () => extract());
  onMessage('readerSet', ({ data }) => setCleanView(data.on));
});
