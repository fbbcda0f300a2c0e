// @vitest-environment node
// `npm run extract` on many pages (issue 15), in child processes as a user runs it: a folder of
// saved pages (../shared/real-pages, an archive's <slug>/index.html + metadata.json), JSON Lines,
// pages that are not articles or cannot be read, a run killed half-way and run again.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureHtml, PROJECT_DIR, REAL_PAGES_DIR, realPages } from '../pages';
import { extractPage } from '../../src/cli/extract-page';

const TSX = join(PROJECT_DIR, 'node_modules/.bin/tsx');
const extract = (...args: string[]) => {
  const r = spawnSync(TSX, ['src/cli/extract-command.ts', ...args], { cwd: PROJECT_DIR, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const tmp = () => mkdtempSync(join(tmpdir(), 'declutter-batch-'));
const pages = realPages();
/** What the one-page command prints for each real page: what the many-page run must write. */
const single = new Map(pages.map((p) => [p.name, extract(join(REAL_PAGES_DIR, p.name, 'index.html'), '--url', p.url).stdout]));

// Child processes of a TypeScript command: slow on a loaded machine, so the time allowed is long.
describe('npm run extract on a folder of saved pages', { timeout: 120_000 }, () => {
  it('writes one file per page, named by its slug, each equal to the one-page output, and a table', () => {
    const out = join(tmp(), 'clean');
    const r = extract(REAL_PAGES_DIR, '--out', out);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(pages.map((p) => `${p.name}.md`).sort());
    for (const p of pages) expect(readFileSync(join(out, `${p.name}.md`), 'utf8'), p.name).toBe(single.get(p.name));
    expect(r.stderr).toMatch(/^ {2}pages {20}5$/m);
    expect(r.stderr).toMatch(/^ {2}articles {17}5$/m);
    expect(r.stderr).toMatch(/^ {2}paywalled {16}4$/m);
    expect(r.stderr).toMatch(/^ {2}failed {19}0$/m);
    expect(r.stderr).toMatch(/^extract: 5\/5 /m); // not a terminal: a plain line a page
  });

  it('prints JSON Lines without --out: one article a line, each the one-page JSON', () => {
    const r = extract(REAL_PAGES_DIR, '--format', 'jsonl');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(pages.length);
    const records = lines.map((l) => JSON.parse(l) as { url: string });
    for (const p of pages) {
      // The one-page command's JSON, by the function it prints with (in this process: six more
      // child processes would only make the test slow).
      const one = JSON.parse(extractPage(readFileSync(join(REAL_PAGES_DIR, p.name, 'index.html'), 'utf8'), p.url, 'json').stdout) as {
        url: string;
      };
      expect(records.find((x) => x.url === p.url)).toEqual(one);
    }
  });

  it('reports a page that cannot be read and one that is no article, writes the rest, and exits 1', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'good'));
    writeFileSync(join(dir, 'good', 'index.html'), fixtureHtml);
    writeFileSync(
      join(dir, 'home.html'),
      '<html><head><link rel="canonical" href="https://www.scmp.com/news"></head><body>Home</body></html>',
    );
    symlinkSync(join(dir, 'nowhere.html'), join(dir, 'broken.html'));
    const out = join(dir, 'out');
    const r = extract(dir, '--out', out);
    expect(r.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['good.md', 'home.md']);
    expect(r.stderr).toContain('  not an article: home: Not an SCMP article address (scmp.com/…/article/<id>/…).');
    expect(r.stderr).toContain('  failed: broken: cannot read: ENOENT');
    expect(r.stderr).toMatch(/^ {2}articles {17}1$/m);
  });

  it('refuses options that do not go together, with exit code 2', () => {
    expect(extract(REAL_PAGES_DIR, '--format', 'jsonl', '--out', tmp()).code).toBe(2);
    expect(extract(REAL_PAGES_DIR, '--url', 'https://www.scmp.com/x/article/1/y').code).toBe(2);
    expect(extract(REAL_PAGES_DIR, join(tmp(), 'missing')).code).toBe(2);
    expect(extract(REAL_PAGES_DIR, '--jobs', '0').code).toBe(2);
  });
});

describe('a run killed half-way', { timeout: 120_000 }, () => {
  it('leaves only whole files, and the next run finishes the rest', async () => {
    // Twenty pages (the five real ones, four times each under other slugs), one worker: slow enough to stop in the middle.
    const dir = tmp();
    for (let copy = 0; copy < 4; copy++) {
      for (const p of pages) {
        mkdirSync(join(dir, `${copy}-${p.name}`));
        symlinkSync(join(REAL_PAGES_DIR, p.name, 'index.html'), join(dir, `${copy}-${p.name}`, 'index.html'));
        symlinkSync(join(REAL_PAGES_DIR, p.name, 'metadata.json'), join(dir, `${copy}-${p.name}`, 'metadata.json'));
      }
    }
    const out = join(dir, 'out');
    // Its own process group: tsx runs the command in a child process, and the kill must reach it, as Ctrl-C does.
    const child = spawn(TSX, ['src/cli/extract-command.ts', dir, '--out', out, '--jobs', '1'], {
      cwd: PROJECT_DIR,
      stdio: 'ignore',
      detached: true,
    });
    const written = () => (existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.md')).length : 0);
    for (let i = 0; i < 300 && written() < 3; i++) await new Promise((r) => setTimeout(r, 50));
    process.kill(-(child.pid as number), 'SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const before = readdirSync(out).filter((f) => f.endsWith('.md'));
    expect(before.length).toBeGreaterThanOrEqual(3);
    expect(before.length).toBeLessThan(20);
    const whole = (f: string) => readFileSync(join(out, f), 'utf8') === single.get(f.replace(/^\d-/, '').replace(/\.md$/, ''));
    expect(before.filter((f) => !whole(f))).toEqual([]);

    const again = extract(dir, '--out', out);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(new RegExp(`^ {2}skipped \\(output exists\\) {2}${before.length}$`, 'm'));
    const after = readdirSync(out);
    expect(after.filter((f) => f.endsWith('.md'))).toHaveLength(20);
    expect(after.filter((f) => !f.endsWith('.md'))).toEqual([]); // no half file left behind
    expect(after.filter((f) => !whole(f))).toEqual([]);
  });
});
