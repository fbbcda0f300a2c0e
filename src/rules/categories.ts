/** What kind of clutter a rule hides: the reader switches each kind on or off in the settings. */
export type ClutterCategory = 'ads' | 'audio-player' | 'video-promos' | 'page-chrome' | 'related' | 'prompts' | 'paywall-prompts';

export const CLUTTER_CATEGORIES: readonly ClutterCategory[] = [
  'ads',
  'audio-player',
  'video-promos',
  'page-chrome',
  'related',
  'prompts',
  'paywall-prompts',
];
