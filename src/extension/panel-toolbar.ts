/**
 * The panel's toolbar: which controls apply to what is shown, the copy and save menu (closed by
 * a choice, a click elsewhere or Escape), and the reader's text size and theme, remembered.
 */
import { SAVE_FORMATS } from '../render/formats';
import type { PanelState } from '../render/panel-html';
import { keyPointSections } from '../render/format';
import { DEFAULT_READING_PREFS, FONT_STEPS, type ReadingPrefs, type Theme } from './settings';
import { applyReadingPrefs } from './reading-prefs';
import type { Translate } from '../i18n/translate';

export const byId = <T extends HTMLElement>(doc: Document, id: string) => doc.getElementById(id) as T;

/** Clean view and *Show original* need the page's script; copying needs key points; the rest, an article. */
export function updateToolbar(doc: Document, state: PanelState, t: Translate): void {
  const article = state.kind === 'article' ? state : null;
  const onPage = article !== null && article.cleanView !== null;
  const disable = (id: string, disabled: boolean) => (byId<HTMLButtonElement>(doc, id).disabled = disabled);
  disable('clean-view', !onPage);
  byId(doc, 'clean-view').setAttribute('aria-pressed', String(article?.cleanView ?? false));
  disable('show-original', !onPage);
  const points = article !== null && keyPointSections(article.article, t).length > 0;
  disable('copy-text', !points);
  disable('copy-markdown', !points);
  for (const id of [...SAVE_FORMATS.map((f) => `save-${f}`), 'listen']) disable(id, article === null);
  byId<HTMLDetailsElement>(doc, 'copy-save').open = false;
}

/** The copy and save menu closes as a menu does: after a choice, on a click elsewhere, on Escape. */
export function wireMenu(doc: Document, signal: AbortSignal): void {
  const menu = byId<HTMLDetailsElement>(doc, 'copy-save');
  doc.addEventListener(
    'click',
    (event) => {
      const inside = menu.contains(event.target as Node);
      const chosen = inside && (event.target as Element).closest('.menu-items button') !== null;
      if (menu.open && (!inside || chosen)) menu.open = false;
    },
    { signal },
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !menu.open) return;
      menu.open = false;
      menu.querySelector('summary')?.focus();
    },
    { signal },
  );
}

export interface Prefs {
  readonly current: ReadingPrefs;
  /** Settles once the saved choices are read (the player starts with the saved voice and speed). */
  readonly loaded: Promise<void>;
  update(change: Partial<ReadingPrefs>): void;
}

/** The text size buttons and the theme picker, applied to the page and saved. */
export function wirePrefs(
  doc: Document,
  load: () => Promise<ReadingPrefs>,
  save: (prefs: ReadingPrefs) => void,
  signal: AbortSignal,
): Prefs {
  let current = DEFAULT_READING_PREFS;
  const apply = () => {
    applyReadingPrefs(doc, current);
    byId<HTMLSelectElement>(doc, 'theme').value = current.theme;
    byId<HTMLButtonElement>(doc, 'font-smaller').disabled = current.fontStep === 0;
    byId<HTMLButtonElement>(doc, 'font-larger').disabled = current.fontStep === FONT_STEPS.length - 1;
  };
  const update = (change: Partial<ReadingPrefs>) => {
    current = { ...current, ...change };
    apply();
    save(current);
  };
  const step = (by: number) => update({ fontStep: Math.min(FONT_STEPS.length - 1, Math.max(0, current.fontStep + by)) });
  byId(doc, 'font-smaller').addEventListener('click', () => step(-1), { signal });
  byId(doc, 'font-larger').addEventListener('click', () => step(1), { signal });
  byId(doc, 'theme').addEventListener('change', (e) => update({ theme: (e.target as HTMLSelectElement).value as Theme }), { signal });
  const loaded = load().then((saved) => {
    current = saved;
    apply();
  });
  return {
    get current() {
      return current;
    },
    loaded,
    update,
  };
}
