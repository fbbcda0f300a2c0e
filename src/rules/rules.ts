import type { ClutterCategory } from './categories';
import { exactLabel, patternLabel, type Climb, type Label } from './label-shapes';

/**
 * One SCMP clutter rule. It matches by stable attributes (`data-qa`, ids SCMP
 * never hashes, hrefs) and/or by an exact visible label; never by emotion's
 * hashed class names, which change with every deploy.
 */
interface RuleRecord {
  id: string;
  category: ClutterCategory;
  /** What the reader calls it (the panel's list of what was hidden). */
  name: string;
  /** CSS selector of the whole widget; compiled into the hiding stylesheet (src/rules/stylesheet.ts). */
  selector?: string;
  why: string;
  /**
   * Where it is seen, for its test (test/unit/rules.test.ts): a page of the tests (the captured
   * page, or a folder of ../shared/real-pages) and exactly how many elements it matches there; or,
   * for a rule confirmed on SCMP (../shared/scmp-dom.md) but absent from those pages, a snippet
   * in SCMP's shape.
   */
  example: { page: string; count: number } | { snippet: string; count: number };
}

/**
 * A rule finds its widget by a selector, or by a visible label (exact or of a known shape:
 * ./label-shapes.ts, e.g. a video's running time) and says how far it climbs from the label to
 * the block it hides; the type holds that a label rule says it.
 */
export type ClutterRule = RuleRecord & ({ label?: undefined; climb?: undefined } | { label: Label; climb: Climb });

