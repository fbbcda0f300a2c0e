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

export class Narrator {
  private index = 0;
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
    this.synth.cancel();
  }

  private speakCurrent(): void {
    const item = this.queue[this.index];
    if (!item) return this.stop();
    this.silence();
    const mine = this.token;
    const utterance = this.makeUtterance(item.text);
    utterance.rate = this.settings.rate;
    utterance.lang = this.settings.voice?.lang ?? this.settings.lang;
    if (this.settings.voice) utterance.voice = this.settings.voice;
    utterance.onend = () => {
      if (mine === this.token) this.advance();
    };
    utterance.onerror = (event) => {
      // "interrupted" and "canceled" are this narrator's own cancel(): not failures.
      if (mine !== this.token || event.error === 'interrupted' || event.error === 'canceled') return;
      this.silence();
      this.state = 'stopped';
      this.emit({ error: event.error });
    };
    this.current = utterance;
    this.synth.speak(utterance);
    this.emit();
  }

  private advance(): void {
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
