// The one table of output formats (src/render/formats.ts) is what every place offers: the panel's
// *Copy or save* menu, the clean view's bar, and the command line's usage lines.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { COMMAND_LINE_FORMATS, OUTPUT_FORMATS, SAVE_AS } from '../../src/render/formats';
import { cleanViewHtml } from '../../src/render/cleanview';
import { extractArticle } from '../../src/pipeline/extract';
import type { Article } from '../../src/pipeline/article';
import { BATCH_USAGE } from '../../src/cli/batch-args';
import { fixtureHtml, fixturePage, PROJECT_DIR } from '../pages';
import { parsePage } from './dom';

it('has one row per format, each with its own extension', () => {
  expect(OUTPUT_FORMATS.map((f) => `${f.name}.${f.extension}`)).toEqual(['markdown.md', 'json.json', 'text.txt', 'html.html']);
});

it('the panel’s menu and the clean view’s bar offer *Save as* for exactly the table’s save formats, in its words', () => {
  const panel = readFileSync(join(PROJECT_DIR, 'entrypoints', 'sidepanel', 'index.html'), 'utf8');
  const inPanel = [...panel.matchAll(/<button type="button" id="save-([a-z]+)" data-i18n="([A-Za-z]+)"/g)].map((m) => [m[1], m[2]]);
  expect(inPanel).toEqual(SAVE_AS.map((f) => [f.name, f.saveLabel]));
  const article = extractArticle(parsePage(fixtureHtml), fixturePage.url) as Article;
  const bar = [...cleanViewHtml(article).matchAll(/class="save-([a-z]+)">([^<]+)</g)].map((m) => [m[1], m[2]]);
  expect(bar).toEqual([
    ['markdown', 'Save as Markdown'],
    ['html', 'Save as HTML'],
  ]);
});

it('the command line names the table’s formats, and jsonl for the many-page run', () => {
  expect(COMMAND_LINE_FORMATS).toEqual(['markdown', 'json', 'text']);
  expect(BATCH_USAGE).toContain('[--format markdown|json|text|jsonl]');
});
