/**
 * The pages the browsers are served, at their real scmp.com addresses, by request
 * interception. Every other http(s) request is blocked and logged.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureHtml, fixturePage, PROJECT_DIR, realPages } from '../pages';

export const CHROME_BUILD = join(PROJECT_DIR, '.output', 'chrome-mv3');
export const FIREFOX_BUILD = join(PROJECT_DIR, '.output', 'firefox-mv2');
/** The Firefox build with the sidebar page web-accessible (`wxt build -b firefox --mode e2e`). */
export const FIREFOX_E2E_BUILD = join(PROJECT_DIR, '.output', 'firefox-mv2-e2e');
/** The Firefox build whose background starts without what Firefox for Android lacks (`--mode e2e-android`). */
export const FIREFOX_ANDROID_BUILD = join(PROJECT_DIR, '.output', 'firefox-mv2-e2e-android');
export { FIREFOX_ADDON_ID } from '../../src/extension/addon-id';
export const FIREFOX_UUID = '6f3c2a1e-4b5d-4e8f-9a7b-1c2d3e4f5a6b';

export function firefoxZip(): string {
  const { version } = JSON.parse(readFileSync(join(PROJECT_DIR, 'package.json'), 'utf8')) as { version: string };
  return join(PROJECT_DIR, '.output', `declutter-scmp-${version}-firefox.zip`);
}

/** Address → HTML of every page the tests may open. */
export function servedPages(): Map<string, string> {
  const pages = new Map<string, string>([[fixturePage.url, fixtureHtml]]);
  for (const page of realPages()) pages.set(page.url, page.html);
  return pages;
}

/** The page for an intercepted address, ignoring the query string and fragment. */
export function pageFor(pages: Map<string, string>, url: string): string | undefined {
  const u = new URL(url);
  return pages.get(`${u.origin}${u.pathname}`);
}

/**
 * The panel's article, read whole: the panel shows the headline and key points first, busy
 * (`aria-busy`), while it reads the rest (src/pipeline/preview.ts).
 */
export const PANEL_ARTICLE = '#content[aria-busy="false"] article h1';

export const isHttp = (url: string): boolean => /^https?:/i.test(url);

/**
 * SCMP's image CDN answers with a stand-in for the photo (the saved pages hold no photos): a quiet
 * 3:2 image of sky, hills and water, so a picture of the product shows a photo's place as a photo.
 */
export const CDN_IMAGE = /^https:\/\/cdn\.i-scmp\.com\//;
export const CDN_IMAGE_TYPE = 'image/svg+xml';
export const cdnImage: Buffer = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800">' +
    '<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#9db8c9"/><stop offset="1" stop-color="#e4e0d3"/></linearGradient></defs>' +
    '<rect width="1200" height="800" fill="url(#sky)"/>' +
    '<path d="M0 520 L180 380 L330 470 L520 300 L700 450 L860 350 L1040 470 L1200 400 L1200 800 L0 800Z" fill="#6f8a72"/>' +
    '<path d="M0 600 L240 520 L480 590 L760 500 L1000 580 L1200 540 L1200 800 L0 800Z" fill="#4f6b58"/>' +
    '<rect y="650" width="1200" height="150" fill="#5d7f95"/></svg>',
);

/**
 * Run in the page's own world (as a site script would): insert two 250 px red ads into the body,
 * one in SCMP's slot markup (the stylesheet's case) and one in markup no selector knows (the
 * label rule's case). Self-contained: the browsers run it by its source text.
 */
export const insertLateAds = () => {
  const section = document.querySelector('[data-qa="ContentBody-ContentBodyContainer"]');
  const slot = document.createElement('div');
  slot.id = 'late-slot';
  slot.setAttribute('data-qa', 'AdSlot-Container');
  slot.innerHTML = '<div data-qa="AdSlot-Label">Advertisement</div><div style="width:300px;height:250px;background:#f00"></div>';
  const unknown = document.createElement('div');
  unknown.id = 'late-unknown';
  unknown.innerHTML = '<div><span>Advertisement</span></div><div style="width:300px;height:250px;background:#f00"></div>';
  section?.insertBefore(slot, section.children[2] ?? null);
  section?.insertBefore(unknown, section.children[5] ?? null);
};

/**
 * Run in the page: whether the hiding stylesheet the browser puts into SCMP's pages is in force,
 * by a probe in SCMP's ad-slot markup added and taken out again. By the prototypes' own methods:
 * a hostile page may clobber `document`'s. Self-contained: the browsers run it by its source text.
 */
export const hidingInForce = () => {
  const probe = Document.prototype.createElement.call(document, 'div');
  Element.prototype.setAttribute.call(probe, 'data-qa', 'AdSlot-Container');
  Node.prototype.appendChild.call(document.documentElement, probe);
  const hidden = getComputedStyle(probe).display === 'none';
  Node.prototype.removeChild.call(document.documentElement, probe);
  return hidden;
};
