import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  enabledCategories,
  migrateSettingsV1,
  normalizeReadingPrefs,
  normalizeSettings,
} from '../../src/extension/settings';
import { loadReadingPrefs, loadSettings } from '../../src/extension/storage';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('default to every category hidden and clean view off', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect([...enabledCategories(DEFAULT_SETTINGS)]).toEqual([
      'ads',
      'audio-player',
      'video-promos',
      'page-chrome',
      'related',
      'prompts',
      'paywall-prompts',
    ]);
    expect(DEFAULT_SETTINGS.cleanViewByDefault).toBe(false);
  });

  it('survive the update from version 1 (flat flags) through the storage migration', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { hideAds: true, hideAudio: false, hideVideo: true, hideBadges: false, autoClean: true },
      settings$: { v: 1 },
    });
    // Migrations run when the item is defined, as when the updated extension starts.
    vi.resetModules();
    const fresh = await import('../../src/extension/storage');
    const settings = await fresh.loadSettings();
    expect(await fakeBrowser.storage.sync.get('settings$')).toEqual({ settings$: { v: 2 } });
    expect(settings.hide).toEqual({
      ads: true,
      'audio-player': false,
      'video-promos': true,
      'page-chrome': false,
      related: true,
      prompts: true,
      'paywall-prompts': true,
    });
    expect(settings.cleanViewByDefault).toBe(true);
  });

  it('fall back to defaults for a corrupted stored value, without throwing', async () => {
    await fakeBrowser.storage.sync.set({ settings: 'garbage', settings$: { v: 2 }, readingPrefs: { fontStep: 99, theme: 'neon' } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await loadReadingPrefs()).toEqual({ fontStep: 2, theme: 'system' });
    expect(normalizeSettings({ hide: { ads: 'no' }, cleanViewByDefault: 1 })).toEqual(DEFAULT_SETTINGS);
    expect(normalizeReadingPrefs({ fontStep: 4, theme: 'sepia' })).toEqual({ fontStep: 4, theme: 'sepia' });
    expect(migrateSettingsV1(null)).toEqual(DEFAULT_SETTINGS);
  });
});
