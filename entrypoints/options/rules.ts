import { isScmpUrl } from '../../src/rules/site';
import { checkAll, checkSelector, parseRulesFile, rulesFile, storySkeleton, type UserRule } from '../../src/rules/user-rules';
import { loadUserRules, userRulesItem } from '../../src/extension/storage';
import { formatDate } from '../../src/render/format';
import { t } from '../../src/extension/i18n';
import { saveFile } from '../../src/extension/download';

/**
 * "Your rules" on the settings page: each rule with what it hides, the page it was made on and
 * the date; a switch, *Edit*, *Delete* (with *Undo*); export and import as a JSON file. Built with
 * DOM calls and `textContent` only. A file is checked whole before anything is stored.
 */
const list = document.getElementById('user-rules') as HTMLUListElement;
const empty = document.getElementById('rules-empty') as HTMLElement;
const status = document.getElementById('rules-status') as HTMLElement;
const skeleton = storySkeleton((html) => new DOMParser().parseFromString(html, 'text/html'));
let rules: UserRule[] = [];

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = '') => {
  const e = document.createElement(tag);
  if (className) e.className = className;
  e.textContent = text;
  return e;
};

/** Stores the rules (all checked again) and says what happened, with an undo where it helps. */
async function store(next: UserRule[], message: string, undo?: UserRule[]): Promise<void> {
  const checked = checkAll(next, skeleton, t);
  if (!checked.ok) return say(checked.reason);
  await userRulesItem.setValue(next);
  say(message, undo && (() => void store(undo, t('undone'))));
}

function say(message: string, undo?: () => void): void {
  status.replaceChildren(message);
  if (!undo) return;
  const button = el('button', 'undo', t('undo'));
  button.type = 'button';
  button.addEventListener('click', undo, { once: true });
  status.append(' ', button);
}

function madeOn(rule: UserRule): HTMLElement {
  const made = el('span', 'made');
  if (isScmpUrl(rule.page)) {
    // Only an SCMP address becomes a link: an imported file could hold anything.
    const link = el('a', '', new URL(rule.page).pathname);
    link.href = rule.page;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    const [before, after] = t('madeOn', '\u0000').split('\u0000');
    made.append(before ?? '', link, after ?? '');
  } else made.append(t('madeOnUnknown'));
  const date = formatDate(rule.created);
  if (date) made.append(`, ${date}`);
  return made;
}

function editor(rule: UserRule, code: HTMLElement): void {
  const input = el('input', 'selector');
  input.value = rule.selector;
  input.setAttribute('aria-label', t('selectorOf', rule.description));
  const save = el('button', 'save', t('save'));
  save.type = 'button';
  code.replaceWith(input, save);
  input.focus();
  save.addEventListener('click', () => {
    const check = checkSelector(input.value.trim(), skeleton, t);
    if (!check.ok) return say(check.reason);
    void store(
      rules.map((r) => (r.id === rule.id ? { ...r, selector: input.value.trim() } : r)),
      t('saved'),
      rules,
    );
  });
}

function row(rule: UserRule, index: number): HTMLLIElement {
  const li = el('li');
  const toggle = el('input', 'enabled');
  toggle.type = 'checkbox';
  toggle.checked = rule.enabled;
  const label = el('label');
  label.append(toggle, ' ', el('span', 'description', rule.description || t('aRule')));
  toggle.addEventListener('change', () => {
    void store(
      rules.map((r) => (r.id === rule.id ? { ...r, enabled: toggle.checked } : r)),
      toggle.checked ? t('ruleOn') : t('ruleOff'),
    );
  });
  const code = el('code', '', rule.selector);
  const edit = el('button', 'edit', t('edit'));
  const remove = el('button', 'delete', t('delete'));
  edit.type = remove.type = 'button';
  edit.addEventListener('click', () => editor(rule, code), { once: true });
  remove.addEventListener('click', () => void store(rules.toSpliced(index, 1), t('deleted', rule.description || rule.selector), rules));
  li.append(label, code, madeOn(rule), edit, remove);
  return li;
}

function show(next: UserRule[]): void {
  rules = next;
  list.replaceChildren(...rules.map(row));
  empty.hidden = rules.length > 0;
}

function download(): void {
  saveFile(document, 'declutter-scmp-rules.json', rulesFile(rules), 'application/json');
}

async function importFile(file: File): Promise<void> {
  const parsed = parseRulesFile(await file.text(), skeleton, t);
  if (!parsed.ok) return say(t('nothingImported', parsed.reason));
  const n = parsed.rules.length;
  await store(parsed.rules, n === 1 ? t('importedOne') : t('importedMany', n), rules);
}

export function wireRulesList(): void {
  document.getElementById('export')?.addEventListener('click', download);
  const input = document.getElementById('import') as HTMLInputElement;
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void importFile(file).finally(() => (input.value = ''));
  });
  void loadUserRules().then(show);
  userRulesItem.watch(() => void loadUserRules().then(show));
}
