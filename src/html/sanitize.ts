/**
 * DOMPurify, with an allowlist: every piece of HTML passes it exactly once, where it enters an
 * extension page (`showHtml`) or leaves the command line (`sanitizeHtml`). The renderers write
 * the markup from an `Article` with every text escaped; this is the second wall.
 * NB: DOMPurify does not sanitize under happy-dom; its tests run under jsdom and in browsers.
 */
import DOMPurify from 'dompurify';
import { isScmpImageUrl } from './urls';

/** The article's own tags (what the renderers write from the body). */
const ARTICLE_TAGS = [
  'p',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'blockquote',
  'figure',
  'figcaption',
  'img',
  'a',
  'em',
  'strong',
  'b',
  'i',
  'br',
  'sub',
  'sup',
];
/** The tags of the panel's and the clean view's own markup around it. */
const PAGE_TAGS = ['h1', 'article', 'section', 'header', 'aside', 'div', 'span', 'time', 'code', 'pre', 'details', 'summary', 'button'];
const ALLOWED_TAGS = [...ARTICLE_TAGS, ...PAGE_TAGS];
const ALLOWED_ATTR = [
  'href',
  'src',
  'alt',
  'title',
  'width',
  'height',
  'class',
  'id',
  'lang',
  'datetime',
  'type',
  'role',
  'aria-label',
  'aria-live',
  'aria-pressed',
  'aria-hidden',
  // Ids of the article's own pieces (a sentence, a key point) that the voice and the key points point to.
  'data-sid',
  'data-cite',
  // A hidden item's category, in the panel's list of what SCMP does not display.
  'data-category',
];
/** Only absolute http(s) links and images: no javascript:, data:, relative or protocol-less URLs. */
const ALLOWED_URI_REGEXP = /^https?:\/\//i;
/** Attributes that hold no address: DOMPurify otherwise holds every value to the URL pattern above. */
const ADD_URI_SAFE_ATTR = [
  'lang',
  'datetime',
  'type',
  'aria-label',
  'aria-live',
  'aria-pressed',
  'aria-hidden',
  'data-sid',
  'data-cite',
  'data-category',
];

const CONFIG = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP,
  ADD_URI_SAFE_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  KEEP_CONTENT: true,
  RETURN_TRUSTED_TYPE: false,
} as const;

type Purifier = ReturnType<typeof DOMPurify>;
const purifiers = new WeakMap<object, Purifier>();

function purifierFor(win: Window): Purifier {
  let purifier = purifiers.get(win);
  if (!purifier) {
    // DOMPurify's typings want the global `WindowLike`; a jsdom or page window is one.
    purifier = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName === 'A' && node.hasAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
      if (node.nodeName === 'IMG') {
        // An image from anywhere else keeps its alt text and loses its address: nothing is fetched.
        if (!isScmpImageUrl(node.getAttribute('src') ?? '')) node.removeAttribute('src');
        node.setAttribute('loading', 'lazy');
        node.setAttribute('referrerpolicy', 'no-referrer');
      }
    });
    purifiers.set(win, purifier);
  }
  return purifier;
}

/** Sanitized HTML as a string (the command line's `contentHtml`). */
export function sanitizeHtml(html: string, win: Window): string {
  return purifierFor(win).sanitize(html, CONFIG) as string;
}

/**
 * Put HTML into an element of an extension page, sanitized: DOMPurify parses it in an inert
 * document and hands back the nodes (no `innerHTML` on a live element, no second parse).
 */
export function showHtml(target: Element | ShadowRoot, html: string, win: Window): void {
  target.replaceChildren(purifierFor(win).sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true }));
}
