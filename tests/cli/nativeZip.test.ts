import JSZip from "jszip";
import { inflateRawSync } from "zlib";
import { MemoryWorkbook } from "../../src/emulator";
import { readXlsx, writeXlsx } from "../../src/emulator/xlsx";
import { nativeZip } from "../../src/cli/nativeZip";
import type { PartCodec } from "../../src/emulator/xlsxOpc";

/** A book whose sheet part is large (the writer deflates such a part itself), with Thai text in it. */
async function largeBook(lastRow = 150000): Promise<Uint8Array> {
  const workbook = new MemoryWorkbook();
  const sheet = workbook.addSheet("ผ.02");
  sheet.cellForWrite(0, 0).value = "โครงการ";
  sheet.cellForWrite(1, 0).borders = { top: "Continuous" };
  const zip = await JSZip.loadAsync(await writeXlsx(workbook));
  const part = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(part)!.async("string");
  const style = /<c r="A2" s="(\d+)"/.exec(xml)![1];
  const rows: string[] = [];
  for (let r = 3; r <= lastRow; r++) rows.push(`<row r="${r}"><c r="A${r}" s="${style}"/></row>`);
  zip.file(part, xml.replace("</sheetData>", `${rows.join("")}</sheetData>`));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function partsOf(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const file of Object.values(zip.files).filter((f) => !f.dir))
    parts[file.name] = await file.async("string");
  return parts;
}

describe("Node's zlib in place of JSZip's inflate and deflate", () => {
  it("reads and saves a large sheet to the very parts JSZip's own would", async () => {
    const book = await largeBook();
    const sheetPart = (await JSZip.loadAsync(book)).file("xl/worksheets/sheet1.xml")!;
    expect(new TextDecoder().decode(nativeZip.inflate(sheetPart))).toBe(
      await sheetPart.async("string")
    );
    const saved = await Promise.all(
      [undefined, nativeZip].map(async (codec) => {
        const workbook = await readXlsx(book, codec);
        expect(workbook.sheets[0].cell(0, 0)?.value).toBe("โครงการ");
        workbook.sheets[0].cellForWrite(0, 1).value = "งบประมาณ ๒๕๖๗";
        return writeXlsx(workbook);
      })
    );
    const [plain, native] = await Promise.all(saved.map(partsOf));
    expect(native["xl/worksheets/sheet1.xml"]).toContain('<row r="150000">');
    expect(native["xl/worksheets/sheet1.xml"].length).toBeGreaterThan(1 << 22);
    expect(native).toEqual(plain);
    // JSZip checks each part's CRC-32 against the one written when asked to.
    await expect(JSZip.loadAsync(saved[1], { checkCRC32: true })).resolves.toBeDefined();
  }, 30000); // two reads and saves of a 150,000-row sheet: seconds on a busy machine

  it("saves from the sheet texts and shared strings it read, not inflating them again, to the parts JSZip's would", async () => {
    const book = await largeBook(2000);
    const inflated: string[] = [];
    const recording: PartCodec = {
      inflate(file) {
        inflated.push(file.name);
        return nativeZip.inflate(file);
      },
      deflate: nativeZip.deflate,
    };
    const workbook = await readXlsx(book, recording);
    expect(inflated).toEqual(
      expect.arrayContaining(["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"])
    );
    const unchanged = await partsOf(await writeXlsx(workbook));
    inflated.length = 0;
    // A text the shared strings hold is written by its index, found among the strings as read.
    workbook.sheets[0].cellForWrite(0, 1).value = "โครงการ";
    const saved = await writeXlsx(workbook);
    expect(inflated).not.toContain("xl/worksheets/sheet1.xml");
    expect(inflated).not.toContain("xl/sharedStrings.xml");
    const parts = await partsOf(saved);
    const original = await partsOf(book);
    expect(unchanged).toEqual(original);
    expect(parts["xl/sharedStrings.xml"]).toBe(original["xl/sharedStrings.xml"]);
    const index = /<c r="A1"[^>]*t="s"[^>]*><v>(\d+)<\/v>/.exec(
      original["xl/worksheets/sheet1.xml"]
    )![1];
    expect(parts["xl/worksheets/sheet1.xml"]).toMatch(
      new RegExp(`<c r="B1"[^>]*t="s"><v>${index}</v></c>`)
    );
    const viaJSZip = await readXlsx(book);
    viaJSZip.sheets[0].cellForWrite(0, 1).value = "โครงการ";
    expect(parts).toEqual(await partsOf(await writeXlsx(viaJSZip)));
  });

  it("deflates text pieces a few megabytes at a time to one stream of their UTF-8, pairs of surrogates kept whole", () => {
    // A pair across each place the encoder could cut (every 2^20 characters), Thai, and many small pieces.
    const long = `${"a".repeat((1 << 20) - 1)}😀${"ข".repeat(1 << 20)}😀${"c".repeat(3 << 20)}`;
    const pieces = [long, ...Array.from({ length: 5000 }, (_, i) => `<row r="${i}">ไทย</row>`), ""];
    const bytes = new TextEncoder().encode(pieces.join(""));
    const part = nativeZip.deflate(pieces) as {
      compressedContent: Uint8Array;
      uncompressedSize: number;
      crc32: number;
    };
    expect(part.uncompressedSize).toBe(bytes.length);
    expect(Buffer.compare(inflateRawSync(part.compressedContent), bytes)).toBe(0);
    const crc32 = require("jszip/lib/crc32") as (data: Uint8Array) => number;
    expect(part.crc32 >>> 0).toBe(crc32(bytes) >>> 0);
  });
});
