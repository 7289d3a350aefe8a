import type JSZip from "jszip";
import { deflateRawSync, inflateRawSync } from "zlib";
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
const crc32 = require("jszip/lib/crc32") as (data: Uint8Array) => number;

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
  deflate(bytes: Uint8Array) {
    const compressed = deflateRawSync(bytes, { level: 1, chunkSize: 1 << 20 });
    return new CompressedObject(compressed.length, bytes.length, crc32(bytes), DEFLATE, compressed);
  },
};
