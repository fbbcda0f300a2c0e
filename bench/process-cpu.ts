/**
 * The CPU time of a page's main thread in Firefox, from Linux's per-thread scheduler statistics
 * of the browser and every process under it (its content processes are its fork server's
 * children): nanoseconds on a CPU, from /proc/<pid>/task/<tid>/schedstat. Firefox has no CDP to
 * give a page's thread time as Chromium does, and the page's own timers see the operating
 * system's scheduling as much as the page's work. The whole browser's time is no measure either:
 * its parent process also serves the driver (about 500 ms a load here, varying by tens of ms).
 */
import { readdirSync, readFileSync } from 'node:fs';

const read = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null; // a process or thread that ended meanwhile
  }
};

/** The processes under `root`, and itself. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = read(`/proc/${entry}/stat`);
    if (!stat) continue;
    // The second field, the command, may hold spaces: the fields after it start after its ')'.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const tree: number[] = [];
  for (let queue = [root]; queue.length;) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Each thread of the tree under `root`: its nanoseconds on a CPU so far, by "pid/tid". */
export function threadCpu(root: number): Map<string, number> {
  const times = new Map<string, number>();
  for (const pid of processTree(root)) {
    let tids: string[];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      const schedstat = read(`/proc/${pid}/task/${tid}/schedstat`);
      if (schedstat) times.set(`${pid}/${tid}`, Number(schedstat.split(' ')[0]));
    }
  }
  return times;
}

/** A web content process (Firefox writes its arguments back as one string: spaces, not NULs, between them). */
const isContentProcess = (pid: string) => /(^|[\s\0])-isForBrowser([\s\0]|$)/.test(read(`/proc/${pid}/cmdline`) ?? '');

/**
 * The page's main thread between two readings: the main thread of the web content process that
 * ran the most meanwhile (the page's; the parent process, which also serves the driver, and the
 * processes Firefox starts in reserve are left out), in milliseconds. A thread that began since
 * counts whole.
 */
export function pageMainThreadMs(before: Map<string, number>, after: Map<string, number>): number {
  const byProcess = new Map<string, number>();
  for (const [thread, time] of after) {
    const pid = thread.split('/')[0]!;
    byProcess.set(pid, (byProcess.get(pid) ?? 0) + time - (before.get(thread) ?? 0));
  }
  const pages = [...byProcess].filter(([pid]) => isContentProcess(pid)).sort((a, b) => b[1] - a[1]);
  const page = pages[0]?.[0];
  if (page === undefined) throw new Error('no web content process ran');
  const main = `${page}/${page}`;
  return ((after.get(main) ?? 0) - (before.get(main) ?? 0)) / 1e6;
}
