/**
 * The Firefox add-on's id (`browser_specific_settings.gecko.id`). It is permanent once uploaded
 * to addons.mozilla.org: a GUID, as Mozilla accepts, not an address on a domain we do not own.
 */
export const FIREFOX_ADDON_ID = '{f8fb7549-11c5-4a4a-a23f-bc5dfb8aaf52}';
