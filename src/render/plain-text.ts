import type { Article, Block } from '../pipeline/article';
import { bylineAndDate, keyPointSections, PAYWALL_NOTICE } from './format';
import { english, type Translate } from '../i18n/translate';

/**
 * The key points as plain text: one `• ` line each. The publisher's bullets alone go unlabelled;
 * otherwise each kind is under its label, so generated points never pass for the publisher's.
 */
export function keyPointsText(article: Article, t: Translate = english): string {
  const sections = keyPointSections(article, t);
  const bullets = (points: readonly string[]) => points.map((p) => `• ${p}`);
  const [only, ...others] = sections;
  if (only && !only.generated && !others.length) return bullets(only.points).join('\n');
  return sections.map((s) => [`${s.label}:`, ...bullets(s.points)].join('\n')).join('\n\n');
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
  if (keyPointSections(article).length) out.push(keyPointsText(article), '');
  for (const block of article.body) out.push(...blockText(block));
  if (article.paywalled) out.push(PAYWALL_NOTICE);
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
