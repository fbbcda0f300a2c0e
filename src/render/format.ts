import type { Article } from '../pipeline/article';

/** "10 Dec 2023" in UTC, so every renderer and every machine prints the same date. */
export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "Kawala Xie · 10 Dec 2023" — whatever of the two the article has. */
export function bylineAndDate(article: Pick<Article, 'byline' | 'publishedTime'>): string {
  return [article.byline, formatDate(article.publishedTime)].filter(Boolean).join(' · ');
}

/** The heading over the publisher's points, or over generated ones. */
export function keyPointsLabel(article: Pick<Article, 'keyPointsSource' | 'keyPointsForm'>): string {
  if (article.keyPointsSource === 'generated') return 'Key points (generated on this device)';
  return article.keyPointsForm === 'summary' ? 'SCMP’s summary' : 'Key points';
}

export const GENERATED_LABEL = 'Key points (generated on this device)';
export const PAYWALL_NOTICE = 'The rest of this article is for subscribers.';
