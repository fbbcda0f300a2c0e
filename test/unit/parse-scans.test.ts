// The label scans while the parser builds the page (src/page/declutter.ts, `whileParsing`): they
// stop where SCMP's hooks carry the clutter, and go on where the markup is one the rules do not
// know. A loading document in happy-dom: the test is the parser, adding markup between frames.
import { describe, expect, it } from 'vitest';
import { startDeclutter } from '../../src/page/declutter';
import { CLUTTER_CATEGORIES } from '../../src/rules/categories';
import { RULES } from '../../src/rules/rules';
import { HIDDEN_ATTRIBUTE } from '../../src/rules/stylesheet';
import { parsePage } from './dom';

const HOOKED_AD = '<div data-qa="AdSlot-Container"><div data-qa="AdSlot-Label">Advertisement</div></div>';
const UNKNOWN_AD = (id: string) => `<div id="${id}"><div><span>Advertisement</span></div><div style="height:250px"></div></div>`;
const PARAGRAPH = '<p>Words of the story, long enough to be nothing like a label.</p>';

/** A document the test parses by hand: `frame()` runs what the page asked for before the next frame. */
function loadingPage() {
  const doc = parsePage('<!doctype html><html><head></head><body></body></html>', 'https://www.scmp.com/news/article/1/x');
  let state: DocumentReadyState = 'loading';
  Object.defineProperty(doc, 'readyState', { get: () => state });
  let frames: (() => void)[] = [];
  let framesAsked = 0;
  startDeclutter(doc, {
    rules: RULES,
    categories: new Set(CLUTTER_CATEGORIES),
    schedule: (callback) => {
      framesAsked += 1;
      frames.push(callback);
    },
  });
  return {
    doc,
    parse: (html: string) => doc.body.insertAdjacentHTML('beforeend', html),
    frame() {
      const due = frames;
      frames = [];
      for (const callback of due) callback();
    },
    loaded() {
      state = 'interactive';
      doc.dispatchEvent(new Event('DOMContentLoaded'));
    },
    framesAsked: () => framesAsked,
  };
}

const marked = (doc: Document, id: string) => doc.getElementById(id)?.getAttribute(HIDDEN_ATTRIBUTE) ?? null;

describe('the label scans while the page is parsed', () => {
  it('stop at the first frame that shows a widget a selector rule hides: the stylesheet does the work', () => {
    const page = loadingPage();
    page.parse(PARAGRAPH);
    page.frame(); // nothing SCMP's markup shows yet: scanning on
    page.parse(HOOKED_AD + PARAGRAPH);
    page.frame(); // SCMP's hooks: no more scans
    const asked = page.framesAsked();
    page.parse(PARAGRAPH.repeat(3));
    page.frame();
    page.frame();
    expect(page.framesAsked()).toBe(asked); // no frame asked for again
    expect(asked).toBe(2);
  });

  it('go on to the end once a label in markup the rules do not know was found, and hide each such widget', () => {
    const page = loadingPage();
    page.parse(UNKNOWN_AD('first'));
    page.frame(); // a label the selectors do not know: the markup is not (only) SCMP's
    page.parse(HOOKED_AD + PARAGRAPH + UNKNOWN_AD('second'));
    page.frame();
    page.parse(UNKNOWN_AD('third'));
    page.loaded();
    expect(['first', 'second', 'third'].map((id) => marked(page.doc, id))).toEqual(['ad-label', 'ad-label', 'ad-label']);
  });

  it('on a page with no label at all, scan every frame until the page has loaded', () => {
    const page = loadingPage();
    for (let n = 0; n < 4; n++) {
      page.parse(PARAGRAPH);
      page.frame();
    }
    expect(page.framesAsked()).toBe(5); // the first frame, and one after each scan
    page.parse(UNKNOWN_AD('late'));
    page.loaded(); // the last scan, at DOMContentLoaded
    expect(marked(page.doc, 'late')).toBe('ad-label');
  });

  it('leave to the observer after load what scripts add, searched whatever the scans decided', async () => {
    const page = loadingPage();
    page.parse(HOOKED_AD);
    page.frame(); // the scans stop here
    page.loaded();
    page.parse(UNKNOWN_AD('added'));
    await Promise.resolve(); // the observer's microtask
    expect(marked(page.doc, 'added')).toBe('ad-label');
  });
});
