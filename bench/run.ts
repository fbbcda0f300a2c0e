/**
 * `npm run bench` (after `npm run zip`, which builds the packages it measures): every figure of
 * BENCHMARKS.md, measured side by side in one run on this machine, on the real pages of
 * ../shared/real-pages and on the captured page. Writes bench/results.json, prints a table, and
 * exits 1 when a budget is missed or a measurement did not complete (a timeout is a failure,
 * never a figure) or a control shows that a measurement could not have moved.
 *
 * `--quick` (or BENCH_QUICK=1, what .ci/run runs): fewer repetitions and two real pages; it checks
 * that every measurement completes, every control is sensitive, the behaviour budgets (no clutter
 * painted, no late ad missed) and the sizes, and reports the timing figures without enforcing them.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { CHROME_BUILD } from '../test/e2e/site';
import { HIDING_STYLESHEET_FILE } from '../src/rules/stylesheet';
import { fixturePage, giantPage, PROJECT_DIR, realPages } from '../test/pages';
import {
  BUSY_PAGE_MS,
  FRAME_HOLD_MS,
  launchBrowsers,
  launchCleanViewFloor,
  noControlTimes,
  type Browsers,
  type ControlTimes,
} from './browsers';
import { adStorm, paintedClutter } from './clutter';
import { extraction } from './extraction';
import { pageCost } from './page-cost';
import { throughput } from './throughput';
import {
  BUSY_MS,
  firefoxExtensionPageControl,
  firefoxFrameControl,
  firefoxOpenTimes,
  firefoxPageCost,
  launchFirefoxBrowsers,
  launchFirefoxReaders,
  type ConfigCost,
  type FirefoxPageCost,
} from './firefox';
import { ublockCopy } from './ublock';
import { extensionPageControl, openStalls, openTimes, readingStall, stallControl, type OpenStalls, type Stall } from './panel';
import { formatInterval, median, medianInterval, percentile, round } from './stats';

const QUICK = process.env.BENCH_QUICK === '1' || process.argv.includes('--quick');
const N = QUICK
  ? {
      extract: 10,
      loads: 6,
      firefoxLoads: 6,
      opens: 2,
      controlOpens: 5,
      pages: realPages().slice(0, 2),
      cli: { timed: 2, readability: 1, copies: 4 },
    }
  : {
      extract: 40,
      loads: 30,
      firefoxLoads: 12,
      opens: 8,
      controlOpens: 4,
      pages: realPages(),
      cli: { timed: 12, readability: 4, copies: 100 },
    };

interface Figure {
  figure: string;
  value: string;
  budget: string;
  met: boolean;
  /** A timing budget: enforced by the full run only (the quick run only reports it). */
  timing: boolean;
}

const figures: Figure[] = [];
const failures: string[] = [];
const results: Record<string, unknown> = {};
const add = (figure: string, value: number | string, budget: string, met: boolean, timing = true) =>
  figures.push({ figure, value: String(value), budget, met, timing });

