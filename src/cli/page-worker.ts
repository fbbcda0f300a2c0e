/**
 * A worker thread of the many-page run (./batch.ts): reads a page, runs the pipeline on it as the
 * single-page command does (./extract-command.ts), and answers with the output. One page's failure is
 * that page's: it is reported, and the worker goes on.
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { extractPage } from './extract-page';
import type { CommandLineFormat } from '../render/formats';

export interface PageJob {
  file: string;
  url: string | null;
  format: CommandLineFormat;
}

export type PageOutcome =
  | { kind: 'article'; output: string; paywalled: boolean }
  | { kind: 'not-article'; output: string; reason: string }
  | { kind: 'failed'; reason: string };

export function processPage(job: PageJob): PageOutcome {
  let html: string;
  try {
    html = readFileSync(job.file, 'utf8');
  } catch (e) {
    return { kind: 'failed', reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  }
  try {
    const r = extractPage(html, job.url, job.format);
    if (r.code === 0) return { kind: 'article', output: r.stdout, paywalled: r.paywalled === true };
    if (r.code === 3) return { kind: 'not-article', output: r.stdout, reason: r.stderr.replace(/^extract: not an article: /, '').trim() };
    return { kind: 'failed', reason: r.stderr.replace(/^extract: /, '').trim() };
  } catch (e) {
    return { kind: 'failed', reason: e instanceof Error ? e.message : String(e) };
  }
}

parentPort?.on('message', (job: PageJob) => parentPort?.postMessage(processPage(job)));
