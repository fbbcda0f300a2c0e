/**
 * The one message protocol between the extension's parts. Every message, its data and its
 * answer, in one place (@webext-core/messaging).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageSnapshot } from '../pipeline/article-from-html';
import type { Settings } from './settings';
import type { HiddenItem, PageUserRule } from '../model/hidden-item';

export type { PageSnapshot };

/** The first part of a page's snapshot, and how many parts there are in all. */
export interface SnapshotStart {
  /** Names this snapshot when its further parts are asked for. */
  id: number;
  url: string;
  parts: number;
  first: string;
}

export interface SnapshotPart {
  id: number;
  index: number;
}

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
  /** The clean view frame: the page it sits on, as it is now (relayed from the tab), in parts. */
  cleanViewSnapshot(): SnapshotStart;
  cleanViewSnapshotPart(data: SnapshotPart): string;
  /** The clean view frame: "Back to the page". */
  closeCleanView(): void;
  /** Panel: toggle clean view / show the original in this tab. */
  setCleanView(data: { tabId: number; on: boolean }): boolean;
  showOriginal(data: { tabId: number }): void;
  getTabState(data: { tabId: number }): TabState | null;
  /** Only the Android test build answers: press the toolbar button for this tab, as the reader
   *  would (the tests cannot click the browser's own toolbar); answers what the button does. */
  testPressToolbar(data: { tabId: number }): 'side-panel' | 'sidebar' | 'article-page';
  /** The picker, in a page: keep a rule of the reader's own (checked on the page against its story). */
  saveUserRule(data: { selector: string; description: string; page: string }): { ok: true } | { ok: false; reason: string };

  // To a tab, from the background
  /** Content script, from the panel: what the pipeline needs of the page as it is now
   *  (src/page/page-snapshot.ts), in parts. The panel runs the pipeline on it in its own window, so
   *  a giant page never blocks the page's main thread. */
  pageSnapshot(): SnapshotStart;
  pageSnapshotPart(data: SnapshotPart): string;
  /** Content script: turn clean view on or off; answers the new state. */
  pageSetCleanView(data: { on: boolean | 'toggle' }): boolean;
  /** Content script: state of hiding and clean view in this tab. */
  pageState(): TabState;
  /** Content script: the reader's settings (pushed by the background when they are not the
   *  defaults; the page never reads storage: its first use costs ~2 ms of the page, measured). */
  applySettings(data: Settings): void;
  /** Content script: stop hiding until the page reloads ("Show original"). */
  pausePage(): void;
  /** Content script: the reader's own rules, as a stylesheet and the rules it came from. */
  applyUserRules(data: UserRulesPlan): void;
  /** Content script, from the panel or the context menu: start the element picker. */
  pageStartPicker(): void;
  /** Content script, from the panel: what is hidden on the page now. */
  pageHidden(): HiddenItem[];
  /** Content script, from the panel: show one hidden item (or hide it again); answers whether it is shown. */
  pageReveal(data: { index: number; shown: boolean }): boolean;
}

/** What the page needs of the reader's rules: compiled by the background, stored in `storage.local`. */
export interface UserRulesPlan {
  css: string;
  rules: PageUserRule[];
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/** The panel's question to a tab: the first part of its snapshot (entrypoints/panel-ask.ts asks it first). */
export const askPageSnapshot = (tabId: number): Promise<SnapshotStart> => sendMessage('pageSnapshot', undefined, tabId);

/** A whole snapshot from its first part and the rest, asked for one by one. */
export async function readSnapshot(start: SnapshotStart, part: (request: SnapshotPart) => Promise<string>): Promise<PageSnapshot> {
  const parts = [start.first];
  for (let index = 1; index < start.parts; index++) parts.push(await part({ id: start.id, index }));
  return { url: start.url, html: parts.join('') };
}
