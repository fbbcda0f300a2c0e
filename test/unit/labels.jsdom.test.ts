// @vitest-environment jsdom
// jsdom has document.evaluate: this runs the label rules' XPath route, the one browsers take
// (happy-dom, without XPath, runs the TreeWalker route in the other tests).
import { describe, expect, it } from 'vitest';
import { matchRules } from '../../src/rules/match';
import { RULES } from '../../src/rules/rules';
import { fixtureHtml, realPages } from '../pages';
import { parsePage } from './dom';

const labelRules = RULES.filter((r) => r.label);
const counts = (html: string) => {
  const doc = parsePage(html);
  expect(typeof doc.evaluate).toBe('function');
  return Object.fromEntries(labelRules.map((r) => [r.id, matchRules(doc, [r]).length]));
};

describe('label rules through XPath', () => {
  it('find the same widgets as the TreeWalker route (rules.test.ts counts)', () => {
    expect(counts(fixtureHtml)).toEqual({
      'ad-label': 4,
      'tts-voice-label': 1,
      'tts-speed-label': 1,
      'tts-listening-speed-label': 0,
      'video-duration-label': 1,
      'reading-time-label': 1,
      'trust-label-text': 1,
    });
    const anxious = realPages().find((p) => p.name.startsWith('anxious'));
    expect(counts(anxious?.html ?? '')).toEqual({
      'ad-label': 2,
      'tts-voice-label': 1,
      'tts-speed-label': 0,
      'tts-listening-speed-label': 1,
      'video-duration-label': 2,
      'reading-time-label': 1,
      'trust-label-text': 1,
    });
    // (Alone, the duration pattern also finds the speech player's two "00:00" clocks; with the
    // selector rules those sit inside the player they already hide, and are left alone.)
    const doc = parsePage(anxious?.html ?? '');
    expect(matchRules(doc, RULES).filter((m) => m.rule.id === 'video-duration-label')).toEqual([]);
  });

  it('ignore label text inside scripts and styles, and text that only contains the label', () => {
    const doc = parsePage(
      '<body><script>"Advertisement"</script><p>Advertisement revenue fell.</p><div><span> Advertisement </span></div></body>',
    );
    const found = matchRules(
      doc,
      labelRules.filter((r) => r.id === 'ad-label'),
    );
    expect(found.map((m) => m.element.outerHTML)).toEqual(['<div><span> Advertisement </span></div>']);
  });

  it('scan only what the parser added after a node, including what it put inside that node', async () => {
    const { findLabels, planLabels } = await import('../../src/rules/labels');
    const plan = (ids: string[]) => planLabels(RULES.filter((r) => ids.includes(r.id)));
    const doc = parsePage('<body><div><span>Advertisement</span></div><div id="last"></div></body>');
    const last = doc.getElementById('last') as Element;
    expect(findLabels(doc.body, plan(['ad-label']), { after: last })).toEqual([]);
    last.innerHTML = '<span>Advertisement</span>'; // inside the node scanned last
    doc.body.insertAdjacentHTML('beforeend', '<p><b>Select Voice</b></p>'); // after it
    const found = findLabels(doc.body, plan(['ad-label', 'tts-voice-label']), { after: last });
    expect(found.map(({ rule, label }) => [rule.id, label.outerHTML])).toEqual([
      ['ad-label', '<span>Advertisement</span>'],
      ['tts-voice-label', '<b>Select Voice</b>'],
    ]);
  });
});

describe('one plan for the page and the pipeline', () => {
  // Without SCMP's hooks, so that the label rules, not the selectors, find the clutter.
  const unhooked = (html: string) => html.replace(/ (data-qa|class)="[^"]*"/g, '');
  it.each([['the captured page', unhooked(fixtureHtml)], ...realPages().map((p) => [p.name, unhooked(p.html)])])(
    'the page hider marks exactly the widgets the pipeline finds by label (%s, hooks stripped)',
    async (_name, html) => {
      const { startDeclutter } = await import('../../src/page/declutter');
      const { HIDDEN_ATTRIBUTE } = await import('../../src/rules/stylesheet');
      const { CLUTTER_CATEGORIES } = await import('../../src/rules/categories');
      const doc = parsePage(html ?? '');
      // What ends up hidden: the outermost widgets (a widget inside a hidden one is hidden with it).
      const outermostOf = (els: Element[]) => [...new Set(els)].filter((el) => !els.some((other) => other !== el && other.contains(el)));
      const byPipeline = outermostOf(
        matchRules(doc, RULES)
          .filter((m) => m.rule.label)
          .map((m) => m.element),
      );
      startDeclutter(doc, { rules: RULES, categories: new Set(CLUTTER_CATEGORIES) });
      const byPage = outermostOf(Array.from(doc.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`)));
      expect(byPipeline.length).toBeGreaterThanOrEqual(4);
      expect(byPage).toEqual(byPipeline.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1)));
    },
  );
});

describe('how far a label rule climbs (its `climb`)', async () => {
  const { labelWidgets, planLabels } = await import('../../src/rules/labels');
  type Climb = NonNullable<(typeof RULES)[number]['climb']>;
  const adRule = RULES.find((r) => r.id === 'ad-label')!;
  /** What one ad-label rule, climbing as `climb` says, hides in `html`. */
  const hidden = (climb: Climb, html: string) => {
    const doc = parsePage(`<body>${html}</body>`);
    return labelWidgets(doc.body, planLabels([{ ...adRule, climb } as (typeof RULES)[number]])).map(({ element }) => element.id);
  };
  const AD = '<div id="slot"><div id="box"><div id="inner"><span id="label">Advertisement</span></div></div></div>';
  const STORY = `<section id="story"><p datatype="p">The story.</p>${AD}</section>`;

  it('to the widget: the smallest block that holds no story and little text', () => {
    expect(hidden({ to: 'widget' }, STORY)).toEqual(['slot']);
  });

  it('a number of levels up', () => {
    expect([1, 2, 3].map((levels) => hidden({ to: 'levels', levels }, STORY))).toEqual([['inner'], ['box'], ['slot']]);
  });

  it('to the nearest block that matches a selector', () => {
    expect(hidden({ to: 'closest', selector: '#box, #slot' }, STORY)).toEqual(['box']);
    expect(hidden({ to: 'closest', selector: 'aside' }, STORY)).toEqual([]); // none above: nothing
  });

  it('never to a block of the story, one that holds it, or the page itself', () => {
    expect(hidden({ to: 'levels', levels: 4 }, STORY)).toEqual([]); // the story's section
    expect(hidden({ to: 'closest', selector: 'section' }, STORY)).toEqual([]);
    expect(hidden({ to: 'levels', levels: 4 }, AD)).toEqual([]); // the body
    expect(hidden({ to: 'levels', levels: 9 }, AD)).toEqual([]); // past the page
  });

  it('the built-in label rules all climb to their widget', () => {
    expect(RULES.filter((r) => r.label).map((r) => r.climb)).toEqual(RULES.filter((r) => r.label).map(() => ({ to: 'widget' })));
  });
});
