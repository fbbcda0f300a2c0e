/**
 * Page HTML without its inline event-handler attributes (`onerror="…"`), before an extension
 * page parses it. Parsing such an attribute, even in an inert DOMParser document that never
 * runs it, makes Chromium log a CSP violation in the extension page (measured); the sanitizer
 * would drop the attribute anyway. The input is a browser's own serialization (outerHTML):
 * attribute values are double-quoted, and `<`, `>` inside them are escaped (Chromium 138+,
 * Firefox 140+), so a tag ends at the first `>`.
 *
 * The text of raw-text and RCDATA elements (`script`, `style`, `textarea`, `title`, …) is not
 * markup and is left exactly as it is: a JSON-LD or app-state script that quotes HTML stays
 * valid JSON, so the panel reads the same page the command line does. (`template` and
 * `noscript` hold markup in an inert document, and are stripped like the rest.)
 */
const TAG = /<([a-zA-Z][^\s/>]*)([^>]*)>/g;
/** One attribute with its value: a quoted value is taken whole, so text inside it is never a name. */
const ATTRIBUTE = /(\s+)([^\s"'>/=]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?/g;
const RAW_TEXT_OPEN = /<(script|style|textarea|title|xmp|iframe|noembed|noframes)(?=[\s/>])[^>]*>/gi;
const closeTags = new Map<string, RegExp>();

const withoutHandlers = (attributes: string) =>
  attributes.replace(ATTRIBUTE, (attribute, _space, name: string) => (/^on/i.test(name) ? '' : attribute));
const stripTags = (markup: string) =>
  markup.replace(TAG, (_tag, name: string, attributes: string) => `<${name}${withoutHandlers(attributes)}>`);

/** Where the raw text that starts at `from` ends: at its element's end tag, or the end of the input. */
function rawTextEnd(html: string, name: string, from: number): number {
  let close = closeTags.get(name);
  if (!close) closeTags.set(name, (close = new RegExp(`</${name}(?=[\\s/>])`, 'gi')));
  close.lastIndex = from;
  return close.exec(html)?.index ?? html.length;
}

export function stripEventHandlers(html: string): string {
  let out = '';
  let at = 0;
  RAW_TEXT_OPEN.lastIndex = 0;
  for (let open = RAW_TEXT_OPEN.exec(html); open; open = RAW_TEXT_OPEN.exec(html)) {
    const textStart = RAW_TEXT_OPEN.lastIndex;
    const end = rawTextEnd(html, (open[1] as string).toLowerCase(), textStart);
    out += stripTags(html.slice(at, open.index)) + stripTags(open[0]) + html.slice(textStart, end);
    at = RAW_TEXT_OPEN.lastIndex = end;
  }
  return out + stripTags(html.slice(at));
}
