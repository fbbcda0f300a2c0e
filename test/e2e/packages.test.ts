// Store readiness: both store zips install from scratch and work; web-ext lint passes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePage, PROJECT_DIR } from '../pages';
import { launchChromium } from './chromium';
import { launchFirefox, pollUntil } from './firefox';
import { chromium } from 'playwright-core';
import { RULES } from '../../src/rules/rules';
import { HOOK_ATTRIBUTE } from '../../src/rules/scmp-markup';
import { compileStylesheet, HIDING_STYLESHEET_FILE } from '../../src/rules/stylesheet';
import { FIREFOX_ADDON_ID, FIREFOX_BUILD, hidingInForce } from './site';

const { version } = JSON.parse(readFileSync(join(PROJECT_DIR, 'package.json'), 'utf8')) as { version: string };
const zip = (browser: string) => join(PROJECT_DIR, '.output', `declutter-scmp-${version}-${browser}.zip`);
function unzipped(file: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'declutter-zip-'));
  execFileSync('unzip', ['-q', file, '-d', dir]);
  return dir;
}

const manifestOf = (file: string) =>
  JSON.parse(execFileSync('unzip', ['-p', file, 'manifest.json'], { encoding: 'utf8' })) as Record<string, unknown>;

/** Runs in a page: the box of an image's non-transparent pixels. */
const artworkBox = async (src: string) => {
  const image = new Image();
  image.src = src;
  await image.decode();
  const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  let [left, top, right, bottom] = [image.width, image.height, -1, -1];
  for (let y = 0; y < image.height; y++)
    for (let x = 0; x < image.width; x++)
      if (data[(y * image.width + x) * 4 + 3]! > 0)
        [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
  return { width: image.width, height: image.height, art: `${right - left + 1}×${bottom - top + 1} at ${left},${top}` };
};

describe('what the stores ask of the packages', () => {
  it('Chrome: the Chrome version the side panel needs; Firefox: a stable GUID id, and Firefox for Android', () => {
    expect(manifestOf(zip('chrome')).minimum_chrome_version).toBe('116');
    const gecko = manifestOf(zip('firefox')).browser_specific_settings as {
      gecko: { id: string };
      gecko_android: { strict_min_version: string };
    };
    expect(gecko.gecko.id).toBe(FIREFOX_ADDON_ID);
    expect(gecko.gecko.id).toMatch(/^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/);
    expect(gecko.gecko_android.strict_min_version).toBe('142.0');
  });

  it('AMO’s sources zip: the project’s files, none of the git-ignored scratch (the bench’s copies of the extension)', () => {
    const files = execFileSync('unzip', ['-Z1', zip('sources')], { encoding: 'utf8' })
      .trim()
      .split('\n');
    expect(files).toEqual(
      expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'README.md', 'src/rules/rules.ts']),
    );
    expect(files.filter((f) => /^(bench\/tmp|test-results|node_modules|\.output)\//.test(f))).toEqual([]);
  });

  it('the icons: each its size; the 128 px one 96 × 96 px of artwork inside 16 px of transparent padding', async () => {
    const icons = manifestOf(zip('chrome')).icons as Record<string, string>;
    expect(Object.keys(icons)).toEqual(['16', '32', '48', '96', '128']);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox'],
    });
    try {
      const page = await browser.newPage();
      const boxes: Record<string, unknown> = {};
      for (const [size, path] of Object.entries(icons)) {
        const png = readFileSync(join(PROJECT_DIR, '.output', 'chrome-mv3', path)).toString('base64');
        boxes[size] = await page.evaluate(artworkBox, `data:image/png;base64,${png}`);
      }
      expect(boxes).toEqual({
        16: { width: 16, height: 16, art: '16×16 at 0,0' },
        32: { width: 32, height: 32, art: '32×32 at 0,0' },
        48: { width: 48, height: 48, art: '48×48 at 0,0' },
        96: { width: 96, height: 96, art: '96×96 at 0,0' },
        128: { width: 128, height: 128, art: '96×96 at 16,16' },
      });
    } finally {
      await browser.close();
    }
  });
});

