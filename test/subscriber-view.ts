/**
 * A real page as a subscriber sees it, for tests only: the page's own withheld text (its JSON-LD
 * `articleBody`) put back as the story's paragraphs, and the paywall box taken away. Long real
 * articles are where generated key points matter; nothing of the product ever shows this text.
 */
import { parsePage } from '../src/cli/parse-page';
import type { RealPage } from './pages';

const BODY = '[data-qa="ContentBody-ContentBodyContainer"]';
const PAYWALL = '[data-qa="GenericArticle-PaywallContainer"], [data-qa="Component-Paywall"], .piano-metering__paywall-container';

function articleBody(doc: Document): string {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const data: unknown = JSON.parse(script.textContent ?? 'null');
    const graph = (data as { '@graph'?: unknown[] })?.['@graph'];
    for (const item of [data, ...(Array.isArray(graph) ? graph : []), ...(Array.isArray(data) ? data : [])]) {
      const body = (item as { articleBody?: unknown } | null)?.articleBody;
      if (typeof body === 'string') return body;
    }
  }
  throw new Error('no articleBody in the page');
}

/** JSON-LD's text keeps a few of the page's character references (`&amp;`). */
const decoded = (text: string) =>
  text.replace(
    /&(amp|quot|#39|apos|lt|gt);/g,
    (_, name: string) => ({ amp: '&', quot: '"', '#39': "'", apos: "'", lt: '<', gt: '>' })[name] ?? '',
  );

/** The subscriber's view of `page` as a Document. */
export function subscriberView(page: RealPage): Document {
  const doc = parsePage(page.html);
  const [first, ...rest] = Array.from(doc.querySelectorAll(BODY));
  if (!first) throw new Error(`${page.name}: no body section`);
  for (const section of [first, ...rest]) section.replaceChildren();
  for (const line of articleBody(doc)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const p = doc.createElement('p');
    p.setAttribute('datatype', 'p');
    p.textContent = decoded(line);
    first.append(p);
  }
  doc.querySelectorAll(PAYWALL).forEach((box) => box.remove());
  return doc;
}
