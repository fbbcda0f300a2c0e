/**
 * After load: what scripts add to the page, from a MutationObserver's records. A few changes
 * (one ad slot filled, one widget mounted) are handled in the same microtask, before anything
 * can paint; a storm (client-side navigation) once per frame.
 */
import type { FrameScheduler } from './parse-scanner';

/** Up to this many new subtrees are handled at once; more wait for the next frame. */
export const IMMEDIATE_BATCH = 32;

/** The outermost of the added nodes: a node inside another added one is searched with it. */
function outermostNodes(nodes: Node[]): Node[] {
  const batch = new Set(nodes);
  return nodes.filter((node) => {
    if (!node.isConnected) return false;
    for (let p = node.parentNode; p; p = p.parentNode) if (batch.has(p)) return false;
    return true;
  });
}

export interface Batcher {
  start(): void;
  stop(): void;
}

export function batchAdditions(doc: Document, onAdded: (roots: Node[]) => void, schedule: FrameScheduler): Batcher {
  const pending = new Set<Node>();
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const nodes = Array.from(pending);
    pending.clear();
    onAdded(outermostNodes(nodes));
  };
  const observer = new (doc.defaultView ?? globalThis).MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') {
        if (record.target.parentNode) pending.add(record.target.parentNode);
      } else
        for (const node of record.addedNodes)
          if (node.nodeType === 1 || node.nodeType === 3) pending.add(node.nodeType === 1 ? node : (node.parentNode ?? node));
    }
    if (!pending.size || scheduled) return;
    if (pending.size <= IMMEDIATE_BATCH) return flush();
    scheduled = true;
    schedule(flush);
  });
  return {
    start: () => observer.observe(doc, { childList: true, subtree: true, characterData: true }),
    stop: () => {
      observer.disconnect();
      pending.clear();
    },
  };
}
