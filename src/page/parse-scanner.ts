/**
 * While the parser builds the page: before each frame, scan what was parsed since the last one.
 * No observer here: on a loading document it would get a record per parsed node (measured).
 */
export type FrameScheduler = (callback: () => void) => void;

/** The last node in document order: what the parser added most recently. */
function lastNode(doc: Document): Node {
  let node: Node = doc.documentElement;
  while (node.lastChild) node = node.lastChild;
  return node;
}

/**
 * Calls `scan(after)` before each frame until the document has loaded, then once more, and then
 * `onLoaded`. `after` is the last node the previous scan saw (undefined the first time). A scan
 * that answers `false` is the last: no frame is asked for again, and `onLoaded` still comes.
 */
export function scanWhileParsing(
  doc: Document,
  scan: (after: Node | undefined) => boolean,
  options: { schedule: FrameScheduler; signal?: AbortSignal; onLoaded: () => void },
): void {
  let scannedUpTo: Node | undefined;
  let scanning = true;
  const scanNew = () => {
    const end = lastNode(doc);
    if (!scanning || end === scannedUpTo) return;
    scanning = scan(scannedUpTo);
    scannedUpTo = end;
  };
  const beforeEachFrame = () => {
    if (doc.readyState !== 'loading' || options.signal?.aborted) return;
    scanNew();
    if (scanning) options.schedule(beforeEachFrame);
  };
  options.schedule(beforeEachFrame);
  const loaded = () => {
    if (options.signal?.aborted) return;
    scanNew();
    options.onLoaded();
  };
  doc.addEventListener('DOMContentLoaded', loaded, { once: true });
}
