/**
 * The system's voices for the browser tests, without touching the system's own set-up: a private
 * speech-dispatcher (Debian's, with espeak-ng: test/setup-browsers.sh) whose audio goes to ALSA's
 * null device, on a socket of its own that the browsers are pointed to by `SPEECHD_ADDRESS`.
 * Measured: with no audio device the browsers list the voices but an utterance never ends; with
 * the null device each ends in about 0.1–0.2 s (2026-12-02, Chromium 156, Firefox ESR 153).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SYSTEM_CONFIG = '/etc/speech-dispatcher';
const SERVER = '/usr/bin/speech-dispatcher';

export interface SpeechServer {
  /** The environment that points a browser (and the speech-dispatcher it would spawn) here. */
  env: Record<string, string>;
  stop(): void;
}

export async function startSpeechServer(): Promise<SpeechServer> {
  if (!existsSync(SERVER) || !existsSync(SYSTEM_CONFIG)) {
    throw new Error('speech-dispatcher is not installed: run `bash test/setup-browsers.sh`');
  }
  const dir = mkdtempSync(join(tmpdir(), 'declutter-speech-'));
  const config = join(dir, 'config');
  cpSync(SYSTEM_CONFIG, config, { recursive: true });
  const conf = join(config, 'speechd.conf');
  const silent = readFileSync(conf, 'utf8')
    .replace(/^#?\s*AudioOutputMethod .*$/m, 'AudioOutputMethod "alsa"')
    .replace(/^#?\s*AudioALSADevice .*$/m, 'AudioALSADevice "null"');
  writeFileSync(conf, silent);
  const socket = join(dir, 'speechd.sock');
  const server = spawn(SERVER, ['--run-single', '-t', '0', '-c', 'unix_socket', '-S', socket, '-C', config, '-P', join(dir, 'pid')], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 100 && !existsSync(socket); i++) await new Promise((r) => setTimeout(r, 50));
  if (!existsSync(socket)) {
    server.kill();
    throw new Error('speech-dispatcher did not start');
  }
  return {
    env: { SPEECHD_ADDRESS: `unix_socket:${socket}` },
    stop() {
      server.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Run in an extension page: records each piece the highlight moves to, in `window.__highlights`. */
export const RECORD_HIGHLIGHTS = () => {
  const seen: string[] = [];
  (window as unknown as { __highlights: string[] }).__highlights = seen;
  new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target as Element;
      const id = el.getAttribute('data-sid');
      if (id && el.classList.contains('speaking') && seen[seen.length - 1] !== id) seen.push(id);
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
};
