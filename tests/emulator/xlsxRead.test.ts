import { readFileSync } from "fs";
import JSZip from "jszip";
import { MemoryWorkbook, type MemorySheet } from "../../src/emulator";
import type { Cell } from "../../src/emulator/model";
import { readXlsx, readXlsxWithExcelJS, writeXlsx } from "../../src/emulator/xlsx";
import { SAMPLE_FILE } from "../../scripts/make-sample";
import { buildFeatureBook } from "../fixtures/featureBook";
import { generateOfficeBook } from "../fixtures/officeBook";
import { generateRealBook } from "../fixtures/realBook";
import { generateRoundBook } from "../fixtures/roundBook";

/** What the model holds of a sheet, cell by cell. */
function modelOf(sheet: MemorySheet) {
  const cells: Record<string, unknown> = {};
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell) cells[`${r},${c}`] = { ...cell };
    })
  );
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    protected: sheet.protected,
    pageSetup: sheet.pageSetup,
    merges: sheet.merges,
    columnWidths: [...sheet.columnWidths],
    rowHeights: Object.fromEntries(sheet.rowHeights.flatMap((h, r) => (h === undefined ? [] : [[r, h]]))),
    hiddenRows: Object.fromEntries(sheet.hiddenRows.flatMap((h, r) => (h ? [[r, h]] : []))),
    shapes: sheet.shapes,
    cells,
  };
}
const bookModel = (book: MemoryWorkbook) => ({ sheets: book.sheets.map(modelOf), names: book.names });

/** Formats of every kind, a shared formula, rich text and a merge over typed cells, as Excel writes them. */
async function styledBook(): Promise<Uint8Array> {
  const workbook = new MemoryWorkbook();
  const sheet = workbook.addSheet("ผ.02");
  const put = (row: number, col: number, cell: Partial<Cell>) =>
    Object.assign(sheet.cellForWrite(row, col), cell);
  put(0, 0, { value: "หัว", font: { name: "TH SarabunPSK", size: 16, bold: true, color: "#FF0000" } });
  put(0, 1, { value: 1400000, numberFormat: "#,##0", borders: { top: "Continuous", left: "Dash" } });
  put(1, 0, { value: 24000, numberFormat: "mm-dd-yy", horizontalAlignment: "Center" });
  put(1, 1, { value: "ห่อ", wrapText: true, verticalAlignment: "Center", font: { italic: true } });
  put(2, 0, { value: 1 });
  put(3, 0, { value: 2 });
  put(4, 0, { value: "ทับ" });
  sheet.merges.push({ row: 3, col: 0, rows: 2, cols: 1 });
  sheet.pageSetup = { orientation: "Landscape", paperSize: "A4", fitToWidth: true, printArea: "A1:B5" };
  const zip = await JSZip.loadAsync(await writeXlsx(workbook));
  const part = "xl/worksheets/sheet1.xml";
  const xml = (await zip.file(part)!.async("string")).replace(
    "</sheetData>",
    '<row r="7"><c r="A7"><f t="shared" ref="A7:B8" si="0">A3*2+$A$3</f><v>3</v></c><c r="B7"><f t="shared" si="0"/><v>1</v></c></row>' +
      '<row r="8"><c r="A8"><f t="shared" si="0"/><v>5</v></c><c r="C8" t="inlineStr"><is><r><rPr><b/></rPr><t>ตัว</t></r><r><t xml:space="preserve"> หนา &amp; บาง</t></r></is></c></row></sheetData>'
  );
  zip.file(part, xml);
  return zip.generateAsync({ type: "uint8array" });
}

describe("the package reader against ExcelJS", () => {
  const books: [string, () => Promise<Uint8Array>][] = [
    ["the sample", async () => readFileSync(SAMPLE_FILE)],
    ["the feature book", buildFeatureBook],
    ["the office-typed book", () => writeXlsx(generateOfficeBook().workbook)],
    ["the real-city book", () => writeXlsx(generateRealBook().workbook)],
    ["the round book", () => writeXlsx(generateRoundBook().workbook)],
    ["a book of every format, shared formulas and rich text", styledBook],
  ];
  it.each(books)("reads %s cell for cell as ExcelJS did", async (_, bytes) => {
    const data = await bytes();
    expect(bookModel(await readXlsx(data))).toEqual(bookModel(await readXlsxWithExcelJS(data)));
  }, 60_000);
});
