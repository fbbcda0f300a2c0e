/**
 * `npm run extract -- [page.html] [--url URL] [--format markdown|json|text]`; with folders or
 * several pages, the many-page run of ./batch.ts.
 *
 * Runs the extension's pipeline on a saved page. Without a file it reads the bundled captured
 * page. The page goes the way it goes in the panel (handlers stripped, parsed inert), here by the
 * HTML standard's rules into linkedom's DOM (./parse-page.ts): about 30 ms a real page in all,
 * where jsdom's parse alone took 155 ms (measured, five real pages), and the same article field
 * for field (test/unit/cli-dom.jsdom.test.ts). The HTML it prints is sanitized by DOMPurify under
 * jsdom, which it needs (it does not sanitize under happy-dom or linkedom).
 * Exit codes: 0 article, 2 unreadable input or bad arguments, 3 not an article.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMAND_LINE_FORMATS, type CommandLineFormat } from '../render/formats';
import { extractPage, type CliResult } from './extract-page';
import { BATCH_USAGE, parseBatchArgs } from './batch-args';
import { runBatch } from './batch';

export type { CliResult };

export const BUNDLED_PAGE = resolve(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/captured-2023/index.html');

const USAGE = `usage: npm run extract -- [page.html] [--url URL] [--format ${COMMAND_LINE_FORMATS.join('|')}]`;

interface Args {
  file: string | null;
  url: string | null;
  format: CommandLineFormat;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { file: null, url: null, format: 'markdown' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--url') args.url = value();
    else if (arg === '--format') {
      const f = value();
      if (!(COMMAND_LINE_FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown format "${f}"`);
      args.format = f as CommandLineFormat;
    } else if (arg === '-h' || arg === '--help') throw new UsageError('');
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (args.file === null) args.file = arg;
    else throw new UsageError(`more than one page given: ${arg}`);
  }
  return args;
}

export function runCli(argv: readonly string[]): CliResult {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    const why = (e as Error).message;
    return { code: 2, stdout: '', stderr: `${why ? `extract: ${why}\n` : ''}${USAGE}\n` };
  }
  const file = args.file ?? BUNDLED_PAGE;
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a folder, not a page'
          : code === 'EACCES'
            ? 'permission denied'
            : String(code ?? e);
    return { code: 2, stdout: '', stderr: `extract: cannot read ${file}: ${why}\n` };
  }

  return extractPage(html, args.url, args.format);
}

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseBatchArgs(argv);
  if (parsed.kind === 'error') {
    process.stderr.write(`extract: ${parsed.message}\n${BATCH_USAGE}\n`);
    return 2;
  }
  if (parsed.kind === 'batch') return (await runBatch(parsed.options, process.stdout, process.stderr)).code;
  const { code, stdout, stderr } = runCli(argv);
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  return code;
}

const invokedDirectly = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