describe('the page’s scripts', () => {
  it.each(['chrome-mv3', 'firefox-mv2'])('%s: hold every rule’s selector and label, and no rule’s `why`', (build) => {
    for (const script of ['declutter.js', 'page-reader.js']) {
      const code = readFileSync(join(PROJECT_DIR, '.output', build, script), 'utf8');
      // The module is written with the hook's opening spelled once (src/rules/page-rules.ts,
      // evaluated whole in test/unit/page-rules.test.ts): every other part of a selector is here.
      for (const rule of RULES) {
        for (const part of rule.selector?.split(`[${HOOK_ATTRIBUTE}="`) ?? []) expect(code, `${script}: ${rule.id}`).toContain(part);
        if (rule.label?.kind === 'exact') expect(code, `${script}: ${rule.id}`).toContain(rule.label.text);
        expect(code.includes(rule.why), `${script}: ${rule.id}’s why`).toBe(false);
      }
    }
  });
});

describe('the hiding stylesheet', () => {
  it.each(['chrome', 'firefox'] as const)(
    '%s: is in the package as the rules compile it, put into SCMP’s pages at document_start',
    (browser) => {
      const file = zip(browser);
      const scripts = manifestOf(file).content_scripts as { matches: string[]; css?: string[]; js: string[]; run_at: string }[];
      expect(scripts.map((s) => [s.css ?? [], s.js, s.run_at])).toEqual([
        [[HIDING_STYLESHEET_FILE], ['declutter.js'], 'document_start'],
        [[], ['page-reader.js'], 'document_end'],
      ]);
      expect(execFileSync('unzip', ['-p', file, HIDING_STYLESHEET_FILE], { encoding: 'utf8' })).toBe(compileStylesheet(RULES));
    },
  );
});

describe('the store packages', () => {
  it('the Chrome zip installs from scratch and declutters the article', async () => {
    const dir = unzipped(zip('chrome'));
    const session = await launchChromium(dir);
    try {
      const page = await session.context.newPage();
      await page.goto(fixturePage.url, { waitUntil: 'load' });
      expect(await page.evaluate(hidingInForce)).toBe(true);
      expect(await page.evaluate(() => document.body.innerText.includes('Advertisement'))).toBe(false);
    } finally {
      await session.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the Firefox zip installs from scratch and declutters the article', async () => {
    const dir = unzipped(zip('firefox'));
    const session = await launchFirefox(dir);
    try {
      const page = await session.newPage();
      let hiding = false;
      for (let i = 0; i < 5 && !hiding; i++) {
        await page.goto(fixturePage.url, { waitUntil: 'domcontentloaded' });
        hiding = await pollUntil(page, hidingInForce, (v) => v, 3_000);
      }
      expect(hiding).toBe(true);
      expect(await page.evaluate(() => document.body.innerText.includes('Advertisement'))).toBe(false);
    } finally {
      await session.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('web-ext lint: no error, and no warning but the innerHTML ones inside DOMPurify and Readability', () => {
    let out = '';
    try {
      out = execFileSync(join(PROJECT_DIR, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', FIREFOX_BUILD, '--output', 'json'], {
        encoding: 'utf8',
      });
    } catch (e) {
      out = (e as { stdout: string }).stdout; // web-ext exits non-zero on warnings in some versions
    }
    const report = JSON.parse(out) as { errors: unknown[]; warnings: Array<{ code: string; file: string; line: number; column: number }> };
    expect(report.errors).toEqual([]);
    const library = report.warnings.map((w) => {
      const line = readFileSync(join(FIREFOX_BUILD, w.file), 'utf8').split('\n')[w.line - 1] ?? '';
      const before = line.slice(Math.max(0, w.column - 400), w.column + 40);
      // DOMPurify's _initDocument parses into a template; Readability re-parses its own output.
      const where = /parseFromString\(.*createDocument\(/.test(before)
        ? 'DOMPurify'
        : /_attempts|_isSingleImage|_debug&&this\.log/.test(before)
          ? 'Readability'
          : 'ours';
      return `${w.code} in ${where}`;
    });
    expect(
      library.every((w) => w === 'UNSAFE_VAR_ASSIGNMENT in DOMPurify' || w === 'UNSAFE_VAR_ASSIGNMENT in Readability'),
      library.join('\n'),
    ).toBe(true);
    console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${library.join(', ')})`);
  });
});
