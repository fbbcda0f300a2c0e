import { defineWebExtConfig } from 'wxt';

// `wxt` (dev mode) would try to launch a browser; on a headless machine that crashes.
export default defineWebExtConfig({ disabled: true });
