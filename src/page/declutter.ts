/**
 * The page side of decluttering: one stylesheet compiled from the rules, injected at
 * document_start, and an observer that hides label-matched widgets as they arrive
 * (batched per frame, no layout reads). Pure DOM: no extension API, testable in happy-dom.
 */
import type { ClutterCategory } from '../rules/categories';
import { findLabelElements, labelKey, widgetForLabel } from '../rules/match';
import type { ClutterRule } from '../rules/rules';
import { compileStylesheet, HIDDEN_ATTRIBUTE } from '../rules/stylesheet';

export const STYLE_ID = 'scmp-declutter-style';
/** Up to this many new subtrees are handled at once; more wait for the next frame. */
const IMMEDIATE_BATCH = 32;

export interface DeclutterController {
  /** Re-apply with other categories (settings changed). */
  setCategories(categories: ReadonlySet<ClutterCategory>): void;
  /** Hide nothing until `resume` ("Show original"). */
  pause(): void;
  resume(): void;
  /** Run the label rules over the whole document again (after client-side navigation). */
  rescan(): void;
  /** How many widgets the label rules have hidden so far. */
  readonly hiddenCount: number;
}

interface Options {
  rules: readonly ClutterRule[];
  categories: ReadonlySet<ClutterCategory>;
  signal?: AbortSignal;
  /** Runs after each batch of mutations is handled (e.g. to notice client-side navigation). */
  onFlush?: () => void;
  /** Frame scheduler; defaults to the window's requestAnimationFrame. */
  schedule?: (callback: () => void) => void;
}

export function startDeclutter(doc: Document, options: Options): DeclutterController {
  const { rules, signal } = options;
  let categories = options.categories;
  let paused = false;
  let hiddenCount = 0;
  const schedule = options.schedule ?? ((cb: () => void) => (doc.defaultView ?? globalThis).requestAnimationFrame(() => cb()));

  const style = doc.createElement('style');
  style.id = STYLE_ID;
  const writeStyle = () => {
    style.textContent = paused ? '' : compileStylesheet(rules, categories);
  };
  writeStyle();
  const mountStyle = () => {
    if (style.isConnected) return;
    (doc.head ?? doc.documentElement)?.appendChild(style);
  };
  mountStyle();

  // What the label rules need, computed once per set of categories.
  let labelRules: ClutterRule[] = [];
  let labels = new Set<string>();
  let alreadyHidden = '';
  const prepare = () => {
    labelRules = rules.filter((r) => labelKey(r) && categories.has(r.category));
    labels = new Set(labelRules.map((r) => labelKey(r) as string));
    /** Widgets the stylesheet already hides need no attribute: the site's DOM is touched only when needed. */
    alreadyHidden = rules
      .filter((r) => r.selector && categories.has(r.category))
      .map((r) => r.selector)
      .join(', ');
  };
  prepare();

  function hideLabelsIn(root: Node, after?: Node): void {
    if (paused || !labels.size) return;
    const found = findLabelElements(root as ParentNode, labels, { after });
    for (const rule of labelRules) {
      for (const label of found.get(labelKey(rule) as string) ?? []) {
        // Label rules are the fallback: a label the stylesheet already hides is left alone.
        if (alreadyHidden && label.closest(alreadyHidden)) continue;
        const widget = widgetForLabel(label);
        if (widget && !widget.closest(`[${HIDDEN_ATTRIBUTE}]`)) {
          widget.setAttribute(HIDDEN_ATTRIBUTE, rule.id);
          hiddenCount += 1;
        }
      }
    }
  }

  function unhideAll(): void {
    for (const el of Array.from(doc.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`))) el.removeAttribute(HIDDEN_ATTRIBUTE);
  }

  // Each scan costs in proportion to what it searches (a 5 MB page: about 100 ms for all of it,
  // measured), so it searches only what is new. While the parser builds the page: before each
  // frame, what was parsed since the last frame (no observer: that would be a record per parsed
  // node). From DOMContentLoaded: what scripts add, from the observer's records; a few changes
  // (one ad slot filled, one widget mounted) in the same microtask, before anything can paint,
  // a storm (client-side navigation) once per frame.
  let scannedUpTo: Node | null = null;
  const lastNode = () => {
    let node: Node = doc.documentElement;
    while (node.lastChild) node = node.lastChild;
    return node;
  };
  const scanParsedSinceLastFrame = () => {
    const end = lastNode();
    if (end === scannedUpTo) return;
    hideLabelsIn(doc.documentElement, scannedUpTo ?? undefined);
    scannedUpTo = end;
  };

  const pending = new Set<Node>();
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    mountStyle();
    const nodes = Array.from(pending);
    pending.clear();
    const batch = new Set(nodes);
    for (const node of nodes) {
      if (!node.isConnected) continue;
      let covered = false;
      for (let p = node.parentNode; p && !covered; p = p.parentNode) covered = batch.has(p);
      if (!covered) hideLabelsIn(node);
    }
    options.onFlush?.();
  };
  const observer = new (doc.defaultView ?? globalThis).MutationObserver((records) => {
    if (paused) return;
    for (const record of records) {
      if (record.type === 'characterData') {
        if (record.target.parentNode) pending.add(record.target.parentNode);
      } else
        for (const node of record.addedNodes)
          if (node.nodeType === 1 || node.nodeType === 3) pending.add(node.nodeType === 1 ? node : (node.parentNode ?? node));
    }
    if (!pending.size || scheduled) return;
    if (pending.size <= IMMEDIATE_BATCH) flush();
    else {
      scheduled = true;
      schedule(flush);
    }
  });
  const observe = () => observer.observe(doc, { childList: true, subtree: true, characterData: true });
  if (doc.readyState === 'loading') {
    const beforeEachFrame = () => {
      if (doc.readyState !== 'loading' || signal?.aborted) return;
      scanParsedSinceLastFrame();
      schedule(beforeEachFrame);
    };
    schedule(beforeEachFrame);
    doc.addEventListener(
      'DOMContentLoaded',
      () => {
        if (signal?.aborted) return;
        scanParsedSinceLastFrame();
        observe();
        options.onFlush?.();
      },
      { once: true },
    );
  } else {
    observe();
    hideLabelsIn(doc.documentElement);
  }

  signal?.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      style.remove();
      unhideAll();
    },
    { once: true },
  );

  return {
    setCategories(next) {
      // Rewriting the stylesheet restyles the whole page: only when something changed.
      if (next.size === categories.size && [...next].every((c) => categories.has(c))) return;
      categories = next;
      prepare();
      writeStyle();
      unhideAll();
      hideLabelsIn(doc.documentElement);
    },
    pause() {
      paused = true;
      writeStyle();
      unhideAll();
    },
    resume() {
      paused = false;
      writeStyle();
      hideLabelsIn(doc.documentElement);
    },
    rescan() {
      mountStyle();
      hideLabelsIn(doc.documentElement);
    },
    get hiddenCount() {
      return hiddenCount;
    },
  };
}
