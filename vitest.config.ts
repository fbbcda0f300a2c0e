import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { HAPPY_DOM_SETTINGS } from './test/happy-dom-settings';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'happy-dom',
    environmentOptions: {
      happyDOM: {
        url: 'https://www.scmp.com/',
        settings: HAPPY_DOM_SETTINGS,
      },
    },
    testTimeout: 20_000,
    // happy-dom reports every iframe it was told not to load; that is the setting working, not news.
    onConsoleLog: (log) => !/(page|file) loading is disabled|is an invalid sandbox flag/.test(log),
  },
});
