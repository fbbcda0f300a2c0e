import DOMPurify from 'dompurify';

/**
 * Every piece of page HTML passes DOMPurify before it reaches an extension page.
 * An allowlist, not a blocklist: the clean article needs only text, links and images.
 * NB: DOMPurify does not sanitize under happy-dom; its tests run under jsdom and in browsers.
 */
const ALLOWED_TAGS = [
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
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'width', 'height'];
/** Only absolute http(s) links and images: no javascript:, data:, relative or protocol-less URLs. */
const ALLOWED_URI_REGEXP = /^https?:\/\//i;
/** Images come from SCMP's image CDN only (where every article photo lives): an extension page fetches nothing from anywhere else. */
export function isScmpImageUrl(src: string): boolean {
  try {
    const { protocol, hostname } = new URL(src);
    return protocol === 'https:' && /(^|\.)i-scmp\.com$/.test(hostname);
  } catch {
    return false;
  }
}

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

export function sanitizeHtml(html: string, win: Window): string {
  return purifierFor(win).sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    KEEP_CONTENT: true,
    RETURN_TRUSTED_TYPE: false,
  }) as string;
}
