/**
 * Listening in the panel and the clean view: a *Listen* button in the toolbar, and the player it
 * opens (play / pause, stop, previous / next paragraph, voice and speed, a status line); the
 * sentence being read highlighted and kept in view. The player waits until the reader asks for
 * it; where the browser cannot speak English, *Listen* says why instead (on hover and focus).
 * Built with DOM calls and `textContent` only (no markup to sanitize). No extension API: the
 * entrypoint passes the reader's saved choices in and a way to save them.
 */
import { Narrator, type NarratorStatus } from './narrator';
import type { SpeechItem } from './queue';
import { chooseVoice, offeredVoices, orderVoices, RATES, speaksLanguage } from './voices';
import { markSentence } from './highlight';
import { EN } from '../i18n/en';
import { english, type Translate } from '../i18n/translate';

export const NO_SPEECH = EN.noSpeech;
export const NO_VOICE = EN.noVoice;

export interface ListenPrefs {
  voiceURI: string | null;
  rate: number;
}

export interface ListenOptions {
  /** The toolbar's *Listen* button: opens the player and starts reading, or closes it. */
  opener: HTMLButtonElement;
  /** Where the player goes (hidden until *Listen* is pressed). */
  host: Element;
  /** What shows the article, its pieces marked with `data-sid`. */
  article: Element;
  queue: readonly SpeechItem[];
  lang: string;
  prefs: ListenPrefs;
  save(change: Partial<ListenPrefs>): void;
  /** The interface's words (English by default). */
  t?: Translate;
  /** The window's `speechSynthesis` and `SpeechSynthesisUtterance` (absent in some browsers). */
  speech: { synth: SpeechSynthesis; Utterance: typeof SpeechSynthesisUtterance } | null;
}

export interface Player {
  readonly narrator: Narrator | null;
  destroy(): void;
}

interface Controls {
  root: HTMLElement;
  play: HTMLButtonElement;
  stop: HTMLButtonElement;
  previous: HTMLButtonElement;
  next: HTMLButtonElement;
  voice: HTMLSelectElement;
  rate: HTMLSelectElement;
  status: HTMLElement;
}

function buildControls(doc: Document, t: Translate): Controls {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = '') => {
    const e = doc.createElement(tag);
    e.className = className;
    e.textContent = text;
    return e;
  };
  const button = (className: string, text: string, label?: string) => {
    const b = el('button', className, text);
    b.type = 'button';
    if (label) b.setAttribute('aria-label', label);
    return b;
  };
  const labelled = (text: string, select: HTMLSelectElement) => {
    const label = el('label', '', `${text} `);
    label.append(select);
    return label;
  };
  const root = el('div', 'player');
  root.id = 'player';
  root.hidden = true;
  root.setAttribute('role', 'group');
  root.setAttribute('aria-label', t('listenGroup'));
  const c: Controls = {
    root,
    play: button('play', t('play')),
    stop: button('stop', t('stop')),
    previous: button('previous', t('previous'), t('previousParagraph')),
    next: button('next', t('next'), t('nextParagraph')),
    voice: el('select', 'voice'),
    rate: el('select', 'rate'),
    status: el('span', 'player-status'),
  };
  c.play.setAttribute('aria-keyshortcuts', 'K');
  c.status.setAttribute('role', 'status');
  c.status.title = t('listenKeys');
  for (const r of RATES) c.rate.append(Object.assign(el('option', '', `${r}×`), { value: String(r) }));
  root.append(c.play, c.stop, c.previous, c.next, labelled(t('voice'), c.voice), labelled(t('speed'), c.rate), c.status);
  return c;
}

