import JSZip from "jszip";
import { MemoryWorkbook } from "../../src/emulator";
import type { Cell } from "../../src/emulator/model";
import { readXlsx, writeXlsx } from "../../src/emulator/xlsx";

/** Formats of every kind, a shared formula, rich text and a merge over typed cells, as Excel writes them. */
async function styledBook(): Promise<Uint8Array> {
  const workbook = new MemoryWorkbook();
  const sheet = workbook.addSheet("ผ.02");
  const put = (row: number, col: number, cell: Partial<Cell>) =>
    Object.assign(sheet.cellForWrite(row, col), cell);
  put(0, 0, {
    value: "หัว",
    font: { name: "TH SarabunPSK", size: 16, bold: true, color: "#FF0000" },
  });
  put(0, 1, {
    value: 1400000,
    numberFormat: "#,##0",
    borders: { top: "Continuous", left: "Dash" },
  });
  put(1, 0, { value: 24000, numberFormat: "mm-dd-yy", horizontalAlignment: "Center" });
  put(1, 1, { value: "ห่อ", wrapText: true, verticalAlignment: "Center", font: { italic: true } });
  put(2, 0, { value: 1 });
  put(3, 0, { value: 2 });
  put(4, 0, { value: "ทับ" });
  sheet.merges.push({ row: 3, col: 0, rows: 2, cols: 1 });
  sheet.pageSetup = {
    orientation: "Landscape",
    paperSize: "A4",
    fitToWidth: true,
    printArea: "A1:B5",
  };
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

describe("reading a package's own XML", () => {
  it("reads each cell's value, formula and formats as Excel wrote them", async () => {
    const sheet = (await readXlsx(await styledBook())).sheet("ผ.02")!;
    expect(sheet.cell(0, 0)).toMatchObject({
      value: "หัว",
      font: { name: "TH SarabunPSK", size: 16, bold: true, color: "#FF0000" },
    });
    expect(sheet.cell(0, 1)).toMatchObject({
      value: 1400000,
      numberFormat: "#,##0",
      borders: { top: "Continuous", left: "Dash" },
    });
    expect(sheet.cell(1, 0)).toMatchObject({
      value: 24000,
      numberFormat: "mm-dd-yy",
      horizontalAlignment: "Center",
    });
    expect(sheet.cell(1, 1)).toMatchObject({
      value: "ห่อ",
      wrapText: true,
      verticalAlignment: "Center",
      font: { italic: true },
    });
    // A shared formula's cells each get the master's formula, moved by their distance from it.
    expect([sheet.cell(6, 0), sheet.cell(6, 1), sheet.cell(7, 0)]).toEqual([
      { value: 3, formula: "=A3*2+$A$3" },
      { value: 1, formula: "=B3*2+$A$3" },
      { value: 5, formula: "=A4*2+$A$3" },
    ]);
    expect(sheet.cell(7, 2)).toEqual({ value: "ตัว หนา & บาง" });
    // The cell a merge covers is no cell of its own.
    expect(sheet.merges).toEqual([{ row: 3, col: 0, rows: 2, cols: 1 }]);
    expect(sheet.cell(4, 0)).toBeUndefined();
    expect(sheet.pageSetup).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      fitToWidth: true,
      printArea: "A1:B5",
    });
  });

  it("shares one look among the cells of a style, and a copy of the sheet shares the cells until one is written", async () => {
    const workbook = new MemoryWorkbook();
    const made = workbook.addSheet("ผ.02");
    for (let r = 0; r < 3; r++)
      Object.assign(made.cellForWrite(r, 0), {
        value: r,
        numberFormat: "#,##0",
        font: { bold: true },
      });
    const sheet = (await readXlsx(await writeXlsx(workbook))).sheet("ผ.02")!;
    expect(sheet.cell(1, 0)!.font).toBe(sheet.cell(2, 0)!.font);
    const copy = sheet.copy("สำเนา");
    expect(copy.cell(1, 0)).toBe(sheet.cell(1, 0));
    copy.cellForWrite(1, 0).value = 99;
    sheet.editableCell(2, 0)!.font = { italic: true };
    expect([sheet.cell(1, 0)!.value, copy.cell(1, 0)!.value]).toEqual([1, 99]);
    expect(sheet.cell(2, 0)!.font).toEqual({ italic: true });
    expect(copy.cell(2, 0)!.font).toMatchObject({ bold: true });
  });

  it("reads cells however a writer spelled them: no r, quotes, spaces, other attributes, every type", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheet("ผ.02").cellForWrite(0, 0).value = "x";
    const zip = await JSZip.loadAsync(await writeXlsx(workbook));
    const part = "xl/worksheets/sheet1.xml";
    const xml = (await zip.file(part)!.async("string")).replace(
      /<sheetData>[\s\S]*<\/sheetData>/,
      "<sheetData>" +
        '<row r="2"><c r="B2"><v>1.5</v></c><c><v>2</v></c><c r="E2" t="n"><v>-3e2</v></c></row>' +
        // No r on the row: the one after the last.
        "<row><c r='A3' t='b'><v>1</v></c><c\n r=\"B3\"\tt=\"e\" ><v>#N/A</v></c></row>" +
        '<row r="5" ht="30" customHeight="1"><c xr:uid="k" t="str" r="C5"><f>A1</f><v>a &amp; b</v></c>' +
        '<c r="D5" s="0"></c><c r="E5" s="0"/><c r="F5"><v></v></c><c r="G5" t="s" cm="1"><v>0</v></c></row>' +
        '<row r="6" hidden="1"/><row r="7"></row><row r="8" hidden="1"><c r="A8" t="inlineStr"><is><t>ใน</t></is></c></row>' +
        "<row r='10' spans='1:1'><c s=\"0\"><v>10</v></c></row>" +
        // Rows of formats alone between rows of values, before a numbered row and before one without a number.
        '<row r="11"><c r="A11" s="0"/></row><row r="12"><c r="A12" s="0"/></row><row r="14"><c r="B14"><v>14</v></c></row>' +
        '<row r="15"><c r="A15" s="0"/></row><row r="16"><c r="A16" s="0"/></row><row><c r="C17"><v>17</v></c></row><row r="18"><c r="A18" s="0"/></row>' +
        "</sheetData>"
    );
    zip.file(part, xml);
    const sheet = (await readXlsx(await zip.generateAsync({ type: "uint8array" }))).sheet("ผ.02")!;
    const values = sheet.rows.map((cells) => cells?.map((c) => c && { ...c }));
    expect(values).toEqual([
      undefined,
      [undefined, { value: 1.5 }, { value: 2 }, undefined, { value: -300 }],
      [{ value: true }, { value: "#N/A" }],
      undefined,
      [
        undefined,
        undefined,
        { value: "a & b", formula: "=A1" },
        undefined,
        undefined,
        { value: null },
        { value: "x" },
      ],
      undefined,
      undefined,
      [{ value: "ใน" }],
      undefined,
      [{ value: 10 }],
      undefined,
      undefined,
      undefined,
      [undefined, { value: 14 }],
      undefined,
      undefined,
      [undefined, undefined, { value: 17 }],
    ]);
    expect([sheet.rowHeights[4], sheet.hiddenRows[5], sheet.hiddenRows[7]]).toEqual([
      30,
      undefined,
      true,
    ]);
  });
});
