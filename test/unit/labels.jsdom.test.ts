// @vitest-environment jsdom
// jsdom has document.evaluate: this runs the label rules' XPath route, the one browsers take
// (happy-dom, without XPath, runs the TreeWalker route in the other tests).
import { describe, expect, it } from 'vitest';
import { matchRules } from '../../src/rules/match';
import { RULES } from '../../src/rules/rules';
import { fixtureHtml, realPages } from '../pages';
import { parsePage } from './dom';

const labelRules = RULES.filter((r) => r.label || r.labelPattern);
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
    const { findLabelElements } = await import('../../src/rules/match');
    const doc = parsePage('<body><div><span>Advertisement</span></div><div id="last"></div></body>');
    const last = doc.getElementById('last') as Element;
    expect(findLabelElements(doc.body, new Set(['Advertisement']), { after: last }).size).toBe(0);
    last.innerHTML = '<span>Advertisement</span>'; // inside the node scanned last
    doc.body.insertAdjacentHTML('beforeend', '<p><b>Select Voice</b></p>'); // after it
    const found = findLabelElements(doc.body, new Set(['Advertisement', 'Select Voice']), { after: last });
    expect([...found.entries()].map(([k, els]) => [k, els.map((e) => e.outerHTML)])).toEqual([
      ['Advertisement', ['<span>Advertisement</span>']],
      ['Select Voice', ['<b>Select Voice</b>']],
    ]);
  });
});
