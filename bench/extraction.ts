/** The pipeline against bare Readability, and its scaling, inside Chromium (bench/in-page.ts). */
import { join } from 'node:path';
import { build } from 'esbuild';
import type { ChromiumSession } from '../test/e2e/chromium';
import { expected, fixturePage, PROJECT_DIR } from '../test/pages';

async function inPageBundle(): Promise<string> {
  const out = await build({
    entryPoints: [join(PROJECT_DIR, 'bench', 'in-page.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    platform: 'browser',
    target: 'chrome120',
  });
  return out.outputFiles[0]?.text ?? '';
}

export async function extraction(plain: ChromiumSession, runs: number): Promise<Record<string, number>> {
  const page = await plain.context.newPage();
  try {
    await page.goto(fixturePage.url, { waitUntil: 'load' });
    await page.evaluate(await inPageBundle());
    const r = await page.evaluate(
      (n) => (globalThis as unknown as { declutterBench: { run(n: number): Record<string, number> } }).declutterBench.run(n),
      runs,
    );
    if (r.paragraphs !== expected.bodyParagraphs.length) throw new Error(`the pipeline found ${r.paragraphs} paragraphs`);
    return r;
  } finally {
    await page.close();
  }
}
