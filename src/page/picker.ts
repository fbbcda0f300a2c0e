/**
 * The element picker, on the page (started from the panel or the context menu): the element under
 * the pointer is outlined; the wheel or ↑ / ↓ widen or narrow the choice to its parent or back;
 * a click or Enter chooses it, Esc cancels. The bar says how many elements the rule would hide on
 * this page, or why it may not (it would hide the story). Its overlay is the extension's: a
 * closed shadow root, and only the reader's own (trusted) events drive it.
 */
import { buildSelector, describeElement } from './selector-builder';
import { checkSelector, type Check } from '../rules/user-rules';
import type { Translate } from '../i18n/translate';

export const PICKER_HOST = 'scmp-declutter-picker';

export interface PickerHooks {
  /** Keep the rule; answers whether it was kept, and why not. */
  save(selector: string, description: string): Promise<Check>;
  /** The interface's words. */
  t: Translate;
}

export interface Picker {
  stop(): void;
}

const CSS = `:host { all: initial; position: fixed; inset: 0; z-index: 2147483647; }
.layer { position: fixed; inset: 0; cursor: crosshair; }
.box { position: fixed; pointer-events: none; border: 2px solid #b45309; background: rgba(217, 119, 6, 0.18); display: none; }
.bar { position: fixed; left: 0; right: 0; bottom: 0; display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center;
  padding: 0.6rem 1rem; background: #1d1d1b; color: #fbfaf7; font: 15px/1.4 system-ui, sans-serif; }
.bar p { margin: 0; flex: 1 1 20rem; }
.bar .hint { opacity: 0.8; font-size: 13px; flex-basis: 100%; }
button { font: inherit; padding: 0.3rem 0.8rem; border-radius: 0.4rem; border: 1px solid currentColor; background: transparent; color: inherit; cursor: pointer; }
button.hide { background: #fde68a; color: #1d1d1b; border-color: #fde68a; }
button:disabled { opacity: 0.5; cursor: not-allowed; }
button:focus-visible { outline: 3px solid #93c5fd; outline-offset: 2px; }`;

interface Parts {
  host: HTMLElement;
  layer: HTMLElement;
  box: HTMLElement;
  text: HTMLElement;
  hide: HTMLButtonElement;
  cancel: HTMLButtonElement;
}

function build(doc: Document, t: Translate): Parts {
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') => {
    const el = doc.createElement(tag);
    el.className = className;
    el.textContent = text;
    return el;
  };
  const host = doc.createElement(PICKER_HOST);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const bar = make('div', 'bar');
  bar.setAttribute('role', 'dialog');
  bar.setAttribute('aria-label', t('pickerDialog'));
  const parts: Parts = {
    host,
    layer: make('div', 'layer'),
    box: make('div', 'box'),
    text: make('p', 'what', t('pickerPoint')),
    hide: make('button', 'hide', t('pickerHide')),
    cancel: make('button', 'cancel', t('pickerCancel')),
  };
  parts.text.setAttribute('role', 'status');
  parts.hide.disabled = true;
  bar.append(parts.text, parts.hide, parts.cancel, make('p', 'hint', t('pickerHint')));
  shadow.append(style, parts.layer, parts.box, bar);
  return parts;
}

interface Choice {
  selector: string;
  description: string;
  check: Check;
}

/** Outlines `target` and says what a rule made from it would do on this page. */
function present(parts: Parts, doc: Document, target: Element, t: Translate): Choice {
  const r = target.getBoundingClientRect();
  Object.assign(parts.box.style, {
    display: 'block',
    left: `${r.left}px`,
    top: `${r.top}px`,
    width: `${r.width}px`,
    height: `${r.height}px`,
  });
  const selector = buildSelector(target, (s) => checkSelector(s, doc).ok);
  const check = checkSelector(selector, doc, t);
  const count = doc.querySelectorAll(selector).length;
  const description = describeElement(target);
  parts.text.textContent = check.ok
    ? count === 1
      ? t('pickerCountOne', description)
      : t('pickerCountMany', description, count)
    : t('pickerRefused', description, check.reason);
  parts.hide.disabled = !check.ok;
  return { selector, description, check };
}

/** The element under the pointer and its ancestors up to the body: what ↑ / ↓ move along. */
function chainAt(doc: Document, host: Element, x: number, y: number): Element[] {
  const under = doc.elementsFromPoint(x, y).find((el) => el !== host && el !== doc.documentElement && el !== doc.body);
  const chain: Element[] = [];
  for (let el: Element | null = under ?? null; el && el !== doc.body && el !== doc.documentElement; el = el.parentElement) chain.push(el);
  return chain;
}

interface Actions {
  hover(x: number, y: number): void;
  widen(by: number): void;
  choose(): void;
  stop(): void;
}

/** Only the reader's own input drives the picker: a page script's synthetic events (`isTrusted` false) do nothing. */
function wireInput(parts: Parts, win: Window | null, signal: AbortSignal, act: Actions): void {
  const on = { signal, capture: true };
  const trusted =
    <E extends Event>(handle: (e: E) => void) =>
    (e: E) => {
      if (!e.isTrusted) return;
      e.preventDefault();
      handle(e);
    };
  parts.layer.addEventListener('mousemove', (e) => e.isTrusted && act.hover(e.clientX, e.clientY), on);
  parts.layer.addEventListener(
    'wheel',
    trusted<WheelEvent>((e) => act.widen(e.deltaY < 0 ? 1 : -1)),
    { ...on, passive: false },
  );
  parts.layer.addEventListener('click', trusted(act.choose), on);
  parts.hide.addEventListener('click', trusted(act.choose), on);
  parts.cancel.addEventListener('click', trusted(act.stop), on);
  const keys: Record<string, () => void> = {
    Escape: act.stop,
    ArrowUp: () => act.widen(1),
    ArrowDown: () => act.widen(-1),
    Enter: act.choose,
  };
  win?.addEventListener(
    'keydown',
    (e) => {
      const action = keys[e.key];
      if (!e.isTrusted || !action) return;
      e.preventDefault();
      e.stopPropagation();
      action();
    },
    on,
  );
}

export function startPicker(doc: Document, hooks: PickerHooks): Picker {
  const parts = build(doc, hooks.t);
  doc.documentElement.append(parts.host);
  const abort = new AbortController();
  let chain: Element[] = [];
  let level = 0;
  let choice: Choice | null = null;
  const stop = () => {
    abort.abort();
    parts.host.remove();
  };
  const show = () => {
    const target = chain[level];
    if (target) choice = present(parts, doc, target, hooks.t);
  };
  wireInput(parts, doc.defaultView, abort.signal, {
    hover(x, y) {
      const next = chainAt(doc, parts.host, x, y);
      if (next[0] === chain[0]) return;
      chain = next;
      level = 0;
      show();
    },
    widen(by) {
      level = Math.max(0, Math.min(chain.length - 1, level + by));
      show();
    },
    choose() {
      const picked = choice;
      if (!picked?.check.ok) return;
      void hooks.save(picked.selector, picked.description).then((saved) => {
        if (saved.ok) stop();
        else parts.text.textContent = saved.reason;
      });
    },
    stop,
  });
  return { stop };
}
