// What the page hides, as the panel lists it (issue 13): read from the page's own stylesheet,
// so it follows the settings, the reader's rules, late clutter and "Show original".
import { describe, expect, it, vi } from 'vitest';
import { CLUTTER_CATEGORIES, type ClutterCategory } from '../../src/rules/categories';
import { startDeclutter } from '../../src/page/declutter';
import { listHidden, type ListedItem, type PageUserRule } from '../../src/page/hidden-list';
import { hiddenListCache } from '../../src/page/hidden-list-cache';
import { openCleanViewFrame } from '../../src/page/cleanview-frame';
import { sliceClock } from '../../src/page/slices';
import { outermost, matchRules } from '../../src/rules/match';
import { RULES } from '../../src/rules/rules';
import { SHOWN_ATTRIBUTE } from '../../src/rules/stylesheet';
import { compileUserRules, type UserRule } from '../../src/rules/user-rules';
import { hiddenListHtml, itemName, type HiddenListNames } from '../../src/render/hidden';
import { CATEGORY_LABELS } from '../../src/extension/category-labels';
import { expected, fixtureHtml, fixturePage, realPages, repeatedBody } from '../pages';
import { parsePage, withHidingStylesheet } from './dom';

const ALL = new Set(CLUTTER_CATEGORIES);

function page(html = fixtureHtml) {
  const doc = withHidingStylesheet(parsePage(html, fixturePage.url));
  const controller = startDeclutter(doc, { rules: RULES, categories: ALL });
  const win = doc.defaultView as Window;
  const hidden = (el: Element) => {
    for (let e: Element | null = el; e; e = e.parentElement) if (win.getComputedStyle(e).display === 'none') return true;
    return false;
  };
  return { doc, controller, hidden };
}

const byCategory = (items: readonly ListedItem[]) => {
  const counts: Partial<Record<string, number>> = {};
  for (const i of items) counts[i.category] = (counts[i.category] ?? 0) + 1;
  return counts;
};

const names: HiddenListNames = {
  rule: (id) => RULES.find((r) => r.id === id)?.name ?? 'Your rule',
  category: (c) => (c === 'yours' ? 'Your rules' : CATEGORY_LABELS[c]),
};

describe.each([{ name: 'captured-2023', html: fixtureHtml }, ...realPages()])('the hidden list on $name', ({ html }) => {
  it('holds each hidden widget once, the outermost, each hidden on the page', async () => {
    const { doc, hidden } = page(html);
    const { items, elements } = await listHidden(doc, RULES, []);
    // The same widgets the rules match, counted once: the pipeline's own count.
    const expected = outermost(matchRules(doc, RULES));
    expect(elements.length).toBe(expected.length);
    expect(new Set(elements)).toEqual(new Set(expected.map((m) => m.element)));
    for (const el of elements) expect(hidden(el)).toBe(true);
    expect(items.map((i) => i.index)).toEqual(elements.map((_, n) => n));
  });
});