export const RULES: readonly ClutterRule[] = [
  // Ads
  {
    id: 'ad-slot',
    example: { page: 'captured-2023', count: 4 },
    name: 'Ad slot',
    category: 'ads',
    selector: '[data-qa="AdSlot-Container"]',
    why: 'Google ad slot with its "Advertisement" label, filled late by the ad script.',
  },
  {
    id: 'ad-header-slot',
    example: { page: 'anxious-wait-for-relatives-of-people-still-missing-in-deadly-hong-kong-fire', count: 1 },
    name: 'Ad above the headline',
    category: 'ads',
    selector: '[data-qa="ArticleHeaderAdSlot-CSSTransition"]',
    why: 'Animated wrapper that reserves space for the ad above the headline.',
  },
  {
    id: 'ad-app-bar-slot',
    example: { page: 'anxious-wait-for-relatives-of-people-still-missing-in-deadly-hong-kong-fire', count: 1 },
    name: 'Ad under the site header',
    category: 'ads',
    selector: '[data-qa="AppBar-renderLayout-AdSlotContainer"]',
    why: 'Ad strip under the site header.',
  },
  {
    id: 'ad-mobile-header-slot',
    example: { page: 'major-fire-in-hong-kongs-tai-po-leaves-2-severely-burned-residents-trapped', count: 2 },
    name: 'Ad slot for small screens',
    category: 'ads',
    selector:
      '[data-qa="GenericArticle-MobileContentHeaderAd"], [data-qa="Component-MobileContentHeaderAdSlot"], [data-qa="Component-MobileContentArticleAdSlot"]',
    why: 'Ad slots placed for small screens, after the body.',
  },
  {
    id: 'ad-outstream-slot',
    example: { page: 'anxious-wait-for-relatives-of-people-still-missing-in-deadly-hong-kong-fire', count: 1 },
    name: 'Video ad slot',
    category: 'ads',
    selector: '[data-qa="OutstreamAdSlot-Container"]',
    why: 'Video ad slot wedged between body paragraphs.',
  },
  {
    id: 'ad-inline-slot',
    example: { page: 'captured-2023', count: 3 },
    name: 'Ad slot in the story',
    category: 'ads',
    selector: '[data-qa="InlineAdSlot-Container"]',
    why: 'Ad slot between body paragraphs.',
  },
  {
    id: 'ad-top-picks-slot',
    example: { snippet: '<div data-qa="GenericArticle-TopPicksAdSlot"><div data-qa="AdSlot-Container"></div></div>', count: 1 },
    name: 'Ad in the top picks',
    category: 'ads',
    selector: '[data-qa="GenericArticle-TopPicksAdSlot"]',
    why: 'Ad slot inside the "top picks" rail.',
  },
  {
    id: 'ad-right-rail-slot',
    example: { page: 'major-fire-in-hong-kongs-tai-po-leaves-2-severely-burned-residents-trapped', count: 1 },
    name: 'Ad in the side rail',
    category: 'ads',
    selector: '[data-qa="ArticleContentRightSection-AdSlot"]',
    why: 'Ad in the right rail of LIVE articles.',
  },
  {
    id: 'ad-gpt-target',
    example: { page: 'captured-2023', count: 4 },
    name: 'Google ad',
    category: 'ads',
    selector: 'div[id^="div-gpt-ad"], iframe[id^="google_ads_iframe"]',
    why: 'Google Publisher Tag targets, wherever SCMP wraps them.',
  },
  {
    id: 'ad-label',
    example: { page: 'captured-2023', count: 4 },
    name: 'Ad (by its label)',
    category: 'ads',
    label: exactLabel('Advertisement'),
    climb: { to: 'widget' },
    why: 'An ad label in markup we do not recognise: hide the ad it labels.',
  },

  // Text-to-speech player
  {
    id: 'tts-player',
    example: { page: 'anxious-wait-for-relatives-of-people-still-missing-in-deadly-hong-kong-fire', count: 1 },
    name: 'Speech player',
    category: 'audio-player',
    selector: '[data-qa="TextToSpeechPlayer-Container"]',
    why: 'Text-to-speech player with its voice and speed pickers.',
  },
  {
    id: 'tts-trigger',
    example: { page: 'anxious-wait-for-relatives-of-people-still-missing-in-deadly-hong-kong-fire', count: 7 },
    name: 'Listen button',
    category: 'audio-player',
    selector:
      '[data-qa^="ArticleSpeech"], [data-qa="useHeader-ArticleSpeechActionButton"], [data-qa="useHeader-HeaderArticleSpeechContainer"], #header-article-speech-container',
    why: 'Buttons and portals that open the text-to-speech player.',
  },
  {
    id: 'tts-voice-label',
    example: { page: 'captured-2023', count: 1 },
    name: 'Voice picker',
    category: 'audio-player',
    label: exactLabel('Select Voice'),
    climb: { to: 'widget' },
    why: 'The voice picker of a speech player in markup we do not recognise.',
  },
  {
    id: 'tts-speed-label',
    example: { page: 'captured-2023', count: 1 },
    name: 'Speed picker',
    category: 'audio-player',
    label: exactLabel('Select Speed'),
    climb: { to: 'widget' },
    why: 'The speed picker of a speech player (2023 wording) in markup we do not recognise.',
  },
  {
    id: 'tts-listening-speed-label',
    example: { page: 'anxious-wait-for-relatives-of-people-still-missing-in-deadly-hong-kong-fire', count: 1 },
    name: 'Listening speed picker',
    category: 'audio-player',
    label: exactLabel('Choose your listening speed'),
    climb: { to: 'widget' },
    why: 'The speed picker of a speech player (2025 wording) in markup we do not recognise.',
  },

  // Video promos
  {
    id: 'video-promo-card',
    example: { page: 'captured-2023', count: 1 },
    name: 'Video promo',
    category: 'video-promos',
    selector: '[data-qa="Component-SCMPYoutubeVideoContainer"]',
    why: 'SCMP video card (thumbnail, duration, title, description) wedged into the story.',
  },
  {
    id: 'video-duration-label',
    example: { page: 'captured-2023-stripped', count: 1 },
    name: 'Video promo (by its running time)',
    category: 'video-promos',
    label: patternLabel('duration'),
    climb: { to: 'widget' },
    why: 'A video card in markup we do not recognise, found by its running time ("04:33").',
  },
  {
    id: 'video-youtube-embed',
    example: { page: 'major-fire-in-hong-kongs-tai-po-leaves-2-severely-burned-residents-trapped', count: 1 },
    name: 'YouTube video',
    category: 'video-promos',
    selector: '[data-qa="Component-StyledYoutubeEmbedContainer"]',
    why: 'Embedded YouTube player inside the body.',
  },

  // Page chrome: badges and counters around the story
  {
    id: 'reading-time',
    example: { page: 'captured-2023', count: 1 },
    name: 'Reading time',
    category: 'page-chrome',
    selector: '[data-qa="ArticleReadingTime-Container"]',
    why: '"Reading Time: N minutes" badge; the panel shows its own.',
  },
  {
    id: 'trust-label',
    example: { page: 'captured-2023', count: 1 },
    name: '“Why you can trust SCMP”',
    category: 'page-chrome',
    selector: '[data-qa="ArticleTrustLabel-Container"]',
    why: '"Why you can trust SCMP" badge.',
  },
  {
    id: 'reading-time-label',
    example: { page: 'captured-2023-stripped', count: 1 },
    name: 'Reading time (by its label)',
    category: 'page-chrome',
    label: exactLabel('Reading Time:'),
    climb: { to: 'widget' },
    why: 'The reading-time badge in markup we do not recognise.',
  },
  {
    id: 'trust-label-text',
    example: { page: 'captured-2023-stripped', count: 1 },
    name: '“Why you can trust SCMP” (by its text)',
    category: 'page-chrome',
    label: exactLabel('Why you can trust SCMP'),
    climb: { to: 'widget' },
    why: 'The trust badge in markup we do not recognise.',
  },
  {
    id: 'comment-count',
    example: { page: 'captured-2023', count: 1 },
    name: 'Comment count',
    category: 'page-chrome',
    selector: '[data-qa="Article20Comment-Container"]',
    why: 'Comment counter badge.',
  },
  {
    id: 'action-widgets',
    example: { page: 'captured-2023', count: 1 },
    name: 'Share and bookmark buttons',
    category: 'page-chrome',
    selector: '[data-qa="GenericArticle-ActionWidgets"], [data-qa="Component-ActionWidgets"]',
    why: 'Share, bookmark, print and comment buttons beside the headline.',
  },
  {
    id: 'live-update-alert',
    example: { page: 'major-fire-in-hong-kongs-tai-po-leaves-2-severely-burned-residents-trapped', count: 1 },
    name: 'LIVE update alert',
    category: 'page-chrome',
    selector: '[data-qa="Component-LiveUpdateAlertContainer"]',
    why: '"N New Update" counter on LIVE articles.',
  },

  // Related and recommended
  {
    id: 'related-more-on-this',
    example: { page: 'captured-2023', count: 1 },
    name: '“More on this”',
    category: 'related',
    selector: '[data-qa="GenericArticle-MoreOnThis"], [data-qa="ArticleFurtherReadingWidget-Container"]',
    why: '"More on this" and further-reading rails.',
  },
  {
    id: 'related-bottom-carousel',
    example: { page: 'anxious-wait-for-relatives-of-people-still-missing-in-deadly-hong-kong-fire', count: 2 },
    name: 'Related stories carousel',
    category: 'related',
    selector: '[data-qa="GenericArticle-BottomCarousel"], [data-qa="Component-BottomCarousel"], [data-qa="GenericArticle-SeriesInline"]',
    why: 'Recommendation carousels filled after load.',
  },
  {
    id: 'related-right-rail',
    example: { page: 'major-fire-in-hong-kongs-tai-po-leaves-2-severely-burned-residents-trapped', count: 1 },
    name: 'Related stories rail',
    category: 'related',
    selector: '[data-qa="ArticleContentRightSection-Section"]',
    why: 'Right rail of LIVE articles (trending and recommended stories).',
  },

  // Newsletter and app prompts
  {
    id: 'google-one-tap',
    example: { page: 'anxious-wait-for-relatives-of-people-still-missing-in-deadly-hong-kong-fire', count: 1 },
    name: 'Google sign-in prompt',
    category: 'prompts',
    selector: '[data-qa="GoogleOneTapLoginContainer-Container"]',
    why: 'Google one-tap sign-in prompt.',
  },

  // Paywall prompts. Only the loading spinner: the subscription prompt itself stays, so the
  // reader sees that the story continues for subscribers. Hiding never reveals withheld text.
  {
    id: 'paywall-loading',
    example: { page: 'captured-2023', count: 1 },
    name: 'Paywall loading spinner',
    category: 'paywall-prompts',
    selector: '[data-qa="ArticlePaywallContainer-LoadingContainer"]',
    why: 'Spinner shown while the paywall decides; it never becomes content.',
  },
];
