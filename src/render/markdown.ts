/**
 * The article as CommonMark. Built so that nothing the page holds can change what the Markdown
 * means: text is escaped, every destination is an http(s) address (src/html/urls.ts)
 * percent-encoded for Markdown, and anything else loses its link and keeps its text. Held by
 * test/unit/markdown-safety.jsdom.test.ts, which parses what is written with `commonmark`.
 */
import type { Article, Block, Inline } from '../pipeline/article';
import { bylineAndDate, keyPointSections, type PointSection } from './format';
import { absoluteHttpUrl, textFragmentUrl } from '../html/urls';
import { english, type Translate } from '../i18n/translate';

/**
 * Inline text, escaped: the characters that open links, images, code, emphasis, HTML and tables;
 * `&` where it would start a character reference; white space folded so no text starts a block.
 */
function markdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>#|~]/g, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
}

/** A line's text, escaped where its first characters would start a list, a heading underline or a rule. */
function lineStart(line: string): string {
  return line.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** An address percent-encoded where Markdown gives a character meaning (white space, brackets, `<>`, `` ` ``, `\\`, controls). */
const percentEncoded = (url: string): string =>
  // eslint-disable-next-line no-control-regex -- a control character would end the destination
  url.replace(/[\s()<>[\]`\\\u0000-\u001f\u007f]/g, (c) =>
    c.charCodeAt(0) < 0x80 ? `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}` : encodeURIComponent(c),
  );

/** A link destination: percent-encoded, and `&` escaped so no character reference is read in it. */
const markdownDestination = (url: string): string => percentEncoded(url).replace(/&/g, '\\&');

/** `[text](address)` for an http(s) address; the text alone for anything else. `text` is Markdown already. */
function link(text: string, address: string): string {
  const href = absoluteHttpUrl(address);
  return href ? `[${text}](${markdownDestination(href)})` : text;
}

/** An autolink `<address>` for an http(s) address (`&` and `\` are literal in an autolink); nothing for anything else. */
function autolink(address: string): string {
  const href = absoluteHttpUrl(address);
  return href ? `<${percentEncoded(href)}>` : '';
}

/** A generated point, linked to its sentence on the article's page (a text fragment), so a reader can check it. */
const generatedLine = (article: Article, text: string) =>
  `- ${lineStart(markdownText(text))} (${link('source', textFragmentUrl(article.url, text))})`;

const bullet = (text: string) => `- ${lineStart(markdownText(text))}`;

/**
 * The key points as Markdown: headline linked to the article, byline and date, each section of
 * `keyPointSections` under its label; each generated point links to its sentence on SCMP's page.
 */
export function keyPointsMarkdown(article: Article, t: Translate = english): string {
  const lines = [lineStart(link(markdownText(article.title), article.url))];
  const meta = bylineAndDate(article);
  if (meta) lines.push(lineStart(markdownText(meta)));
  for (const section of keyPointSections(article, t)) lines.push('', `${markdownText(section.label)}:`, ...pointLines(article, section));
  return lines.join('\n');
}

/** A section's points as `- ` lines; generated ones with their `source` link. */
function pointLines(article: Article, section: PointSection): string[] {
  return section.points.map((p) => (section.generated ? generatedLine(article, p) : bullet(p)));
}

/** Inline runs as Markdown: `[text](href)`, `*emphasis*`, `**strong**`. */
export function inlineMarkdown(runs: readonly Inline[]): string {
  return runs
    .map((run) => {
      // A "!" just before a link would make the link an image.
      if (run.kind === 'text') return markdownText(run.text).replace(/!$/, '\\!');
      const inner = inlineMarkdown(run.children);
      if (run.kind === 'link') return link(inner, run.href);
      return run.kind === 'emphasis' ? `*${inner}*` : `**${inner}**`;
    })
    .join('');
}

function image(src: string, alt: string, caption: string | null): string[] {
  const href = absoluteHttpUrl(src);
  return [
    ...(href ? [`![${markdownText(alt)}](${markdownDestination(href)})`] : []),
    ...(caption ? [`*${markdownText(caption)}*`] : []),
    '',
  ];
}

/** One block of the body as Markdown lines, a blank line after it. */
export function blockMarkdown(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [lineStart(inlineMarkdown(block.runs)), ''];
    case 'heading':
      return [`## ${inlineMarkdown(block.runs)}`, ''];
    case 'quote':
      return [`> ${lineStart(inlineMarkdown(block.runs))}`, ''];
    case 'list':
      return [...block.items.map((item, n) => `${block.ordered ? `${n + 1}.` : '-'} ${lineStart(inlineMarkdown(item.runs))}`), ''];
    case 'image':
      return image(block.src, block.alt, block.caption);
  }
}

/** The whole article as Markdown, in the interface's language: title, byline and date, link, key points, then the body. */
export function articleMarkdown(article: Article, t: Translate = english): string {
  const out = [`# ${markdownText(article.title)}`, ''];
  const meta = bylineAndDate(article);
  if (meta) out.push(lineStart(markdownText(meta)), '');
  out.push(autolink(article.url), '');
  for (const section of keyPointSections(article, t)) {
    out.push(`## ${markdownText(section.label)}`, '', ...section.points.map(bullet), '');
  }
  if (article.leadImage) out.push(...image(article.leadImage.src, article.leadImage.alt, article.leadImage.caption));
  for (const block of article.body) out.push(...blockMarkdown(block));
  if (article.paywalled) out.push(`*${markdownText(t('paywallNotice'))}* ${link(markdownText(t('readOnScmp')), article.url)}`, '');
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
