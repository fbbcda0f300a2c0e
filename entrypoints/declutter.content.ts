import { defineContentScript } from 'wxt/utils/define-content-script';
import { CLUTTER_CATEGORIES } from '../src/article';
import { startDeclutter } from '../src/declutter';
import { RULES } from '../src/rules';

/**
 * Runs at document_start on scmp.com: injects the stylesheet compiled from the rules before
 * anything paints, and hides label-matched widgets as SCMP adds them.
 */
export default defineContentScript({
  matches: ['https://www.scmp.com/*', 'https://scmp.com/*'],
  runAt: 'document_start',
  main() {
    startDeclutter(document, { rules: RULES, categories: new Set(CLUTTER_CATEGORIES) });
  },
});
