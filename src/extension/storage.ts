/** The extension's stored items (WXT storage), versioned, with defaults and a repair on read. */
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_READING_PREFS,
  DEFAULT_SETTINGS,
  migrateSettingsV1,
  normalizeReadingPrefs,
  normalizeSettings,
  type ReadingPrefs,
  type Settings,
} from './settings';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: migrateSettingsV1 },
});

export const readingPrefsItem = storage.defineItem<ReadingPrefs>('sync:readingPrefs', {
  fallback: DEFAULT_READING_PREFS,
  version: 1,
});

/** Settings as stored, repaired: a corrupted value gives the defaults, never an exception. */
export async function loadSettings(): Promise<Settings> {
  try {
    return normalizeSettings(await settingsItem.getValue());
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function loadReadingPrefs(): Promise<ReadingPrefs> {
  try {
    return normalizeReadingPrefs(await readingPrefsItem.getValue());
  } catch {
    return DEFAULT_READING_PREFS;
  }
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(normalizeSettings(value)));
}