/** Fills the voice picker: the article's language first, in their own group. */
function fillVoices(
  select: HTMLSelectElement,
  ordered: readonly SpeechSynthesisVoice[],
  lang: string,
  chosen: SpeechSynthesisVoice | null,
  t: Translate,
) {
  const doc = select.ownerDocument;
  const group = (label: string, voices: readonly SpeechSynthesisVoice[]) => {
    const g = Object.assign(doc.createElement('optgroup'), { label });
    for (const v of voices)
      g.append(Object.assign(doc.createElement('option'), { value: v.voiceURI, textContent: `${v.name} (${v.lang})` }));
    return g;
  };
  const own = ordered.filter((v) => speaksLanguage(v, lang));
  const others = ordered.filter((v) => !speaksLanguage(v, lang));
  const groups = [own.length ? group(t('voicesOwn'), own) : null, others.length ? group(t('voicesOther'), others) : null];
  select.replaceChildren(...groups.filter((g) => g !== null));
  if (chosen) select.value = chosen.voiceURI;
}

/** The browser's voices, waiting a little for them: Chromium lists none until `voiceschanged`. */
function loadVoices(synth: SpeechSynthesis, timeoutMs = 3000): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, timeoutMs);
    synth.addEventListener('voiceschanged', done);
  });
}

function statusText(status: NarratorStatus, total: number, t: Translate): string {
  if (status.error) return t('voiceFailed', status.error);
  if (status.finished) return t('readToEnd');
  if (status.state === 'stopped' || !status.item) return '';
  return status.state === 'playing' ? t('reading', status.index + 1, total) : t('pausedAt', status.index + 1, total);
}

/** The controls and the highlight for a status; the page scrolls only when the highlight moves. */
function renderer(c: Controls, options: ListenOptions): (status: NarratorStatus) => void {
  const t = options.t ?? english;
  let shown: string | null = null;
  return (status) => {
    c.play.textContent = status.state === 'playing' ? t('pause') : status.state === 'paused' ? t('resume') : t('play');
    c.play.setAttribute('aria-pressed', String(status.state === 'playing'));
    c.stop.disabled = status.state === 'stopped';
    c.status.textContent = statusText(status, options.queue.length, t);
    const id = status.item?.id ?? null;
    markSentence(options.article, 'speaking', id, id !== shown);
    shown = id;
  };
}

/** Opens and closes the player; a reader's key opens it too. Unavailable: says why, does nothing. */
interface Opening {
  open(): void;
  close(): void;
  readonly isOpen: boolean;
  readonly available: boolean;
  makeUnavailable(reason: string): void;
  makeAvailable(): void;
}

function opening(opener: HTMLButtonElement, c: Controls): Opening {
  const doc = opener.ownerDocument;
  const why = Object.assign(doc.createElement('span'), { id: 'listen-why', className: 'tip', hidden: true });
  why.setAttribute('role', 'tooltip');
  opener.after(why);
  opener.setAttribute('aria-controls', c.root.id);
  opener.setAttribute('aria-expanded', 'false');
  const set = (open: boolean) => {
    c.root.hidden = !open;
    opener.setAttribute('aria-expanded', String(open));
  };
  return {
    open: () => set(true),
    close: () => set(false),
    get isOpen() {
      return !c.root.hidden;
    },
    get available() {
      return opener.getAttribute('aria-disabled') !== 'true';
    },
    // aria-disabled, not disabled: the button keeps its focus, so the reason shows on focus too.
    makeUnavailable(reason) {
      set(false);
      opener.setAttribute('aria-disabled', 'true');
      opener.setAttribute('aria-describedby', why.id);
      why.textContent = reason;
      why.hidden = false;
    },
    makeAvailable() {
      opener.removeAttribute('aria-disabled');
      opener.removeAttribute('aria-describedby');
      why.hidden = true;
    },
  };
}

/** Keys while the page has focus (not while choosing in a picker): K play / pause, J / L paragraphs. */
function onKey(narrator: Narrator, player: Opening) {
  return (event: KeyboardEvent) => {
    const inPicker = event.target instanceof Element && event.target.closest('select, input, textarea') !== null;
    if (event.ctrlKey || event.metaKey || event.altKey || inPicker || !player.available) return;
    const action = { k: () => narrator.toggle(), j: () => narrator.previous(), l: () => narrator.next() }[event.key.toLowerCase()];
    if (!action) return;
    event.preventDefault();
    player.open();
    action();
  };
}

