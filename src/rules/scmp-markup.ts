/**
 * SCMP's markup, in one place: the stable hooks of its article pages (`data-qa` names, which
 * survive its deploys where emotion's hashed class names do not, and `datatype="p"` on every body
 * paragraph), as selectors named for what they find. The rules' own records (./rules.ts) hold
 * their widgets' hooks; everything else that reads SCMP's page reads it from here
 * (test/unit/scmp-markup.test.ts holds that). See ../shared/scmp-dom.md for the pages' markup.
 */

/** The attribute SCMP puts its stable names in. */
export const HOOK_ATTRIBUTE = 'data-qa';

/** A body paragraph: SCMP marks each `datatype="p"` (2025 pages use `<div>`s as well as `<p>`s). */
export const PARAGRAPH = '[datatype="p"]';

/** The article's container, 2023/2025 layout and LIVE articles; inside the list of articles first. */
export const ARTICLE = '[data-qa="GenericArticle-GenericArticleContainer"]';
export const LIVE_ARTICLE = '[data-qa="Component-LiveArticleContainer"]';
export const ARTICLE_LIST_ITEM = '[data-qa="ArticleList-Item"]';

export const HEADLINE = '[data-qa="ContentHeadline-Headline"]';
/** The key points' container: bullets, or the 2025 one-paragraph summary. */
export const KEY_POINTS =
  '[data-qa="GenericArticle-SubHeadline"], [data-qa="Component-SubHeadline"], [data-qa="ContentSubHeadline-ContainerWithTag"]';
/** Every sub-headline hook (the key points' containers, and their inner parts). */
export const ANY_SUB_HEADLINE = '[data-qa$="SubHeadline"]';

export const AUTHOR_LINKS = '[data-qa="AuthorNames-AuthorNamesContainer"] a';
export const AUTHOR = '[data-qa="GenericArticle-Author"], [data-qa="Component-Author"]';
export const PUBLISHED_TIME = 'time[data-qa$="PublishedDate"][datetime]';
export const TOPIC_LINKS = '[data-qa="ArticleTopic-Container"] a, [data-qa="ArticleSections-SectionContainer"] a';
export const LEAD_IMAGE = '[data-qa="GenericArticle-Leading"] img, [data-qa="Component-Leading"] img';

/** The body's sections, and the containers that hold them. */
export const BODY_SECTION = '[data-qa="ContentBody-ContentBodyContainer"]';
export const BODY_CONTAINER = '[data-qa="GenericArticle-Content"], [data-qa="Component-Content"]';
/** Where the story stops for a reader without a subscription. */
export const PAYWALL = '[data-qa="GenericArticle-PaywallContainer"], [data-qa="Component-Paywall"], .piano-metering__paywall-container';

/** A widget's title (a video promo's), for the list of what was hidden. */
export const WIDGET_TITLE = '[data-qa*="Title"]';

/**
 * An SCMP article in its stable hooks and nothing else: what a reader's rule is checked against
 * where no article page is at hand (an imported file, the settings page).
 */
export const ARTICLE_SKELETON =
  '<article data-qa="ArticlePage-Article"><div data-qa="ArticleList-Item"><div data-qa="GenericArticle-GenericArticleContainer">' +
  '<h1 data-qa="ContentHeadline-ContainerWithTag"><span data-qa="ContentHeadline-Headline">Headline</span></h1>' +
  '<div data-qa="GenericArticle-SubHeadline"><h3 data-qa="ContentSubHeadline-ContainerWithTag"><ul><li>A key point</li></ul></h3></div>' +
  '<div data-qa="GenericArticle-Content"><section data-qa="ContentBody-ContentBodyContainer">' +
  '<p data-qa="Component-Component" datatype="p">A paragraph <a href="/news">with a link</a>.</p>' +
  '<div data-qa="Component-Component" datatype="p">Another paragraph.</div>' +
  '</section></div></div></div></article>';
