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
/** Node's own CRC-32 (zlib.crc32, from Node 20.15 and 22.2), else JSZip's JavaScript one. */
const crc32 =
  (zlib as { crc32?: (data: Uint8Array) => number }).crc32 ??
  (require("jszip/lib/crc32") as (data: Uint8Array) => number);

/** Text pieces as UTF-8 in one buffer of their size: no joined string, no second copy. */
function utf8(pieces: readonly string[]): Buffer {
  let size = 0;
  for (const piece of pieces) size += Buffer.byteLength(piece, "utf8");
  const bytes = Buffer.allocUnsafe(size);
  let at = 0;
  for (const piece of pieces) at += bytes.write(piece, at, "utf8");
  return bytes;
}

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
    const bytes = utf8(pieces);
    const compressed = deflateRawSync(bytes, { level: 1, chunkSize: 1 << 20 });
    return new CompressedObject(compressed.length, bytes.length, crc32(bytes), DEFLATE, compressed);
  },
};
