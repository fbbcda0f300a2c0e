/** The hostile corpus as pages (one per class of input) and the page-world canary, for the browser tests. */
import { HOSTILE, placeHostile } from '../fixtures/hostile/corpus';
import { fixtureHtml } from '../pages';

// One page per class of input, at its own scmp.com article address. The lead photo is taken
// out, so that any request at all while the extension renders is one too many.
const base = fixtureHtml.replace(/<div data-qa="GenericArticle-Leading"[\s\S]*?<\/figure><\/div><\/div>/, '');
export const kinds = [...new Set(HOSTILE.map((h) => h.kind))];
export const hostilePages = new Map(
  kinds.map((kind, i) => {
    const html = HOSTILE.filter((h) => h.kind === kind).reduce((page, input) => placeHostile(page, input), base);
    return [`https://www.scmp.com/news/china/article/39000${10 + i}/hostile-${kind}`, html] as const;
  }),
);

/** The page's own canary: a payload that ever runs calls it (or alert, confirm, prompt). */
export const CANARY = () => {
  const w = window as unknown as { __fired: number; C: () => void };
  w.__fired = 0;
  w.C = () => {
    w.__fired += 1;
  };
  for (const name of ['alert', 'confirm', 'prompt'] as const)
    (window as unknown as Record<string, () => void>)[name] = () => {
      w.__fired += 1;
    };
};
