/** The reader's settings as plain data, with defaults and a repair for anything malformed. */
import { CLUTTER_CATEGORIES, type ClutterCategory } from '../rules/categories';
import { DEFAULT_RATE, normalizeRate } from '../listen/voices';

export interface Settings {
  /** Which clutter categories are hidden (all on by default). */
  hide: Record<ClutterCategory, boolean>;
  /** Open every article in clean view (off by default). */
  cleanViewByDefault: boolean;
}

export type Theme = 'system' | 'light' | 'dark' | 'sepia';
export const THEMES: readonly Theme[] = ['system', 'light', 'dark', 'sepia'];
export const FONT_STEPS = [14, 16, 18, 20, 22, 24] as const;

export interface ReadingPrefs {
  /** Index into FONT_STEPS. */
  fontStep: number;
  theme: Theme;
  /** The voice chosen for reading aloud (its `voiceURI`); null: the best for the article's language. */
  voiceURI: string | null;
  /** Reading-aloud speed, one of RATES (src/listen/voices.ts). */
  rate: number;
}

export const DEFAULT_SETTINGS: Settings = {
  hide: Object.fromEntries(CLUTTER_CATEGORIES.map((c) => [c, true])) as Record<ClutterCategory, boolean>,
  cleanViewByDefault: false,
};

export const DEFAULT_READING_PREFS: ReadingPrefs = { fontStep: 2, theme: 'system', voiceURI: null, rate: DEFAULT_RATE };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whatever was stored (old, partial or corrupted), a complete and valid Settings. */
export function normalizeSettings(value: unknown): Settings {
  const v = isRecord(value) ? value : {};
  const hide = isRecord(v.hide) ? v.hide : {};
  return {
    hide: Object.fromEntries(CLUTTER_CATEGORIES.map((c) => [c, typeof hide[c] === 'boolean' ? hide[c] : true])) as Record<
      ClutterCategory,
      boolean
    >,
    cleanViewByDefault: typeof v.cleanViewByDefault === 'boolean' ? v.cleanViewByDefault : false,
  };
}

export function normalizeReadingPrefs(value: unknown): ReadingPrefs {
  const v = isRecord(value) ? value : {};
  const step =
    typeof v.fontStep === 'number' && Number.isInteger(v.fontStep) && v.fontStep >= 0 && v.fontStep < FONT_STEPS.length
      ? v.fontStep
      : DEFAULT_READING_PREFS.fontStep;
  const theme =
    typeof v.theme === 'string' && (THEMES as readonly string[]).includes(v.theme) ? (v.theme as Theme) : DEFAULT_READING_PREFS.theme;
  const voiceURI = typeof v.voiceURI === 'string' && v.voiceURI.length <= 500 ? v.voiceURI : null;
  return { fontStep: step, theme, voiceURI, rate: normalizeRate(v.rate) };
}

export function enabledCategories(settings: Settings): Set<ClutterCategory> {
  return new Set(CLUTTER_CATEGORIES.filter((c) => settings.hide[c]));
}

/**
 * Version 1 stored `{ hideAds, hideAudio, hideVideo, hideBadges, autoClean }` (flat booleans);
 * version 2 is `Settings`. Kept so settings survive the update.
 */
export function migrateSettingsV1(old: unknown): Settings {
  const v = isRecord(old) ? old : {};
  const flag = (k: string) => (typeof v[k] === 'boolean' ? (v[k] as boolean) : true);
  return normalizeSettings({
    hide: { ads: flag('hideAds'), 'audio-player': flag('hideAudio'), 'video-promos': flag('hideVideo'), 'page-chrome': flag('hideBadges') },
    cleanViewByDefault: v.autoClean === true,
  });
}

export function isDefault(settings: Settings): boolean {
  return (
    settings.cleanViewByDefault === DEFAULT_SETTINGS.cleanViewByDefault &&
    CLUTTER_CATEGORIES.every((c) => settings.hide[c] === DEFAULT_SETTINGS.hide[c])
  );
}
