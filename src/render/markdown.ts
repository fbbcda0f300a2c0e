import type { Article } from '../pipeline/article';
import { bylineAndDate, GENERATED_LABEL, keyPointsLabel, PAYWALL_NOTICE } from './format';

/** Escape the characters that would change a line's meaning in Markdown. */
function md(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** The key points as Markdown: headline linked to the article, byline and date, `- ` bullets. */
export function keyPointsMarkdown(article: Article): string {
  const lines = [`[${md(article.title)}](${article.url})`];
  const meta = bylineAndDate(article);
  if (meta) lines.push(md(meta));
  if (article.keyPoints.length) {
    lines.push('', `${keyPointsLabel(article)}:`, ...article.keyPoints.map((p) => `- ${md(p)}`));
  }
  if (article.generatedKeyPoints.length) {
    lines.push('', `${GENERATED_LABEL}:`, ...article.generatedKeyPoints.map((p) => `- ${md(p)}`));
  }
  return lines.join('\n');
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
    out.push(`## ${GENERATED_LABEL}`, '', ...article.generatedKeyPoints.map((p) => `- ${md(p)}`), '');
  }
  if (article.leadImage) {
    out.push(`![${md(article.leadImage.alt)}](${article.leadImage.src})`);
    if (article.leadImage.caption) out.push(`*${md(article.leadImage.caption)}*`);
    out.push('');
  }
  let inList = false;
  for (const block of article.blocks) {
    if (block.kind !== 'list-item' && inList) {
      out.push('');
      inList = false;
    }
    if (block.kind === 'paragraph') out.push(md(block.text), '');
    else if (block.kind === 'heading') out.push(`## ${md(block.text)}`, '');
    else if (block.kind === 'list-item') {
      out.push(`- ${md(block.text)}`);
      inList = true;
    } else {
      out.push(`![${md(block.alt)}](${block.src})`);
      if (block.caption) out.push(`*${md(block.caption)}*`);
      out.push('');
    }
  }
  if (inList) out.push('');
  if (article.paywalled) out.push(`*${PAYWALL_NOTICE}* [Read it on SCMP](${article.url})`, '');
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
