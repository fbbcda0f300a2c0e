import { cleanViewHtml, cleanViewStatusHtml } from '../../src/render/cleanview';
import { sendMessage } from '../../src/extension/messages';
import { readArticle } from '../../src/extension/read-article';
import { showHtml } from '../../src/html/sanitize';
import { FONT_STEPS } from '../../src/extension/settings';
import { loadReadingPrefs, readingPrefsItem } from '../../src/extension/storage';
import { startListening } from '../../src/extension/listen';
import { localizePage, t } from '../../src/extension/i18n';
import { saveArticle, saveFormatOf } from '../../src/extension/save';
import type { Article } from '../../src/pipeline/article';
import type { ReadingPrefs } from '../../src/extension/settings';
import { applyReadingPrefs } from '../../src/extension/reading-prefs';
import '../../src/ui/controls.css';
import '../../src/listen/listen.css';

/**
 * The clean view frame, inside the SCMP tab: it gets the page as it is now from the background,
 * runs the pipeline here (its own process), and shows the article alone.
 */
const content = document.getElementById('content') as HTMLElement;
const close = () => void sendMessage('closeCleanView').catch(() => {});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') close();
});
/** The article shown, for *Save as…*. */
let shown: Article | null = null;
content.addEventListener('click', (event) => {
  const button = (event.target as Element).closest('button');
  if (button?.classList.contains('close')) close();
  const saveAs = button ? saveFormatOf(button) : undefined;
  if (shown && saveAs) saveArticle(window, shown, saveAs, t);
});

async function show(): Promise<void> {
  // The reader's theme and font size, as chosen in the panel (the default step follows the browser's).
  const prefs = loadReadingPrefs().then((p) => {
    applyReadingPrefs(document, p);
    document.documentElement.style.fontSize = `${((FONT_STEPS[p.fontStep] ?? 18) / 18) * 100}%`;
    return p;
  });
  const start = await sendMessage('cleanViewSnapshot');
  const result = await readArticle(start, (part) => sendMessage('cleanViewSnapshotPart', part));
  const saved = await prefs; // before the article is shown: it must not jump
  if (!result.isArticle) return showHtml(content, cleanViewStatusHtml(result.reason, t), window);
  document.title = t('cleanViewTitle', result.title);
  showHtml(content, cleanViewHtml(result, t), window);
  shown = result;
  const listen = content.querySelector<HTMLButtonElement>('#listen');
  const playerHost = content.querySelector('#player-host');
  if (listen && playerHost) startListening(result, listen, playerHost, content, saved, (change) => void savePrefs(change), t);
  (content.querySelector('button.close') as HTMLButtonElement | null)?.focus();
}

/** Saved over what is stored now: the panel may have changed the font size meanwhile. */
async function savePrefs(change: Partial<ReadingPrefs>): Promise<void> {
  await readingPrefsItem.setValue({ ...(await loadReadingPrefs()), ...change });
}

localizePage(document);
void show().catch((error: unknown) => showHtml(content, cleanViewStatusHtml(t('couldNotRead', String(error)), t), window));
