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
import { createRequire } from 'node:module';
import type * as Jsdom from 'jsdom';
import { parsePage } from './parse-page';
import { sanitizeHtml } from '../html/sanitize';
import type { Extraction } from '../pipeline/article';
import { extractArticle } from '../pipeline/extract';
import { pageAddress, parseSnapshotHtml } from '../pipeline/article-from-html';
import { bodyHtml } from '../render/html';
import { articleRecord } from '../render/json';
import { articleMarkdown } from '../render/markdown';
import { articleText } from '../render/plain-text';
import { BATCH_USAGE, parseBatchArgs } from './batch-args';
import { runBatch } from './batch';

const FORMATS = ['markdown', 'json', 'text'] as const;
export type Format = (typeof FORMATS)[number];

export const BUNDLED_PAGE = resolve(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/captured-2023/index.html');

const USAGE = 'usage: npm run extract -- [page.html] [--url URL] [--format markdown|json|text]';

interface Args {
  file: string | null;
  url: string | null;
  format: Format;
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
      if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown format "${f}"`);
      args.format = f as Format;
    } else if (arg === '-h' || arg === '--help') throw new UsageError('');
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (args.file === null) args.file = arg;
    else throw new UsageError(`more than one page given: ${arg}`);
  }
  return args;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** For an article: whether the page withholds the rest of it (the many-page run's table). */
  paywalled?: boolean;
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

/**
 * One page's HTML → the command line's output for it, as the single-page command prints it (the
 * many-page run writes exactly this, page by page). Exit code 0 an article, 2 no address, 3 not one.
 */
export function extractPage(html: string, urlOption: string | null, format: Format): CliResult {
  const doc = parseSnapshotHtml(html, parsePage);
  const url = urlOption ?? pageAddress(doc);
  if (!url) {
    return {
      code: 2,
      stdout: '',
      stderr: 'extract: the page does not say its address; pass --url https://www.scmp.com/…/article/<id>/…\n',
    };
  }
  const result = extractArticle(doc, url);
  const output = render(result, format);
  if (!result.isArticle) return { code: 3, stdout: output, stderr: `extract: not an article: ${result.reason}\n` };
  return { code: 0, stdout: output, stderr: '', paywalled: result.paywalled };
}

let sharedWindow: Jsdom.JSDOM['window'] | undefined;

/**
 * One jsdom window per process, made when a page's HTML is first printed: it runs no script,
 * loads nothing and prints nothing. jsdom is loaded only then: loading it takes about 450 ms,
 * half of a worker's start (measured), and Markdown and text never need it.
 */
function sanitizerWindow(): Window {
  if (!sharedWindow) {
    const { JSDOM, VirtualConsole } = createRequire(import.meta.url)('jsdom') as typeof Jsdom;
    sharedWindow = new JSDOM('', { url: 'https://www.scmp.com/', virtualConsole: new VirtualConsole() }).window;
  }
  return sharedWindow as unknown as Window;
}

function render(result: Extraction, format: Format): string {
  if (format === 'json') {
    const contentHtml = result.isArticle ? { contentHtml: sanitizeHtml(bodyHtml(result.body), sanitizerWindow()) } : {};
    return `${JSON.stringify({ ...articleRecord(result), ...contentHtml }, null, 2)}\n`;
  }
  if (!result.isArticle) return '';
  return format === 'text' ? articleText(result) : articleMarkdown(result);
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
