/** A `speechSynthesis` that speaks nothing, for the tests of reading aloud (the real voices are in the browser tests). */
import type { VoiceInfo } from '../../src/listen/voices';

export class FakeUtterance {
  rate = 1;
  lang = '';
  voice: VoiceInfo | null = null;
  onstart: (() => void) | null = null;
  onend: (() => void) | null = null;
  onerror: ((e: { error: string }) => void) | null = null;
  constructor(readonly text: string) {}
}

/**
 * Speaks nothing: records each utterance, which starts at once; the test ends the current one
 * when it likes. `drops`: how many utterances from now on never start, end or fail (as Firefox's
 * speech-dispatcher now and then drops one spoken just after a cancel).
 */
export class FakeSynth extends EventTarget {
  spoken: FakeUtterance[] = [];
  cancels = 0;
  drops = 0;
  private current: FakeUtterance | null = null;
  constructor(private readonly voices: VoiceInfo[] = []) {
    super();
  }
  getVoices() {
    return this.voices;
  }
  speak(u: FakeUtterance) {
    this.spoken.push(u);
    if (this.drops > 0) {
      this.drops -= 1;
      this.current = null;
      return;
    }
    this.current = u;
    u.onstart?.();
  }
  cancel() {
    this.cancels += 1;
    const u = this.current;
    this.current = null;
    u?.onerror?.({ error: 'interrupted' }); // as the browsers do, for the utterance cancelled
    u?.onend?.(); // and Firefox ends it, too
  }
  /** The current utterance reaches its end. */
  finish() {
    const u = this.current;
    this.current = null;
    u?.onend?.();
  }
  fail(error: string) {
    this.current?.onerror?.({ error });
  }
}

export const voice = (name: string, lang: string, extra: Partial<VoiceInfo> = {}): VoiceInfo => ({
  name,
  lang,
  voiceURI: name,
  default: false,
  localService: true,
  ...extra,
});
