import type { Article } from '../pipeline/article';
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

/** The whole article as plain text, for the command line. */
export function articleText(article: Article): string {
  const out = [article.title];
  const meta = bylineAndDate(article);
  if (meta) out.push(meta);
  out.push(article.url, '');
  if (article.keyPoints.length) out.push(keyPointsText(article), '');
  for (const block of article.blocks) {
    if (block.kind === 'paragraph' || block.kind === 'heading') out.push(block.text, '');
    else if (block.kind === 'list-item') out.push(`• ${block.text}`);
    else if (block.caption) out.push(`[Image: ${block.caption}]`, '');
  }
  if (article.paywalled) out.push(PAYWALL_NOTICE);
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
