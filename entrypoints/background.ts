import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wired up by the panel and clean-view features.
});
