/**
 * `npm run extract -- [page.html] [--url URL] [--format markdown|json|text]`
 *
 * Runs the extension's pipeline on a saved page. Without a file it reads the bundled captured
 * page. The page is parsed by jsdom with scripts off and nothing fetched; DOMPurify sanitizes
 * under jsdom (it does not under happy-dom). Exit codes: 0 article, 2 unreadable input or bad
 * arguments, 3 not an article.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../pipeline/extract';
import { articleMarkdown } from '../render/markdown';
import { articleText } from '../render/text';

const FORMATS = ['markdown', 'json', 'text'] as const;
type Format = (typeof FORMATS)[number];

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

/** The page's own address, when the saved file says where it came from. */
function canonicalUrl(dom: JSDOM): string | null {
  const doc = dom.window.document;
  return (
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    null
  );
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
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

  // No scripts, no subresources, no console noise: the page is data.
  const dom = new JSDOM(html, { url: args.url ?? 'https://www.scmp.com/', virtualConsole: new VirtualConsole() });
  const url = args.url ?? canonicalUrl(dom);
  if (!url) {
    return {
      code: 2,
      stdout: '',
      stderr: 'extract: the page does not say its address; pass --url https://www.scmp.com/…/article/<id>/…\n',
    };
  }
  const result = extractArticle(dom.window.document, url, { window: dom.window as unknown as Window });
  dom.window.close();

  if (!result.isArticle) {
    const stdout = args.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : '';
    return { code: 3, stdout, stderr: `extract: not an article: ${result.reason}\n` };
  }
  const { blocks: _blocks, ...json } = result;
  const stdout =
    args.format === 'json' ? `${JSON.stringify(json, null, 2)}\n` : args.format === 'text' ? articleText(result) : articleMarkdown(result);
  return { code: 0, stdout, stderr: '' };
}

const invokedDirectly = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const { code, stdout, stderr } = runCli(process.argv.slice(2));
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = code;
}
