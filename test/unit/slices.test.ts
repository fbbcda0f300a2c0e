// Long work in the page gives the main thread back between slices (src/page/slices.ts): by a
// timer in a page in view, and by a posted message in a hidden tab, whose timers the browsers
// throttle to one a second.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sliceClock } from '../../src/page/slices';

const page = (visibilityState: DocumentVisibilityState) => ({ visibilityState }) as Document;

/** Whether a tick settles before any timer fires (the timers are fake: none fires by itself). */
async function settlesWithoutTimers(doc: Document): Promise<boolean> {
  vi.useFakeTimers({ toFake: ['setTimeout'] });
  let settled = false;
  void sliceClock(-1, doc) // every tick yields
    .tick()
    .then(() => (settled = true));
  await new Promise((resolve) => setImmediate(resolve)); // a message would have arrived by now
  const before = settled;
  await vi.runAllTimersAsync();
  expect(settled).toBe(true); // and with the timers, it always settles
  return before;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('slices of long work in the page', () => {
  it('give the main thread back by a timer in a page in view, letting its own timers run between', async () => {
    expect(await settlesWithoutTimers(page('visible'))).toBe(false);
  });

  it('give it back by a posted message in a hidden tab, which no throttled timer holds up', async () => {
    expect(await settlesWithoutTimers(page('hidden'))).toBe(true);
  });
});
