/**
 * The interface's words in English: the source every other locale translates, and the keys of
 * `_locales/<locale>/messages.json` (written from these files at build time, wxt.config.ts).
 * `{1}`, `{2}` stand for values filled in at run time. The article itself is never translated.
 */
export const EN = {
  // The extension, in the browser's lists and menus
  extName: 'Declutter for SCMP',
  extDescription:
    'Calm South China Morning Post articles: no ads, audio player or video promos; a clean reading view and key points, ready to copy.',
  actionTitle: 'Declutter for SCMP: open the panel',
  commandCleanView: 'Clean view on / off',
  menuCleanView: 'Clean view on / off',
  menuPick: 'Hide an element…',
  menuShowOriginal: 'Show original (until reload)',

  // The panel's states
  loading: 'Loading the article…',
  notArticleTitle: 'Not an SCMP article',
  notArticleWhat:
    'Declutter for SCMP hides ads, the audio player and video promos on scmp.com, and shows a clean copy of an article here with its key points, ready to copy.',
  notArticleHow: 'Open an article on scmp.com (an address with /article/ in it) and it appears here.',
  failedTitle: 'Could not read this article',
  failedWhat: 'The page itself still works: clutter hiding stays on. Reload the page and try again, or read it on the site.',
  openArticle: 'Open the article',
  reloadTitle: 'Reload the page to declutter it',
  reloadWhat:
    'This tab was opened before Declutter for SCMP was installed or updated, and the browser does not let the extension into pages opened before. Reload it to hide the clutter and read the article here.',
  reloadButton: 'Reload the page',

  // The panel's controls
  readingSettings: 'Reading settings',
  fontSmaller: 'A− smaller text',
  fontLarger: 'A+ larger text',
  theme: 'Theme',
  themeSystem: 'System',
  themeLight: 'Light',
  themeDark: 'Dark',
  themeSepia: 'Sepia',
  cleanViewOnPage: 'Clean view on the page',
  showOriginal: 'Show original',
  copyAndSave: 'Copy or save',
  copyKeyPoints: 'Copy key points',
  copyMarkdown: 'Copy as Markdown',
  copied: 'Copied',
  copiedMarkdown: 'Copied as Markdown',
  copiedDiagnostics: 'Copied the diagnostics report',
  copyFailed: 'Could not copy: select the text and copy it instead',
  saveMarkdown: 'Save as Markdown',
  saveHtml: 'Save as HTML',
  diagnostics: 'Diagnostics',
  copyReport: 'Copy report',

  // The article's furniture
  keyPoints: 'Key points',
  scmpSummary: 'SCMP’s summary',
  generatedPoints: 'Key points (generated on this device)',
  showSentence: 'Show this sentence in the article',
  minRead: '{1} min read',
  paywallNotice: 'The rest of this article is for subscribers.',
  readOnScmp: 'Read it on SCMP',

  // The clean view
  backToPage: 'Back to the page',
  cleanViewTitle: '{1} — clean view',
  cleanViewFrame: 'Clean view of the article',
  couldNotRead: 'Could not read this article: {1}',

  // Listening
  listenGroup: 'Listen to the article',
  listen: 'Listen',
  play: 'Play',
  pause: 'Pause',
  resume: 'Resume',
  stop: 'Stop',
  previous: 'Previous',
  previousParagraph: 'Previous paragraph',
  next: 'Next',
  nextParagraph: 'Next paragraph',
  voice: 'Voice',
  speed: 'Speed',
  listenKeys: 'K: play or pause · J / L: previous / next paragraph',
  voicesOwn: 'This article’s language',
  voicesOther: 'Your other languages',
  noSpeech: 'Reading aloud is not available in this browser.',
  noVoice: 'No voice for this article’s language is installed: add one in your system’s speech settings, then reopen this page.',
  voiceFailed: 'Reading stopped: the voice failed ({1}).',
  readToEnd: 'Read to the end.',
  reading: 'Reading {1} of {2}',
  pausedAt: 'Paused at {1} of {2}',

  // What was hidden
  hiddenOne: '1 thing hidden on this page',
  hiddenMany: '{1} things hidden on this page',
  show: 'Show',
  hide: 'Hide',
  nothingToShow: 'Not displayed by SCMP here',
  hideEverywhere: 'Hide on every article',
  hideSomethingElse: 'Hide something else…',
  yourRules: 'Your rules',
  yourRule: 'Your rule',

  // The picker
  pickerDialog: 'Hide an element',
  pickerPoint: 'Point at what you want hidden.',
  pickerHide: 'Hide it',
  pickerCancel: 'Cancel',
  pickerHint: 'Wheel or ↑ / ↓: wider or narrower · Click or Enter: hide · Esc: cancel',
  pickerCountOne: '{1} — 1 element on this page',
  pickerCountMany: '{1} — {2} elements on this page',
  pickerRefused: '{1}: {2}',

  // A rule's checks
  ruleEmpty: 'The rule is empty.',
  ruleTooLong: 'The rule is longer than {1} characters.',
  ruleBraces: 'A rule is a selector only, without braces.',
  ruleNotSelector: '“{1}” is not a CSS selector.',
  ruleHidesStory: 'It would hide the headline, the key points or the story itself.',
  ruleDuplicate: 'You have a rule that hides this already.',
  rulesFull: 'Your rules are full (the browser syncs at most about {1} of them): delete one in the settings first.',
  fileTooLarge: 'The file is too large to be a rules file.',
  fileNotJson: 'The file is not JSON.',
  fileNotRules: 'The file is not a Declutter for SCMP rules file.',
  fileVersion: 'The file is of version {1}, which this version cannot read.',
  fileRuleNotRule: 'Rule {1} is not a rule.',
  fileTooMany: 'More than {1} rules: the browser’s synced storage holds no more.',
  fileRuleProblem: 'Rule {1}: {2}',
  fileSameId: 'Two rules have the same id.',
  fileTooBig: 'These rules are too large for the browser’s synced storage.',

  // The settings page
  settingsTitle: 'Declutter for SCMP settings',
  hideOnScmp: 'Hide on scmp.com',
  cleanView: 'Clean view',
  cleanViewEvery: 'Open every article in clean view',
  settingsNote: 'Changes apply to open tabs at once. The clean-view shortcut can be changed in the browser’s extension shortcut settings.',
  saved: 'Saved',
  rulesIntro:
    'Made with “Hide an element…” (the page’s context menu, or “Hide something else…” in the panel). They apply on every SCMP page, before it paints, and sync with your browser.',
  rulesEmpty: 'You have no rules of your own yet.',
  exportRules: 'Export…',
  importRules: 'Import a rules file',
  aRule: 'A rule',
  edit: 'Edit',
  delete: 'Delete',
  save: 'Save',
  undo: 'Undo',
  undone: 'Undone.',
  ruleOn: 'Rule on.',
  ruleOff: 'Rule off.',
  deleted: 'Deleted “{1}”.',
  madeOn: 'Made on {1}',
  madeOnUnknown: 'Made on an unknown page',
  selectorOf: 'Selector of “{1}”',
  nothingImported: 'Nothing imported: {1}',
  importedOne: 'Imported 1 rule, in place of the ones you had.',
  importedMany: 'Imported {1} rules, in place of the ones you had.',

  // Clutter categories (settings and the panel's list)
  category_ads: 'Ads and “Advertisement” labels',
  category_audio_player: 'Text-to-speech player (voice and speed picker)',
  category_video_promos: 'Video promos inside the story',
  category_page_chrome: 'Badges and counters (reading time, trust label, comments, share buttons)',
  category_related: 'Related and recommended rails',
  category_prompts: 'Sign-in and app prompts',
  category_paywall_prompts: 'Paywall loading spinner',
} as const;

export type MessageKey = keyof typeof EN;
