import type { Article } from '../pipeline/article';
import { RULES } from '../rules/rules';

/**
 * A plain-text health report for a bug report: which route found each field and which rules
 * matched. It names the page but carries none of the article's text.
 */
export function diagnosticsReport(article: Article, version: string): string {
  const matched = RULES.filter((r) => article.matchedRules[r.id]).map((r) => `${r.id} ×${article.matchedRules[r.id]}`);
  const unmatched = RULES.filter((r) => !article.matchedRules[r.id]).map((r) => r.id);
  const fallbacks = (['title', 'body', 'keyPoints'] as const).filter((f) => article.foundBy[f] !== 'selector');
  return [
    `Declutter for SCMP ${version} — diagnostics`,
    `Page: ${article.url}`,
    `Layout: ${article.isLive ? 'LIVE article' : 'article'}${article.paywalled ? ', part of it for subscribers' : ''}`,
    `Title found by: ${article.foundBy.title}`,
    `Body found by: ${article.foundBy.body} (${article.paragraphs.length} paragraphs, ${article.wordCount} words)`,
    `Key points found by: ${article.foundBy.keyPoints} (${article.keyPointsSource}, ${article.keyPointsForm}, ${article.keyPoints.length}${article.generatedKeyPoints.length ? ` + ${article.generatedKeyPoints.length} generated` : ''})`,
    `Health: ${fallbacks.length ? `fallbacks used for ${fallbacks.join(', ')}: SCMP's markup may have changed` : 'every field found by its primary selector'}`,
    `Rules matched: ${matched.join(', ') || 'none'}`,
    `Rules without a match: ${unmatched.join(', ') || 'none'}`,
  ].join('\n');
}
