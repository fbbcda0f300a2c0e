/**
 * What the page sends the panel and the clean view of itself: not the whole document (about
 * 700 KB on a real page, 500 KB of it the app state) but what the pipeline reads, as one small
 * HTML page: the `<title>` (an SVG's title too: harmless), the meta tags, the canonical link, the
 * JSON-LD, the article's own container, and the app state only when the article has no
 * key-points hook (the one field that may need it). A page whose article SCMP's hooks do not find
 * is sent whole, for the fallbacks.
 *
 * A giant article is serialized a subtree at a time, giving the page's own scripts the main
 * thread every few milliseconds (a 5 MB body in one `outerHTML` held it 46 ms, measured), and
 * the text is sent in parts, so that no one message holds it long either.
 */
import { findArticleRoot, KEY_POINTS_HOOK } from '../rules/article-root';

/** Characters per message (a 5 MB page: 20 messages of a few ms each, instead of one of 50 ms). */
export const SNAPSHOT_PART = 256 * 1024;
/** An element with up to this many descendants is serialized in one go (a real article: about 400). */
const AT_ONCE = 4000;
/** Time the page's main thread is kept before its own scripts get it back. */
const SLICE_MS = 8;

const HEAD_PARTS = 'title, meta[content], link[rel="canonical"], script[type="application/ld+json"]';

/** Text and comments between a big element's children, serialized as the HTML serializer would. */
function nodeHtml(node: Node, xml: XMLSerializer): string {
  if (node.nodeType === 3) return xml.serializeToString(node);
  return node.nodeType === 8 ? `<!--${node.nodeValue ?? ''}-->` : '';
}

interface Clock {
  since: number;
  sliceMs: number;
}

async function serialize(el: Element, out: string[], clock: Clock, xml: XMLSerializer): Promise<void> {
  if (el.getElementsByTagName('*').length <= AT_ONCE) {
    out.push(el.outerHTML);
  } else {
    const shallow = (el.cloneNode(false) as Element).outerHTML;
    const close = shallow.lastIndexOf('</');
    out.push(shallow.slice(0, close));
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === 1) await serialize(child as Element, out, clock, xml);
      else out.push(nodeHtml(child, xml));
    }
    out.push(shallow.slice(close));
  }
  if (performance.now() - clock.since >= clock.sliceMs) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    clock.since = performance.now();
  }
}

/** The snapshot's HTML, serialized over as many tasks as it takes. */
export async function snapshotHtml(doc: Document, sliceMs = SLICE_MS): Promise<string> {
  const found = findArticleRoot(doc);
  const root = found?.byHook ? found.element : doc.documentElement;
  const body: string[] = [];
  await serialize(root, body, { since: performance.now(), sliceMs }, new XMLSerializer());
  if (!found?.byHook) return body.join('');
  const head = Array.from(doc.querySelectorAll(HEAD_PARTS), (el) => el.outerHTML);
  if (!found.element.querySelector(KEY_POINTS_HOOK)) head.push(doc.getElementById('__NEXT_DATA__')?.outerHTML ?? '');
  return `<!doctype html><html><head>${head.join('')}</head><body>${body.join('')}</body></html>`;
}

export function splitParts(text: string, size = SNAPSHOT_PART): string[] {
  const parts: string[] = [];
  for (let at = 0; at < text.length; at += size) parts.push(text.slice(at, at + size));
  return parts.length ? parts : [''];
}
