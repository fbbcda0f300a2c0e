/**
 * The one message protocol between the extension's parts. Every message, its data and its
 * answer, in one place (@webext-core/messaging).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Extraction } from './article';

export interface TabState {
  url: string;
  isArticle: boolean;
  cleanView: boolean;
  paused: boolean;
}

export interface ProtocolMap {
  // To the background, from a page or the panel
  /** A page's clean view turned on or off (updates the toolbar badge). */
  cleanViewChanged(data: { on: boolean }): void;
  /** The page wants clean view (setting "every article in clean view"); the background injects the reader. */
  openCleanView(): void;
  /** Panel: the article in this tab (the background injects the reader if needed). */
  getArticle(data: { tabId: number }): Extraction;
  /** Panel: toggle clean view / show the original in this tab. */
  setCleanView(data: { tabId: number; on: boolean }): boolean;
  showOriginal(data: { tabId: number }): void;
  getTabState(data: { tabId: number }): TabState | null;

  // To a tab, from the background
  /** Reader script: extract the article from the live page. */
  readerExtract(): Extraction;
  /** Reader script: turn clean view on or off; answers the new state. */
  readerSet(data: { on: boolean | 'toggle' }): boolean;
  /** Content script: state of hiding and clean view in this tab. */
  pageState(): TabState;
  /** Content script: stop hiding until the page reloads ("Show original"). */
  pausePage(): void;
  /** The page's URL changed without a load (SCMP's client-side navigation). */
  pageNavigated(data: { url: string }): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
