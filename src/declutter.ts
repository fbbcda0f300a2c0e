/**
 * The page side of decluttering: one stylesheet compiled from the rules, injected at
 * document_start, and an observer that hides label-matched widgets as they arrive
 * (batched per frame, no layout reads). Pure DOM: no extension API, testable in happy-dom.
 */
import type { ClutterCategory } from './article';
import { findLabelElements, labelKey, widgetForLabel } from './clutter';
import type { ClutterRule } from './rules';
import { compileStylesheet, HIDDEN_ATTRIBUTE } from './stylesheet';

export const STYLE_ID = 'scmp-declutter-style';
/** Up to this many mutation records are handled at once; more wait for the next frame. */
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
  const writeStyle = () => { style.textContent = paused ? '' : compileStylesheet(rules, categories); };
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
    alreadyHidden = rules.filter((r) => r.selector && categories.has(r.category)).map((r) => r.selector).join(', ');
  };
  prepare();

  function hideLabelsIn(root: Node): void {
    if (paused || !labels.size) return;
    const found = findLabelElements(root as ParentNode, labels);
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

  // What arrives is not looked at node by node (every node the script touches costs a wrapper
  // in the isolated world): a batch marks the document dirty, and one native label query over
  // the document handles it. A few changes (one ad slot filled, one widget mounted) are handled
  // in this microtask, before anything can paint; a storm (page load, client-side navigation)
  // waits for the next frame and is handled once.
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    mountStyle();
    hideLabelsIn(doc.documentElement);
    options.onFlush?.();
  };
  const observer = new (doc.defaultView ?? globalThis).MutationObserver((records) => {
    if (paused || scheduled) return;
    if (records.length <= IMMEDIATE_BATCH) flush();
    else {
      scheduled = true;
      schedule(flush);
    }
  });
  // While the parser is still building the page, observing it would cost a mutation record per
  // parsed node: instead, one label query before every frame paints. From DOMContentLoaded on,
  // the observer catches what scripts add.
  const observe = () => observer.observe(doc, { childList: true, subtree: true, characterData: true });
  if (doc.readyState === 'loading') {
    const beforeEachFrame = () => {
      if (doc.readyState !== 'loading' || signal?.aborted) return;
      flush();
      schedule(beforeEachFrame);
    };
    schedule(beforeEachFrame);
    doc.addEventListener('DOMContentLoaded', () => {
      if (signal?.aborted) return;
      flush();
      observe();
    }, { once: true });
  } else {
    observe();
    hideLabelsIn(doc.documentElement);
  }

  signal?.addEventListener('abort', () => {
    observer.disconnect();
    style.remove();
    unhideAll();
  }, { once: true });

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
    get hiddenCount() { return hiddenCount; },
  };
}
