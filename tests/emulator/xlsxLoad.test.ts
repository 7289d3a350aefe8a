import JSZip from "jszip";
import { MemoryWorkbook } from "../../src/emulator";
import { readXlsx, writeXlsx } from "../../src/emulator/xlsx";

/** A two-row sheet whose cells below carry a border down to `lastRow`, one of those rows with its own height. */
async function formattedBook(lastRow: number): Promise<Uint8Array> {
  const workbook = new MemoryWorkbook();
  const sheet = workbook.addSheet("ผ.02");
  sheet.cellForWrite(0, 0).value = "ที่";
  sheet.cellForWrite(1, 0).value = 1;
  sheet.cellForWrite(1, 1).value = "โครงการ ก";
  sheet.cellForWrite(2, 0).borders = { top: "Continuous" };
  const zip = await JSZip.loadAsync(await writeXlsx(workbook));
  const part = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(part)!.async("string");
  const style = /<c r="A3" s="(\d+)"\/>/.exec(xml)![1];
  const rows: string[] = [];
  for (let r = 4; r <= lastRow; r++)
    rows.push(
      r === 500
        ? `<row r="${r}" ht="30" customHeight="1"><c r="A${r}" s="${style}"/></row>`
        : `<row r="${r}"><c r="A${r}" s="${style}"/><c r="L${r}" s="${style}"></c></row>`
    );
  zip.file(part, xml.replace("</sheetData>", `${rows.join("")}</sheetData>`));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("loading a sheet formatted far below its values", () => {
  it("reads a large sheet part left lean (its valueless cells dropped) into the model a small one read whole gives", async () => {
    const large = (await readXlsx(await formattedBook(60000))).sheet("ผ.02")!;
    const small = (await readXlsx(await formattedBook(600))).sheet("ผ.02")!;
    expect(large.cell(1, 1)?.value).toBe("โครงการ ก");
    expect(large.rows.length).toBeLessThanOrEqual(3);
    expect(large.usedArea(false)).toEqual({ row: 0, col: 0, rows: 2, cols: 2 });
    const model = (sheet: typeof large) => ({
      rows: sheet.rows,
      heights: sheet.rowHeights,
      hidden: sheet.hiddenRows,
      widths: sheet.columnWidths,
    });
    expect(model(large)).toEqual(model(small));
  });
});
