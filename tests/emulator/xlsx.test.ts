import { readFileSync } from "fs";
import { Emulator, MemoryWorkbook } from "../../src/emulator";
import { readXlsx, writeXlsx } from "../../src/emulator/xlsx";
import { budgetIn, readPlan } from "../../src/plan";
import { buildSample, SAMPLE_FILE } from "../../scripts/make-sample";
import { seedBefore } from "../fixtures/seed";

/** Everything a sheet keeps, for comparing two workbooks cell by cell. */
function contents(workbook: MemoryWorkbook) {
  return workbook.sheets.map((s) => ({
    name: s.name,
    visibility: s.visibility,
    protected: s.protected,
    pageSetup: s.pageSetup,
    merges: [...s.merges].sort((a, b) => a.row - b.row || a.col - b.col),
    columnWidths: s.columnWidths.map((w) => Math.round(w)),
    rowHeights: [...s.rowHeights],
    cells: s.rows.flatMap((cells, r) =>
      (cells ?? []).flatMap((cell, c) =>
        (cell && Object.keys(cell).length > 1) || cell?.value
          ? [{ r, c, ...cell, value: cell.value ?? null }]
          : []
      )
    ),
  }));
}

describe(".xlsx files through ExcelJS", () => {
  it("the committed sample is what `npm run sample` builds from the fixtures", async () => {
    const built = await readXlsx(await buildSample());
    const committed = await readXlsx(readFileSync(SAMPLE_FILE));
    expect(contents(committed)).toEqual(contents(built));
  });

  it("round-trips the sample workbook cell by cell", async () => {
    const first = await readXlsx(readFileSync(SAMPLE_FILE));
    const second = await readXlsx(await writeXlsx(first));
    expect(contents(second)).toEqual(contents(first));
    const detail = first.sheet("ผ.02")!;
    expect(detail.cell(0, 0)).toMatchObject({
      value: "รายละเอียดโครงการพัฒนา",
      font: { name: "TH Sarabun New", size: 16, bold: true },
    });
    expect(detail.pageSetup).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: "$1:$3",
    });
    expect(detail.merges.length).toBeGreaterThan(10);
    expect(Math.round(detail.columnWidths[1])).toBe(150);
  });

  it("the sample holds the seed's plan before the amendment", async () => {
    const book = await readXlsx(readFileSync(SAMPLE_FILE));
    const sheet = book.sheet("ผ.02")!;
    const seed = seedBefore();
    const values = Array.from({ length: seed.length }, (_, r) =>
      Array.from({ length: 12 }, (_, c) => sheet.cell(r, c)?.value ?? null)
    );
    expect(values).toEqual(seed.map((row) => row.map((v) => (v === "" ? null : v))));
    const plan = readPlan([{ sheet: "ผ.02", values }]);
    expect(plan.projects.map((p) => budgetIn(p, 2566))).toEqual([1400000, 300000]);
  });

  it("keeps formulas (with their results), hidden sheets and rows, protection, notes, number formats and names", async () => {
    const emulator = new Emulator();
    await emulator.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Data");
      sheet.getRange("A1:C1").values = [[1400000, 300000, "=SUM(A1:B1)"]];
      sheet.getRange("A1:C1").numberFormat = [["#,##0", "[$-D000041E]#,##0", "General"]];
      sheet.notes.add("A1", "แก้ไข ครั้งที่ ๒/๒๕๖๖");
      const hidden = context.workbook.worksheets.add("_log");
      hidden.getRange("A1").values = [["บันทึก"]];
      hidden.visibility = "Hidden" as Excel.SheetVisibility;
      context.workbook.names.add("Budgets", sheet.getRange("A1:B1"));
      const locked = context.workbook.worksheets.add("Locked");
      locked.getRange("A1").values = [["x"]];
      locked.protection.protect();
    });
    const rows = emulator.workbook.sheet("Data")!;
    rows.hiddenRows[1] = true;
    rows.rowHeights[1] = 30;
    rows.cellForWrite(1, 0).value = "ยกเลิก";
    const back = await readXlsx(await writeXlsx(emulator.workbook, emulator.formulas));
    const data = back.sheet("Data")!;
    expect([data.hiddenRows[1], data.rowHeight(1), data.hiddenRows[0]]).toEqual([
      true,
      30,
      undefined,
    ]);
    expect(data.cell(0, 2)).toMatchObject({ formula: "=SUM(A1:B1)", value: 1700000 });
    expect(data.cell(0, 1)!.numberFormat).toBe("[$-D000041E]#,##0");
    expect(data.cell(0, 0)!.note).toBe("แก้ไข ครั้งที่ ๒/๒๕๖๖");
    expect(back.sheet("_log")!.visibility).toBe("Hidden");
    expect(back.sheet("Locked")!.protected).toBe(true);
    expect(back.names).toEqual([{ name: "Budgets", formula: "=Data!$A$1:$B$1" }]);
    const reopened = new Emulator(back);
    await reopened.run(async (context) => {
      const total = context.workbook.worksheets.getItem("Data").getRange("C1");
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [[1000000]];
      total.load("values");
      await context.sync();
      expect(total.values).toEqual([[1300000]]);
    });
  });
});

