// Names that explain themselves: no two modules in src/ share a file name, and no two exported
// functions or constants share a name, so a name in an import, a stack trace or the README points
// to one thing.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { PROJECT_DIR } from '../pages';

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? modules(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

it('no two modules of src/ have the same name', () => {
  const byName = new Map<string, string[]>();
  for (const path of modules(join(PROJECT_DIR, 'src'))) {
    const name = basename(path);
    byName.set(name, [...(byName.get(name) ?? []), relative(PROJECT_DIR, path)]);
  }
  const shared = [...byName.values()].filter((paths) => paths.length > 1);
  expect(shared).toEqual([]);
  expect(byName.size).toBeGreaterThan(50);
});

it('no two exported functions or constants of src/ and entrypoints/ have the same name', () => {
  const byName = new Map<string, string[]>();
  for (const path of [...modules(join(PROJECT_DIR, 'src')), ...modules(join(PROJECT_DIR, 'entrypoints'))]) {
    for (const [, name] of readFileSync(path, 'utf8').matchAll(/^export (?:async )?(?:function|const|class) ([A-Za-z0-9_$]+)/gm)) {
      byName.set(name!, [...(byName.get(name!) ?? []), relative(PROJECT_DIR, path)]);
    }
  }
  const shared = [...byName.entries()].filter(([, paths]) => paths.length > 1);
  expect(shared).toEqual([]);
  expect(byName.size).toBeGreaterThan(200);
});
