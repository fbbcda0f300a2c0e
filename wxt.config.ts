import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { SCMP_MATCH_PATTERNS } from './src/rules/site';
import { RULES } from './src/rules/rules';
import { pageRulesModule } from './src/rules/page-rules';
import { localeMessages, messagesJson } from './src/i18n/locales';
import { FIREFOX_ADDON_ID } from './src/extension/addon-id';
import { compileStylesheet, HIDING_STYLESHEET_FILE } from './src/rules/stylesheet';

/** The page's scripts get the rules module written from the records, without what only people read (src/rules/page-rules.ts). */
const pageRules: Plugin = {
  name: 'declutter:page-rules',
  enforce: 'pre',
  load(id) {
    if (!id.replace(/\\/g, '/').endsWith('/src/rules/rules.ts')) return null;
    return pageRulesModule(RULES);
  },
};

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  // The icons live in assets/ (the design card's layout) and are copied as they are.
  publicDir: 'assets',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader can see where every name comes from.
  imports: false,
  // The sources zip (for AMO's reviewers) without the bench's scratch builds: WXT does not read
  // .gitignore, and a bench run leaves dozens of copies of the extension in bench/tmp.
  zip: { excludeSources: ['bench/tmp/**', 'test-results/**', 'test/.page-rules-*/**'] },
  hooks: {
    // The interface's words (src/i18n/*.ts) as the browsers' _locales/<locale>/messages.json.
    // And the hiding stylesheet, compiled from the rules (src/rules/stylesheet.ts).
    'build:publicAssets': (_wxt, files) => {
      for (const [locale, messages] of Object.entries(localeMessages())) {
        files.push({ relativeDest: `_locales/${locale}/messages.json`, contents: messagesJson(messages) });
      }
      files.push({ relativeDest: HIDING_STYLESHEET_FILE, contents: compileStylesheet(RULES) });
    },
    // The document_start script must stay small (budget: 13.6 KiB, `npm run bench`): it gets the
    // browsers' native, promise-based `browser`/`chrome`, not webextension-polyfill (+10 KB),
    // which every other bundle keeps through the module above. So does the panel's first
    // question (entrypoints/panel-ask.ts), parsed before the panel's page goes on.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.every((e) => ['declutter', 'page-reader', 'panel-ask'].includes(e.name))) return;
      const alias = viteConfig.resolve?.alias;
      if (alias && !Array.isArray(alias)) delete (alias as Record<string, string>)['wxt/browser'];
      viteConfig.plugins = [...(viteConfig.plugins ?? []), pageRules];
    },
  },
  // Test builds: `--mode e2e`, and `--mode e2e-android` (the background without what Firefox for
  // Android lacks: entrypoints/background.ts).
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' },
    // Each permission is justified in the README ("Permissions"). Test builds may also read the
    // clipboard, so the Firefox tests can read back what *Copy* put there.
    permissions: ['storage', 'contextMenus', ...(mode.startsWith('e2e') ? ['clipboardRead'] : [])],
    host_permissions: SCMP_MATCH_PATTERNS,
    // The hiding stylesheet, put in by the browser before the page paints; the document_start
    // script (entrypoints/declutter.ts) and the page reader that serves the panel
    // (entrypoints/page-reader.ts), declared here so that they run without WXT's content-script
    // runtime (see entrypoints/declutter.ts).
    content_scripts: [
      { matches: SCMP_MATCH_PATTERNS, css: [HIDING_STYLESHEET_FILE], js: ['declutter.js'], run_at: 'document_start' },
      { matches: SCMP_MATCH_PATTERNS, js: ['page-reader.js'], run_at: 'document_end' },
    ],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'toggle-clean-view': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandCleanView__',
      },
    },
    // Extension pages run only their own scripts and show images only from SCMP's image CDN.
    ...(browser === 'firefox'
      ? { content_security_policy: "script-src 'self'; object-src 'none'; img-src 'self' https://*.i-scmp.com" }
      : { content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'; img-src 'self' https://*.i-scmp.com" } }),
    // The clean view frame is shown on SCMP's pages, and only there. Test builds also expose the
    // sidebar and settings pages: Firefox's WebDriver BiDi cannot navigate to a moz-extension://
    // page, so the browser tests open them from a web page.
    web_accessible_resources:
      browser === 'firefox'
        ? ['cleanview.html', ...(mode.startsWith('e2e') ? ['sidepanel.html', 'options.html'] : [])]
        : [{ resources: ['cleanview.html'], matches: SCMP_MATCH_PATTERNS }],
    // Chrome 116: the toolbar button opens the side panel (`sidePanel.setPanelBehavior`).
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: FIREFOX_ADDON_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
