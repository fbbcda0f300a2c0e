/**
 * `npm run extract -- <file or folder>... [--out DIR] [--format markdown|json|text|jsonl] [--force]`:
 * many saved pages at once, as an archivist keeps them (`<slug>/index.html`, a `metadata.json`
 * with its `url` beside it). The pages are spread over worker threads, one per core; each output
 * file is written whole or not at all (written aside, then renamed), and a page whose output exists
 * is skipped unless `--force`. Progress goes to stderr (a bar on a terminal, a line a page
 * otherwise), and a table at the end. Exit 0 when every page was read (not-articles included),
 * 1 when any page failed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PageJob, PageOutcome } from './page-worker';
import { Progress } from './progress';
import { outputFormat, type CommandLineFormat } from '../render/formats';

/** The command line's formats (src/render/formats.ts), and JSON a line a page on the terminal. */
export type BatchFormat = CommandLineFormat | 'jsonl';

export interface BatchOptions {
  paths: string[];
  out: string | null;
  format: BatchFormat;
  force: boolean;
  jobs?: number;
}

export interface Page {
  file: string;
  /** The output's name: the page's folder for `<slug>/index.html`, else the file's name. */
  slug: string;
  url: string | null;
}

/** Every `*.html` under the paths, in a stable order; an archive's `<slug>/index.html` named by its slug. */
export function findPages(paths: readonly string[]): Page[] {
  const files: string[] = [];
  const walk = (path: string) => {
    const stat = statSync(path);
    if (stat.isFile()) return void files.push(path);
    for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const child = join(path, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.name.endsWith('.html')) files.push(child); // a link too (a broken one is a page that fails)
    }
  };
  for (const p of paths) walk(p);
  return files.map((file) => ({
    file,
    slug: basename(file) === 'index.html' ? basename(dirname(file)) : basename(file).replace(/\.html?$/, ''),
    url: urlBeside(file),
  }));
}

/** The page's address from a `metadata.json` beside it, where there is one. */
function urlBeside(file: string): string | null {
  try {
    const meta = JSON.parse(readFileSync(join(dirname(file), 'metadata.json'), 'utf8')) as { url?: unknown };
    return typeof meta.url === 'string' ? meta.url : null;
  } catch {
    return null;
  }
}

/** Written aside, then renamed: an interrupted run leaves the whole file or none (a `.partial` at most, cleared next time). */
function writeWhole(path: string, text: string): void {
  const partial = `${path}.partial`;
  writeFileSync(partial, text);
  renameSync(partial, path);
}

export interface Tally {
  pages: number;
  articles: number;
  paywalled: number;
  skipped: number;
  notArticles: { slug: string; reason: string }[];
  failed: { slug: string; reason: string }[];
  seconds: number;
}

/**
 * A worker's first lines: the page worker is TypeScript, as the command is, so it loads through
 * tsx's loader (a worker thread does not inherit the loader of the thread that starts it).
 */
const WORKER_BOOT = `const { workerData } = require('node:worker_threads');
import('tsx/esm/api').then(({ register }) => { register(); return import(workerData.url); });`;

/** Runs the jobs on a pool of workers; `onDone` gets each page's outcome as it arrives. */
async function runPool(jobs: PageJob[], size: number, onDone: (index: number, outcome: PageOutcome) => void): Promise<void> {
  let next = 0;
  const workerUrl = new URL('./page-worker.ts', import.meta.url);
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(WORKER_BOOT, { eval: true, workerData: { url: workerUrl.href } });
      const feed = () => {
        if (next >= jobs.length) return void worker.terminate().then(() => resolve());
        const index = next++;
        worker.once('message', (outcome: PageOutcome) => {
          onDone(index, outcome);
          feed();
        });
        worker.postMessage(jobs[index]);
      };
      worker.once('error', reject);
      feed();
    });
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, jobs.length)) }, one));
}

export async function runBatch(
  options: BatchOptions,
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WriteStream | NodeJS.WritableStream,
): Promise<{ code: number; tally: Tally }> {
  const started = performance.now();
  const pages = findPages(options.paths);
  const tally: Tally = { pages: pages.length, articles: 0, paywalled: 0, skipped: 0, notArticles: [], failed: [], seconds: 0 };
  const target = (page: Page) =>
    options.out && options.format !== 'jsonl' ? join(options.out, `${page.slug}.${outputFormat(options.format).extension}`) : null;
  if (options.out) mkdirSync(options.out, { recursive: true });
  const todo = pages.filter((page) => {
    const path = target(page);
    if (path) rmSync(`${path}.partial`, { force: true });
    if (path && !options.force && existsSync(path)) {
      tally.skipped += 1;
      return false;
    }
    return true;
  });
  const progress = new Progress(todo.length, stderr);
  const format = options.format === 'jsonl' ? 'json' : options.format;
  await runPool(
    todo.map((p) => ({ file: p.file, url: p.url, format })),
    options.jobs ?? availableParallelism(),
    (index, outcome) => {
      const page = todo[index] as Page;
      record(tally, page, outcome);
      if (outcome.kind !== 'failed') emit(page, outcome.output);
      progress.tick(page.slug, outcome.kind);
    },
  );
  function emit(page: Page, output: string): void {
    const path = target(page);
    if (path) return writeWhole(path, output);
    stdout.write(options.format === 'jsonl' ? `${JSON.stringify(JSON.parse(output))}\n` : output);
  }
  progress.done();
  tally.seconds = (performance.now() - started) / 1000;
  stderr.write(summary(tally));
  return { code: tally.failed.length ? 1 : 0, tally };
}

function record(tally: Tally, page: Page, outcome: PageOutcome): void {
  if (outcome.kind === 'article') {
    tally.articles += 1;
    if (outcome.paywalled) tally.paywalled += 1;
  } else if (outcome.kind === 'not-article') tally.notArticles.push({ slug: page.slug, reason: outcome.reason });
  else tally.failed.push({ slug: page.slug, reason: outcome.reason });
}

/** The table at the end of a run. */
export function summary(t: Tally): string {
  const read = t.pages - t.skipped;
  const rows: [string, string][] = [
    ['pages', String(t.pages)],
    ['articles', String(t.articles)],
    ['not articles', String(t.notArticles.length)],
    ['paywalled', String(t.paywalled)],
    ['failed', String(t.failed.length)],
    ['skipped (output exists)', String(t.skipped)],
    ['time', `${t.seconds.toFixed(1)} s`],
    ['pages per second', read && t.seconds ? (read / t.seconds).toFixed(1) : '–'],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`);
  for (const n of t.notArticles) lines.push(`  not an article: ${n.slug}: ${n.reason}`);
  for (const f of t.failed) lines.push(`  failed: ${f.slug}: ${f.reason}`);
  return `${lines.join('\n')}\n`;
}
