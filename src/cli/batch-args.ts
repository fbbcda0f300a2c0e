/**
 * Which form of `npm run extract` the arguments ask for: one page as before (printed, exit 0/2/3),
 * or many (folders, several files, `--out`, `--format jsonl`): src/cli/batch.ts.
 */
import { existsSync, statSync } from 'node:fs';
import type { BatchFormat, BatchOptions } from './batch';
import { COMMAND_LINE_FORMATS } from '../render/formats';

const FORMATS: readonly BatchFormat[] = [...COMMAND_LINE_FORMATS, 'jsonl'];

export type Parsed = { kind: 'single' } | { kind: 'batch'; options: BatchOptions } | { kind: 'error'; message: string };

export const BATCH_USAGE = `usage: npm run extract -- <file or folder>... [--out DIR] [--format ${FORMATS.join('|')}] [--force] [--jobs N]`;

function read(argv: readonly string[]) {
  const a = {
    paths: [] as string[],
    out: null as string | null,
    format: 'markdown',
    force: false,
    url: false,
    jobs: undefined as number | undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = () => argv[++i] ?? '';
    if (arg === '--out') a.out = value();
    else if (arg === '--format') a.format = value();
    else if (arg === '--force') a.force = true;
    else if (arg === '--jobs') a.jobs = Number(value());
    else if (arg === '--url') {
      a.url = true;
      i++;
    } else if (!arg.startsWith('-')) a.paths.push(arg);
  }
  return a;
}

export function parseBatchArgs(argv: readonly string[]): Parsed {
  const a = read(argv);
  const onePage = a.paths.length <= 1 && !(a.paths[0] && existsSync(a.paths[0]) && statSync(a.paths[0]).isDirectory());
  if (onePage && a.out === null && a.format !== 'jsonl' && !a.force) return { kind: 'single' };
  if (!(FORMATS as readonly string[]).includes(a.format)) return { kind: 'error', message: `unknown format "${a.format}"` };
  if (a.url)
    return {
      kind: 'error',
      message: '--url names the address of one page: give one page, or let metadata.json or the canonical link say it',
    };
  if (a.out !== null && a.format === 'jsonl') return { kind: 'error', message: '--format jsonl prints to the terminal: leave out --out' };
  if (a.out === '') return { kind: 'error', message: '--out needs a folder' };
  if (a.jobs !== undefined && !(Number.isInteger(a.jobs) && a.jobs > 0))
    return { kind: 'error', message: '--jobs takes a whole number above 0' };
  const missing = a.paths.find((p) => !existsSync(p));
  if (missing) return { kind: 'error', message: `no such file or folder: ${missing}` };
  if (!a.paths.length) return { kind: 'error', message: 'no page or folder given' };
  return { kind: 'batch', options: { paths: a.paths, out: a.out, format: a.format as BatchFormat, force: a.force, jobs: a.jobs } };
}
