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
import { normalizeUserRules, type UserRule } from '../rules/user-rules';
import type { UserRulesPlan } from './messages';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: migrateSettingsV1 },
});

/** The reader's own rules (src/rules/user-rules.ts): one synced item, within its 8 KB quota. */
export const userRulesItem = storage.defineItem<UserRule[]>('sync:userRules', { fallback: [], version: 1 });

/** The same rules compiled for the pages, which read this one local key as they start. */
export const userRulesPlanItem = storage.defineItem<UserRulesPlan>('local:userRulesPlan', { fallback: { css: '', rules: [] } });

export async function loadUserRules(): Promise<UserRule[]> {
  try {
    return normalizeUserRules(await userRulesItem.getValue());
  } catch {
    return [];
  }
}

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
