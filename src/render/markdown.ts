import type { Article, Block, Inline } from '../pipeline/article';
import { bylineAndDate, GENERATED_LABEL, keyPointsLabel, PAYWALL_NOTICE } from './format';
import { textFragmentUrl } from '../html/urls';
import { english, type Translate } from '../i18n/translate';

/** Escape the characters that would change a line's meaning in Markdown. */
function md(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** A generated point, linked to its sentence on the article's page (a text fragment), so a reader can check it. */
const generatedLine = (article: Article, text: string) => `- ${md(text)} ([source](${textFragmentUrl(article.url, text)}))`;

/**
 * The key points as Markdown: headline linked to the article, byline and date, `- ` bullets;
 * each generated point links to its sentence on SCMP's page.
 */
export function keyPointsMarkdown(article: Article, t: Translate = english): string {
  const lines = [`[${md(article.title)}](${article.url})`];
  const meta = bylineAndDate(article);
  if (meta) lines.push(md(meta));
  if (article.keyPoints.length) {
    lines.push('', `${keyPointsLabel(article, t)}:`, ...article.keyPoints.map((p) => `- ${md(p)}`));
  }
  if (article.generatedKeyPoints.length) {
    lines.push('', `${t('generatedPoints')}:`, ...article.generatedKeyPoints.map((p) => generatedLine(article, p.text)));
  }
  return lines.join('\n');
}

/** Inline runs as Markdown: `[text](href)`, `*emphasis*`, `**strong**`. */
export function inlineMarkdown(runs: readonly Inline[]): string {
  return runs
    .map((run) => {
      if (run.kind === 'text') return md(run.text);
      const inner = inlineMarkdown(run.children);
      if (run.kind === 'link') return `[${inner}](${run.href.replace(/[()]/g, (c) => encodeURIComponent(c))})`;
      return run.kind === 'emphasis' ? `*${inner}*` : `**${inner}**`;
    })
    .join('');
}

function image(src: string, alt: string, caption: string | null): string[] {
  return [`![${md(alt)}](${src})`, ...(caption ? [`*${md(caption)}*`] : []), ''];
}

function blockMarkdown(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [inlineMarkdown(block.runs), ''];
    case 'heading':
      return [`## ${inlineMarkdown(block.runs)}`, ''];
    case 'quote':
      return [`> ${inlineMarkdown(block.runs)}`, ''];
    case 'list':
      return [...block.items.map((item, n) => `${block.ordered ? `${n + 1}.` : '-'} ${inlineMarkdown(item.runs)}`), ''];
    case 'image':
      return image(block.src, block.alt, block.caption);
  }
}

/** The whole article as Markdown: title, byline and date, link, key points, then the body. */
export function articleMarkdown(article: Article): string {
  const out = [`# ${md(article.title)}`, ''];
  const meta = bylineAndDate(article);
  if (meta) out.push(md(meta), '');
  out.push(`<${article.url}>`, '');
  if (article.keyPoints.length) {
    out.push(`## ${keyPointsLabel(article)}`, '', ...article.keyPoints.map((p) => `- ${md(p)}`), '');
  }
  if (article.generatedKeyPoints.length) {
    out.push(`## ${GENERATED_LABEL}`, '', ...article.generatedKeyPoints.map((p) => `- ${md(p.text)}`), '');
  }
  if (article.leadImage) out.push(...image(article.leadImage.src, article.leadImage.alt, article.leadImage.caption));
  for (const block of article.body) out.push(...blockMarkdown(block));
  if (article.paywalled) out.push(`*${PAYWALL_NOTICE}* [Read it on SCMP](${article.url})`, '');
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
