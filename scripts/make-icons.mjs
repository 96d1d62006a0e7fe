#!/usr/bin/env node
// Draws the toolbar icon (a lens with a quotation mark) as PNGs in public/icon/. No dependencies:
// pixels are computed here and written with Node's zlib. Run once after changing the design.
import fs from 'node:fs';
import zlib from 'node:zlib';

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
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function icon(size) {
  const px = Buffer.alloc(size * (size * 4 + 1));
  const c = size / 2, r = size * 0.36, ring = Math.max(1.5, size * 0.09);
  for (let y = 0; y < size; y++) {
    px[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const i = y * (size * 4 + 1) + 1 + x * 4;
      const dx = x + 0.5 - c * 0.92, dy = y + 0.5 - c * 0.92, d = Math.hypot(dx, dy);
      // handle of the lens, bottom right
      const hx = x + 0.5 - size * 0.78, hy = y + 0.5 - size * 0.78;
      const onHandle = Math.abs(hx - hy) < size * 0.09 && hx + hy > -size * 0.2 && hx + hy < size * 0.3;
      const onRing = Math.abs(d - r) < ring / 2;
      // two quote dots inside the lens
      const q1 = Math.hypot(x + 0.5 - (c * 0.92 - r * 0.35), y + 0.5 - c * 0.85) < r * 0.22;
      const q2 = Math.hypot(x + 0.5 - (c * 0.92 + r * 0.35), y + 0.5 - c * 0.85) < r * 0.22;
      let rgba = [0, 0, 0, 0];
      if (d < r - ring / 2) rgba = [255, 244, 200, 255];
      if (q1 || q2) rgba = [214, 120, 0, 255];
      if (onRing || onHandle) rgba = [40, 52, 72, 255];
      px.set(rgba, i);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(px, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

fs.mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) fs.writeFileSync(`public/icon/${size}.png`, icon(size));
console.log('wrote public/icon/{16,32,48,96,128}.png');
