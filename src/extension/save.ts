/** The article as a file the reader keeps, in one of the formats *Save as* offers (src/render/formats.ts). */
import type { Article } from '../pipeline/article';
import { sanitizeHtml } from '../html/sanitize';
import { outputFormat, SAVE_FORMATS, type SaveFormat } from '../render/formats';
import { savedFileName } from '../render/standalone';
import { saveFile } from './download';
import type { Translate } from '../i18n/translate';

/** `t`: the interface's language, which the file's own words are written in (as the panel is). */
export function saveArticle(win: Window, article: Article, name: SaveFormat, t: Translate): void {
  const format = outputFormat(name);
  const text = format.render(article, { sanitize: (markup) => sanitizeHtml(markup, win), t });
  saveFile(win.document, savedFileName(article, format.extension), text, format.mime);
}

/** The *Save as* format a button asks for: its id or class is `save-<format>`. */
export const saveFormatOf = (button: Element): SaveFormat | undefined =>
  SAVE_FORMATS.find((name) => button.id === `save-${name}` || button.classList.contains(`save-${name}`));
