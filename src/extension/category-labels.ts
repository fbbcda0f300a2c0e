import type { ClutterCategory } from '../rules/categories';

/** How each clutter category is named to the reader (settings page). */
export const CATEGORY_LABELS: Record<ClutterCategory, string> = {
  ads: 'Ads and “Advertisement” labels',
  'audio-player': 'Text-to-speech player (voice and speed picker)',
  'video-promos': 'Video promos inside the story',
  'page-chrome': 'Badges and counters (reading time, trust label, comments, share buttons)',
  related: 'Related and recommended rails',
  prompts: 'Sign-in and app prompts',
  'paywall-prompts': 'Paywall loading spinner',
};
