// The publisher's key points only where SCMP puts them, between the headline and the story (issue
// 21): a list of related stories after the body, between its paragraphs or in an aside is never
// taken for them, with or without the page's real key points.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/extract';
import { expected, fixtureHtml, fixturePage } from '../pages';
import { parsePage } from './dom';

const RELATED = [
  '<ul><li>Related: markets steady as talks resume in Geneva this week</li><li>Related: ministers meet again on the trade deal next month</li></ul>',
  '<div><h3>More on this</h3><ul><li><a href="https://www.scmp.com/news/article/3244000/a">Beijing and Moscow sign a new energy deal for the decade</a></li>' +
    '<li><a href="https://www.scmp.com/news/article/3244001/b">Pyongyang tests another missile over the sea of Japan</a></li></ul></div>',
];

const PLACES: Array<[string, (doc: Document, list: Element) => void]> = [
  [
    'after the body, at the end of the article container',
    (doc, list) => doc.querySelector('[data-qa="GenericArticle-Content"]')!.append(list),
  ],
  [
    'after the body of a page whose story has no hook of SCMP’s',
    (doc, list) => {
      const content = doc.querySelector('[data-qa="GenericArticle-Content"]')!;
      for (const hooked of Array.from(content.querySelectorAll('[data-qa="ContentBody-ContentBodyContainer"]')))
        hooked.removeAttribute('data-qa');
      content.removeAttribute('data-qa');
      content.append(list);
    },
  ],
  [
    'between paragraphs',
    (doc, list) => {
      const second = doc.querySelectorAll('[data-qa="ContentBody-ContentBodyContainer"] [datatype="p"]')[1]!;
      second.parentElement!.insertBefore(list, second);
    },
  ],
  [
    'in an aside between the headline and the story',
    (doc, list) => {
      const aside = doc.createElement('aside');
      aside.append(list);
      const body = doc.querySelector('[data-qa="ContentBody-ContentBodyContainer"]')!;
      body.parentElement!.insertBefore(aside, body);
    },
  ],
  [
    'as a list of links between the headline and the story',
    (doc, list) => {
      const body = doc.querySelector('[data-qa="ContentBody-ContentBodyContainer"]')!;
      body.parentElement!.insertBefore(list, body);
    },
  ],
];

function pageWith(related: string, place: (doc: Document, list: Element) => void, keepKeyPoints: boolean) {
  const doc = parsePage(fixtureHtml);
  if (!keepKeyPoints) {
    doc.querySelector('[data-qa="GenericArticle-SubHeadline"]')?.remove();
    doc.getElementById('__NEXT_DATA__')?.remove();
    doc.querySelectorAll('script[type="application/ld+json"]').forEach((s) => s.remove());
  }
  const holder = doc.createElement('div');
  holder.innerHTML = related;
  place(doc, holder.firstElementChild!);
  const result = extractArticle(doc, fixturePage.url);
  if (!result.isArticle) throw new Error(result.reason);
  return result;
}

describe.each(PLACES)('a related list %s', (_, place) => {
  // The plain list is SCMP's "Related:" lines; the list of links its "More on this" box. Both in each place but the
  // last, which is about links only.
  const lists = place === PLACES[4]![1] ? [RELATED[1]!] : RELATED;

  it.each(lists)('is not the key points of a page without any: %s', (related) => {
    const article = pageWith(related, place, false);
    expect({ keyPoints: article.keyPoints, source: article.keyPointsSource, foundBy: article.foundBy.keyPoints }).toEqual({
      keyPoints: [],
      source: 'none',
      foundBy: 'none',
    });
  });

  it.each(lists)('leaves the real key points as they are: %s', (related) => {
    const article = pageWith(related, place, true);
    expect({ keyPoints: article.keyPoints, foundBy: article.foundBy.keyPoints }).toEqual({
      keyPoints: expected.keyPoints,
      foundBy: 'selector',
    });
  });
});
