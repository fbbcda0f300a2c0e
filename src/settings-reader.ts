/**
 * A lean, read-only view of the settings for the document_start script, whose size budget
 * (20 KB) has no room for @wxt-dev/storage. It reads what `settingsItem` (src/storage.ts)
 * writes: the value under the key "settings" in storage.sync, with WXT's version metadata under
 * "settings$". Writes and migrations stay with WXT's item; a unit test keeps the two in step.
 */
import { DEFAULT_SETTINGS, migrateSettingsV1, normalizeSettings, type Settings } from './settings';

export const SETTINGS_KEY = 'settings';
const META_KEY = `${SETTINGS_KEY}$`;

interface StorageAreaLike {
  get(keys: string[]): Promise<Record<string, unknown>>;
}
interface StorageLike {
  sync: StorageAreaLike;
  onChanged: { addListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void; removeListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void };
}

/**
 * The stored value as Settings: migrated if version 1 wrote it (WXT's metadata says so, or it has
 * the old flat shape and no metadata: WXT writes the metadata only when it migrates), defaults if
 * corrupted.
 */
export function settingsFromStored(value: unknown, meta: unknown): Settings {
  if (value === undefined || value === null) return DEFAULT_SETTINGS;
  const version = typeof meta === 'object' && meta !== null && typeof (meta as { v?: unknown }).v === 'number' ? (meta as { v: number }).v : null;
  const oldShape = typeof value === 'object' && !('hide' in value);
  return version === 1 || (version === null && oldShape) ? migrateSettingsV1(value) : normalizeSettings(value);
}

export async function readSettings(api: StorageLike): Promise<Settings> {
  try {
    const got = await api.sync.get([SETTINGS_KEY, META_KEY]);
    return settingsFromStored(got[SETTINGS_KEY], got[META_KEY]);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function onSettingsChanged(api: StorageLike, callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) callback(normalizeSettings(changes[SETTINGS_KEY]?.newValue));
  };
  api.onChanged.addListener(listener);
  return () => api.onChanged.removeListener(listener);
}
