/**
 * One page's HTML → the command line's output for it: what the single-page command prints, and
 * what the many-page run's workers write, page by page. The formats are src/render/formats.ts.
 */
import { createRequire } from 'node:module';
import type * as Jsdom from 'jsdom';
import { parsePage } from './parse-page';
import { sanitizeHtml } from '../html/sanitize';
import type { Extraction } from '../pipeline/article';
import { extractArticle } from '../pipeline/extract';
import { pageAddress, parseSnapshotHtml } from '../pipeline/article-from-html';
import { articleRecord } from '../render/json';
import { outputFormat, type CommandLineFormat } from '../render/formats';
import { english } from '../i18n/translate';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** For an article: whether the page withholds the rest of it (the many-page run's table). */
  paywalled?: boolean;
}

/**
 * One page's HTML → the command line's output for it, as the single-page command prints it (the
 * many-page run writes exactly this, page by page). Exit code 0 an article, 2 no address, 3 not one.
 */
export function extractPage(html: string, urlOption: string | null, format: CommandLineFormat): CliResult {
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

/** An article in its format; a page that is not one says why in JSON, and nothing otherwise. */
function render(result: Extraction, format: CommandLineFormat): string {
  if (!result.isArticle) return format === 'json' ? `${JSON.stringify(articleRecord(result), null, 2)}\n` : '';
  return outputFormat(format).render(result, { sanitize: (html) => sanitizeHtml(html, sanitizerWindow()), t: english });
}
