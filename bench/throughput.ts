/**
 * The command line's throughput on the real pages (issue 15): ms per page on one core against bare
 * Readability on the same pages, then pages per second over an archive of the real pages repeated
 * to a few hundred, with one worker and with every core, and the peak memory of each run. Each
 * measurement runs in its own process (bench/extract-child.ts).
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_DIR, REAL_PAGES_DIR } from '../test/pages';

const CHILD = join(PROJECT_DIR, 'bench', 'extract-child.ts');

interface Timed {
  ms: number[];
  pages: number;
  articles: number;
  maxRssMb: number;
}

interface BatchRun {
  pages: number;
  articles: number;
  failed: number;
  seconds: number;
  maxRssMb: number;
}

export interface Throughput {
  pipeline: Timed;
  /** One-worker runs over the same archive, as many at once as there are cores, in separate processes: what the machine allows in parallel. */
  sideBySide: BatchRun[];
  readability: Timed;
  oneWorker: BatchRun;
  allCores: BatchRun;
  cores: number;
}

const lastLine = <T>(out: string): T => JSON.parse(out.trim().split('\n').pop() ?? '') as T;
const ARGS = (args: string[]) => ['--import', 'tsx', CHILD, ...args];

function child<T>(...args: string[]): T {
  return lastLine<T>(execFileSync(process.execPath, ARGS(args), { cwd: PROJECT_DIR, encoding: 'utf8' }));
}

async function childAsync<T>(...args: string[]): Promise<T> {
  const { stdout } = await promisify(execFile)(process.execPath, ARGS(args), { cwd: PROJECT_DIR, encoding: 'utf8' });
  return lastLine<T>(stdout);
}

/** An archive of the real pages, each `copies` times, as `<slug>-<n>/index.html` with its `metadata.json` (links, not copies). */
function archive(copies: number): { dir: string; pages: number } {
  const dir = mkdtempSync(join(tmpdir(), 'declutter-archive-'));
  const slugs = readdirSync(REAL_PAGES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  for (let n = 1; n <= copies; n++) {
    for (const slug of slugs) {
      const page = join(dir, `${slug}-${n}`);
      mkdirSync(page);
      for (const file of ['index.html', 'metadata.json']) symlinkSync(join(REAL_PAGES_DIR, slug, file), join(page, file));
    }
  }
  return { dir, pages: copies * slugs.length };
}

export async function throughput(rounds: { timed: number; readability: number; copies: number }): Promise<Throughput> {
  const cores = availableParallelism();
  const pipeline = child<Timed>('pages', REAL_PAGES_DIR, String(rounds.timed));
  const readability = child<Timed>('readability', REAL_PAGES_DIR, String(rounds.readability));
  const { dir } = archive(rounds.copies);
  const out = mkdtempSync(join(tmpdir(), 'declutter-clean-'));
  try {
    const oneWorker = child<BatchRun>('batch', dir, '1', out);
    const allCores = child<BatchRun>('batch', dir, String(cores), out);
    const outs = Array.from({ length: cores }, () => mkdtempSync(join(tmpdir(), 'declutter-clean-')));
    const sideBySide = await Promise.all(outs.map((o) => childAsync<BatchRun>('batch', dir, '1', o)));
    for (const o of outs) rmSync(o, { recursive: true, force: true });
    return { pipeline, sideBySide, readability, oneWorker, allCores, cores };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}
