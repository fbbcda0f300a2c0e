/**
 * What is read aloud, in order: the headline, the key points (the publisher's; the generated ones
 * when the publisher gave none), then every sentence of the body, from an `Article` alone, so
 * never a line the page withholds. A paywalled story ends with the notice that says so.
 */
import type { Article, Block, TextBlock } from '../pipeline/article';
import { sentenceText } from '../pipeline/article';
import { PAYWALL_NOTICE } from '../render/format';
import { generatedPointId, PAYWALL_ID, publisherPointId, summarySentenceId, summarySentences, TITLE_ID } from '../render/reading-ids';

/** One utterance: the text, the `data-sid` of what shows it, and the paragraph it belongs to (for previous / next). */
export interface SpeechItem {
  id: string;
  text: string;
  paragraph: string;
}

function keyPointItems(article: Article): SpeechItem[] {
  if (article.keyPointsForm === 'summary') {
    return summarySentences(article.keyPoints).map((text, n) => ({ id: summarySentenceId(n), text, paragraph: 'kp' }));
  }
  if (article.keyPoints.length) {
    return article.keyPoints.map((text, n) => ({ id: publisherPointId(n), text, paragraph: publisherPointId(n) }));
  }
  return article.generatedKeyPoints.map((p, n) => ({ id: generatedPointId(n), text: p.text, paragraph: generatedPointId(n) }));
}

const sentenceItems = (block: TextBlock): SpeechItem[] =>
  block.sentences.map((s) => ({ id: s.id, text: sentenceText(block, s), paragraph: block.id }));

function blockItems(block: Block): SpeechItem[] {
  if (block.kind === 'list') return block.items.flatMap(sentenceItems);
  return block.kind === 'image' ? [] : sentenceItems(block);
}

export function speechQueue(article: Article): SpeechItem[] {
  return [
    { id: TITLE_ID, text: article.title, paragraph: TITLE_ID },
    ...keyPointItems(article),
    ...article.body.flatMap(blockItems),
    ...(article.paywalled ? [{ id: PAYWALL_ID, text: PAYWALL_NOTICE, paragraph: PAYWALL_ID }] : []),
  ];
}
