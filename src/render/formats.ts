/**
 * The article's output formats, in one table: the command line's `--format` and the names of
 * its files, and *Save as* in the panel and the clean view, all read it. A new format is a
 * renderer and a row.
 */
import type { Article } from '../pipeline/article';
import type { MessageKey, Translate } from '../i18n/translate';
import { bodyHtml } from './html';
import { articleRecord } from './json';
import { articleMarkdown } from './markdown';
import { articleText } from './plain-text';
import { articleHtmlFile } from './standalone';

/** What a renderer may need of where it runs. */
export interface RenderTools {
  /** DOMPurify in the caller's window: the formats that hold HTML pass it through here. */
  sanitize(html: string): string;
  /** The interface's language, for the formats' own words (the article is never translated). */
  t: Translate;
}

export interface OutputFormat {
  name: string;
  extension: string;
  mime: string;
  /** Offered by `npm run extract -- --format <name>`. */
  commandLine: boolean;
  /** The *Save as* button's words, where the panel and the clean view offer it. */
  saveLabel?: MessageKey;
  render(article: Article, tools: RenderTools): string;
}

export const OUTPUT_FORMATS = [
  {
    name: 'markdown',
    extension: 'md',
    mime: 'text/markdown;charset=utf-8',
    commandLine: true,
    saveLabel: 'saveMarkdown',
    render: (article, { t }) => articleMarkdown(article, t),
  },
  {
    name: 'json',
    extension: 'json',
    mime: 'application/json',
    commandLine: true,
    render: (article, { sanitize }) =>
      `${JSON.stringify({ ...articleRecord({ isArticle: true, ...article }), contentHtml: sanitize(bodyHtml(article.body)) }, null, 2)}\n`,
  },
  { name: 'text', extension: 'txt', mime: 'text/plain;charset=utf-8', commandLine: true, render: (article) => articleText(article) },
  {
    name: 'html',
    extension: 'html',
    mime: 'text/html;charset=utf-8',
    commandLine: false,
    saveLabel: 'saveHtml',
    render: (article, { sanitize }) => articleHtmlFile(article, sanitize),
  },
] as const satisfies readonly OutputFormat[];

export type FormatName = (typeof OUTPUT_FORMATS)[number]['name'];
export type CommandLineFormat = Extract<(typeof OUTPUT_FORMATS)[number], { commandLine: true }>['name'];
export type SaveFormat = Extract<(typeof OUTPUT_FORMATS)[number], { saveLabel: MessageKey }>['name'];

export const COMMAND_LINE_FORMATS = OUTPUT_FORMATS.filter((f) => f.commandLine).map((f) => f.name) as readonly CommandLineFormat[];
/** What *Save as* offers, in the table's order, with each button's words. */
export const SAVE_AS = OUTPUT_FORMATS.filter((f) => 'saveLabel' in f) as readonly { name: SaveFormat; saveLabel: MessageKey }[];
export const SAVE_FORMATS: readonly SaveFormat[] = SAVE_AS.map((f) => f.name);

export function outputFormat(name: FormatName): OutputFormat {
  return OUTPUT_FORMATS.find((f) => f.name === name) as OutputFormat;
}