describe("text boxes in .xlsx (drawing parts)", () => {
  it("writes and reads them back with their text, name and cells, beside notes", async () => {
    const workbook = new MemoryWorkbook();
    const sheet = workbook.addSheet("ผ.02");
    sheet.cellForWrite(3, 1).value = 5;
    sheet.cellForWrite(3, 1).note = "a note";
    sheet.shapes.push(
      {
        name: "TextBox 1",
        type: "GeometricShape",
        text: "แบบ ผ.02/1",
        area: { row: 0, col: 10, rows: 1, cols: 2 },
        fill: "#FFFFFF",
        line: "#808080",
        fontSize: 11,
      },
      {
        name: "TextBox 2",
        type: "GeometricShape",
        text: "แก้ไข ครั้งที่ 2 / 2568\nบรรทัดสอง & <x>",
        area: { row: 12, col: 5, rows: 2, cols: 3 },
        // A round's mark: no fill, no line, in the lower part of its cells.
        inset: { top: 6, left: 2, bottom: 4, right: 3 },
        fill: null,
        line: null,
        fontSize: 12,
      }
    );
    const back = await readXlsx(await writeXlsx(workbook));
    expect(back.sheet("ผ.02")!.shapes).toEqual(sheet.shapes);
    expect(back.sheet("ผ.02")!.cell(3, 1)!.note).toBe("a note");
  });

  it("reads text boxes in groups and one-cell anchors, and pictures as shapes without text", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheet("ผ.02").cellForWrite(0, 0).value = "x";
    const data = await writeXlsx(workbook);
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(data);
    const sp = (name: string, text: string) =>
      `<xdr:sp><xdr:nvSpPr><xdr:cNvPr id="2" name="${name}"/></xdr:nvSpPr><xdr:txBody><a:p><a:r><a:t>${text}</a:t></a:r><a:r><a:t xml:space="preserve"> 2567</a:t></a:r></a:p></xdr:txBody></xdr:sp>`;
    const from = (row: number) =>
      `<xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>5</xdr:rowOff></xdr:from>`;
    zip.file(
      "xl/drawings/drawing1.xml",
      `<?xml version="1.0"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
        `<xdr:oneCellAnchor>${from(4)}<xdr:ext cx="1" cy="1"/>${sp("A", "เพิ่มเติม ครั้งที่ 1 /")}<xdr:clientData/></xdr:oneCellAnchor>` +
        `<xdr:twoCellAnchor>${from(9)}<xdr:to><xdr:col>5</xdr:col><xdr:colOff>10</xdr:colOff><xdr:row>9</xdr:row><xdr:rowOff>10</xdr:rowOff></xdr:to><xdr:grpSp>${sp("B", "แก้ไข ครั้งที่ 1 /")}</xdr:grpSp><xdr:clientData/></xdr:twoCellAnchor>` +
        `<xdr:twoCellAnchor>${from(20)}<xdr:to><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>22</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:pic/><xdr:clientData/></xdr:twoCellAnchor>` +
        `</xdr:wsDr>`
    );
    zip.file(
      "xl/worksheets/_rels/sheet1.xml.rels",
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>`
    );
    const back = await readXlsx(await zip.generateAsync({ type: "uint8array" }));
    expect(
      back
        .sheet("ผ.02")!
        .shapes.map((s) => [s.type, s.name, s.text, s.area.row, s.area.rows])
        .sort((a, b) => Number(a[3]) - Number(b[3]))
    ).toEqual([
      ["GeometricShape", "A", "เพิ่มเติม ครั้งที่ 1 / 2567", 4, 1],
      ["GeometricShape", "B", "แก้ไข ครั้งที่ 1 / 2567", 9, 1],
      ["Image", "", "", 20, 2],
    ]);
  });
});
