import { Emulator, type ExcelApiLevel } from "../../src/emulator";
import { applyAmendment, applyRevision } from "../../src/excel/amend";
import { MINIMUM_EXCEL_API, NO_NOTES } from "../../src/excel/cells";
import { saveDocumentSettings } from "../../src/excel/documentSettings";
import { writeDocumentSheets } from "../../src/excel/documentSheets";
import { readBook } from "../../src/excel/readBook";
import { selectedRow } from "../../src/excel/selection";
import { NO_MERGES } from "../../src/excel/sheetDrawings";
import { refreshSummarySheet } from "../../src/excel/summarySheet";
import { undoLastAmendment } from "../../src/excel/undo";
import {
  budgetCell,
  checkBook,
  DOCUMENT_SHEET,
  INDEX_SHEET,
  readPlan,
  readSettings,
  type BookSnapshot,
} from "../../src/plan";
import { generateOfficeBook } from "../fixtures/officeBook";
import { SEED_SETTINGS, seedRoundDocument } from "../fixtures/seedDocument";
import { REVISION_KINDS } from "../fixtures/revisionKinds";
import { sampleEmulator, SEED_AMENDMENTS, snapshotOf } from "../fixtures/workbooks";

/**
 * The add-in's whole core path through the emulator at the lowest ExcelApi the manifest declares, at Excel 2021
 * (1.14), Excel 2024 (1.17) and Microsoft 365: a member above the level that is called without asking
 * isSetSupported first fails here with ApiNotFound, as it would in that Excel.
 */
const LEVELS: ExcelApiLevel[] = [MINIMUM_EXCEL_API as ExcelApiLevel, "1.14", "1.17", "latest"];

const global = globalThis as { Office?: unknown };

/** Installs the emulator as the add-in's Office too, as Excel provides both: isSetSupported answers by its level. */
function hosted(emulator: Emulator): Emulator {
  global.Office = emulator.office;
  return emulator;
}

const read = (emulator: Emulator) => emulator.run((context) => readBook(context));

const notesOf = (emulator: Emulator) =>
  emulator.workbook.sheets.flatMap((s) => s.rows.flat().filter((cell) => cell?.note));

