import { applyAmendment } from "../../src/excel/amend";
import { readBook } from "../../src/excel/readBook";
import { indexRows, refreshSummarySheet } from "../../src/excel/summarySheet";
import { checkBook, INDEX_SHEET, readPlan } from "../../src/plan";
import { Emulator } from "../../src/emulator";
import { generateRoundBook } from "../fixtures/roundBook";
import { seedSummary } from "../fixtures/seedTables";
import { gridOf, sampleEmulator, SEED_AMENDMENTS } from "../fixtures/workbooks";

describe("Refresh ผ.01", () => {
  it("writes typed Thai-digit figures that equal the plan's summary", async () => {
    const emulator = await sampleEmulator();
    emulator.workbook.sheets = emulator.workbook.sheets.filter((s) => s.name !== "ผ.01");
    const book = await emulator.run((context) => readBook(context));
    await emulator.run((context) => refreshSummarySheet(context, book, "values"));
    const grid = gridOf(emulator.workbook, "ผ.01");
    expect(grid[0][0]).toBe("บัญชีสรุปโครงการพัฒนา");
    expect(grid[2][0]).toBe("ชื่อองค์กรปกครองส่วนท้องถิ่น องค์การบริหารส่วนตำบลคลองวาฬ");
    expect(grid.at(-1)).toEqual([
      "รวมทั้งหมด",
      "๒",
      "๑,๗๐๐,๐๐๐",
      ...Array(8).fill("๐"),
      "๒",
      "๑,๗๐๐,๐๐๐",
    ]);
  });

  it("writes a live =PLAN.SUMMARY that recalculates when an amendment moves the budget", async () => {
    const emulator = await sampleEmulator();
    let book = await emulator.run((context) => readBook(context));
    await emulator.run((context) => refreshSummarySheet(context, book, "formula"));
    const summary = emulator.workbook.sheet("ผ.01")!;
    expect(summary.cell(4, 0)!.formula).toBe("=PLAN.SUMMARY('ผ.02'!A1:L34, TRUE)");
    for (const [i, request] of SEED_AMENDMENTS.entries()) {
      book = await emulator.run((context) => readBook(context));
      const result = await emulator.run((context) =>
        applyAmendment(context, book, request, { id: `s${i}`, at: new Date(0) })
      );
      expect(result.formulaCells.every((e) => e.role === "summary")).toBe(true);
      expect(result.formulaCells.length).toBeGreaterThan(0);
    }
    const grid = gridOf(emulator.workbook, "ผ.01");
    expect(grid[4][0]).toBeNull();
    const values = await emulator.run(async (context) => {
      const range = context.workbook.worksheets.getItem("ผ.01").getRange("A5:M11").load("values");
      await context.sync();
      return range.values;
    });
    expect(values.map((row) => row.slice(1))).toEqual(seedSummary().map((row) => row.slice(1)));
  });

  it("links a plan spread over several sheets through an index sheet", async () => {
    const emulator = await sampleEmulator();
    const detail = emulator.workbook.sheet("ผ.02")!;
    const second = emulator.workbook.addSheet("ผ.02 (2)");
    // The second page of the detail sheet moved to a sheet of its own, as real books do.
    detail.rows.slice(17).forEach((cells, r) => (second.rows[r] = cells));
    detail.rows.length = 17;
    const book = await emulator.run((context) => readBook(context));
    const plan = readPlan(book.sheets);
    expect(indexRows(plan)[1][4]).toBe("='ผ.02'!E15");
    await emulator.run((context) => refreshSummarySheet(context, book, "formula"));
    expect(emulator.workbook.sheet("ผ.01")!.cell(4, 0)!.formula).toBe(
      `=PLAN.SUMMARY('${INDEX_SHEET}'!A1:I3, TRUE)`
    );
    const total = await emulator.run(async (context) => {
      const range = context.workbook.worksheets.getItem("ผ.01").getRange("B11:C11").load("values");
      await context.sync();
      return range.values;
    });
    expect(total).toEqual([["๒", "๑,๗๐๐,๐๐๐"]]);
    // The index is a copy of the plan, never read as plan: the book checks clean, even where an older refresh
    // left the index visible.
    expect(emulator.workbook.sheet(INDEX_SHEET)!.visibility).toBe("Hidden");
    expect(checkBook((await emulator.run((context) => readBook(context))).sheets)).toEqual([]);
    emulator.workbook.sheet(INDEX_SHEET)!.visibility = "Visible";
    expect(checkBook((await emulator.run((context) => readBook(context))).sheets)).toEqual([]);
    // A detail cell changes: the index links follow and the summary recalculates.
    await emulator.run(async (context) => {
      context.workbook.worksheets.getItem("ผ.02").getRange("E15").values = [["๑,๐๐๐,๐๐๐"]];
    });
    const after = await emulator.run(async (context) => {
      const range = context.workbook.worksheets.getItem("ผ.01").getRange("C11").load("values");
      await context.sync();
      return range.values;
    });
    expect(after).toEqual([["๑,๓๐๐,๐๐๐"]]);
  });
});

