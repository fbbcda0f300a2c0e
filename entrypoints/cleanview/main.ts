import { cleanViewHtml, cleanViewStatusHtml } from '../../src/render/cleanview';
import { sendMessage } from '../../src/extension/messages';
import { readArticle } from '../../src/extension/read-article';
import { showHtml } from '../../src/html/sanitize';
import { FONT_STEPS } from '../../src/extension/settings';
import { loadReadingPrefs } from '../../src/extension/storage';

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
  // The reader's font size, as chosen in the panel (the default step follows the browser's).
  const fontSize = loadReadingPrefs().then((prefs) => {
    document.documentElement.style.fontSize = `${((FONT_STEPS[prefs.fontStep] ?? 18) / 18) * 100}%`;
  });
  const start = await sendMessage('cleanViewSnapshot');
  const result = await readArticle(start, (part) => sendMessage('cleanViewSnapshotPart', part));
  await fontSize; // before the article is shown: it must not jump
  if (!result.isArticle) return showHtml(content, cleanViewStatusHtml(result.reason), window);
  document.title = `${result.title} — clean view`;
  showHtml(content, cleanViewHtml(result), window);
  (content.querySelector('button.close') as HTMLButtonElement | null)?.focus();
}

void show().catch((error: unknown) => showHtml(content, cleanViewStatusHtml(`Could not read this article: ${String(error)}`), window));
