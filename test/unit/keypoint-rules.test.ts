// Key points a reader would keep (issue 21). Generated points only for a story long enough to need
// them, and each one standing alone under the headline: checked on every real page as it is, as a
// subscriber sees it (its withheld text put back: test input only) and on the LIVE page, against
// the rules written out here on their own, and on the sentences readers struck out.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/cli/parse-page';
import { paragraphBlocks, type Article } from '../../src/pipeline/article';
import { extractArticle } from '../../src/pipeline/extract';
import { MIN_STORY_WORDS } from '../../src/pipeline/keypoints';
import { whyNotAPoint } from '../../src/pipeline/point-rules';
import { realPages } from '../pages';
import { subscriberView } from '../subscriber-view';

function extracted(doc: Document, url: string): Article {
  const result = extractArticle(doc, url);
  if (!result.isArticle) throw new Error(result.reason);
  return result;
}

const CASES = realPages().flatMap((page) => [
  { name: `${page.name} as it is`, article: extracted(parsePage(page.html), page.url) },
  { name: `${page.name} as a subscriber sees it`, article: extracted(subscriberView(page), page.url) },
]);

const outsideQuotes = (text: string) => text.replace(/“[^”]*”/g, '').replace(/"[^"]*"/g, '');
const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

/** The rules of issue 21, each a test of its own: what an editor strikes out of a line under the headline. */
const STRUCK_OUT: Array<[string, (point: string, article: Article) => boolean]> = [
  [
    'opens on a word pointing back',
    (p) => /^(?:He|She|It|They|This|That|These|Those|Another|Also|But|Meanwhile|However|The trio|His|Her|Its|Their)\b/.test(p),
  ],
  ['first-person narration', (p) => /\b(?:I|me|my|My|we|We|our|Our|us)\b/.test(outsideQuotes(p))],
  ['a piece of a quote', (p) => count(p, /“/g) !== count(p, /”/g) || count(p, /"/g) % 2 === 1],
  ['a quote without its speaker', (p) => /[“"]/.test(p) && !/\b(?:said|says|told|added|according to|asked|wrote)\b/.test(outsideQuotes(p))],
  [
    'boilerplate',
    (p) =>
      /\b(?:app|notifications?|subscrib\w*|made freely available|we have put together|follow the latest updates|more from our coverage|reporting by)\b/i.test(
        p,
      ),
  ],
  ['a link line', (p, a) => /^[–—-]/.test(p) || a.body.some((b) => 'runs' in b && b.runs.some((r) => r.kind === 'link' && b.text === p))],
  ['a heading, label or list lead-in', (p, a) => /:$/.test(p) || a.body.some((b) => b.kind === 'heading' && b.text === p)],
  ['a hotline number', (p) => /hotline|\d{4} ?\d{4}/i.test(p)],
  ['a clause cut inside brackets', (p) => count(p, /\(/g) !== count(p, /\)/g)],
  ['repeats SCMP’s summary', (p, a) => a.keyPoints.some((k) => k.includes(p) || p.includes(k))],
];

describe.each(CASES)('generated key points on $name', ({ article }) => {
  it(`are generated only for a story of ${MIN_STORY_WORDS} words or more`, () => {
    if (article.wordCount < MIN_STORY_WORDS) {
      expect({ points: article.generatedKeyPoints, why: article.noGeneratedPoints }).toEqual({ points: [], why: 'short-story' });
    } else {
      expect(article.generatedKeyPoints.length).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(STRUCK_OUT)('none is %s', (_, breaks) => {
    const broken = article.generatedKeyPoints.map((p) => p.text).filter((p) => breaks(p, article));
    expect(broken).toEqual([]);
  });

  it('keep the article’s order and come from distinct paragraphs', () => {
    const paragraphOf = new Map(paragraphBlocks(article.body).flatMap((b, n) => b.sentences.map((s) => [s.id, n] as const)));
    const paragraphs = article.generatedKeyPoints.map((p) => paragraphOf.get(p.sentenceId)!);
    expect([...new Set(paragraphs)].sort((a, b) => a - b)).toEqual(paragraphs);
  });
});

describe('the corpus of long stories', () => {
  it('has 5 stories long enough for points (4 subscriber views and the LIVE page), and 4 short ones', () => {
    const long = CASES.filter((c) => c.article.wordCount >= MIN_STORY_WORDS);
    expect(long.length).toBe(6); // the LIVE page twice: as it is and as a subscriber sees it (the same page)
    expect(CASES.length - long.length).toBe(4);
    for (const c of long) expect(c.article.generatedKeyPoints.length, c.name).toBeGreaterThanOrEqual(3);
  });
});

describe('sentences readers struck out of the generated points, on real pages', () => {
  it.each([
    ['Get faster notifications on the latest updates by downloading our app.', 'boilerplate'],
    ["We have put together seven stories on everything you need to know about Hong Kong's worst fire in decades.", 'boilerplate'],
    ["– Hong Kong's deadliest fire in decades spurs outpouring of aid for victims", 'not a whole sentence (a heading, label or lead-in)'],
    ["How to help Hong Kong's embattled fire victims", 'not a whole sentence (a heading, label or lead-in)'],
    ['I calmed myself, found towels in the house, and tried to wet them as much as possible.', 'first-person narration'],
    ['“My back hurts from sitting too long on the hard flower bed edge.', 'a piece of a quote'],
    [
      'He said the ratio of individual buyers to corporate purchases was roughly one to nine, with most households renovating.',
      'opens on a word pointing back',
    ],
    ['It said authorities had inspected Wang Fuk Court 16 times since July last year.', 'opens on a word pointing back'],
    ['Another transitional housing site in Tai Po, Good House, also took in affected residents.', 'opens on a word pointing back'],
    ['Less than a week ago, it reminded the contractor of the need to implement fire safety measures.', 'opens on a word pointing back'],
    ['“We will not stop until every family is housed,” she said.', 'its speaker is in another sentence'],
    ['“We will not stop until every family is housed.”', 'a quote without its speaker'],
    ['Residents can call the hotline on 2345 6789 for help.', 'reference data'],
    ['This story has been made freely available as a public service to our readers.', 'boilerplate'],
    ['Alipay is associated with Alibaba, which owns the South China Morning Post.', 'boilerplate'],
    ['Anthony Chan, the owner of a shop in Wan Chai, also saw a significant boost in customers.', 'adds to what was said before'],
  ])('%s', (sentence, why) => {
    expect(whyNotAPoint(sentence)).toBe(why);
  });

  it('refers back: "The inspections…" after "inspected", a surname alone after the full name', () => {
    const previous = 'The Labour Department inspected Wang Fuk Court 16 times since July last year.';
    expect(
      whyNotAPoint('The inspections included verifying whether the scaffolding nets met safety standards.', {
        previous,
        earlier: previous,
      }),
    ).toBe('opens on a word pointing back');
    const earlier = 'Anthony Chan, the owner of Safety Fire Fighting Equipment, saw more customers.';
    expect(
      whyNotAPoint('Chan, who owns a construction safety store, said companies were buying fireproof mesh.', { previous: '', earlier }),
    ).toBe('opens on a word pointing back');
  });

  it.each([
    'The death toll from the blaze stood at 128 on Friday afternoon, with 79 injured.',
    '“There were 467 cases of help being sought for missing people,” Secretary for Security Chris Tang Ping-keung said.',
    'Chief Executive John Lee Ka-chiu on Thursday announced a HK$300 million support fund to aid the affected residents.',
    'There were 467 cases of help being sought for missing people by Friday.',
  ])('keeps a sentence that stands alone: %s', (sentence) => {
    expect(whyNotAPoint(sentence)).toBeNull();
  });
});
