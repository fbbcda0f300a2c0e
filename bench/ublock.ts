/**
 * uBlock Origin, as Debian packages it for Firefox (`webext-ublock-origin-firefox`), for the
 * benchmark's comparison only: the package is downloaded (never installed: a system-wide install
 * goes to /usr/share/mozilla/extensions, and from there into every Firefox profile that enables
 * all scopes) and unpacked into bench/tmp; the bench installs that folder into its own profile.
 * Its filter lists are the ones the package ships (the bench's browsers reach no network).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_DIR } from '../test/pages';

const PACKAGE = 'webext-ublock-origin-firefox';
const DIR = join(PROJECT_DIR, 'bench', 'tmp', 'ublock');
/** Where the package puts the add-on: Firefox's application id, then uBO's add-on id. */
const ADDON = join('usr', 'share', 'mozilla', 'extensions', '{ec8030f7-c20a-464f-9b0e-13a3a9e97384}', 'uBlock0@raymondhill.net');

export interface UblockCopy {
  /** The unpacked add-on, or null with the reason. */
  path: string | null;
  version: string | null;
  missing: string | null;
}

export function ublockCopy(): UblockCopy {
  try {
    rmSync(DIR, { recursive: true, force: true });
    mkdirSync(DIR, { recursive: true });
    execFileSync('apt-get', ['download', PACKAGE], { cwd: DIR, stdio: 'pipe' });
    const deb = readdirSync(DIR).find((f) => f.endsWith('.deb'));
    if (!deb) return { path: null, version: null, missing: `apt-get download ${PACKAGE} gave no package` };
    execFileSync('dpkg-deb', ['-x', deb, 'root'], { cwd: DIR, stdio: 'pipe' });
    const path = join(DIR, 'root', ADDON);
    if (!existsSync(join(path, 'manifest.json'))) return { path: null, version: null, missing: `${deb} holds no add-on at ${ADDON}` };
    const version = execFileSync('dpkg-deb', ['-f', deb, 'Version'], { cwd: DIR, encoding: 'utf8' }).trim();
    return { path, version, missing: null };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { path: null, version: null, missing: `${PACKAGE} could not be had here (${reason})` };
  }
}
