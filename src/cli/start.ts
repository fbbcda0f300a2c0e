/**
 * `npm start`, after the packages are built: show the captured article as the extension
 * sees it, and where the installable packages are.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { runCli } from './extract-command';

const project = process.cwd();
const result = runCli(['--format', 'json']);
if (result.code !== 0) {
  process.stderr.write(result.stderr);
  process.exit(result.code);
}
const article = JSON.parse(result.stdout) as {
  title: string;
  keyPoints: string[];
  generatedKeyPoints: { text: string }[];
  keyPointsSource: string;
  paragraphs: string[];
  clutterFound: Record<string, number>;
};
const hidden = Object.entries(article.clutterFound)
  .filter(([, n]) => n > 0)
  .map(([c, n]) => `${n} ${c}`)
  .join(', ');

const out = resolve(project, '.output');
// The two unpacked builds and the zips; test builds (`--mode e2e`) are not for installing.
const packages = existsSync(out)
  ? readdirSync(out).filter(
      (f) => f.endsWith('.zip') || (['chrome-mv3', 'firefox-mv2'].includes(f) && statSync(join(out, f)).isDirectory()),
    )
  : [];

console.log(`The captured SCMP article, decluttered:\n`);
console.log(`  ${article.title}\n`);
for (const point of [...article.keyPoints, ...article.generatedKeyPoints.map((p) => p.text)]) console.log(`  • ${point}`);
console.log(`\n  (${article.paragraphs.length} paragraphs; clutter found and hidden: ${hidden})\n`);
console.log('Packages:');
for (const p of packages.sort()) {
  const hint =
    p === 'chrome-mv3'
      ? 'Chrome: chrome://extensions → Developer mode → Load unpacked'
      : p === 'firefox-mv2'
        ? 'Firefox: about:debugging → This Firefox → Load Temporary Add-on → manifest.json'
        : p.endsWith('-sources.zip')
          ? 'source archive for Firefox add-on review'
          : 'store package';
  console.log(`  ${relative(project, join(out, p))}${p.endsWith('.zip') ? '' : '/'}  — ${hint}`);
}
