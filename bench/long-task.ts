/**
 * The article page's longest task, from a trace of the browser while something happens: the
 * main thread of the page's renderer, each task's wall time and its own CPU time (thread ticks).
 * What a browser's own performance tests count as a long task; the Long Tasks API reports
 * nothing in headless Chromium (measured), and the page's 4 ms heartbeat also counts the time
 * the operating system gave the page's process to no one: on this 2-core machine a blank tab
 * opened beside the page showed heartbeat gaps of 10–46 ms around tasks of 0.2–1.7 ms CPU
 * (measured side by side).
 */
import type { CDPSession, Page } from 'playwright-core';

export interface LongestTask {
  cpuMs: number;
  wallMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { frames?: { url: string; processId: number }[] } };
}

// The timeline's own categories: the one that names the page's process, and the tasks.
const CATEGORIES = 'disabled-by-default-devtools.timeline,devtools.timeline,toplevel';

function longestOf(events: TraceEvent[], url: string): LongestTask {
  const pid = events.find((e) => e.name === 'TracingStartedInBrowser')?.args?.data?.frames?.find((f) => f.url === url)?.processId;
  if (pid === undefined) throw new Error(`the trace does not name the process of ${url}`);
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain');
  if (!main) throw new Error(`the trace has no main thread for ${url}`);
  const tasks = events.filter((e) => e.name === 'RunTask' && e.pid === pid && e.tid === main.tid && e.dur !== undefined);
  return {
    cpuMs: Math.max(0, ...tasks.map((t) => (t.tdur ?? 0) / 1000)),
    wallMs: Math.max(0, ...tasks.map((t) => (t.dur ?? 0) / 1000)),
  };
}

/** A tracer of one page: `longestTask(during)` traces while `during` runs. */
export async function pageTracer(page: Page): Promise<{ longestTask(during: () => Promise<void>): Promise<LongestTask> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  return {
    async longestTask(during) {
      const events: TraceEvent[] = [];
      // The protocol types a trace event as a bag of anything; these are the fields read here.
      const collect = (e: { value: object[] }) => void events.push(...(e.value as TraceEvent[]));
      cdp.on('Tracing.dataCollected', collect);
      await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
      try {
        await during();
      } finally {
        const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
        await cdp.send('Tracing.end');
        await complete;
        cdp.off('Tracing.dataCollected', collect);
      }
      return longestOf(events, page.url());
    },
  };
}
