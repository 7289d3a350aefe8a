/**
 * Draws the add-in's icons (a green ledger page with budget bars) at the sizes Office asks for, as PNG,
 * so that they can be rebuilt without an image editor: `npx tsx scripts/make-icons.ts`.
 */
import { writeFileSync } from "fs";
import { deflateSync } from "zlib";

type Pixel = [number, number, number, number];

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number, pixel: (x: number, y: number) => Pixel): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const GREEN: Pixel = [16, 124, 65, 255];
const WHITE: Pixel = [255, 255, 255, 255];
const GOLD: Pixel = [242, 169, 0, 255];
const CLEAR: Pixel = [0, 0, 0, 0];

function icon(size: number): Buffer {
  const u = size / 16;
  const bars = [5, 9, 7, 11];
  return png(size, (x, y) => {
    const [fx, fy] = [x / u, y / u];
    if (fx < 1 || fx >= 15 || fy < 1 || fy >= 15) return CLEAR;
    if (fx < 2 || fx >= 14 || fy < 2 || fy >= 14) return GREEN;
    const bar = Math.floor((fx - 3) / 2.5);
    const inBar = fx >= 3 && bar < bars.length && (fx - 3) % 2.5 < 1.6;
    if (inBar && fy >= 13 - bars[bar] * 0.9) return bar === 3 ? GOLD : GREEN;
    return WHITE;
  });
}

for (const size of [16, 32, 64, 80]) writeFileSync(`assets/icon-${size}.png`, icon(size));
