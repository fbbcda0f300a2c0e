// Building from source, as an addons.mozilla.org reviewer does: the sources zip alone, unpacked in
// an empty folder, `npm ci` and `npm run build-for-amo` (the README's "Building from source"),
// gives the Firefox package of the checkout, file by file and byte for byte.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../pages';
import { FIREFOX_BUILD } from './site';

const { version } = JSON.parse(readFileSync(join(PROJECT_DIR, 'package.json'), 'utf8')) as { version: string };
const SOURCES_ZIP = join(PROJECT_DIR, '.output', `declutter-scmp-${version}-sources.zip`);

/** Every file under `dir`, by its path inside it, with its bytes. */
function files(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return found;
}

describe('the sources zip', () => {
  it('holds what a reviewer needs to read: the licence, the privacy policy and the build steps', () => {
    const listed = execFileSync('unzip', ['-Z1', SOURCES_ZIP], { encoding: 'utf8' }).split('\n');
    for (const file of ['LICENSE', 'PRIVACY.md', 'README.md', 'package.json', 'package-lock.json', 'wxt.config.ts'])
      expect(listed, file).toContain(file);
    expect(listed.some((f) => f.startsWith('node_modules/') || f.startsWith('.output/'))).toBe(false);
    expect(readFileSync(join(PROJECT_DIR, 'README.md'), 'utf8')).toContain('## Building from source');
  });

  it('rebuilds the Firefox package of the checkout, file by file, in an empty folder', { timeout: 600_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'declutter-sources-'));
    try {
      execFileSync('unzip', ['-q', SOURCES_ZIP, '-d', dir]);
      // From npm's cache where it has the packages (the checkout's own `npm ci` filled it).
      execFileSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'pipe' });
      execFileSync('npm', ['run', 'build-for-amo'], { cwd: dir, stdio: 'pipe' });
      const rebuilt = files(join(dir, '.output', 'firefox-mv2'));
      const shipped = files(FIREFOX_BUILD);
      expect([...rebuilt.keys()].sort()).toEqual([...shipped.keys()].sort());
      const differ = [...shipped].filter(([path, bytes]) => !bytes.equals(rebuilt.get(path)!)).map(([path]) => path);
      expect(differ).toEqual([]);
      console.log(`sources zip: ${rebuilt.size} files of the Firefox package rebuilt, byte for byte`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
