// SCMP's markup is written in one place: src/rules/scmp-markup.ts, and the rules' own records
// (src/rules/rules.ts). No other module of src/ or entrypoints/ spells one of SCMP's hooks.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { PROJECT_DIR } from '../pages';

const ALLOWED = ['src/rules/rules.ts', 'src/rules/scmp-markup.ts'];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : /\.(ts|html)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

it('no module outside scmp-markup.ts and the rules’ records spells data-qa or datatype', () => {
  const all = [...files(join(PROJECT_DIR, 'src')), ...files(join(PROJECT_DIR, 'entrypoints'))].map((f) => relative(PROJECT_DIR, f));
  const spelling = all.filter((f) => /data-qa|datatype/.test(readFileSync(join(PROJECT_DIR, f), 'utf8')));
  expect(spelling.sort()).toEqual(ALLOWED);
});
