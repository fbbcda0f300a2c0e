/**
 * What the page sends the panel and the clean view of itself: not the whole document (about
 * 700 KB on a real page, 500 KB of it the app state) but what the pipeline reads, as one small
 * HTML page: the head's `<title>` and meta tags, the canonical link, the
 * JSON-LD, the article's own container, and the app state only when the article has no
 * key-points hook (the one field that may need it). A page whose article SCMP's hooks do not find
 * is sent whole, for the fallbacks.
 *
 * A giant article is serialized a subtree at a time, giving the page's own scripts the main
 * thread every few milliseconds (a 5 MB body in one `outerHTML` held it 46 ms, measured), and
 * the text is sent in parts, so that no one message holds it long either.
 */
import { findArticleRoot, KEY_POINTS_HOOK } from '../rules/article-root';
import { sliceClock, smallEnough, type SliceClock } from './slices';

/** Characters per message (a 5 MB page: 20 messages of a few ms each, instead of one of 50 ms). */
export const SNAPSHOT_PART = 256 * 1024;
/** Time the page's main thread is kept before its own scripts get it back. */
const SLICE_MS = 8;

const HEAD_PARTS = 'title, meta[content], link[rel="canonical"]';

/**
 * The head's metadata, and the JSON-LD wherever it is (SCMP puts it in the body). Script
 * elements by their tag: one selector over a 5 MB document took up to 18 ms (measured).
 */
function metadataHtml(doc: Document): string[] {
  const head = Array.from(doc.head?.querySelectorAll(HEAD_PARTS) ?? [], (el) => el.outerHTML);
  const scripts = Array.from(doc.getElementsByTagName('script')).filter((s) => s.type === 'application/ld+json');
  return [...head, ...scripts.map((s) => s.outerHTML)];
}

/** Text and comments between a big element's children, serialized as the HTML serializer would. */
function nodeHtml(node: Node, xml: XMLSerializer): string {
  if (node.nodeType === 3) return xml.serializeToString(node);
  return node.nodeType === 8 ? `<!--${node.nodeValue ?? ''}-->` : '';
}

/**
 * Collects the snapshot's text into parts of about `size` characters as it is written, so that
 * no single string of the whole page is ever built (a 5 MB join and its copies were most of the
 * garbage collector's work, measured).
 */
class PartWriter {
  readonly parts: string[] = [];
  private pieces: string[] = [];
  private length = 0;
  constructor(private readonly size: number) {}
  write(text: string): void {
    this.pieces.push(text);
    this.length += text.length;
    if (this.length >= this.size) this.flush();
  }
  flush(): string[] {
    const text = this.pieces.join('');
    for (let at = 0; at < text.length; at += this.size) this.parts.push(text.slice(at, at + this.size));
    this.pieces = [];
    this.length = 0;
    return this.parts;
  }
}

async function serialize(el: Element, out: PartWriter, clock: SliceClock, xml: XMLSerializer): Promise<void> {
  // A giant body's thousands of leaf paragraphs are written without a count (a live collection
  // each, and the garbage they leave, measured): see smallEnough().
  if (smallEnough(el)) {
    out.write(el.outerHTML);
  } else {
    const shallow = (el.cloneNode(false) as Element).outerHTML;
    const close = shallow.lastIndexOf('</');
    out.write(shallow.slice(0, close));
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === 1) await serialize(child as Element, out, clock, xml);
      else out.write(nodeHtml(child, xml));
    }
    out.write(shallow.slice(close));
  }
  await clock.tick();
}

/** The snapshot in parts of about `partSize` characters, serialized over as many tasks as it takes. */
export async function snapshotParts(doc: Document, sliceMs = SLICE_MS, partSize = SNAPSHOT_PART): Promise<string[]> {
  const found = findArticleRoot(doc);
  const out = new PartWriter(partSize);
  const clock = sliceClock(sliceMs);
  if (!found?.byHook) {
    await serialize(doc.documentElement, out, clock, new XMLSerializer());
    return out.flush();
  }
  const head = metadataHtml(doc);
  if (!found.element.querySelector(KEY_POINTS_HOOK)) head.push(doc.getElementById('__NEXT_DATA__')?.outerHTML ?? '');
  out.write(`<!doctype html><html><head>${head.join('')}</head><body>`);
  await serialize(found.element, out, clock, new XMLSerializer());
  out.write('</body></html>');
  return out.flush();
}