/** Runs one measurement; one that throws (a timeout among them) fails the run. */
async function measure(name: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (error) {
    failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const kb = (path: string) => round(statSync(path).size / 1024, 1);

async function extractionFigures(b: Browsers) {
  const ex = await extraction(b.without, N.extract);
  const vsReadability = round(ex.pipelineMs! / ex.readabilityMs!);
  const scaling = round(ex.sixteenXMs! / ex.oneXMs!);
  results.extraction = ex;
  add('extract_vs_readability', vsReadability, '≤ 1.5', vsReadability <= 1.5);
  add('extract_scaling_16x', scaling, '≤ 20', scaling <= 20);
}

async function costFigures(b: Browsers) {
  const fixture = await pageCost(b, fixturePage.url, N.loads);
  results.fixture_cost = fixture;
  add('page_script_overhead (captured page)', round(fixture.ratio), '≤ 1.15', fixture.ratio <= 1.15);
  const perPage = [];
  for (const page of N.pages) {
    const cost = await pageCost(b, page.url, N.loads);
    perPage.push({ name: page.name, ...cost });
    const name = page.name.slice(0, 28);
    add(
      `added_ms ${name}`,
      formatInterval(cost.added),
      `high ≤ floor high ${round(cost.floorAdded.high)} + 1`,
      cost.added.high <= cost.floorAdded.high + 1,
    );
    add(`ratio ${name}`, round(cost.ratio, 3), '≤ 1.05', cost.ratio <= 1.05);
    add(
      `added script ms ${name} (floor)`,
      `${formatInterval(cost.addedScript)} (floor ${formatInterval(cost.floorAddedScript)})`,
      '(reported)',
      true,
    );
  }
  results.real_page_cost = perPage;
  // The control: the floor's own script (an empty document_start script and the page reader) must
  // be seen, on every page: the measurement resolves what a near-empty content script costs.
  const floorSeen = perPage.filter((c) => c.floorAddedScript.low > 0).length;
  add(
    'page cost control: the floor’s script seen (interval above 0)',
    `${floorSeen} of ${perPage.length} pages`,
    'all',
    floorSeen === perPage.length,
    false,
  );
}

async function clutterFigures(b: Browsers) {
  const painted = await paintedClutter(b.withExtension);
  const control = await paintedClutter(b.without);
  results.painted = { with: painted, without: control };
  add('clutter_painted_frames', `${painted.clutterFrames} of ${painted.frames}`, '0', painted.clutterFrames === 0, false);
  add(
    'clutter_painted_frames control (no extension)',
    `${control.clutterFrames} of ${control.frames}`,
    '> 0',
    control.clutterFrames > 0,
    false,
  );
  const storm = await adStorm(b.withExtension);
  const stormControl = await adStorm(b.without);
  results.storm = { ...storm, control_missed: stormControl.missed };
  add('late_ads_missed', storm.missed, '0', storm.missed === 0, false);
  add('late_ads_missed control (no extension)', stormControl.missed, '= 500 (all)', stormControl.missed === 500, false);
  add('late_ad_hide_ms_p95 (5 at a time)', round(percentile(storm.small, 95), 1), '≤ 16', percentile(storm.small, 95) <= 16);
  add('late_ad_hide_ms_p95 (50 at a time)', round(percentile(storm.large, 95), 1), '≤ 33 (two frames)', percentile(storm.large, 95) <= 33);
  add('storm_longest_stall_ms', round(storm.longestStallMs, 1), '< 50', storm.longestStallMs < 50);
}

/** The browsers of the Firefox table, side by side (the control has a row of its own). */
const SIDE_BY_SIDE = ['none', 'floor', 'extension', 'ublock'] as const;

/** Firefox ESR's page cost while it loads: none, floor, this extension, uBlock Origin (bench/firefox.ts). */
async function firefoxCostFigures() {
  const ublock = ublockCopy();
  const b = await launchFirefoxBrowsers(ublock.path);
  const perPage = [];
  try {
    for (const page of N.pages) perPage.push({ name: page.name, ...(await firefoxPageCost(b, page.url, N.firefoxLoads)) });
  } finally {
    await b.close();
  }
  results.firefox_cost = { ublock, pages: perPage };
  const side = (cost: FirefoxPageCost, f: (c: ConfigCost) => number) =>
    SIDE_BY_SIDE.map((c) => (cost[c] ? round(f(cost[c]), 1) : '–')).join(' / ');
  for (const cost of perPage) {
    const name = cost.name.slice(0, 28);
    add(
      `firefox page main thread CPU ms per load ${name}: none / floor / extension / uBO`,
      side(cost, (c) => c.cpuMs),
      '(reported)',
      true,
    );
    add(
      `firefox load event ms ${name}: none / floor / extension / uBO`,
      side(cost, (c) => c.loadMs),
      '(reported)',
      true,
    );
    add(
      `firefox longest gap during load ms ${name}: none / floor / extension / uBO`,
      side(cost, (c) => c.longestGapMs),
      '(reported)',
      true,
    );
    const ext = cost.extension!;
    const floor = cost.floor!;
    add(
      `firefox CPU ms added over none ${name}: extension (floor)`,
      `${formatInterval(ext.addedCpu)} (floor ${formatInterval(floor.addedCpu)})`,
      `high ≤ floor high ${round(floor.addedCpu.high, 1)} + 1`,
      ext.addedCpu.high <= floor.addedCpu.high + 1,
    );
  }
  // The control: the floor whose content script holds the page ${BUSY_MS} ms must read so, over the floor.
  const overFloor = (c: FirefoxPageCost) => (c.control?.addedCpu.median ?? 0) - (c.floor?.addedCpu.median ?? 0);
  // 40% of the loop: the difference of two medians of 6–12 loads varies by tens of ms (a 50 ms
  // loop read 20.8–80.7 in the short mode, 28–65 in a full run): a 100 ms loop stands above it.
  const seen = perPage.filter((c) => overFloor(c) >= BUSY_MS * 0.4).length;
  add(
    `firefox page cost control: a ${BUSY_MS} ms task in the floor's content script, seen over the floor (≥ ${BUSY_MS * 0.4})`,
    `${seen} of ${perPage.length} pages (${perPage.map((c) => round(overFloor(c), 1)).join(' / ')})`,
    'all',
    seen === perPage.length,
    false,
  );
  add('firefox uBlock Origin measured beside', ublock.version ?? `no: ${ublock.missing}`, '(reported)', true, false);
}

/** Firefox ESR's sidebar page (in a window beside the article) and clean view, each over its floor. */
async function firefoxReadinessFigures() {
  const b = await launchFirefoxReaders();
  const panelMs: number[] = [];
  const floorMs: number[] = [];
  const cleanViewMs: number[] = [];
  const frameFloorMs: number[] = [];
  const control = noControlTimes();
  let frameControl = noControlTimes();
  try {
    for (const page of N.pages) {
      const t = await firefoxOpenTimes(b.reader, page.url, N.opens);
      panelMs.push(...t.panelMs);
      floorMs.push(...t.extensionPageFloorMs);
      cleanViewMs.push(...t.cleanViewMs);
      frameFloorMs.push(...(await firefoxOpenTimes(b.emptyFrame, page.url, Math.ceil(N.opens / 2))).cleanViewMs);
      const c = await firefoxExtensionPageControl(b.emptyFrame, page.url, N.controlOpens);
      control.floorMs.push(...c.floorMs);
      control.busyMs.push(...c.busyMs);
    }
    frameControl = await firefoxFrameControl(b, N.pages[0]!.url, N.controlOpens);
  } finally {
    await b.close();
  }
  results.firefox_open_times = { panelMs, extension_page_floor_ms: floorMs, cleanViewMs, empty_frame_floor_ms: frameFloorMs };
  readinessOver('firefox panel_ready_ms (real pages) over the options page opened the same way', panelMs, floorMs, 15);
  readinessOver('firefox clean_view_ready_ms (real pages) over an empty frame opened the same way', cleanViewMs, frameFloorMs, 30);
  readinessControl(control, 'firefox ');
  readinessControl(
    frameControl,
    'firefox ',
    `the empty frame's headline held ${FRAME_HOLD_MS} ms by a script, over the empty frame (first page)`,
    FRAME_HOLD_MS,
  );
}

const maxOf = (xs: number[]) => Math.max(0, ...xs);

/** A readiness figure: its median over its floor's, measured in the same run (issue 25). */
function readinessOver(figure: string, xs: number[], floorXs: number[], budget: number) {
  const over = median(xs) - median(floorXs);
  add(
    figure,
    `median ${round(median(xs), 1)} − floor ${round(median(floorXs), 1)} = ${round(over, 1)}`,
    `over ≤ ${budget}`,
    over <= budget,
  );
}

/** The panel and the clean view ready, each over its floor opened the same way in the same run. */
async function readinessFigures(b: Browsers) {
  const panelMs: number[] = [];
  const panelCompleteMs: number[] = [];
  const cleanViewMs: number[] = [];
  const floor: number[] = [];
  for (const page of N.pages) {
    const t = await openTimes(b.withExtension, page.url, N.opens);
    panelMs.push(...t.panelMs);
    panelCompleteMs.push(...t.panelCompleteMs);
    cleanViewMs.push(...t.cleanViewMs);
    floor.push(...t.extensionPageFloorMs);
  }
  // The clean view's floor: the same build whose clean view page is an empty frame with a
  // headline, opened the same way (the panel's button, the page's script, the frame).
  const emptyFrame = await launchCleanViewFloor();
  const frameFloorMs: number[] = [];
  const control = noControlTimes();
  try {
    for (const page of N.pages) {
      frameFloorMs.push(...(await openTimes(emptyFrame, page.url, Math.ceil(N.opens / 2))).cleanViewMs);
      const c = await extensionPageControl(emptyFrame, page.url, N.controlOpens);
      control.floorMs.push(...c.floorMs);
      control.busyMs.push(...c.busyMs);
    }
  } finally {
    await emptyFrame.close();
  }
  results.open_times = { panelMs, panelCompleteMs, cleanViewMs, extension_page_floor_ms: floor, empty_frame_floor_ms: frameFloorMs };
  // Budgets over floors measured in the same run (issue 25): what the extension adds to what the
  // machine costs anyway.
  readinessOver('panel_ready_ms (real pages) over the options page opened the same way', panelMs, floor, 15);
  add(
    'panel: the whole article painted (after the headline and key points), ms from navigation',
    `median ${round(median(panelCompleteMs), 1)}`,
    '(reported)',
    true,
  );
  readinessOver('clean_view_ready_ms (real pages) over an empty frame opened the same way', cleanViewMs, frameFloorMs, 30);
  readinessControl(control);
}

/**
 * "Ready" must see an extension page's own work: the options page held ${BUSY_PAGE_MS} ms reads at
 * least half of that later (and in Firefox the clean view's empty frame held ${FRAME_HOLD_MS} ms,
 * `firefoxFrameControl`). Opened `controlOpens` times a page: in Firefox the driver polls for
 * "seen", 30–40 ms apart from one open to the next (a 50 ms hold read 24–53 ms over in short runs).
 */
function readinessControl(
  c: ControlTimes,
  browser = '',
  what = `the options page held ${BUSY_PAGE_MS} ms by a script in its head, over the options page`,
  holdMs = BUSY_PAGE_MS,
) {
  const over = median(c.busyMs) - median(c.floorMs);
  add(
    `${browser}readiness control: ${what}`,
    `median ${round(median(c.busyMs), 1)} − ${round(median(c.floorMs), 1)} = ${round(over, 1)}`,
    `≥ ${holdMs * 0.5}`,
    over >= holdMs * 0.5,
    false,
  );
}

const stallText = (xs: Stall[]) =>
  `max ${round(maxOf(xs.map((x) => x.cpuMs)), 1)} (wall ${round(maxOf(xs.map((x) => x.wallMs)), 1)}; heartbeat ${round(maxOf(xs.map((x) => x.heartbeatMs)), 1)})`;

/**
 * The page's longest task while the panel or the clean view opens, against a blank tab opened
 * the same way on the same page (asking nothing of it): budget on its CPU time; its wall time and
 * the heartbeat's longest gap are reported beside.
 */
function stallFigures(label: string, s: OpenStalls) {
  const blankMax = maxOf(s.blank.map((x) => x.cpuMs));
  const budget = `max ≤ floor max ${round(blankMax, 1)} + 5`;
  for (const [what, xs] of [
    ['panel', s.panel],
    ['clean view', s.cleanView],
  ] as const) {
    add(`page_longest_task_cpu_ms (${label}) ${what}`, stallText(xs), budget, maxOf(xs.map((x) => x.cpuMs)) <= blankMax + 5);
  }
  add(`page_longest_task_cpu_ms (${label}) floor: a blank tab opened`, stallText(s.blank), '(reported)', true);
}

async function stallRounds(b: Browsers) {
  const all: OpenStalls = { panel: [], cleanView: [], blank: [] };
  for (const page of N.pages) {
    const s = await openStalls(b.withExtension, page.url, N.opens);
    for (const k of Object.keys(all) as Array<keyof OpenStalls>) all[k].push(...s[k]);
  }
  const giant = await openStalls(b.withExtension, giantPage.url, QUICK ? 1 : 3);
  // Beside it, what any overlay costs that page: the same opening whose frame is empty.
  const emptyFrame = await launchCleanViewFloor();
  const giantEmptyFrame = await openStalls(emptyFrame, giantPage.url, QUICK ? 1 : 3).finally(() => emptyFrame.close());
  results.stalls = { real: all, giant, giant_empty_frame: giantEmptyFrame.cleanView };
  stallFigures('real pages', all);
  stallFigures('5 MB page', giant);
  add(
    'page_longest_task_cpu_ms (5 MB page) an empty frame opened the same way as the clean view',
    stallText(giantEmptyFrame.cleanView),
    '(reported)',
    true,
  );
  const control = await stallControl(b.withExtension, fixturePage.url);
  // The loop runs 100 ms of wall time; the thread's CPU time in it is a little less whenever the
  // system runs something else meanwhile (99.6 ms in a CI run): 90 still shows a task of its size.
  add(
    'stall control (a 100 ms busy loop in the page): longest task CPU / heartbeat',
    `${round(control.cpuMs, 1)} / ${round(control.heartbeatMs, 1)}`,
    'CPU ≥ 90, heartbeat ≥ 100',
    control.cpuMs >= 90 && control.heartbeatMs >= 100,
    false,
  );
}

async function readingFigures(b: Browsers) {
  const readMs = QUICK ? 4000 : 8000;
  const reading = {
    real: await readingStall(b.withExtension, N.pages[0]!.url, readMs),
    giant: await readingStall(b.withExtension, giantPage.url, readMs),
  };
  results.reading_stall = reading;
  add(
    `page_stall_ms reading with the panel open, ${readMs / 1000} s: real page / 5 MB page`,
    `${round(reading.real, 1)} / ${round(reading.giant, 1)}`,
    '≤ 50',
    Math.max(reading.real, reading.giant) <= 50,
  );
}

function sizeFigures() {
  const { version } = JSON.parse(readFileSync(join(PROJECT_DIR, 'package.json'), 'utf8')) as { version: string };
  const script = kb(join(CHROME_BUILD, 'declutter.js'));
  const zips = ['chrome', 'firefox'].map((b) => kb(join(PROJECT_DIR, '.output', `declutter-scmp-${version}-${b}.zip`)));
  add('content_script_kb', script, '≤ 13.6', script <= 13.6, false);
  // What the browser puts into the page beside it, parsed natively (no script runs for it).
  add('hiding_stylesheet_kb', kb(join(CHROME_BUILD, HIDING_STYLESHEET_FILE)), '(reported)', true, false);
  add(
    'package_kb (chrome / firefox)',
    zips.join(' / '),
    '≤ 250',
    zips.every((z) => z <= 250),
    false,
  );
}

/** The command line on the real pages (issue 15): one core against bare Readability, then workers. */
async function throughputFigures() {
  const t = await throughput(N.cli);
  results.throughput = t;
  const pipeline = medianInterval(t.pipeline.ms);
  const readability = medianInterval(t.readability.ms);
  add('extract_ms_per_page (one core, real pages)', formatInterval(pipeline), 'median ≤ 68', pipeline.median <= 68);
  add('bare Readability ms per page (jsdom, same pages)', formatInterval(readability), '(reported)', true);
  const runs = [t.pipeline, t.readability, t.oneWorker, t.allCores, ...t.sideBySide];
  add(
    `extract: every page read as an article (${runs.length} runs)`,
    runs.map((r) => `${r.articles}/${r.pages}`).join(', '),
    'all',
    runs.every((r) => r.pages > 0 && r.articles === r.pages),
    false,
  );
  const rate = (r: { pages: number; seconds: number }) => r.pages / r.seconds;
  const speedUp = rate(t.allCores) / rate(t.oneWorker);
  // The machine's own ceiling: as many one-worker runs as cores at the same time, in separate
  // processes, each over the whole archive: their pages per second together.
  const together = t.sideBySide.reduce((n, r) => n + r.pages, 0) / Math.max(...t.sideBySide.map((r) => r.seconds));
  const ceiling = together / rate(t.oneWorker);
  add(
    `extract pages/s, ${t.oneWorker.pages} pages: 1 worker / ${t.cores} workers`,
    `${round(rate(t.oneWorker), 1)} / ${round(rate(t.allCores), 1)} (×${round(speedUp)})`,
    `≥ 0.8 × the machine's ×${round(ceiling)}`,
    speedUp >= 0.8 * ceiling,
  );
  add(
    `machine ceiling: ${t.cores} one-worker runs side by side`,
    `${round(together, 1)} pages/s together (×${round(ceiling)})`,
    '(reported)',
    true,
  );
  const perWorker = (t.allCores.maxRssMb - t.oneWorker.maxRssMb) / Math.max(1, t.cores - 1);
  add(
    'extract peak memory MB: 1 worker / all cores (per worker)',
    `${Math.round(t.oneWorker.maxRssMb)} / ${Math.round(t.allCores.maxRssMb)} (${Math.round(perWorker)})`,
    '(reported)',
    true,
  );
}

// Before the browsers start: the command line has the machine to itself, as an archivist's run would.
await measure('command line throughput', throughputFigures);
const browsers = await launchBrowsers();
try {
  await measure('extraction', () => extractionFigures(browsers));
  await measure('page cost', () => costFigures(browsers));
  await measure('clutter', () => clutterFigures(browsers));
  await measure('panel and clean view ready', () => readinessFigures(browsers));
  await measure('page stalls', () => stallRounds(browsers));
  await measure('page while reading', () => readingFigures(browsers));
  await measure('sizes', async () => sizeFigures());
} finally {
  await browsers.close();
}
await measure('firefox page cost', firefoxCostFigures);
await measure('firefox panel and clean view ready', firefoxReadinessFigures);

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, Debian Chromium and Firefox ESR (headless)`;
const missed = figures.filter((f) => !f.met && (!QUICK || !f.timing)).map((f) => f.figure);
mkdirSync(join(PROJECT_DIR, 'bench', 'tmp'), { recursive: true });
writeFileSync(
  join(PROJECT_DIR, 'bench', QUICK ? 'tmp/results-quick.json' : 'results.json'),
  `${JSON.stringify({ machine, quick: QUICK, date: new Date().toISOString(), figures, failures, results }, null, 2)}\n`,
);
console.table(
  figures.map(({ figure, value, budget, met, timing }) => ({
    figure,
    value,
    budget,
    met: QUICK && timing ? `${met} (not enforced)` : met,
  })),
);
console.log(machine);
for (const f of failures) console.error(`did not complete: ${f}`);
if (missed.length) console.error(`budgets missed: ${missed.join('; ')}`);
process.exitCode = failures.length || missed.length ? 1 : 0;
