/**
 * One measurement of the command line's throughput, in a process of its own so that its peak
 * memory is its own (bench/throughput.ts runs it). Prints one JSON line.
 *
 *   pages <dir> <rounds>         the command line's pipeline, page after page on this thread: ms per page
 *   readability <dir> <rounds>   bare Readability on the same pages, parsed by jsdom as its README says
 *   batch <archive> <jobs> <out> the many-page run over an archive, with that many workers
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { runBatch } from '../src/cli/batch';
import { extractPage } from '../src/cli/extract-page';

const [mode, path, arg, out] = process.argv.slice(2) as [string, string, string, string | undefined];

const pagesIn = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => readFileSync(join(dir, d.name, 'index.html'), 'utf8'));

/** Each page `rounds` times, in order; the time of each, and whether it gave an article. */
function timeEach(pages: string[], rounds: number, read: (html: string) => boolean) {
  const ms: number[] = [];
  let articles = 0;
  for (let r = 0; r < rounds; r++) {
    for (const html of pages) {
      const start = performance.now();
      if (read(html)) articles += 1;
      ms.push(performance.now() - start);
    }
  }
  return { ms, articles, pages: ms.length };
}

const quiet = new VirtualConsole();
const readers: Record<string, (html: string) => boolean> = {
  pages: (html) => extractPage(html, null, 'markdown').code === 0,
  readability: (html) => {
    const { window } = new JSDOM(html, { url: 'https://www.scmp.com/', virtualConsole: quiet });
    const article = new Readability(window.document).parse();
    window.close();
    return Boolean(article?.textContent);
  },
};

const maxRssMb = () => process.resourceUsage().maxRSS / 1024;
const nowhere = new Writable({ write: (_chunk, _encoding, done) => done() });

if (mode === 'batch') {
  const { tally } = await runBatch(
    { paths: [path], out: out ?? null, format: 'markdown', force: true, jobs: Number(arg) },
    nowhere,
    nowhere,
  );
  const { pages, articles, seconds, failed } = tally;
  console.log(JSON.stringify({ pages, articles, failed: failed.length, seconds, maxRssMb: maxRssMb() }));
} else {
  const read = readers[mode];
  if (!read) throw new Error(`unknown mode ${mode}`);
  console.log(JSON.stringify({ ...timeEach(pagesIn(path), Number(arg), read), maxRssMb: maxRssMb() }));
}
