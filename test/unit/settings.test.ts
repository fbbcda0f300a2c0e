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
    expect(await loadReadingPrefs()).toEqual({ fontStep: 2, theme: 'system', voiceURI: null, rate: 1 });
    expect(normalizeSettings({ hide: { ads: 'no' }, cleanViewByDefault: 1 })).toEqual(DEFAULT_SETTINGS);
    expect(normalizeReadingPrefs({ fontStep: 4, theme: 'sepia' })).toEqual({ fontStep: 4, theme: 'sepia', voiceURI: null, rate: 1 });
    // Reading aloud: the voice by its URI, the speed snapped to an offered step (prefs saved before issue 12 have neither).
    expect(normalizeReadingPrefs({ fontStep: 1, theme: 'dark', voiceURI: 'English (Great Britain)', rate: 1.3 })).toEqual({
      fontStep: 1,
      theme: 'dark',
      voiceURI: 'English (Great Britain)',
      rate: 1.25,
    });
    expect(normalizeReadingPrefs({ voiceURI: 42, rate: 'fast' })).toMatchObject({ voiceURI: null, rate: 1 });
    expect(migrateSettingsV1(null)).toEqual(DEFAULT_SETTINGS);
  });
});
