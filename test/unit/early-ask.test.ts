// The panel's first question to its page (src/extension/early-ask.ts), asked before the panel's
// own code loads: which tab is asked, and when the panel may use the answer instead of asking again.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askEarly, earlyOrAsk } from '../../src/extension/early-ask';
import type { SnapshotStart } from '../../src/extension/messages';

const ARTICLE = 'https://www.scmp.com/news/china/article/3300001/a-story';
const OTHER_ARTICLE = 'https://www.scmp.com/news/china/article/3300002/another-story';

let asked: string[];
/** The page's answer: a snapshot start naming the tab and the address it was read at. */
const answer =
  (url: string) =>
  async (tabId: number): Promise<SnapshotStart> => {
    asked.push(`asked ${tabId}`);
    return { id: tabId, url, parts: 1, first: `<title>${tabId}</title>` };
  };

beforeEach(async () => {
  fakeBrowser.reset();
  asked = [];
  await fakeBrowser.windows.create({ focused: true });
});

describe('asking early', () => {
  it('asks a pinned tab at once, beside its lookup', async () => {
    const tab = await fakeBrowser.tabs.create({ url: ARTICLE, active: false });
    const early = askEarly(`?tabId=${tab.id}&standalone=1`, answer(ARTICLE));
    expect(asked).toEqual([`asked ${tab.id}`]); // synchronously: the lookup was not awaited first
    expect((await early.snapshot)?.tabId).toBe(tab.id);
    expect((await early.tab)?.url).toBe(ARTICLE);
  });

  it('asks the active tab when it is an SCMP article, and nothing of any other page', async () => {
    const tab = await fakeBrowser.tabs.create({ url: ARTICLE, active: true });
    const early = askEarly('', answer(ARTICLE));
    expect([(await early.tab)?.id, (await early.snapshot)?.tabId]).toEqual([tab.id, tab.id]);
    expect(asked).toEqual([`asked ${tab.id}`]);
    const front = await fakeBrowser.tabs.create({ url: 'https://www.scmp.com/news/hong-kong', active: true });
    const notArticle = askEarly('', answer(ARTICLE));
    expect([(await notArticle.tab)?.id, await notArticle.snapshot]).toEqual([front.id, null]);
    expect(asked).toEqual([`asked ${tab.id}`]);
  });
});

describe('the panel’s reads', () => {
  it('take the early answer once, for its tab at its address; any other read asks the page', async () => {
    const read = earlyOrAsk(askEarly('?tabId=7', answer(ARTICLE)).snapshot, answer(OTHER_ARTICLE));
    expect((await read(7, ARTICLE)).url).toBe(ARTICLE);
    expect(asked).toEqual(['asked 7']);
    expect((await read(7, ARTICLE)).url).toBe(OTHER_ARTICLE); // the second read asks again
    expect(asked).toEqual(['asked 7', 'asked 7']);
  });

  it('ask again when the early answer is of another tab, or of the page before it moved on', async () => {
    const otherTab = earlyOrAsk(askEarly('?tabId=7', answer(ARTICLE)).snapshot, answer(ARTICLE));
    await otherTab(8, ARTICLE);
    expect(asked).toEqual(['asked 7', 'asked 8']);
    asked = [];
    const movedOn = earlyOrAsk(askEarly('?tabId=7', answer(ARTICLE)).snapshot, answer(OTHER_ARTICLE));
    expect((await movedOn(7, OTHER_ARTICLE)).url).toBe(OTHER_ARTICLE);
    expect(asked).toEqual(['asked 7', 'asked 7']);
  });

  it('ask again when the early question found no script in the page, and say what the page says then', async () => {
    const noScript = async (): Promise<SnapshotStart> => Promise.reject(new Error('Receiving end does not exist.'));
    const read = earlyOrAsk(askEarly('?tabId=7', noScript).snapshot, answer(ARTICLE));
    expect((await read(7, ARTICLE)).url).toBe(ARTICLE);
    const failing = earlyOrAsk(askEarly('?tabId=7', noScript).snapshot, noScript);
    await expect(failing(7, ARTICLE)).rejects.toThrow('Receiving end does not exist.');
  });

  it('two reads at once share no early answer', async () => {
    const read = earlyOrAsk(askEarly('?tabId=7', answer(ARTICLE)).snapshot, answer(ARTICLE));
    await Promise.all([read(7, ARTICLE), read(7, ARTICLE)]);
    expect(asked).toEqual(['asked 7', 'asked 7']);
  });
});
