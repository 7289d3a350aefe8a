import { applyAmendment } from "../../src/excel/amend";
import { readBook } from "../../src/excel/readBook";
import { indexRows, refreshSummarySheet } from "../../src/excel/summarySheet";
import { checkBook, INDEX_SHEET, readPlan } from "../../src/plan";
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
