/**
 * The page side of decluttering: one stylesheet compiled from the rules, injected at
 * document_start, and an observer that hides label-matched widgets as they arrive
 * (batched per frame, no layout reads). Pure DOM: no extension API, testable in happy-dom.
 */
import type { ClutterCategory } from './article';
import { findLabelElements, widgetForLabel } from './clutter';
import type { ClutterRule } from './rules';
import { compileStylesheet, HIDDEN_ATTRIBUTE } from './stylesheet';

export const STYLE_ID = 'scmp-declutter-style';

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

  const labelRules = () => rules.filter((r) => r.label && categories.has(r.category));
  /** Widgets the stylesheet already hides need no attribute: the site's DOM is touched only when needed. */
  const selectorHidden = () => rules.filter((r) => r.selector && categories.has(r.category)).map((r) => r.selector).join(', ');

  function hideLabelsIn(root: ParentNode): void {
    if (paused) return;
    const active = labelRules();
    const alreadyHidden = selectorHidden();
    const found = findLabelElements(root, new Set(active.map((r) => r.label as string)));
    for (const rule of active) {
      for (const label of found.get(rule.label as string) ?? []) {
        const widget = widgetForLabel(label);
        if (widget && !widget.closest(`[${HIDDEN_ATTRIBUTE}]`) && !(alreadyHidden && widget.closest(alreadyHidden))) {
          widget.setAttribute(HIDDEN_ATTRIBUTE, rule.id);
          hiddenCount += 1;
        }
      }
    }
  }

  function unhideAll(): void {
    for (const el of Array.from(doc.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`))) el.removeAttribute(HIDDEN_ATTRIBUTE);
  }

  // Batch what arrives within one frame; handle it before that frame paints.
  const pending = new Set<Node>();
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    mountStyle();
    const roots = Array.from(pending);
    pending.clear();
    for (const node of roots) {
      if (!node.isConnected) continue;
      const root = node.nodeType === 1 ? (node as Element) : node.parentElement;
      if (root) hideLabelsIn(root);
    }
    options.onFlush?.();
  };
  const observer = new (doc.defaultView ?? globalThis).MutationObserver((records) => {
    if (paused) return;
    for (const record of records) {
      if (record.type === 'characterData') pending.add(record.target);
      else for (const node of Array.from(record.addedNodes)) pending.add(node);
    }
    if (pending.size && !scheduled) {
      scheduled = true;
      schedule(flush);
    }
  });
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  hideLabelsIn(doc);

  signal?.addEventListener('abort', () => {
    observer.disconnect();
    style.remove();
    unhideAll();
  }, { once: true });

  return {
    setCategories(next) {
      categories = next;
      writeStyle();
      unhideAll();
      hideLabelsIn(doc);
    },
    pause() {
      paused = true;
      writeStyle();
      unhideAll();
    },
    resume() {
      paused = false;
      writeStyle();
      hideLabelsIn(doc);
    },
    rescan() {
      mountStyle();
      hideLabelsIn(doc);
    },
    get hiddenCount() { return hiddenCount; },
  };
}
