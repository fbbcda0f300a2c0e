/**
 * The reader's own rules: a selector each, made with the picker, applied like the built-in rules
 * (in the stylesheet at document_start, so late content too). Plain data, checked here: a rule
 * must parse, stay short, and never hide the story (./story.ts). Stored in `storage.sync` in one
 * item, whose quota is 8,192 bytes: hence the limits below, enforced on save and on import.
 */
import { storyHitBy, STORY_SKELETON } from './story';
import { unlessShown } from './stylesheet';

/**
 * The checks' answers, by the interface's message key: src/i18n words them (the rules sit below
 * the interface's words and do not import them). The callers pass their `t`.
 */
export type RuleProblem =
  | 'ruleEmpty'
  | 'ruleTooLong'
  | 'ruleBraces'
  | 'ruleNotSelector'
  | 'ruleHidesStory'
  | 'fileTooLarge'
  | 'fileNotJson'
  | 'fileNotRules'
  | 'fileVersion'
  | 'fileRuleNotRule'
  | 'fileTooMany'
  | 'fileRuleProblem'
  | 'fileSameId'
  | 'fileTooBig';
export type Say = (key: RuleProblem, ...values: (string | number)[]) => string;
/** Without a `t` (only `ok` is wanted): the key and its values. */
const keyOnly: Say = (key, ...values) => [key, ...values].join(' ');

export interface UserRule {
  id: string;
  selector: string;
  enabled: boolean;
  /** What it hides, for the reader ("div: “Sponsored…”"). */
  description: string;
  /** The address of the page it was made on. */
  page: string;
  /** When it was made (ISO 8601). */
  created: string;
}

export const USER_RULES_FORMAT = 'declutter-scmp-rules';
export const USER_RULES_VERSION = 1;
/** storage.sync allows 8,192 bytes an item: the rules, as stored, stay under this. */
export const LIMITS = { rules: 40, selectorChars: 300, descriptionChars: 120, pageChars: 300, storedBytes: 7_800, fileBytes: 64_000 };

export type Check = { ok: true } | { ok: false; reason: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The rules as stored take this many bytes (what storage.sync counts, near enough: key + JSON). */
export const storedBytes = (rules: readonly UserRule[]): number => new TextEncoder().encode(`userRules${JSON.stringify(rules)}`).length;

/**
 * Whether a selector may become a rule: it parses (also as the stylesheet writes it), it is not
 * too long, and on `doc` (the page it was made on, or the story skeleton) it hides no part of
 * the story.
 */
export function checkSelector(selector: string, doc: Document, t: Say = keyOnly): Check {
  if (!selector.trim()) return { ok: false, reason: t('ruleEmpty') };
  if (selector.length > LIMITS.selectorChars) return { ok: false, reason: t('ruleTooLong', LIMITS.selectorChars) };
  if (/[{}]/.test(selector)) return { ok: false, reason: t('ruleBraces') };
  try {
    doc.querySelector(selector);
    doc.querySelector(unlessShown(selector));
  } catch {
    return { ok: false, reason: t('ruleNotSelector', selector) };
  }
  if (storyHitBy(doc, selector).length) return { ok: false, reason: t('ruleHidesStory') };
  return { ok: true };
}

/** The skeleton of an SCMP article, for checks where no article is at hand. */
export const storySkeleton = (parse: (html: string) => Document): Document => parse(`<!doctype html><body>${STORY_SKELETON}</body>`);

/** The stylesheet of the rules that are on: one block each, so that no rule can undo another. */
export function compileUserRules(rules: readonly UserRule[]): string {
  return rules
    .filter((r) => r.enabled)
    .map((r) => `${unlessShown(r.selector)} {\n  display: none !important;\n}\n`)
    .join('');
}

/** A stored or imported rule, if it has the shape of one (strings cut to their limits). */
function ruleFrom(value: unknown): UserRule | null {
  if (!isRecord(value) || typeof value.selector !== 'string' || typeof value.id !== 'string') return null;
  const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');
  return {
    id: value.id.slice(0, 40),
    selector: value.selector,
    enabled: value.enabled !== false,
    description: text(value.description, LIMITS.descriptionChars),
    page: text(value.page, LIMITS.pageChars),
    created: text(value.created, 40),
  };
}

/** What storage holds, repaired: anything that is not a rule is dropped, never thrown. */
export function normalizeUserRules(value: unknown): UserRule[] {
  return Array.isArray(value) ? value.map(ruleFrom).filter((r): r is UserRule => r !== null) : [];
}

/** The rules as a file to export. */
export function rulesFile(rules: readonly UserRule[]): string {
  return `${JSON.stringify({ format: USER_RULES_FORMAT, version: USER_RULES_VERSION, rules }, null, 2)}\n`;
}

export type Parsed = { ok: true; rules: UserRule[] } | { ok: false; reason: string };

/** Rules from an exported file, each checked; the whole file is refused at the first problem. */
export function parseRulesFile(text: string, skeleton: Document, t: Say = keyOnly): Parsed {
  if (new TextEncoder().encode(text).length > LIMITS.fileBytes) return { ok: false, reason: t('fileTooLarge') };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: t('fileNotJson') };
  }
  if (!isRecord(data) || data.format !== USER_RULES_FORMAT || !Array.isArray(data.rules)) {
    return { ok: false, reason: t('fileNotRules') };
  }
  if (data.version !== USER_RULES_VERSION) return { ok: false, reason: t('fileVersion', String(data.version)) };
  const rules = data.rules.map(ruleFrom);
  const broken = rules.findIndex((r) => r === null);
  if (broken >= 0) return { ok: false, reason: t('fileRuleNotRule', broken + 1) };
  return checkAll(rules as UserRule[], skeleton, t);
}

/** A whole set of rules, as it would be stored: each selector checked, within the limits. */
export function checkAll(rules: UserRule[], skeleton: Document, t: Say = keyOnly): Parsed {
  if (rules.length > LIMITS.rules) return { ok: false, reason: t('fileTooMany', LIMITS.rules) };
  for (const [n, rule] of rules.entries()) {
    const check = checkSelector(rule.selector, skeleton, t);
    if (!check.ok) return { ok: false, reason: t('fileRuleProblem', n + 1, check.reason) };
  }
  if (new Set(rules.map((r) => r.id)).size !== rules.length) return { ok: false, reason: t('fileSameId') };
  if (storedBytes(rules) > LIMITS.storedBytes) return { ok: false, reason: t('fileTooBig') };
  return { ok: true, rules };
}
