/**
 * Listening and key-point links, wired the same way in the panel and the clean view: the queue
 * from the article, the reader's voice and speed, the browser's own speech.
 */
import type { Article } from '../pipeline/article';
import { mountPlayer, type ListenPrefs } from '../listen/controls';
import { wireCitations } from '../listen/highlight';
import { speechQueue } from '../listen/queue';
import { t } from './i18n';

export interface Listening {
  stop(): void;
}

/** `host` gets the controls; `shown` is what shows the article (its pieces marked with `data-sid`). */
export function startListening(
  article: Article,
  host: Element,
  shown: Element,
  prefs: ListenPrefs,
  save: (change: Partial<ListenPrefs>) => void,
): Listening {
  const win = host.ownerDocument.defaultView;
  const speech = win && 'speechSynthesis' in win ? { synth: win.speechSynthesis, Utterance: win.SpeechSynthesisUtterance } : null;
  const player = mountPlayer({ host, article: shown, queue: speechQueue(article), lang: 'en', prefs, save, speech, t });
  const citations = new AbortController();
  wireCitations(shown, citations.signal);
  return {
    stop() {
      citations.abort();
      player.destroy();
    },
  };
}