describe('the hidden list', () => {
  it('counts the captured page by category', async () => {
    const { doc } = page();
    expect(byCategory((await listHidden(doc, RULES, [])).items)).toEqual({
      ads: 4,
      'audio-player': 1,
      'video-promos': 1,
      'page-chrome': 3,
      related: 2,
      'paywall-prompts': 1,
    });
  });

  it('names a video promo by its title', async () => {
    const { doc } = page();
    const promo = (await listHidden(doc, RULES, [])).items.find((i) => i.category === 'video-promos')!;
    expect(itemName(promo, names)).toBe(`Video promo: ${expected.clutter.videoPromo.title}`);
  });

  it('follows the settings, the reader’s rules and “Show original”', async () => {
    const { doc, controller } = page();
    controller.setCategories(new Set(CLUTTER_CATEGORIES.filter((c) => c !== 'ads')));
    expect(byCategory((await listHidden(doc, RULES, [])).items).ads).toBeUndefined();
    const mine: UserRule = {
      id: 'mine',
      selector: '[data-qa="ArticleTopic-Container"]',
      enabled: true,
      description: 'Topics',
      page: '',
      created: '',
    };
    controller.setUserCss(compileUserRules([mine]));
    const items = (await listHidden(doc, RULES, [mine])).items;
    expect(items.filter((i) => i.category === 'yours').map((i) => i.ruleId)).toEqual(['mine']);
    controller.pause();
    expect((await listHidden(doc, RULES, [mine])).items).toEqual([]);
  });

  it('keeps an item the reader showed, marked as shown, and shows exactly that one', async () => {
    const { doc, hidden } = page();
    const { items, elements } = await listHidden(doc, RULES, []);
    const ads = items.filter((i) => i.category === 'ads').map((i) => elements[i.index]!);
    expect(ads).toHaveLength(4);
    const first = elements.indexOf(ads[0]!);
    ads[0]!.setAttribute(SHOWN_ATTRIBUTE, '');
    expect(hidden(ads[0]!)).toBe(false);
    expect(ads.slice(1).every(hidden)).toBe(true);
    const again = await listHidden(doc, RULES, []);
    expect(again.elements).toEqual(elements);
    expect(again.items.filter((i) => i.shown).map((i) => i.index)).toEqual([first]);
  });

  it('is shown grouped, with Show / Hide per item and the category switch', async () => {
    const { doc } = page();
    const items = (await listHidden(doc, RULES, [])).items.map((item) => ({ ...item, visibleWhenShown: true }));
    const on = Object.fromEntries(CLUTTER_CATEGORIES.map((c) => [c, c !== 'prompts'])) as Record<ClutterCategory, boolean>;
    const view = parsePage(`<body>${hiddenListHtml(items, names, on)}</body>`);
    expect(view.querySelector('summary')?.textContent).toBe('12 things hidden on this page');
    expect(Array.from(view.querySelectorAll('.hidden-group h3'), (h) => h.textContent)).toEqual([
      `${CATEGORY_LABELS.ads} (4)`,
      `${CATEGORY_LABELS['audio-player']} (1)`,
      `${CATEGORY_LABELS['video-promos']} (1)`,
      `${CATEGORY_LABELS['page-chrome']} (3)`,
      `${CATEGORY_LABELS.related} (2)`,
      `${CATEGORY_LABELS.prompts} (0)`,
      `${CATEGORY_LABELS['paywall-prompts']} (1)`,
    ]);
    expect(view.querySelector('#category-prompts')?.getAttribute('aria-pressed')).toBe('false');
    expect(view.querySelectorAll('button[id^="reveal-"]')).toHaveLength(12);
  });

  it('offers Show only for what has something to show, and counts only what was hidden from view', async () => {
    const { doc } = page();
    const listed = (await listHidden(doc, RULES, [])).items;
    const [first, second] = listed.filter((item) => item.category === 'ads');
    // Two ad slots SCMP does not display here (no box when shown); one of them the reader showed anyway.
    const items = listed.map((item) => ({ ...item, visibleWhenShown: item !== first && item !== second, shown: item === second }));
    const on = Object.fromEntries(CLUTTER_CATEGORIES.map((c) => [c, true])) as Record<ClutterCategory, boolean>;
    const view = parsePage(`<body>${hiddenListHtml(items, names, on)}</body>`);
    expect(view.querySelector('summary')?.textContent).toBe('11 things hidden on this page');
    expect(Array.from(view.querySelectorAll('.hidden-group h3'), (h) => h.textContent)).toEqual([
      `${CATEGORY_LABELS.ads} (3)`,
      `${CATEGORY_LABELS['audio-player']} (1)`,
      `${CATEGORY_LABELS['video-promos']} (1)`,
      `${CATEGORY_LABELS['page-chrome']} (3)`,
      `${CATEGORY_LABELS.related} (2)`,
      `${CATEGORY_LABELS['paywall-prompts']} (1)`,
      'Not displayed by SCMP here (1)',
    ]);
    expect(view.querySelector(`#reveal-${first!.index}`)).toBeNull();
    expect(view.querySelector(`#reveal-${second!.index}`)?.textContent).toBe('Hide'); // shown, empty: it can still go back
    expect(Array.from(view.querySelectorAll('.not-displayed li'), (li) => [li.textContent, li.getAttribute('data-category')])).toEqual([
      [itemName(first!, names), 'ads'],
    ]);
    expect(view.querySelectorAll('button[id^="reveal-"]')).toHaveLength(11);
  });
});

