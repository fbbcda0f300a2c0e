import type { ClutterCategory } from './categories';
import type { ClutterRule } from './rules';

/** The attribute the label rules set on the widget they hide (the stylesheet hides it). */
export const HIDDEN_ATTRIBUTE = 'data-scmp-declutter-hidden';

/**
 * One stylesheet from the rules, the way uBlock Origin hides elements: every selector rule of
 * an enabled category, plus the attribute that label rules set, hidden before first paint.
 */
export function compileStylesheet(rules: readonly ClutterRule[], categories: ReadonlySet<ClutterCategory>): string {
  const selectors = rules.filter((r) => r.selector && categories.has(r.category)).map((r) => r.selector as string);
  selectors.push(`[${HIDDEN_ATTRIBUTE}]`);
  return `${selectors.join(',\n')} {\n  display: none !important;\n}\n`;
}
