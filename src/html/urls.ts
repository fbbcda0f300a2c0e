/** The URL checks every route and renderer shares: what may be linked, what may be shown. */

/** An absolute http(s) URL, or null for anything else (javascript:, data:, unparsable). */
export function absoluteHttpUrl(value: string | null | undefined, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Images come from SCMP's image CDN only (where every article photo lives): an extension page fetches nothing from anywhere else. */
export function isScmpImageUrl(src: string): boolean {
  try {
    const { protocol, hostname } = new URL(src);
    return protocol === 'https:' && /(^|\.)i-scmp\.com$/.test(hostname);
  } catch {
    return false;
  }
}

/**
 * The article's address with a text fragment (`#:~:text=`) that takes a browser to `text` on the
 * page and marks it: a long text is named by its first and last five words.
 */
export function textFragmentUrl(url: string, text: string): string {
  const encode = (t: string) => encodeURIComponent(t).replace(/[-,&()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const words = text.split(/\s+/).filter(Boolean);
  const directive =
    words.length > 10 ? `${encode(words.slice(0, 5).join(' '))},${encode(words.slice(-5).join(' '))}` : encode(words.join(' '));
  return `${url.split('#')[0]}#:~:text=${directive}`;
}
