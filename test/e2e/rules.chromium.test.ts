// What was hidden, and the reader's own rules (issue 13), as only Chromium's tests cover it (with
// the production build): *Show* on every item of every real page, the list following the page,
// the settings page's export and import (Playwright has a handle on the file), and axe. The
// scenario both browsers run (the list, *Show* and *Hide*, a rule picked with the mouse): rules.test.ts.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePage, realPages } from '../pages';
import { launchChromium, type ChromiumSession } from './chromium';
import { TOPICS } from './hidden-expected';
import { axeViolations } from './axe';

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

/** The settings page with one rule of the reader's, hiding the topics, imported from a file. */
async function settingsWithTopicsRule(): Promise<Page> {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  const file = {
    format: 'declutter-scmp-rules',
    version: 1,
    rules: [
      { id: 'mine', selector: TOPICS, enabled: true, description: 'Topics', page: fixturePage.url, created: '2026-12-04T02:00:00.000Z' },
    ],
  };
  await options.setInputFiles('#import', { name: 'rules.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await options.waitForSelector('#user-rules li');
  return options;
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

describe('the reader’s rules on the settings page', () => {
  it('exports what it lists, imports it back in place of the rules there, refuses a rule that would hide the story, and deletes', async () => {
    const page = await session.context.newPage();
    await page.goto(fixturePage.url, { waitUntil: 'load' });
    const options = await settingsWithTopicsRule();
    expect(await options.$$eval('#user-rules li code', (cs) => cs.map((c) => c.textContent))).toEqual([TOPICS]);
    expect(await options.textContent('#user-rules li .made a')).toBe(new URL(fixturePage.url).pathname);
    const shown = () => page.evaluate((s) => (document.querySelector(s) as HTMLElement).offsetParent !== null, TOPICS);
    await expect.poll(shown).toBe(false); // the open page follows at once

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
    await page.bringToFront();
    await expect.poll(shown).toBe(true);
    for (const p of [page, options]) await p.close();
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
    const options = await settingsWithTopicsRule();
    for (const colorScheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme });
      expect(await axeViolations(options), colorScheme).toEqual([]);
    }
    await options.click('#user-rules li button.delete');
    await options.close();
  });
});
