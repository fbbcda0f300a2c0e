// What was hidden, and the reader's own rules (issue 13), in Chromium with the production build:
// the panel's list against the page, *Show* for one ad, a rule picked with the mouse that holds
// after a reload and on the next article, and its deletion.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureHtml, fixturePage, realPages } from '../pages';
import { launchChromium, type ChromiumSession } from './chromium';
import { expectedShown, TOPICS } from './hidden-expected';
import { axeViolations } from './axe';

const real = realPages()[0]!;
let session: ChromiumSession;
beforeAll(async () => {
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
});

async function open(url: string): Promise<{ page: Page; panel: Page }> {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${await session.tabIdOf(url)}`);
  await panel.waitForSelector('.hidden-list summary');
  await panel.click('.hidden-list summary');
  return { page, panel };
}

const groups = (panel: Page) => panel.$$eval('.hidden-group h3', (hs) => hs.map((h) => h.textContent));

/** What the panel must list, given what it lists as not displayed by SCMP here. */
async function expectedShownIn(panel: Page, html: string, url: string): Promise<{ groups: string[]; fromView: number }> {
  const apart = await panel.$$eval('.not-displayed li', (lis) => lis.map((li) => li.getAttribute('data-category')));
  return expectedShown(html, url, apart);
}

/** The element the reader's *Show* brought back, and whether it has a box on the page. */
const revealed = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-scmp-declutter-shown]'), (el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    }),
  );

describe('the panel’s list of what was hidden', () => {
  it.each([
    ['the captured page', fixturePage.url, fixtureHtml],
    [real.name, real.url, real.html],
  ])('on %s equals what the page hides, by category, apart what SCMP does not display here', async (_, url, html) => {
    const { page, panel } = await open(url);
    const want = await expectedShownIn(panel, html, url);
    expect(await groups(panel)).toEqual(want.groups);
    expect(want.fromView).toBeGreaterThan(3); // most of it was hidden from view
    expect(await panel.textContent('.hidden-list summary')).toBe(`${want.fromView} things hidden on this page`);
    await page.close();
    await panel.close();
  });

  it.each(realPages().map((p) => [p.name, p.url] as const))('offers “Show” on %s only where it shows something', async (_, url) => {
    const { page, panel } = await open(url);
    const buttons = panel.locator('button[id^="reveal-"]');
    const offered = await buttons.count();
    expect(offered).toBeGreaterThan(0);
    for (let n = 0; n < offered; n++) {
      await buttons.nth(n).click();
      await expect.poll(() => revealed(page), { timeout: 5000 }).toEqual([true]);
      await expect.poll(() => buttons.nth(n).textContent()).toBe('Hide'); // the list drawn again
      await buttons.nth(n).click();
      await expect.poll(() => revealed(page), { timeout: 5000 }).toEqual([]);
    }
    await page.close();
    await panel.close();
  });

  it('“Show” brings back exactly that one thing, and “Hide” takes it away again', async () => {
    const { page, panel } = await open(fixturePage.url);
    const first = panel.locator('.hidden-group').first().locator('button[id^="reveal-"]').first();
    await first.click();
    await expect.poll(() => revealed(page)).toEqual([true]);
    await expect.poll(() => first.textContent()).toBe('Hide');
    await first.click();
    await expect.poll(() => revealed(page)).toEqual([]);
    await expect.poll(() => first.textContent()).toBe('Show');
    await page.close();
    await panel.close();
  });

  it('follows the page while open: an ad the site adds late is listed at the next poll, one it removes goes', async () => {
    const { page, panel } = await open(fixturePage.url);
    const summary = () => panel.textContent('.hidden-list summary');
    const before = Number(/^(\d+)/.exec((await summary()) ?? '')![1]);
    await page.evaluate(() => {
      const slot = document.createElement('div');
      slot.setAttribute('data-qa', 'AdSlot-Container');
      slot.style.height = '250px'; // a filled slot: it would show
      slot.id = 'late-ad';
      document.body.append(slot);
    });
    await expect.poll(summary, { timeout: 6000 }).toBe(`${before + 1} things hidden on this page`);
    await page.evaluate(() => document.getElementById('late-ad')?.remove());
    await expect.poll(summary, { timeout: 6000 }).toBe(`${before} things hidden on this page`);
    await page.close();
    await panel.close();
  });
});

describe('a rule of the reader’s own', () => {
  it('is picked with the mouse, hides the widget, holds at DOMContentLoaded after a reload and on the next article, and goes when deleted', async () => {
    const { page, panel } = await open(fixturePage.url);
    await panel.click('#pick');
    await page.bringToFront();
    await page.waitForFunction(() => document.querySelector('scmp-declutter-picker') !== null);
    const box = await page.locator(TOPICS).boundingBox();
    if (!box) throw new Error('no topics on the page');
    await page.mouse.move(box.x + 5, box.y + box.height / 2); // over the topic's link
    await page.keyboard.press('ArrowUp'); // wider: the topic's container
    await page.keyboard.press('Enter');
    const shown = () => page.evaluate((s) => (document.querySelector(s) as HTMLElement).offsetParent !== null, TOPICS);
    await expect.poll(shown).toBe(false);
    expect(await page.evaluate(() => document.querySelector('scmp-declutter-picker'))).toBeNull();

    // Hidden from the start: after a reload, and on another article.
    const atDcl = (p: Page) =>
      p.addInitScript((s) => {
        document.addEventListener('DOMContentLoaded', () => {
          const el = document.querySelector(s);
          (window as unknown as { __topics: string }).__topics = el ? getComputedStyle(el).display : 'absent';
        });
      }, TOPICS);
    await atDcl(page);
    // The reader reloads once the rule is kept: the background compiles it into storage.local,
    // which the page reads as it starts (a reload in the same instant can outrun that write).
    const kept = () =>
      panel.evaluate(async () => {
        const ext = (
          globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { css?: string }>> } } } }
        ).chrome;
        const stored = await ext.storage.local.get('userRulesPlan');
        return stored.userRulesPlan?.css ?? '';
      });
    await expect.poll(kept).toContain('ArticleTopic-Container');
    await page.reload({ waitUntil: 'load' });
    expect(await page.evaluate(() => (window as unknown as { __topics: string }).__topics)).toBe('none');
    const next = await session.context.newPage();
    await atDcl(next);
    await next.goto(real.url, { waitUntil: 'load' });
    expect(await next.evaluate(() => (window as unknown as { __topics: string }).__topics)).toBe('none');

    // The settings page lists it; export, delete, import: the same rule; delete: the topics are back.
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.waitForSelector('#user-rules li');
    expect(await options.$$eval('#user-rules li code', (cs) => cs.map((c) => c.textContent))).toEqual([TOPICS]);
    expect(await options.textContent('#user-rules li .made a')).toBe(new URL(fixturePage.url).pathname);
    const [download] = await Promise.all([options.waitForEvent('download'), options.click('#export')]);
    const file = readFileSync((await download.path())!, 'utf8');
    const exported = JSON.parse(file) as { format: string; version: number; rules: { selector: string; page: string }[] };
    expect(exported).toMatchObject({ format: 'declutter-scmp-rules', version: 1, rules: [{ selector: TOPICS, page: fixturePage.url }] });
    await options.click('#user-rules li button.delete');
    await options.waitForSelector('#rules-empty:not([hidden])');
    await options.setInputFiles('#import', { name: 'rules.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect.poll(() => options.textContent('#rules-status')).toBe('Imported 1 rule, in place of the ones you had. Undo');
    expect(await options.$$eval('#user-rules li code', (cs) => cs.map((c) => c.textContent))).toEqual([TOPICS]);
    await options.setInputFiles('#import', {
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "declutter-scmp-rules", "version": 1, "rules": [{"id": "x", "selector": "p"}]}'),
    });
    await expect
      .poll(() => options.textContent('#rules-status'))
      .toBe('Nothing imported: Rule 1: It would hide the headline, the key points or the story itself.');
    expect(await options.$$eval('#user-rules li code', (cs) => cs.map((c) => c.textContent))).toEqual([TOPICS]);
    await options.click('#user-rules li button.delete');
    await next.bringToFront();
    await expect.poll(() => next.evaluate((s) => (document.querySelector(s) as HTMLElement).offsetParent !== null, TOPICS)).toBe(true);
    for (const p of [page, panel, next, options]) await p.close();
  });
});

describe('accessibility of the new parts', () => {
  it('the panel with its list of hidden things open: no serious or critical axe violation in any theme', async () => {
    const { page, panel } = await open(fixturePage.url);
    await panel.locator('button[id^="reveal-"]').first().click(); // one item shown: both button states present
    for (const theme of ['light', 'dark', 'sepia']) {
      await panel.selectOption('#theme', theme);
      expect(await axeViolations(panel), theme).toEqual([]);
    }
    await page.close();
    await panel.close();
  });

  it('the settings page with a rule listed: no serious or critical axe violation, light or dark', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const rule = {
      format: 'declutter-scmp-rules',
      version: 1,
      rules: [
        { id: 'a11y', selector: TOPICS, enabled: true, description: 'Topics', page: fixturePage.url, created: '2026-12-02T06:00:00.000Z' },
      ],
    };
    await options.setInputFiles('#import', { name: 'rules.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(rule)) });
    await options.waitForSelector('#user-rules li');
    for (const colorScheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme });
      expect(await axeViolations(options), colorScheme).toEqual([]);
    }
    await options.click('#user-rules li button.delete');
    await options.close();
  });
});