describe.each(LEVELS)("in an Excel with ExcelApi %s", (level) => {
  const hasNotes = level === "latest";
  const hasMerges = level !== MINIMUM_EXCEL_API;
  afterEach(() => delete global.Office);

  it("reads the office-typed book as Microsoft 365 reads it, text boxes and all", async () => {
    const withoutMerges = (book: BookSnapshot) =>
      book.sheets.map((sheet) => ({ ...sheet, merges: undefined }));
    const reference = await read(new Emulator(generateOfficeBook().workbook));
    const book = await read(
      hosted(new Emulator(generateOfficeBook().workbook, { excelApi: level }))
    );
    expect(withoutMerges(book)).toEqual(withoutMerges(reference));
    expect(book.sheets.flatMap((s) => s.textBoxes ?? []).length).toBeGreaterThan(10);
    if (hasMerges) expect(book).toEqual(reference);
  });

  it("reads a book too large for one response in chunks, as on the web", async () => {
    const reference = await read(new Emulator(generateOfficeBook().workbook));
    const emulator = new Emulator(generateOfficeBook().workbook, {
      excelApi: level,
      payloadLimit: 200_000,
    });
    const book = await read(hosted(emulator));
    expect(emulator.syncs.length).toBeGreaterThan(3);
    expect(book.sheets.map((s) => s.values)).toEqual(reference.sheets.map((s) => s.values));
  });

  it(`reads a budget merged across two years as a finding${hasMerges ? "" : ", or says it cannot"}`, async () => {
    const emulator = hosted(await sampleEmulator({ excelApi: level }));
    const project = readPlan((await read(emulator)).sheets).projects[0];
    const cell = budgetCell(project, 2566)!;
    emulator.workbook
      .sheet(cell.sheet)!
      .merges.push({ row: cell.row, col: cell.col, rows: 1, cols: 2 });
    const book = await read(emulator);
    const codes = checkBook(book.sheets).map((f) => f.code);
    if (hasMerges) {
      expect(codes).toContain("merged-budget");
      expect(book.notices).toBeUndefined();
    } else {
      expect(codes).not.toContain("merged-budget");
      expect(book.notices).toEqual([NO_MERGES]);
    }
  });

  it.each(REVISION_KINDS)(
    "records %s whole, its note where Excel has notes, and undoes it exactly",
    async (_, plan) => {
      const emulator = hosted(await sampleEmulator({ excelApi: level }));
      const original = snapshotOf(emulator.workbook);
      const book = await read(emulator);
      const result = await emulator.run((context) =>
        applyRevision(context, book, plan(book), { id: "r", at: new Date(0) })
      );
      expect(checkBook((await read(emulator)).sheets)).toEqual([]);
      expect(notesOf(emulator).length > 0).toBe(hasNotes);
      expect(result.plan.notices.includes(NO_NOTES)).toBe(!hasNotes);
      const undone = await emulator.run(async (context) =>
        undoLastAmendment(context, await readBook(context))
      );
      expect(undone.notices).toEqual([]);
      expect(snapshotOf(emulator.workbook)).toEqual(original);
    }
  );

  it(
    hasNotes
      ? "undoes a round recorded with its note, note and all"
      : "undoes a round recorded in Microsoft 365 with its note: every cell restored, the note left and said",
    async () => {
      const recorded = hosted(await sampleEmulator());
      const original = snapshotOf(recorded.workbook);
      const book = await read(recorded);
      await recorded.run((context) =>
        applyAmendment(context, book, SEED_AMENDMENTS[0], { id: "m365", at: new Date(0) })
      );
      expect(notesOf(recorded)).toHaveLength(1);

      const here = hosted(new Emulator(recorded.workbook, { excelApi: level }));
      const undone = await here.run(async (context) =>
        undoLastAmendment(context, await readBook(context))
      );
      if (hasNotes) {
        expect(undone.notices).toEqual([]);
        expect(snapshotOf(here.workbook)).toEqual(original);
      } else {
        expect(undone.notices.map((n) => n.en)).toEqual([
          expect.stringMatching(/no notes.*still there/),
        ]);
        expect(notesOf(here)).toHaveLength(1);
        for (const cell of notesOf(here)) delete cell!.note;
        expect(snapshotOf(here.workbook)).toEqual(original);
      }
    }
  );

  it("refreshes the ผ.01 as typed figures and as a live formula, which then recalculates", async () => {
    const emulator = hosted(await sampleEmulator({ excelApi: level }));
    const summary = () =>
      emulator.run(async (context) => {
        const range = context.workbook.worksheets.getItem("ผ.01").getUsedRange().load("values");
        await context.sync();
        return range.values;
      });
    await emulator.run(async (context) =>
      refreshSummarySheet(context, await readBook(context), "values")
    );
    const typed = await summary();
    await emulator.run(async (context) =>
      refreshSummarySheet(context, await readBook(context), "formula")
    );
    expect(emulator.workbook.sheet("ผ.01")!.cell(4, 0)!.formula).toMatch(/^=PLAN\.SUMMARY\(/);
    expect(await summary()).toEqual(typed);
  });

  it("points a live ผ.01 of a plan on many sheets through the hidden index sheet", async () => {
    const emulator = hosted(new Emulator(generateOfficeBook().workbook, { excelApi: level }));
    await emulator.run(async (context) =>
      refreshSummarySheet(context, await readBook(context), "formula")
    );
    expect(emulator.workbook.sheet(INDEX_SHEET)?.visibility).toBe("Hidden");
    expect(emulator.workbook.sheet("ผ.01")!.cell(4, 0)!.formula).toContain(INDEX_SHEET);
  });

  it("keeps the document's settings sheet and writes the print-ready sheets", async () => {
    const emulator = hosted(await sampleEmulator({ excelApi: level }));
    await emulator.run((context) => saveDocumentSettings(context, SEED_SETTINGS));
    const sheets = (await read(emulator)).sheets;
    expect(readSettings(sheets.find((s) => s.sheet === DOCUMENT_SHEET))).toEqual(SEED_SETTINGS);
    const document = await seedRoundDocument();
    const names = await emulator.run((context) => writeDocumentSheets(context, document));
    expect(names.every((n) => emulator.workbook.sheet(n)?.pageSetup.paperSize === "A4")).toBe(true);
  });

  it("takes the selected row and computes the PLAN functions", async () => {
    const emulator = hosted(await sampleEmulator({ excelApi: level }));
    emulator.workbook.selection = { sheet: "ผ.02", area: { row: 9, col: 2, rows: 1, cols: 1 } };
    expect(await emulator.run((context) => selectedRow(context))).toEqual({
      sheet: "ผ.02",
      row: 9,
    });
    const values = await emulator.run(async (context) => {
      const cells = context.workbook.worksheets.getItem("ผ.01").getRange("AA1:AB1");
      cells.formulas = [["=PLAN.BUDGET('ผ.02'!A1:L60, 4, 2566)", "=PLAN.THAINUM(AA1)"]];
      cells.load("values");
      await context.sync();
      return cells.values;
    });
    expect(values).toEqual([[1400000, "๑,๔๐๐,๐๐๐"]]);
  });
});
