import { FIELDS, paragraphsOf, type Article, type Field } from '../pipeline/article';
import { RULES } from '../rules/rules';
import type { HiddenItem } from '../model/hidden-item';

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

/** How many things each built-in rule hides on the page, from the page's own list (the panel's hidden list). */
export function countsByRule(hidden: readonly HiddenItem[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of hidden) if (item.category !== 'yours') counts[item.ruleId] = (counts[item.ruleId] ?? 0) + 1;
  return counts;
}

/**
 * A plain-text health report for a bug report: which route found each field, and which rules
 * hide something on the page (`hidden`: what the page hides, as its hidden list says; null:
 * not known yet). It names the page but carries none of the article's text.
 */
export function diagnosticsReport(article: Article, version: string, hidden: readonly HiddenItem[] | null): string {
  const counts = countsByRule(hidden ?? []);
  const matched = RULES.filter((r) => counts[r.id]).map((r) => `${r.id} ×${counts[r.id]}`);
  const unmatched = RULES.filter((r) => !counts[r.id]).map((r) => r.id);
  const yours = (hidden ?? []).filter((item) => item.category === 'yours').length;
  return [
    `Declutter for SCMP ${version} — diagnostics`,
    `Page: ${article.url}`,
    `Layout: ${article.isLive ? 'LIVE article' : 'article'}${article.paywalled ? ', part of it for subscribers' : ''}`,
    ...FIELDS.map((f) => `${FIELD_NAMES[f]} found by: ${article.foundBy[f]}${fieldDetail(article, f)}`),
    `Health: ${health(article)}`,
    ...(hidden === null
      ? ['Rules matched: (asking the page)']
      : [
          `Rules matched: ${matched.join(', ') || 'none'}`,
          `Rules without a match: ${unmatched.join(', ') || 'none'}`,
          `The reader's own rules: ${yours} hidden`,
        ]),
  ].join('\n');
}
