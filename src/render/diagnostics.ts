import { FIELDS, paragraphsOf, type Article, type Field } from '../pipeline/article';
import { RULES } from '../rules/rules';

const FIELD_NAMES: Record<Field, string> = {
  title: 'Title',
  byline: 'Byline',
  publishedTime: 'Date',
  topics: 'Topics',
  leadImage: 'Lead image',
  keyPoints: 'Key points',
  body: 'Body',
};

/** What a field's line adds after its route: how much of it there is. */
function fieldDetail(article: Article, field: Field): string {
  if (field === 'body') return ` (${paragraphsOf(article.body).length} paragraphs, ${article.wordCount} words)`;
  if (field !== 'keyPoints') return '';
  const generated = article.generatedKeyPoints.length ? ` + ${article.generatedKeyPoints.length} generated` : '';
  return ` (${article.keyPointsSource}, ${article.keyPointsForm}, ${article.keyPoints.length}${generated})`;
}

function health(article: Article): string {
  const fallbacks = FIELDS.filter((f) => !['selector', 'none'].includes(article.foundBy[f]));
  const missing = FIELDS.filter((f) => article.foundBy[f] === 'none');
  const parts = [
    fallbacks.length ? `fallbacks used for ${fallbacks.join(', ')}: SCMP's markup may have changed` : '',
    missing.length ? `not on the page: ${missing.join(', ')}` : '',
  ].filter(Boolean);
  return parts.join('; ') || 'every field found by its primary selector';
}

/**
 * A plain-text health report for a bug report: which route found each field and which rules
 * matched. It names the page but carries none of the article's text.
 */
export function diagnosticsReport(article: Article, version: string): string {
  const matched = RULES.filter((r) => article.matchedRules[r.id]).map((r) => `${r.id} ×${article.matchedRules[r.id]}`);
  const unmatched = RULES.filter((r) => !article.matchedRules[r.id]).map((r) => r.id);
  return [
    `Declutter for SCMP ${version} — diagnostics`,
    `Page: ${article.url}`,
    `Layout: ${article.isLive ? 'LIVE article' : 'article'}${article.paywalled ? ', part of it for subscribers' : ''}`,
    ...FIELDS.map((f) => `${FIELD_NAMES[f]} found by: ${article.foundBy[f]}${fieldDetail(article, f)}`),
    `Health: ${health(article)}`,
    `Rules matched: ${matched.join(', ') || 'none'}`,
    `Rules without a match: ${unmatched.join(', ') || 'none'}`,
  ].join('\n');
}
