// The first page after install in Chromium (issue 14): an SCMP tab open before the extension is
// installed has none of its scripts (Chrome does not inject into open tabs); the panel says so,
// with a button that reloads the page, and then shows the article. Driven with puppeteer-core,
// whose `installExtension` adds the production build to a browser already running.
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { expected, fixturePage } from '../pages';
import { CHROME_BUILD, hidingInForce, isHttp, pageFor, PANEL_ARTICLE, servedPages } from './site';
import { CHROMIUM_FLAGS } from './chromium';

let browser: Browser | undefined;
afterAll(async () => {
  await browser?.close();
});

describe('Chromium: a tab opened before the extension was installed', () => {
  it('the panel asks for a reload, and after it shows the article', async () => {
    browser = await puppeteer.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      pipe: true,
      enableExtensions: true,
      args: CHROMIUM_FLAGS,
    });
    const pages = servedPages();
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      const html = isHttp(url) ? pageFor(pages, url) : undefined;
      if (!isHttp(url)) return void request.continue().catch(() => {});
      if (html !== undefined)
        return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html }).catch(() => {});
      return void request.abort().catch(() => {});
    });
    await page.goto(fixturePage.url, { waitUntil: 'load' });
    const id = await browser.installExtension(CHROME_BUILD);
    expect(await page.evaluate(hidingInForce)).toBe(false); // not put into the open tab

    const worker = await (await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().includes(id))).worker();
    const tabId = await worker!.evaluate(async (u) => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: { url: string }): Promise<{ id?: number }[]> } } }).chrome;
      return (await api.tabs.query({ url: u }))[0]?.id;
    }, fixturePage.url);
    const panel = await browser.newPage();
    await panel.goto(`chrome-extension://${id}/sidepanel.html?tabId=${tabId}`);
    await panel.waitForSelector('#reload-page');
    expect(await panel.$eval('h1', (h) => h.textContent)).toBe('Reload the page to declutter it');
    await panel.click('#reload-page');
    await panel.waitForSelector(PANEL_ARTICLE, { timeout: 20_000 });
    expect(await panel.$eval('article h1', (h) => h.textContent)).toBe(expected.title);
    expect(await page.evaluate(hidingInForce)).toBe(true);
  });
});
