/**
 * Test inputs: the captured 2023 page (our fixture) and the real 2025 pages in
 * ../shared/real-pages (read from there, never copied). One loop over folders: adding a
 * page is adding a folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const PROJECT_DIR = resolve(here, '..');
export const SHARED_DIR = resolve(PROJECT_DIR, '..', 'shared');
export const FIXTURE_DIR = join(here, 'fixtures', 'captured-2023');
export const REAL_PAGES_DIR = join(SHARED_DIR, 'real-pages');

export interface Expected {
  title: string;
  byline: string;
  topics: string[];
  keyPoints: string[];
  imageCaption: string;
  bodyParagraphs: string[];
  clutter: {
    adLabels: { text: string; count: number };
    ttsPlayer: string[];
    videoPromo: { duration: string; title: string; description: string };
    pageChrome: string[];
  };
}

export const expected: Expected = JSON.parse(readFileSync(join(SHARED_DIR, 'seed', 'expected.json'), 'utf8'));
export const seedText = readFileSync(join(SHARED_DIR, 'seed', '000_81d5633429231681.txt'), 'utf8');

export interface FixturePage {
  url: string;
  withheld: string[];
  publishedTime: string;
}
export const fixtureHtml = readFileSync(join(FIXTURE_DIR, 'index.html'), 'utf8');
export const fixturePage: FixturePage = JSON.parse(readFileSync(join(FIXTURE_DIR, 'page.json'), 'utf8'));
/** The captured page as a redesign might leave it: no data-qa attribute, no class name. */
export const strippedFixture = fixtureHtml.replace(/ (data-qa|class)="[^"]*"/g, '');

const fixtureSection = fixtureHtml.match(/<section class="er6t7fe38[^>]*>([\s\S]*?)<\/section>/)?.[1] ?? '';
/** Copies of the fixture's body section in the 5 MB page. */
export const GIANT_COPIES = Math.ceil(5_000_000 / fixtureSection.length);
/** The captured page with its first body section repeated `copies` times. */
export const repeatedBody = (copies: number): string => fixtureHtml.replace(fixtureSection, fixtureSection.repeat(copies));
/** A 5 MB SCMP article. */
export const giantPage = {
  url: 'https://www.scmp.com/news/china/diplomacy/article/3999999/giant-page',
  html: repeatedBody(GIANT_COPIES),
};

/** Clutter strings of expected.json that can be searched for as text ("-" and "38" are too short). */
export const CLUTTER_STRINGS: string[] = [
  expected.clutter.adLabels.text,
  ...expected.clutter.ttsPlayer,
  expected.clutter.videoPromo.title,
  expected.clutter.videoPromo.description,
  ...expected.clutter.pageChrome.filter((s) => s.length > 3),
];

export interface Truth {
  url: string;
  title: string;
  keyPoints: string[];
  paragraphs: string[];
  visibleClutter: string[];
  withheld: string[];
}

export interface RealPage {
  name: string;
  url: string;
  html: string;
  truth: Truth;
}

export function realPages(): RealPage[] {
  if (!existsSync(REAL_PAGES_DIR)) throw new Error(`Real pages not found at ${REAL_PAGES_DIR}`);
  return readdirSync(REAL_PAGES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(REAL_PAGES_DIR, d.name, 'truth.json')))
    .map((d) => {
      const dir = join(REAL_PAGES_DIR, d.name);
      const truth: Truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
      const { url } = JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8')) as { url: string };
      return { name: d.name, url, html: readFileSync(join(dir, 'index.html'), 'utf8'), truth };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The real page SCMP shows whole (its LIVE page, free to read, 488 words): the one whose visible story is long enough for generated points. */
export function wholeRealPage(): RealPage {
  const page = realPages().find((p) => p.truth.withheld.length === 0);
  if (!page) throw new Error('no real page is shown whole');
  return page;
}

/** Outputs must not carry these: the real pages' shared clutter labels. */
export const REAL_CLUTTER_LABELS = [
  'Advertisement',
  'Select Voice',
  'Choose your listening speed',
  'Select Speed',
  'Why you can trust SCMP',
  'Reading Time',
];

/**
 * An article whose app state quotes HTML with an inline handler in a JSON string: stripping the
 * handlers must leave the script's text alone, or the JSON breaks and the key points change.
 */
export const jsonInScriptPage = (() => {
  const appState = {
    props: {
      pageProps: {
        payload: {
          data: {
            article: {
              headline: 'Structured',
              subHeadline: { json: [{ type: 'p', children: [{ type: 'text', data: 'A point with <img src="a" onload="y"> in it' }] }] },
            },
          },
        },
      },
    },
  };
  const url = 'https://www.scmp.com/news/hong-kong/article/3300001/structured';
  const html =
    `<!doctype html><html><head><title>Structured | South China Morning Post</title><link rel="canonical" href="${url}">` +
    `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(appState)}</script></head><body>` +
    '<div data-qa="GenericArticle-GenericArticleContainer"><h1>Structured</h1><div data-qa="GenericArticle-Content">' +
    '<section data-qa="ContentBody-ContentBodyContainer"><p datatype="p">One paragraph of the story.</p></section></div></div></body></html>';
  return { url, html, keyPoints: ['A point with <img src="a" onload="y"> in it'] };
})();

/** A 2020-style client-rendered opinion page: its text is not in the HTML, only page furniture is. */
export const vueOpinionPage = {
  url: 'https://www.scmp.com/comment/opinion/article/3090001/hong-kongs-universities-must-open-their-doors-wider',
  html: readFileSync(join(here, 'fixtures', 'vue-2020-opinion', 'index.html'), 'utf8'),
};
