import type { Article, Block } from '../pipeline/article';
import { bylineAndDate, GENERATED_LABEL, keyPointsLabel, PAYWALL_NOTICE } from './format';

/** The key points as plain text: one `• ` line each (labelled sections when there are two kinds). */
export function keyPointsText(article: Article): string {
  const bullets = (points: readonly string[]) => points.map((p) => `• ${p}`);
  if (!article.generatedKeyPoints.length) return bullets(article.keyPoints).join('\n');
  return [
    `${keyPointsLabel(article)}:`,
    ...bullets(article.keyPoints),
    '',
    `${GENERATED_LABEL}:`,
    ...bullets(article.generatedKeyPoints),
  ].join('\n');
}

function blockText(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
    case 'heading':
    case 'quote':
      return [block.text, ''];
    case 'list':
      return [...block.items.map((item) => `• ${item.text}`), ''];
    case 'image':
      return block.caption ? [`[Image: ${block.caption}]`, ''] : [];
  }
}

/** The whole article as plain text, for the command line. */
export function articleText(article: Article): string {
  const out = [article.title];
  const meta = bylineAndDate(article);
  if (meta) out.push(meta);
  out.push(article.url, '');
  if (article.keyPoints.length) out.push(keyPointsText(article), '');
  for (const block of article.body) out.push(...blockText(block));
  if (article.paywalled) out.push(PAYWALL_NOTICE);
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
