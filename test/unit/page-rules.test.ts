// The rules module the page's scripts are built with (src/rules/page-rules.ts, written by
// wxt.config.ts): evaluated, it is every rule in order with all it matches by, and nothing of what
// only people and tests read. The packages' own check of the built scripts: test/e2e/packages.test.ts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageRulesModule } from '../../src/rules/page-rules';
import { RULES, type ClutterRule } from '../../src/rules/rules';
import { PROJECT_DIR } from '../pages';

const RULES_DIR = join(PROJECT_DIR, 'src', 'rules');
// Inside the project, where the test runner transforms TypeScript (a file under /tmp is not found).
const folder = mkdtempSync(join(PROJECT_DIR, 'test', '.page-rules-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let written = 0;
/** The module for `rules`, written to a file and imported as the bundler would. */
async function evaluated(rules: readonly ClutterRule[]): Promise<unknown[]> {
  const file = join(folder, `page-rules-${(written += 1)}.ts`);
  writeFileSync(file, pageRulesModule(rules, RULES_DIR));
  return ((await import(/* @vite-ignore */ file)) as { RULES: unknown[] }).RULES;
}

const forThePage = ({ why: _why, name: _name, example: _example, ...rule }: ClutterRule) => rule;

describe('the page’s rules module', () => {
  it('evaluates to every rule, in order, less its why, name and example', async () => {
    expect(await evaluated(RULES)).toEqual(RULES.map(forThePage));
  });

  it('holds no text written for people', () => {
    const source = pageRulesModule(RULES);
    for (const rule of RULES) {
      expect(source.includes(rule.why), rule.id).toBe(false);
      expect(source.includes(JSON.stringify(rule.name)), rule.id).toBe(false);
    }
  });

  it('keeps every climb operator, and categories that come back after another', async () => {
    const base = { name: 'n', why: 'w', example: { snippet: '', count: 0 } } as const;
    const rules: ClutterRule[] = [
      { ...base, id: 'a', category: 'ads', label: { kind: 'exact', text: 'Ad' }, climb: { to: 'levels', levels: 2 } },
      {
        ...base,
        id: 'b',
        category: 'related',
        label: { kind: 'pattern', name: 'duration' },
        climb: { to: 'closest', selector: 'div[role="region"]' },
      },
      { ...base, id: 'c', category: 'ads', selector: '[data-qa="X"], [data-qa^="Y"]' },
    ];
    expect(await evaluated(rules)).toEqual(rules.map(forThePage));
  });

  it('refuses a selector it cannot write as a template, rather than write another', () => {
    const rule: ClutterRule = {
      id: 'x',
      category: 'ads',
      name: 'n',
      why: 'w',
      example: { snippet: '', count: 0 },
      selector: '[title="${x}"]',
    };
    expect(() => pageRulesModule([rule])).toThrow('a selector the page module cannot write as a template: [title="${x}"]');
  });
});
