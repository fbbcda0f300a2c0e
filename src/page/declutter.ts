/**
 * The page side of decluttering, from its named parts: the switches of the hiding stylesheet
 * (the browser puts that into the page: src/rules/stylesheet.ts), the reader's own rules
 * (./style-holder.ts), the label hider (./label-hider.ts), the scans while the parser builds the
 * page (./parse-scanner.ts) and the observer of what scripts add later (./mutation-batcher.ts).
 * Pure DOM: no extension API, testable in happy-dom.
 *
 * Each scan costs in proportion to what it searches (a 5 MB page: about 100 ms for all of it,
 * measured), so it searches only what is new: while loading, what was parsed since the last
 * frame; afterwards, what scripts added. And only where it is needed: see `whileParsing`.
 */
import type { ClutterCategory } from '../rules/categories';
import type { ClutterRule } from '../rules/rules';
import { createLabelHider, type LabelHider } from './label-hider';
import { batchAdditions } from './mutation-batcher';
import { scanWhileParsing, type FrameScheduler } from './parse-scanner';
import { switchCategories } from './category-switches';
import { holdStyle } from './style-holder';

export { STYLE_ID } from './style-holder';

export interface DeclutterController {
  /** Re-apply with other categories (settings changed). */
  setCategories(categories: ReadonlySet<ClutterCategory>): void;
  /** The stylesheet of the reader's own rules (src/rules/user-rules.ts), after the built-in one. */
  setUserCss(css: string): void;
  /** Hide nothing until the page reloads ("Show original"). */
  pause(): void;
  readonly paused: boolean;
  /** Run the label rules over the whole document again (after client-side navigation). */
  rescan(): void;
}

interface Options {
  rules: readonly ClutterRule[];
  categories: ReadonlySet<ClutterCategory>;
  signal?: AbortSignal;
  /** Runs after each batch of additions is handled (e.g. to notice client-side navigation). */
  onFlush?: () => void;
  /** Frame scheduler; defaults to the window's requestAnimationFrame. */
  schedule?: FrameScheduler;
}

/**
 * The label scans while the parser builds the page, only where they are needed. On SCMP's own
 * markup every label sits in a widget a selector rule hides (all 8-9 labels of the captured page
 * and of each real page, in jsdom): the stylesheet does the work, and the scans cost the page
 * 3.5-4 ms of script per load for nothing (measured in Chromium). So once the page shows
 * something a selector rule hides, the scans stop, unless a label in markup the rules do not
 * know came first: then they go on to the end. What scripts add after the page has loaded is
 * searched whatever this decided.
 */
function whileParsing(labels: LabelHider, doc: Document): (after: Node | undefined) => boolean {
  let unknownMarkup = false;
  return (after) => {
    if (!unknownMarkup && labels.knowsMarkupOf(doc)) return false;
    const hidden = labels.hideIn(doc.documentElement, after); // searched whatever was found before
    unknownMarkup ||= hidden > 0;
    return true;
  };
}

const sameSet = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) => a.size === b.size && [...a].every((x) => b.has(x));

export function startDeclutter(doc: Document, options: Options): DeclutterController {
  const { rules, signal } = options;
  const schedule = options.schedule ?? ((cb: () => void) => (doc.defaultView ?? globalThis).requestAnimationFrame(() => cb()));
  let categories = options.categories;
  const userStyle = holdStyle(doc);
  let paused = false;
  switchCategories(doc, categories);
  const labels = createLabelHider(doc, rules, categories);
  const hideAll = () => labels.hideIn(doc.documentElement);

  const additions = batchAdditions(doc, (roots) => !paused && hideAdded(roots), schedule);
  const hideAdded = (roots: Node[]) => {
    userStyle.mount();
    for (const root of roots) labels.hideIn(root);
    options.onFlush?.();
  };
  if (doc.readyState !== 'loading') {
    additions.start();
    hideAll();
  } else {
    const onLoaded = () => {
      additions.start();
      options.onFlush?.();
    };
    scanWhileParsing(doc, whileParsing(labels, doc), { schedule, signal, onLoaded });
  }
  const stop = () => {
    additions.stop();
    switchCategories(doc, new Set());
    userStyle.remove();
    labels.unhideAll();
  };
  signal?.addEventListener('abort', stop, { once: true });

  return {
    setCategories(next) {
      if (sameSet(next, categories)) return;
      categories = next;
      if (paused) return;
      switchCategories(doc, categories);
      labels.replan(categories);
      hideAll();
    },
    setUserCss(next) {
      if (!paused) userStyle.write(next);
    },
    pause() {
      paused = true;
      switchCategories(doc, new Set());
      userStyle.write('');
      labels.replan(new Set()); // and no label found hereafter, while parsing or after
    },
    get paused() {
      return paused;
    },
    rescan() {
      if (paused) return;
      userStyle.mount();
      hideAll();
    },
  };
}
