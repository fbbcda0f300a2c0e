import { Window } from 'happy-dom';
import { HAPPY_DOM_SETTINGS } from '../happy-dom-settings';
import type { Article, Extraction } from '../../src/pipeline/article';
import { extractArticle } from '../../src/pipeline/extract';
import { RULES } from '../../src/rules/rules';
import { compileStylesheet } from '../../src/rules/stylesheet';

/**
 * Parse a page into a Document of the current test environment. Under happy-dom a quiet,
 * locked-down window of its own parses it: pages are inputs, so no script runs, nothing is
 * fetched, and the iframes it declines to load are not reported on the console.
 */
export function parsePage(html: string, url = 'https://www.scmp.com/'): Document {
  if (!('happyDOM' in globalThis.window)) return new DOMParser().parseFromString(html, 'text/html');
  const quiet = { ...console, error: () => {}, warn: () => {}, log: () => {} };
  const win = new Window({
    url,
    console: quiet,
    settings: HAPPY_DOM_SETTINGS,
  });
  return new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/**
 * The page with the hiding stylesheet in force, as the browser puts it into every SCMP page before
 * the extension's scripts run (hiding.css: wxt.config.ts); here a `<style>` first in the head.
 */
export function withHidingStylesheet(doc: Document): Document {
  const style = doc.createElement('style');
  style.textContent = compileStylesheet(RULES);
  (doc.head ?? doc.documentElement).prepend(style);
  return doc;
}

/** A page's article, for a test that needs one: the extraction, or an error saying why not. */
export function articleOf(html: string, url: string): Article {
  return mustBeArticle(extractArticle(parsePage(html), url));
}

/** An extraction that must be an article (the test fails with the reason if not). */
export function mustBeArticle(result: Extraction): Article {
  if (!result.isArticle) throw new Error(`not an article: ${result.reason}`);
  return result;
}
