/**
 * Listening and key-point links, wired the same way in the panel and the clean view: the queue
 * from the article, the reader's voice and speed, the browser's own speech.
 */
import type { Article } from '../pipeline/article';
import { mountPlayer, type ListenPrefs } from '../listen/controls';
import { wireCitations } from '../listen/highlight';
import { speechQueue } from '../listen/queue';
import type { Translate } from '../i18n/translate';

export interface Listening {
  stop(): void;
}

/**
 * `opener` is the toolbar's *Listen*; `host` gets the player; `shown` is what shows the article
 * (its pieces marked with `data-sid`).
 */
export function startListening(
  article: Article,
  opener: HTMLButtonElement,
  host: Element,
  shown: Element,
  prefs: ListenPrefs,
  save: (change: Partial<ListenPrefs>) => void,
  t: Translate,
): Listening {
  const win = host.ownerDocument.defaultView;
  const speech = win && 'speechSynthesis' in win ? { synth: win.speechSynthesis, Utterance: win.SpeechSynthesisUtterance } : null;
  const player = mountPlayer({ opener, host, article: shown, queue: speechQueue(article), lang: 'en', prefs, save, speech, t });
  const citations = new AbortController();
  wireCitations(shown, citations.signal);
  return {
    stop() {
      citations.abort();
      player.destroy();
    },
  };
}
