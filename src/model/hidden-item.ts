/** What the page tells the panel of what it hides (src/page/hidden-list.ts): plain data. */
import type { ClutterCategory } from '../rules/categories';

/** A rule of the reader's own, as the page knows it. */
export interface PageUserRule {
  id: string;
  selector: string;
}

export interface HiddenItem {
  /** Its place in the list: what *Show* and *Hide* name. */
  index: number;
  /** A built-in rule's id, or a reader's rule's. */
  ruleId: string;
  category: ClutterCategory | 'yours';
  /** A video promo's title, where it has one. */
  title: string | null;
  shown: boolean;
  /** Whether it has a box when shown: SCMP itself hides some slots at this size, and some are empty. */
  visibleWhenShown: boolean;
}