export function mountPlayer(options: ListenOptions): Player {
  const t = options.t ?? english;
  const c = buildControls(options.host.ownerDocument, t);
  options.host.append(c.root);
  const player = opening(options.opener, c);
  c.rate.value = String(options.prefs.rate);
  const speech = options.speech;
  const abort = new AbortController();
  const { signal } = abort;
  const destroy = () => {
    abort.abort();
    c.root.remove();
    options.opener.ownerDocument.getElementById('listen-why')?.remove();
    player.makeAvailable();
    options.opener.removeAttribute('aria-expanded');
  };
  if (!speech) {
    player.makeUnavailable(t('noSpeech'));
    return { narrator: null, destroy };
  }
  const narrator = new Narrator(
    options.queue,
    speech.synth,
    (text) => new speech.Utterance(text),
    { voice: null, rate: options.prefs.rate, lang: options.lang },
    (status) => render(status),
  );
  const render = renderer(c, options);
  render(narrator.status);
  wireButtons(c, narrator, player, options, signal);
  const win = options.host.ownerDocument.defaultView;
  options.host.ownerDocument.addEventListener('keydown', onKey(narrator, player), { signal });
  win?.addEventListener('pagehide', () => narrator.stop(), { signal }); // the frame closes, the panel goes
  void wireVoices(c, narrator, player, options, speech.synth, signal);
  return {
    narrator,
    destroy() {
      narrator.stop();
      destroy();
    },
  };
}

/** *Listen* opens the player and starts, or stops and closes it; the player's own buttons and speed. */
function wireButtons(c: Controls, narrator: Narrator, player: Opening, options: ListenOptions, signal: AbortSignal): void {
  const toggleOpen = () => {
    if (!player.available) return;
    if (player.isOpen) {
      narrator.stop();
      player.close();
    } else {
      player.open();
      narrator.play();
    }
  };
  options.opener.addEventListener('click', toggleOpen, { signal });
  c.play.addEventListener('click', () => narrator.toggle(), { signal });
  c.stop.addEventListener('click', () => narrator.stop(), { signal });
  c.previous.addEventListener('click', () => narrator.previous(), { signal });
  c.next.addEventListener('click', () => narrator.next(), { signal });
  c.rate.addEventListener(
    'change',
    () => {
      narrator.configure({ rate: Number(c.rate.value) });
      options.save({ rate: Number(c.rate.value) });
    },
    { signal },
  );
}

async function wireVoices(
  c: Controls,
  narrator: Narrator,
  player: Opening,
  options: ListenOptions,
  synth: SpeechSynthesis,
  signal: AbortSignal,
) {
  let savedURI = options.prefs.voiceURI;
  let listed: string | null = null;
  const fill = (voices: SpeechSynthesisVoice[]) => {
    const readerLangs = c.root.ownerDocument.defaultView?.navigator.languages ?? [];
    const ordered = offeredVoices(orderVoices(voices, options.lang, readerLangs), options.lang, readerLangs);
    const key = ordered.map((v) => v.voiceURI).join('\n');
    if (signal.aborted || key === listed) return; // `voiceschanged` fires again with the same list
    listed = key;
    if (!ordered.length) {
      narrator.stop();
      return player.makeUnavailable((options.t ?? english)('noVoice'));
    }
    player.makeAvailable();
    c.voice.disabled = false;
    const lang = options.lang;
    const chosen = chooseVoice(ordered, savedURI);
    fillVoices(c.voice, ordered, lang, chosen, options.t ?? english);
    narrator.configure({ voice: chosen });
  };
  c.voice.disabled = true;
  c.voice.addEventListener(
    'change',
    () => {
      const voice = synth.getVoices().find((v) => v.voiceURI === c.voice.value) ?? null;
      savedURI = voice?.voiceURI ?? null;
      narrator.configure({ voice });
      options.save({ voiceURI: savedURI });
    },
    { signal },
  );
  fill(await loadVoices(synth));
  synth.addEventListener('voiceschanged', () => fill(synth.getVoices()), { signal });
}
