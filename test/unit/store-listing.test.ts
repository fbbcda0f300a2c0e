// The stores' text limits, on the manifest's words in every locale and on the listing text in
// store/ (pasted into the Chrome Web Store and addons.mozilla.org forms): each field within the
// limit, the listing's name and summary the manifest's own, and a justification for each
// permission the Chrome package asks for, no more, no fewer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { localeMessages } from '../../src/i18n/locales';
import { PROJECT_DIR } from '../pages';

/**
 * The limits. Name: 45 characters (addons-linter's check; addons.mozilla.org takes 50, the Chrome
 * Web Store 75). Summary: 132 (the Chrome manifest's `description`, also its store summary;
 * addons.mozilla.org takes 250). Description: 16,000 (the Chrome Web Store). Single purpose,
 * each permission's justification, remote code and data use: 1,000 (the Chrome Web Store
 * dashboard's fields).
 */
const LIMITS: Record<string, number> = { Name: 45, Summary: 132, Description: 16_000 };
const FIELD_LIMIT = 1_000;

/** The listing's fields: `## Heading` → its text. */
function listing(locale: string): Map<string, string> {
  const text = readFileSync(join(PROJECT_DIR, 'store', `${locale}.md`), 'utf8');
  const fields = new Map<string, string>();
  for (const part of text.split(/^## /m).slice(1)) {
    const [heading, ...body] = part.split('\n');
    fields.set(heading!.trim(), body.join('\n').trim());
  }
  return fields;
}

/** What the Chrome package asks for, as the listing names it. */
function chromePermissions(): string[] {
  const manifest = (config.manifest as (env: { browser: string; mode: string }) => { permissions: string[]; host_permissions: string[] })({
    browser: 'chrome',
    mode: 'production',
  });
  // WXT adds `sidePanel` for the side panel entrypoint.
  return [`host access to ${manifest.host_permissions.join(' and ')}`, ...manifest.permissions, 'sidePanel'];
}

describe('the pictures for the listings', () => {
  it('the small promo tile is 440 × 280 px (made by `npm run screenshots`)', () => {
    const png = readFileSync(join(PROJECT_DIR, 'store', 'promo-440x280.png'));
    // A PNG's size: the IHDR chunk's width and height, big-endian, at bytes 16 and 20.
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([440, 280]);
  });
});

describe('the manifest’s words, in every locale', () => {
  it.each(Object.entries(localeMessages()))('%s: a name of at most 45 characters and a description of at most 132', (_, messages) => {
    expect(messages.extName!.length).toBeGreaterThan(0);
    expect(messages.extName!.length).toBeLessThanOrEqual(45);
    expect(messages.extDescription!.length).toBeGreaterThan(0);
    expect(messages.extDescription!.length).toBeLessThanOrEqual(132);
  });
});

describe.each([
  ['en', 'en'],
  ['zh-TW', 'zh_TW'],
])('the store listing in %s', (file, locale) => {
  const fields = listing(file);
  const messages = localeMessages()[locale]!;

  it('names the extension and sums it up in the manifest’s own words', () => {
    expect(fields.get('Name')).toBe(messages.extName);
    expect(fields.get('Summary')).toBe(messages.extDescription);
  });

  it('has every field, each within its store’s limit', () => {
    const permissions = chromePermissions().map((p) => `Permission: ${p}`);
    expect([...fields.keys()]).toEqual(['Name', 'Summary', 'Description', 'Single purpose', ...permissions, 'Remote code', 'Data use']);
    for (const [field, text] of fields) {
      expect(text.length, field).toBeGreaterThan(0);
      expect(text.length, field).toBeLessThanOrEqual(LIMITS[field] ?? FIELD_LIMIT);
    }
  });

  it('points to the privacy policy', () => {
    expect(fields.get('Description')).toContain('PRIVACY.md');
  });
});
