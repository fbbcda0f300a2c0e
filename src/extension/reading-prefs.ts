/**
 * The reader's font size and theme on an extension page (the panel, the clean view): one place
 * that turns the saved choice into the page's look.
 */
import { FONT_STEPS, type ReadingPrefs } from './settings';

export function applyReadingPrefs(doc: Document, prefs: ReadingPrefs): void {
  doc.documentElement.dataset.theme = prefs.theme;
  doc.documentElement.style.setProperty('--font-size', `${FONT_STEPS[prefs.fontStep]}px`);
}
