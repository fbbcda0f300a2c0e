import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { askEarly } from '../src/extension/early-ask';
import { askPageSnapshot } from '../src/extension/messages';

/**
 * In the panel's page, a classic script in its head (entrypoints/sidepanel/index.html): asks the
 * tab the panel will show for its snapshot while the page is still parsed and its modules load
 * (src/extension/early-ask.ts). The panel's module takes the answer from `window.panelEarlyAsk`,
 * the only way from a classic script to a module of the same page.
 */
export default defineUnlistedScript({
  main() {
    window.panelEarlyAsk = askEarly(location.search, askPageSnapshot);
  },
});