describe('the hidden list kept while the panel asks', () => {
  const ad = (doc: Document) => {
    const slot = doc.createElement('div');
    slot.setAttribute('data-qa', 'AdSlot-Container');
    doc.body.append(slot);
    return slot;
  };

  it('is listed again only when the page changed, or the reader’s rules did', async () => {
    const { doc } = page();
    const cache = hiddenListCache(doc, RULES);
    const rules: PageUserRule[] = [];
    const first = await cache.list(rules);
    expect(first.items).toHaveLength((await listHidden(doc, RULES, [])).items.length);
    expect(await cache.list(rules)).toBe(first); // nothing changed: the same list, not listed again

    ad(doc); // a late ad
    await Promise.resolve();
    const second = await cache.list(rules);
    expect(second).not.toBe(first);
    expect(second.items).toHaveLength(first.items.length + 1);

    second.elements[0]!.setAttribute(SHOWN_ATTRIBUTE, ''); // *Show* one
    const third = await cache.list(rules);
    expect(third.items.map((i) => i.shown)).toEqual(second.items.map((_, n) => n === 0));

    expect(await cache.list(rules)).toBe(third);
    const mine: PageUserRule[] = [{ id: 'u1', selector: 'footer' }];
    expect(await cache.list(mine)).not.toBe(third); // other rules: listed again
  });

  it('keeps its list while the clean view opens and closes over the page, which it does not change', async () => {
    const { doc } = page();
    const cache = hiddenListCache(doc, RULES);
    const rules: PageUserRule[] = [];
    const first = await cache.list(rules);
    const cleanView = openCleanViewFrame(doc, 'about:blank', 'Clean view');
    await Promise.resolve();
    expect(await cache.list(rules)).toBe(first);
    cleanView.close();
    expect(await cache.list(rules)).toBe(first);

    openCleanViewFrame(doc, 'about:blank', 'Clean view');
    ad(doc); // the page's own change beside it still counts
    const again = await cache.list(rules);
    expect(again).not.toBe(first);
    expect(again.items).toHaveLength(first.items.length + 1);
  });

  it('stops watching when no one has asked for a while, and lists afresh after', async () => {
    vi.useFakeTimers();
    try {
      const { doc } = page();
      const cache = hiddenListCache(doc, RULES);
      const rules: PageUserRule[] = [];
      const first = await cache.list(rules);
      vi.advanceTimersByTime(6001);
      ad(doc); // unobserved now
      const again = await cache.list(rules);
      expect(again).not.toBe(first);
      expect(again.items).toHaveLength(first.items.length + 1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the hidden list’s measuring', () => {
  it('lays the page out in a slice of its own: the page’s own work runs between the listing and the layout', async () => {
    const { doc } = page();
    const order: string[] = [];
    const win = doc.defaultView as Window & typeof globalThis;
    const shown = new win.MutationObserver(() => order.push('items shown to be measured'));
    shown.observe(doc, { subtree: true, attributeFilter: [SHOWN_ATTRIBUTE] });
    setTimeout(() => order.push('the page’s timer'), 0);
    // Slices of 10 s: the fixture's listing never uses one up, so only the layout's own slice gives the page its turn.
    const listing = await hiddenListCache(doc, RULES, 10_000).list([]);
    shown.disconnect();
    expect(listing.items.length).toBeGreaterThan(0);
    expect(order).toEqual(['the page’s timer', 'items shown to be measured']);
  });
});

describe('the hidden list of a giant page', () => {
  it('is listed in slices, giving the page its main thread back, to the same list as in one go', async () => {
    const { doc } = page(repeatedBody(150));
    expect(doc.body.getElementsByTagName('*').length).toBeGreaterThan(4000); // over the one-go limit
    const whole = await listHidden(doc, RULES, []);
    let tasks = 0;
    const timer = setInterval(() => (tasks += 1), 0);
    const sliced = await listHidden(doc, RULES, [], sliceClock(0)); // a slice of 0 ms: the page runs between any two steps
    clearInterval(timer);
    expect(tasks).toBeGreaterThan(0);
    expect(sliced).toEqual(whole);
    expect(whole.items.filter((i) => i.category === 'ads').length).toBeGreaterThan(150);
  });
});
