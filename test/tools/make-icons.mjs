// Draws the extension icon (a calm page: three text lines on a deep-teal card) at every size
// Chrome and Firefox ask for, as PNG, with no image library: `node test/tools/make-icons.mjs`.
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { URL } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function pixel(x, y) {
  // Unit square coordinates; 4x supersampled by the caller.
  const r = 0.2,
    inset = 0.04;
  const dx = Math.max(inset + r - x, 0, x - (1 - inset - r)),
    dy = Math.max(inset + r - y, 0, y - (1 - inset - r));
  if (dx * dx + dy * dy > r * r) return [0, 0, 0, 0];
  const lines = [
    [0.3, 0.74],
    [0.47, 0.74],
    [0.64, 0.56],
  ]; // [y centre, right end]
  for (const [cy, right] of lines) if (Math.abs(y - cy) < 0.055 && x > 0.24 && x < right) return [250, 247, 240, 255];
  return [18, 84, 92, 255];
}

for (const size of SIZES) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const p = pixel((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
          for (let i = 0; i < 4; i++) acc[i] += p[i] * (i < 3 ? p[3] / 255 : 1);
        }
      const a = acc[3] / 16,
        o = y * (size * 4 + 1) + 1 + x * 4;
      for (let i = 0; i < 3; i++) raw[o + i] = a ? Math.round(acc[i] / 16 / (a / 255)) : 0;
      raw[o + 3] = Math.round(a);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const png = Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  writeFileSync(new URL(`../../assets/icon/${size}.png`, import.meta.url), png);
}
