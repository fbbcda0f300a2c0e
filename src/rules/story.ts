/**
 * The story's own parts on an SCMP page, which nothing may hide: the headline, the key points
 * and every body paragraph. The built-in rules are tested against them, and a reader's own rule
 * that would hide one of them (or a block that holds one) is refused.
 */

/** The story's own parts: no rule may match inside one of these... */
export const STORY_PART = '[datatype="p"], [data-qa="ContentHeadline-Headline"], [data-qa$="SubHeadline"]';
/** ...nor match a block that holds one, or the body itself (inline ads sit inside the body). */
export const STORY_HOLDER = `${STORY_PART}, [data-qa="ContentBody-ContentBodyContainer"]`;

/**
 * An SCMP article in its stable hooks and nothing else: what a reader's rule is checked against
 * where no article page is at hand (an imported file, the settings page).
 */
export const STORY_SKELETON =
  '<article data-qa="ArticlePage-Article"><div data-qa="ArticleList-Item"><div data-qa="GenericArticle-GenericArticleContainer">' +
  '<h1 data-qa="ContentHeadline-ContainerWithTag"><span data-qa="ContentHeadline-Headline">Headline</span></h1>' +
  '<div data-qa="GenericArticle-SubHeadline"><h3 data-qa="ContentSubHeadline-ContainerWithTag"><ul><li>A key point</li></ul></h3></div>' +
  '<div data-qa="GenericArticle-Content"><section data-qa="ContentBody-ContentBodyContainer">' +
  '<p data-qa="Component-Component" datatype="p">A paragraph <a href="/news">with a link</a>.</p>' +
  '<div data-qa="Component-Component" datatype="p">Another paragraph.</div>' +
  '</section></div></div></div></article>';

/** The elements of `selector` on this page that are, hold, or sit inside a part of the story. */
export function storyHitBy(doc: Document | Element, selector: string): Element[] {
  return Array.from(doc.querySelectorAll(selector)).filter(
    (el) => el.matches(STORY_HOLDER) || el.closest(STORY_PART) !== null || el.querySelector(STORY_PART) !== null,
  );
}
