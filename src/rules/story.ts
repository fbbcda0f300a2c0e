/**
 * The story's own parts on an SCMP page, which nothing may hide: the headline, the key points
 * and every body paragraph. The built-in rules are tested against them, and a reader's own rule
 * that would hide one of them (or a block that holds one) is refused.
 */
import { ANY_SUB_HEADLINE, ARTICLE_SKELETON, BODY_SECTION, HEADLINE, PARAGRAPH } from './scmp-markup';

/** The story's own parts: no rule may match inside one of these... */
export const STORY_PART = `${PARAGRAPH}, ${HEADLINE}, ${ANY_SUB_HEADLINE}`;
/** ...nor match a block that holds one, or the body itself (inline ads sit inside the body). */
export const STORY_HOLDER = `${STORY_PART}, ${BODY_SECTION}`;

/** What a reader's rule is checked against where no article page is at hand. */
export const STORY_SKELETON = ARTICLE_SKELETON;

/** The elements of `selector` on this page that are, hold, or sit inside a part of the story. */
export function storyHitBy(doc: Document | Element, selector: string): Element[] {
  return Array.from(doc.querySelectorAll(selector)).filter(
    (el) => el.matches(STORY_HOLDER) || el.closest(STORY_PART) !== null || el.querySelector(STORY_PART) !== null,
  );
}
