import type { Article } from '../pipeline/article';
import { EN } from '../i18n/en';
import { english, type Translate } from '../i18n/translate';

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

/** The heading over the publisher's points. */
export function keyPointsLabel(article: Pick<Article, 'keyPointsForm'>, t: Translate = english): string {
  return article.keyPointsForm === 'summary' ? t('scmpSummary') : t('keyPoints');
}

/** The publisher's points and the generated ones, each under its label: what the key-point renderers write. */
export interface PointSection {
  label: string;
  points: string[];
  generated: boolean;
}

export function keyPointSections(
  article: Pick<Article, 'keyPoints' | 'keyPointsForm' | 'generatedKeyPoints'>,
  t: Translate = english,
): PointSection[] {
  const sections: PointSection[] = [];
  if (article.keyPoints.length) sections.push({ label: keyPointsLabel(article, t), points: article.keyPoints, generated: false });
  if (article.generatedKeyPoints.length) {
    sections.push({ label: t('generatedPoints'), points: article.generatedKeyPoints.map((p) => p.text), generated: true });
  }
  return sections;
}
/** In English, as the article is: the voice reads it, and the command line writes it. */
export const PAYWALL_NOTICE = EN.paywallNotice;