describe("Refresh ผ.01 writes the book's own ผ.01 (issue 19)", () => {
  it("updates a ผ.01 named otherwise in place: figures and the label's count from the details, its layout kept, no second sheet", async () => {
    const truth = generateRoundBook();
    const emulator = new Emulator(truth.workbook);
    const own = emulator.workbook.sheet(truth.summarySheet)!;
    // A slip in a figure and in the label's count; a merged title and a number format to keep.
    const line = own.rows.findIndex((r) => String(r?.[0]?.value).includes("(ผ.02/2)"));
    own.cellForWrite(line, 6).value = 1;
    const last = own.rows.length - 1;
    own.cellForWrite(last, 0).value = "รวมทั้งสิ้น (5 โครงการ)";
    own.merges.push({ row: 0, col: 0, rows: 1, cols: 13 });
    own.cellForWrite(line, 12).numberFormat = "#,##0";
    own.columnWidths = [200, ...Array(12).fill(20)];
    const sheetsBefore = emulator.workbook.sheets.map((s) => s.name);
    const before = await emulator.run((context) => readBook(context));
    expect(checkBook(before.sheets).filter((f) => f.sheet === truth.summarySheet)).toHaveLength(2);

    await emulator.run((context) => refreshSummarySheet(context, before, "values"));
    expect(emulator.workbook.sheets.map((s) => s.name)).toEqual(sheetsBefore);
    const after = await emulator.run((context) => readBook(context));
    expect(checkBook(after.sheets).filter((f) => f.sheet === truth.summarySheet)).toEqual([]);
    expect(own.cell(line, 6)!.value).toBe(6500000);
    expect(own.cell(last, 0)!.value).toMatch(/^รวมทั้งสิ้น \(\d+ โครงการ\)$/);
    expect(own.merges).toContainEqual({ row: 0, col: 0, rows: 1, cols: 13 });
    expect(own.cell(line, 12)!.numberFormat).toBe("#,##0");
    // Never its own output read as plan: the plan is the same before and after.
    expect(readPlan(after.sheets).projects.length).toBe(readPlan(before.sheets).projects.length);
    // The 7-digit budget columns widened to show "16,300,000" whole; the label column kept.
    expect(own.columnWidth(12)).toBeGreaterThanOrEqual(10 * 8.5);
    expect(own.columnWidth(0)).toBe(200);
  });

  it("keeps the sample's own ผ.01 layout (merges, alignment) and writes its figures", async () => {
    const emulator = await sampleEmulator();
    const own = emulator.workbook.sheet("ผ.01")!;
    const merges = own.merges.map((m) => ({ ...m }));
    const alignment = own.rows.map((r) => r?.map((c) => c?.horizontalAlignment));
    const book = await emulator.run((context) => readBook(context));
    await emulator.run((context) => refreshSummarySheet(context, book, "values"));
    expect(own.merges).toEqual(merges);
    expect(own.rows.map((r) => r?.map((c) => c?.horizontalAlignment))).toEqual(alignment);
    const after = await emulator.run((context) => readBook(context));
    expect(checkBook(after.sheets)).toEqual([]);
  });

  it("makes a ผ.01 where the book has none with the form's merged header and figure columns wide enough", async () => {
    const emulator = await sampleEmulator();
    emulator.workbook.sheets = emulator.workbook.sheets.filter((s) => s.name !== "ผ.01");
    const book = await emulator.run((context) => readBook(context));
    await emulator.run((context) => refreshSummarySheet(context, book, "values"));
    const sheet = emulator.workbook.sheet("ผ.01")!;
    expect(sheet.merges).toEqual(
      expect.arrayContaining([
        { row: 4, col: 0, rows: 2, cols: 1 },
        { row: 4, col: 1, rows: 1, cols: 2 },
        { row: 4, col: 11, rows: 1, cols: 2 },
      ])
    );
    expect(sheet.cell(4, 1)!.horizontalAlignment).toBe("Center");
    // "๑,๗๐๐,๐๐๐" (9 characters) shows whole.
    expect(sheet.columnWidth(2)).toBeGreaterThanOrEqual(9 * 8.5);
  });
});
