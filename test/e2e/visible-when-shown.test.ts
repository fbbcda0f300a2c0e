// Whether a hidden item has something to show (src/page/visible-when-shown.ts), in Chromium and
// in Firefox ESR, where it meets real layout and real style: each kind of item the real pages
// hold, judged by its box on a page of ordinary size and by style alone on a page too big to lay
// out, against what each kind shows. The module runs in the page as esbuild bundles it.
import { buildSync } from 'esbuild';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../pages';
import { READER_BROWSERS, type ReaderBrowser } from './reader';

const URL = 'https://www.scmp.com/news/china/diplomacy/article/3999997/shown-cases';
const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

/** Each kind of item, hidden as the extension hides one, and what it holds. */
const CASES: [id: string, html: string][] = [
  ['text', '<div class="item" id="text">Advertisement</div>'],
  ['image', `<div class="item" id="image"><img src="${PIXEL}" width="300" height="250" alt=""></div>`],
  ['embed', '<div class="item" id="embed"><lite-youtube style="display:block;aspect-ratio:16/9"></lite-youtube></div>'],
  ['not-at-this-width', '<div class="item" id="not-at-this-width">Advertisement</div>'],
  ['content-not-displayed', '<div class="item" id="content-not-displayed"><span style="display:none">Advertisement</span></div>'],
  ['unfilled', '<div class="item" id="unfilled"></div>'],
  ['reserved-space', '<div class="item" id="reserved-space" style="min-height:250px"></div>'],
  ['zero-high', '<div class="item" id="zero-high" style="height:0"><div>0 New Update</div></div>'],
];

const html = `<!doctype html><html><head><title>Cases</title><style>
.item:not([data-scmp-declutter-shown]) { display: none !important; }
@media (min-width: 1px) { #not-at-this-width { display: none; } }
</style></head><body>${CASES.map(([, h]) => h).join('')}<div id="filler"></div></body></html>`;

const bundle = buildSync({
  entryPoints: [join(PROJECT_DIR, 'src/page/visible-when-shown.ts')],
  bundle: true,
  format: 'iife',
  globalName: 'visibleWhenShownModule',
  write: false,
}).outputFiles[0]!.text;

/** In the page: the module's answer for each case, after `filler` more elements were added. */
async function judged([code, filler]: [string, number]): Promise<boolean[]> {
  type Module = typeof import('../../src/page/visible-when-shown');
  const w = window as unknown as { visibleWhenShownModule?: Module };
  if (!w.visibleWhenShownModule) {
    const script = document.createElement('script'); // the test's own bundle, in the test's page
    script.textContent = code;
    document.head.append(script);
  }
  const module = w.visibleWhenShownModule!;
  document.getElementById('filler')!.innerHTML = '<i></i>'.repeat(filler);
  const items = Array.from(document.querySelectorAll('.item'));
  const giveBack = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  const clock = { tick: giveBack, newSlice: giveBack };
  return module.visibleWhenShown(items, clock, (change) => change());
}

describe.each(READER_BROWSERS)('$name: whether a hidden item has something to show', ({ launch }) => {
  let reader: ReaderBrowser;
  beforeAll(async () => {
    reader = await launch({ extraPages: new Map([[URL, html]]) });
  });
  afterAll(async () => {
    await reader?.close();
  });

  it('on a page of ordinary size, by its box; on a page too big to lay out, by style; and hidden again after', async () => {
    const page = await reader.openPage(URL);
    const byBox = await page.run(judged, [bundle, 0]);
    const byStyle = await page.run(judged, [bundle, 10_001]);
    const table = (answers: boolean[]) => Object.fromEntries(CASES.map(([id], n) => [id, answers[n]]));
    const same = { text: true, image: true, embed: true, 'not-at-this-width': false, 'content-not-displayed': false, unfilled: false };
    expect(table(byBox)).toEqual({ ...same, 'reserved-space': true, 'zero-high': false });
    expect(table(byStyle)).toEqual({ ...same, 'reserved-space': false, 'zero-high': true });
    const shownAfter = () => document.querySelectorAll('[data-scmp-declutter-shown]').length;
    expect(await page.run(shownAfter)).toBe(0);
    await page.close();
  });
});
