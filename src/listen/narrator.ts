/**
 * Reads a queue aloud with the browser's own speech (`speechSynthesis`: nothing downloaded,
 * nothing sent), one sentence per utterance. Why by sentence: Chromium ends a long utterance
 * after about 15 s on some voices, and a sentence is the unit the reader sees highlighted.
 * Pause cancels and remembers the sentence; resume speaks it again from its start: the browsers'
 * own pause() is unreliable (Chromium on Linux never resumes some voices). A speed or voice
 * change applies from the current sentence the same way.
 */
import type { SpeechItem } from './queue';

/** What the narrator needs of `window.speechSynthesis` (a fake one in the unit tests). */
export interface SpeechPort {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
}

export type NarratorState = 'stopped' | 'playing' | 'paused';

export interface NarratorStatus {
  state: NarratorState;
  /** The sentence being read, or where reading resumes; null when stopped. */
  item: SpeechItem | null;
  index: number;
  /** True once, when the last item was read to its end. */
  finished: boolean;
  /** The browser's reason when speaking failed ("synthesis-failed", …). */
  error: string | null;
}

export interface VoiceSettings {
  voice: SpeechSynthesisVoice | null;
  rate: number;
  /** The article's language, for a voice-less utterance. */
  lang: string;
}

/**
 * Firefox on Linux (through speech-dispatcher) now and then drops an utterance spoken just after
 * a cancel: no start, no end, no error, and reading hangs on that sentence (measured: 1 run in 4
 * of Stop then Play in the browser test, up to 6 in 6 in a row). A sentence that has not started
 * by then is spoken again; after the last attempt, reading stops and says so.
 */
export const START_WITHIN_MS = 3000;
const SPEAK_ATTEMPTS = 3;

export class Narrator {
  private index = 0;
  /** How many times the current sentence has been spoken (again when it did not start), and the wait for its start. */
  private attempts = 0;
  private startWatch: ReturnType<typeof setTimeout> | undefined;
  private state: NarratorState = 'stopped';
  /** Each utterance's events count only while its token is current: cancel() fires stale ones. */
  private token = 0;
  /** Held so the browser does not collect it before its `end` (Chromium drops the event then). */
  private current: SpeechSynthesisUtterance | null = null;

  constructor(
    readonly queue: readonly SpeechItem[],
    private readonly synth: SpeechPort,
    private readonly makeUtterance: (text: string) => SpeechSynthesisUtterance,
    private settings: VoiceSettings,
    private readonly onChange: (status: NarratorStatus) => void,
  ) {}

  get status(): NarratorStatus {
    const item = this.state === 'stopped' ? null : (this.queue[this.index] ?? null);
    return { state: this.state, item, index: this.index, finished: false, error: null };
  }

  play(): void {
    if (!this.queue.length || this.state === 'playing') return;
    this.state = 'playing';
    this.speakCurrent();
  }

  pause(): void {
    if (this.state !== 'playing') return;
    this.silence();
    this.state = 'paused';
    this.emit();
  }

  toggle(): void {
    if (this.state === 'playing') this.pause();
    else this.play();
  }

  stop(): void {
    this.silence();
    this.state = 'stopped';
    this.index = 0;
    this.emit();
  }

  /** To the first sentence of the next paragraph (the end, after the last one). */
  next(): void {
    const paragraph = this.queue[this.index]?.paragraph;
    let at = this.index;
    while (at < this.queue.length && this.queue[at]?.paragraph === paragraph) at++;
    if (at >= this.queue.length) return this.stop();
    this.moveTo(at);
  }

  /** To the first sentence of the paragraph before this one (the start, from the first). */
  previous(): void {
    const start = (i: number) => {
      const paragraph = this.queue[i]?.paragraph;
      while (i > 0 && this.queue[i - 1]?.paragraph === paragraph) i--;
      return i;
    };
    const here = start(this.index);
    this.moveTo(here === 0 ? 0 : start(here - 1));
  }

  /** A new speed or voice: applies from the sentence being read, which starts again. */
  configure(change: Partial<VoiceSettings>): void {
    this.settings = { ...this.settings, ...change };
    if (this.state === 'playing') this.speakCurrent();
  }

  private moveTo(index: number): void {
    this.index = index;
    if (this.state === 'playing') return this.speakCurrent();
    if (this.state === 'stopped') this.state = 'paused'; // a place to start from, shown
    this.emit();
  }

  private silence(): void {
    this.token++;
    this.current = null;
    clearTimeout(this.startWatch);
    this.synth.cancel();
  }

  private fail(error: string): void {
    this.silence();
    this.state = 'stopped';
    this.emit({ error });
  }

  /** Speaks it again if it has not started in time (see START_WITHIN_MS). */
  private watchStart(mine: number): void {
    this.startWatch = setTimeout(() => {
      if (mine !== this.token) return;
      if (this.attempts >= SPEAK_ATTEMPTS) return this.fail('no-start');
      this.speakCurrent(true);
    }, START_WITHIN_MS);
  }

  private speakCurrent(again = false): void {
    const item = this.queue[this.index];
    if (!item) return this.stop();
    this.silence();
    this.attempts = again ? this.attempts + 1 : 1;
    const mine = this.token;
    const utterance = this.makeUtterance(item.text);
    utterance.rate = this.settings.rate;
    utterance.lang = this.settings.voice?.lang ?? this.settings.lang;
    if (this.settings.voice) utterance.voice = this.settings.voice;
    utterance.onstart = () => {
      if (mine === this.token) clearTimeout(this.startWatch);
    };
    utterance.onend = () => {
      if (mine === this.token) this.advance();
    };
    utterance.onerror = (event) => {
      // "interrupted" and "canceled" are this narrator's own cancel(): not failures.
      if (mine !== this.token || event.error === 'interrupted' || event.error === 'canceled') return;
      this.fail(event.error);
    };
    this.current = utterance;
    this.watchStart(mine);
    this.synth.speak(utterance);
    this.emit();
  }

  private advance(): void {
    clearTimeout(this.startWatch);
    if (this.index + 1 < this.queue.length) {
      this.index += 1;
      return this.speakCurrent();
    }
    this.current = null;
    this.state = 'stopped';
    this.index = 0;
    this.emit({ finished: true });
  }

  private emit(extra: Partial<NarratorStatus> = {}): void {
    this.onChange({ ...this.status, ...extra });
  }
}
