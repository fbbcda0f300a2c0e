import { cleanViewHtml } from '../../src/render/cleanview';
import { extractArticle } from '../../src/pipeline/extract';
import { replaceWithHtml } from '../../src/html/parse';
import { sendMessage } from '../../src/extension/messages';
import { sanitizeHtml } from '../../src/html/sanitize';
import { stripEventHandlers } from '../../src/html/strip-handlers';
import { FONT_STEPS } from '../../src/extension/settings';
import { loadReadingPrefs } from '../../src/extension/storage';
import { escapeHtml } from '../../src/html/text';

/**
 * The clean view frame, inside the SCMP tab: it gets the page as it is now from the background,
 * runs the pipeline here (its own process), and shows the article alone.
 */
const content = document.getElementById('content') as HTMLElement;
const close = () => void sendMessage('closeCleanView').catch(() => {});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') close();
});
content.addEventListener('click', (event) => {
  if ((event.target as Element).closest('button.close')) close();
});

async function show(): Promise<void> {
  const prefs = await loadReadingPrefs();
  // The reader's font size, as chosen in the panel (the default step follows the browser's).
  document.documentElement.style.fontSize = `${((FONT_STEPS[prefs.fontStep] ?? 18) / 18) * 100}%`;
  const snapshot = await sendMessage('cleanViewSnapshot');
  const result = extractArticle(new DOMParser().parseFromString(stripEventHandlers(snapshot.html), 'text/html'), snapshot.url, { window });
  if (!result.isArticle) {
    replaceWithHtml(
      content,
      `<div class="status" role="alert"><p>${escapeHtml(result.reason)}</p><button type="button" class="close">Back to the page</button></div>`,
      window,
    );
    return;
  }
  document.title = `${result.title} — clean view`;
  replaceWithHtml(
    content,
    cleanViewHtml(result, (html) => sanitizeHtml(html, window)),
    window,
  );
  (content.querySelector('button.close') as HTMLButtonElement | null)?.focus();
}

void show().catch((error: unknown) => {
  replaceWithHtml(
    content,
    `<div class="status" role="alert"><p>Could not read this article: ${escapeHtml(String(error))}</p><button type="button" class="close">Back to the page</button></div>`,
    window,
  );
});
