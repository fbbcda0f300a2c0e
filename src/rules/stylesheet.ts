import type { ClutterCategory } from './categories';
import type { ClutterRule } from './rules';

/** The attribute the label rules set on the widget they hide (the stylesheet hides it). */
export const HIDDEN_ATTRIBUTE = 'data-scmp-declutter-hidden';
/** The attribute that brings one hidden element back, when the reader asks (the panel's *Show*). */
export const SHOWN_ATTRIBUTE = 'data-scmp-declutter-shown';

/** The selectors of a selector list, split at its top-level commas (not those in quotes or brackets). */
export function splitSelectorList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '\\') i++;
    else if (quote) quote = c === quote ? null : quote;
    else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts.filter(Boolean);
}

/** What every hiding selector is compiled with: not an element the reader chose to see again, nor anything inside it. */
export const SHOWN_EXCEPTION = `:not([${SHOWN_ATTRIBUTE}]):not([${SHOWN_ATTRIBUTE}] *)`;

/** Each selector of the list, except for an element the reader chose to see again (and what it holds). */
export const unlessShown = (list: string): string =>
  splitSelectorList(list)
    .map((s) => `${s}${SHOWN_EXCEPTION}`)
    .join(',\n');

/**
 * One stylesheet from the rules, the way uBlock Origin hides elements: every selector rule of
 * an enabled category, plus the attribute that label rules set, hidden before first paint.
 */
export function compileStylesheet(rules: readonly ClutterRule[], categories: ReadonlySet<ClutterCategory>): string {
  const selectors = rules.filter((r) => r.selector && categories.has(r.category)).map((r) => r.selector as string);
  selectors.push(`[${HIDDEN_ATTRIBUTE}]`);
  return `${unlessShown(selectors.join(', '))} {\n  display: none !important;\n}\n`;
}
