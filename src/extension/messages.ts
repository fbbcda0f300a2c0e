/**
 * The one message protocol between the extension's parts. Every message, its data and its
 * answer, in one place (@webext-core/messaging).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageSnapshot } from '../pipeline/snapshot';
import type { Settings } from './settings';

export type { PageSnapshot };

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
  /** The clean view frame: the page it sits on, as it is now (relayed from the tab). */
  cleanViewSnapshot(): PageSnapshot;
  /** The clean view frame: "Back to the page". */
  closeCleanView(): void;
  /** Panel: toggle clean view / show the original in this tab. */
  setCleanView(data: { tabId: number; on: boolean }): boolean;
  showOriginal(data: { tabId: number }): void;
  getTabState(data: { tabId: number }): TabState | null;

  // To a tab, from the background
  /** Content script, from the panel: the page as it is now, serialized. The panel runs the
   *  pipeline on it in its own window, so a giant page never blocks the page's main thread. */
  pageSnapshot(): PageSnapshot;
  /** Content script: turn clean view on or off; answers the new state. */
  pageSetCleanView(data: { on: boolean | 'toggle' }): boolean;
  /** Content script: state of hiding and clean view in this tab. */
  pageState(): TabState;
  /** Content script: the reader's settings (pushed by the background when they are not the
   *  defaults; the page never reads storage: its first use costs ~2 ms of the page, measured). */
  applySettings(data: Settings): void;
  /** Content script: stop hiding until the page reloads ("Show original"). */
  pausePage(): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
