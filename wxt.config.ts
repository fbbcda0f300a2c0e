import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  // The icons live in assets/ (the design card's layout) and are copied as they are.
  publicDir: 'assets',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader can see where every name comes from.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Declutter for SCMP',
    description: 'Calm South China Morning Post articles: no ads, audio player or video promos, a clean reading view and the key points, ready to copy.',
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' },
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'declutter-scmp@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
