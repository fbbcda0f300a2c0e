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
 * `onLoaded`. `after` is the last node the previous scan saw (undefined the first time).
 */
export function scanWhileParsing(
  doc: Document,
  scan: (after: Node | undefined) => void,
  options: { schedule: FrameScheduler; signal?: AbortSignal; onLoaded: () => void },
): void {
  let scannedUpTo: Node | undefined;
  const scanNew = () => {
    const end = lastNode(doc);
    if (end === scannedUpTo) return;
    scan(scannedUpTo);
    scannedUpTo = end;
  };
  const beforeEachFrame = () => {
    if (doc.readyState !== 'loading' || options.signal?.aborted) return;
    scanNew();
    options.schedule(beforeEachFrame);
  };
  options.schedule(beforeEachFrame);
  const loaded = () => {
    if (options.signal?.aborted) return;
    scanNew();
    options.onLoaded();
  };
  doc.addEventListener('DOMContentLoaded', loaded, { once: true });
}
