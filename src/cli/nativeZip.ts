import type JSZip from "jszip";
import zlib, { deflateRawSync, inflateRawSync } from "zlib";
import type { PartCodec } from "../emulator/xlsxOpc";

interface Compressed {
  compression?: { magic?: string };
  compressedContent?: unknown;
  uncompressedSize?: number;
}

/*
 * JSZip (3.10, pinned) inflates and deflates with pako, in JavaScript: a sheet of 200,000 rows or one formatted to
 * row 1,048,576 costs seconds there. Node's zlib does the same raw deflate natively. These are JSZip's own modules
 * (the ones `require("jszip")` runs on in Node), so a part deflated here is written as it is, as a part read from a
 * file is; a part this does not know how to read (stored, or a JSZip other than this one) is left to JSZip.
 */
const CompressedObject = require("jszip/lib/compressedObject") as new (
  compressedSize: number,
  uncompressedSize: number,
  crc32: number,
  compression: unknown,
  data: Uint8Array
) => Compressed;
const DEFLATE = (require("jszip/lib/compressions") as { DEFLATE: { magic: string } }).DEFLATE;
/** Node's own CRC-32 (zlib.crc32, from Node 20.15 and 22.2), else JSZip's JavaScript one; both carry on from `crc`. */
const crc32 =
  (zlib as { crc32?: (data: Uint8Array, crc?: number) => number }).crc32 ??
  (require("jszip/lib/crc32") as (data: Uint8Array, crc?: number) => number);

/** Characters encoded at a time, into one buffer used again and again (a fresh 85 MB one costs its page faults). */
const CHARACTERS = 1 << 20;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Text pieces as UTF-8, a few megabytes at a time in the same buffer: never one string, never all the bytes. */
function* utf8Chunks(pieces: readonly string[]): Generator<Buffer> {
  const buffer = Buffer.allocUnsafe(4 * 3 * CHARACTERS);
  let used = 0;
  for (const piece of pieces) {
    for (let from = 0; from < piece.length;) {
      let to = Math.min(piece.length, from + CHARACTERS);
      if (to < piece.length && isHighSurrogate(piece.charCodeAt(to - 1))) to--; // a pair stays whole
      if (used + 3 * (to - from) > buffer.length) {
        yield buffer.subarray(0, used);
        used = 0;
      }
      used += buffer.write(piece.slice(from, to), used, "utf8");
      from = to;
    }
  }
  if (used > 0) yield buffer.subarray(0, used);
}

/**
 * Raw deflate of each chunk ended by a sync flush (byte-aligned, no final block), the stream closed by an empty final
 * block: one deflate stream, as pigz makes it, from a few megabytes at a time.
 */
const SYNC = { level: 1, finishFlush: zlib.constants.Z_SYNC_FLUSH, chunkSize: 1 << 20 };
const FINAL_BLOCK = deflateRawSync(new Uint8Array(0));

export const nativeZip: PartCodec = {
  inflate(file: JSZip.JSZipObject) {
    const data = (file as unknown as { _data?: unknown })._data;
    if (
      !(data instanceof CompressedObject) ||
      data.compression?.magic !== DEFLATE.magic ||
      !(data.compressedContent instanceof Uint8Array)
    )
      return undefined;
    // One output buffer of the part's size: no chunks gathered and copied again.
    const bytes = inflateRawSync(data.compressedContent, {
      chunkSize: Math.max(64, data.uncompressedSize ?? 0),
    });
    if (bytes.length !== data.uncompressedSize)
      throw new Error(`${file.name}: uncompressed size mismatch`);
    return bytes;
  },
  deflate(pieces: readonly string[]) {
    const compressed: Buffer[] = [];
    let size = 0;
    let crc = 0;
    for (const chunk of utf8Chunks(pieces)) {
      size += chunk.length;
      crc = crc32(chunk, crc);
      compressed.push(deflateRawSync(chunk, SYNC));
    }
    compressed.push(FINAL_BLOCK);
    const data = Buffer.concat(compressed);
    return new CompressedObject(data.length, size, crc, DEFLATE, data);
  },
};
