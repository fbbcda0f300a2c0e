// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expected, fixturePage, jsonInScriptPage, PROJECT_DIR, vueOpinionPage } from '../pages';

/** Runs the command line exactly as `npm run extract --` does, in a child process. */
function extract(...args: string[]) {
  const r = spawnSync(join(PROJECT_DIR, 'node_modules/.bin/tsx'), ['src/cli/extract-command.ts', ...args], {
    cwd: PROJECT_DIR,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'declutter-cli-'));

describe('npm run extract', () => {
  it('--format json on the bundled page agrees with expected.json', () => {
    const r = extract('--format', 'json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({
      isArticle: true,
      title: expected.title,
      byline: expected.byline,
      topics: expected.topics,
      keyPoints: expected.keyPoints,
      keyPointsSource: 'publisher',
      paragraphs: expected.bodyParagraphs,
      publishedTime: fixturePage.publishedTime,
      url: fixturePage.url,
      readingMinutes: 1,
      clutterFound: { ads: 4, 'audio-player': 1, 'video-promos': 1 },
      // The old name, for one release.
      removed: { ads: 4, 'audio-player': 1, 'video-promos': 1 },
    });
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining([
        'isArticle',
        'title',
        'byline',
        'publishedTime',
        'topics',
        'keyPoints',
        'keyPointsSource',
        'generatedKeyPoints',
        'paragraphs',
        'contentHtml',
        'readingMinutes',
        'removed',
      ]),
    );
  });

  it('sanitizes the HTML it prints (jsdom, where DOMPurify really works)', () => {
    const page = join(tmp, 'hostile.html');
    const html = `<html><head><link rel="canonical" href="${fixturePage.url}"></head><body>
      <div data-qa="GenericArticle-GenericArticleContainer"><h1>Hostile</h1>
      <div data-qa="GenericArticle-Content"><section data-qa="ContentBody-ContentBodyContainer">
        <p datatype="p">Safe words <img src=x onerror="alert(1)"> and <a href="javascript:alert(2)">a bad link</a>.</p>
        <p datatype="p">More <a href="https://www.scmp.com/news" onclick="alert(3)">good link</a><script>alert(4)</script>.</p>
      </section></div></div></body></html>`;
    writeFileSync(page, html);
    const r = extract(page, '--format', 'json');
    expect(r.code).toBe(0);
    const { contentHtml } = JSON.parse(r.stdout) as { contentHtml: string };
    expect(contentHtml).toBe(
      '<p>Safe words and a bad link.</p>\n<p>More <a href="https://www.scmp.com/news" target="_blank" rel="noopener noreferrer">good link</a>.</p>',
    );
  });

  it('prints Markdown by default: title, byline and date, link, key points, body', () => {
    const r = extract();
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 9)).toEqual([
      `# ${expected.title}`,
      '',
      'Kawala Xie · 10 Dec 2023',
      '',
      `<${fixturePage.url}>`,
      '',
      '## Key points',
      '',
      `- ${expected.keyPoints[0]}`,
    ]);
    for (const p of expected.bodyParagraphs) expect(lines).toContain(p);
    expect(r.stdout).not.toContain('Advertisement');
  });

  it('prints plain text with --format text', () => {
    const r = extract('--format', 'text');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 6)).toEqual([
      expected.title,
      'Kawala Xie · 10 Dec 2023',
      fixturePage.url,
      '',
      `• ${expected.keyPoints[0]}`,
      `• ${expected.keyPoints[1]}`,
    ]);
  });

  it('exits 3 with a one-line reason and isArticle false for a page that is not an article', () => {
    const r = extract('--url', 'https://www.scmp.com/news/china', '--format', 'json');
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^extract: not an article: /);
    expect(JSON.parse(r.stdout)).toEqual({ isArticle: false, url: 'https://www.scmp.com/news/china', reason: expect.any(String) });
  });

  it('exits 3 for an article address whose page has no body', () => {
    const page = join(tmp, 'empty.html');
    writeFileSync(page, '<html><head><title>Empty</title></head><body><nav>Menu</nav></body></html>');
    const r = extract(page, '--url', fixturePage.url);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('extract: not an article: No article body was found on the page.\n');
  });

  it('reads JSON that quotes HTML in a script as the panel does (article-model.test.ts)', () => {
    const page = join(tmp, 'json-in-script.html');
    writeFileSync(page, jsonInScriptPage.html);
    const r = extract(page, '--format', 'json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { keyPoints: string[]; foundBy: { keyPoints: string } };
    expect(json.keyPoints).toEqual(jsonInScriptPage.keyPoints);
    expect(json.foundBy.keyPoints).toBe('app-state');
  });

  it('says a page holds no article text rather than printing its furniture (a 2020 client-rendered page)', () => {
    const page = join(tmp, 'vue.html');
    writeFileSync(page, vueOpinionPage.html);
    const r = extract(page);
    expect(r).toEqual({ code: 3, stdout: '', stderr: 'extract: not an article: No article body was found on the page.\n' });
  });

  it('exits 2 with a clear message for a missing file or a bad option', () => {
    const missing = extract(join(tmp, 'nope.html'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`extract: cannot read ${join(tmp, 'nope.html')}: no such file\n`);
    // A folder is the many-page run's (test/unit/batch.test.ts): one without pages says so in its table.
    const empty = mkdtempSync(join(tmpdir(), 'declutter-cli-empty-'));
    const folder = extract(empty);
    expect(folder.code).toBe(0);
    expect(folder.stdout).toBe('');
    expect(folder.stderr).toMatch(/^ {2}pages {20}0$/m);
    const badFormat = extract('--format', 'pdf');
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toMatch(/^extract: unknown format "pdf"\nusage: /);
  });
});
