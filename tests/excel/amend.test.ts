import { applyAmendment } from "../../src/excel/amend";
import { readBook } from "../../src/excel/readBook";
import { recordedAmendments, undoLastAmendment } from "../../src/excel/undo";
import {
  APPENDIX_SHEET,
  LOG_SHEET,
  readPlan,
  checkPlan,
  readSummarySheet,
  summarise,
  summaryTable,
  budgetCell,
} from "../../src/plan";
import { seedAfter, seedBefore, TITLE_AFTER } from "../fixtures/seed";
import { Emulator, MemoryWorkbook } from "../../src/emulator";
import { seedAppendix, seedSummary, withoutSpaces } from "../fixtures/seedTables";
import { gridOf, sampleEmulator, SEED_AMENDMENTS, snapshotOf } from "../fixtures/workbooks";

async function amendAll(emulator: Awaited<ReturnType<typeof sampleEmulator>>) {
  for (const [i, request] of SEED_AMENDMENTS.entries()) {
    const book = await emulator.run((context) => readBook(context));
    emulator.resetCounts();
    await emulator.run((context) =>
      applyAmendment(context, book, request, { id: `a${i + 1}`, at: new Date(0) })
    );
    expect(emulator.syncs.length).toBeLessThanOrEqual(3);
  }
}

describe("recording the seed's amendment (แก้ไข ครั้งที่ ๒/๒๕๖๖) on the sample workbook", () => {
  it("turns the before-plan into the seed's after-plan, its ผ.01 and its appendix", async () => {
    const emulator = await sampleEmulator();
    await amendAll(emulator);
    const workbook = emulator.workbook;

    // ผ.02: every cell as the seed's detail pages show them after the amendment (the title lines aside).
    const detail = gridOf(workbook, "ผ.02");
    const after = seedAfter();
    after.forEach((row, r) => {
      if (row[0] === TITLE_AFTER) return;
      row.forEach((value, c) =>
        expect([r, c, detail[r]?.[c] ?? null]).toEqual([r, c, value === "" ? null : value])
      );
    });

    // ผ.01: the typed figures now equal the seed's summary.
    const summary = readSummarySheet({ sheet: "ผ.01", values: gridOf(workbook, "ผ.01") })!;
    const figures = gridOf(workbook, "ผ.01").slice(
      summary.rows[0].row - 2,
      summary.rows.at(-1)!.row + 1
    );
    expect(figures.map((row) => row.slice(1, 13).map((v) => v ?? ""))).toEqual(
      seedSummary().map((row) => row.slice(1, 13))
    );

    // ภาคผนวก ก: the seed's rows word for word, spaces aside.
    const appendix = gridOf(workbook, APPENDIX_SHEET);
    const headerAt = appendix.findIndex((row) => row[0] === "ลำดับ");
    const rows = appendix
      .slice(headerAt, headerAt + 3)
      .map((row) => row.slice(0, 6).map(withoutSpaces));
    expect(rows).toEqual(seedAppendix().map((row) => row.map(withoutSpaces)));
    expect(appendix.slice(0, headerAt).flat().filter(Boolean)).toEqual([
      "ภาคผนวก ก",
      "บัญชีรายการแก้ไข",
      "แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ - ๒๕๗๐)",
      "แก้ไข ครั้งที่ ๒/๒๕๖๖",
      "บัญชีโครงการและรายละเอียดการแก้ไข",
      "แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ - ๒๕๗๐) แก้ไข ครั้งที่ ๒/๒๕๖๖",
      "องค์การบริหารส่วนตำบลคลองวาฬ",
    ]);
    const sheet = workbook.sheet(APPENDIX_SHEET)!;
    expect(sheet.pageSetup).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: `$${headerAt + 1}:$${headerAt + 1}`,
    });
    expect(sheet.cell(headerAt + 1, 1)).toMatchObject({
      font: { name: "TH Sarabun New", size: 16 },
      wrapText: true,
      borders: { top: "Continuous" },
    });

    // The note on each amended row, the hidden log, and the plan as read again.
    const plan = readPlan([{ sheet: "ผ.02", values: detail }]);
    expect(summaryTable(summarise(plan), { thaiDigits: true }).map((r) => r.slice(1))).toEqual(
      seedSummary().map((r) => r.slice(1))
    );
    expect(workbook.sheet("ผ.02")!.cell(plan.projects[0].row, 1)!.note).toMatch(
      /^แก้ไข ครั้งที่ ๒\/๒๕๖๖: ย้ายงบประมาณ ๑,๔๐๐,๐๐๐ บาท จากปี ๒๕๖๖ ไปปี ๒๕๖๗ อนุมัติ ๑๗ กรกฎาคม ๒๕๖๖/
    );
    expect(workbook.sheet(LOG_SHEET)!.visibility).toBe("Hidden");
  });

  it("undo of both, newest first, restores every cell of the workbook", async () => {
    const emulator = await sampleEmulator();
    const original = snapshotOf(emulator.workbook);
    await amendAll(emulator);
    for (let i = 0; i < 2; i++) {
      const book = await emulator.run((context) => readBook(context));
      expect(recordedAmendments(book)).toHaveLength(2 - i);
      await emulator.run((context) => undoLastAmendment(context, book));
    }
    expect(snapshotOf(emulator.workbook)).toEqual(original);
  });

  it("undo refuses, changing nothing, when a cell was edited by hand since", async () => {
    const emulator = await sampleEmulator();
    await amendAll(emulator);
    const sheet = emulator.workbook.sheet("ผ.02")!;
    const plan = readPlan([{ sheet: "ผ.02", values: gridOf(emulator.workbook, "ผ.02") }]);
    sheet.cellForWrite(
      budgetCell(plan.projects[1], 2567)!.row,
      budgetCell(plan.projects[1], 2567)!.col
    ).value = "๓๕๐,๐๐๐";
    const before = snapshotOf(emulator.workbook);
    const book = await emulator.run((context) => readBook(context));
    await expect(emulator.run((context) => undoLastAmendment(context, book))).rejects.toThrow(
      /ถูกแก้ไขด้วยมือ.*edited by hand/
    );
    expect(snapshotOf(emulator.workbook)).toEqual(before);
  });
});

describe("undo on a protected sheet", () => {
  it("is refused with the sheet named, and nothing changes", async () => {
    const emulator = await sampleEmulator();
    await amendAll(emulator);
    emulator.workbook.sheet("ผ.01")!.protected = true;
    const before = snapshotOf(emulator.workbook);
    const book = await emulator.run((context) => readBook(context));
    await expect(emulator.run((context) => undoLastAmendment(context, book))).rejects.toThrow(
      /ชีต "ผ.01" ถูกป้องกันไว้.*Sheet "ผ.01" is protected/
    );
    expect(snapshotOf(emulator.workbook)).toEqual(before);
  });
});

describe("in an Excel older than ExcelApi 1.18", () => {
  it("records the amendment without its note, and undoes it", async () => {
    const office = globalThis as { Office?: unknown };
    office.Office = { context: { requirements: { isSetSupported: () => false } } };
    try {
      const emulator = await sampleEmulator();
      const original = snapshotOf(emulator.workbook);
      const book = await emulator.run((context) => readBook(context));
      await emulator.run((context) =>
        applyAmendment(context, book, SEED_AMENDMENTS[0], { id: "old", at: new Date(0) })
      );
      const notes = emulator.workbook
        .sheet("ผ.02")!
        .rows.flat()
        .filter((cell) => cell?.note);
      expect(notes).toEqual([]);
      const after = await emulator.run((context) => readBook(context));
      expect(recordedAmendments(after)[0].rows.some((r) => r.kind === "note")).toBe(false);
      await emulator.run((context) => undoLastAmendment(context, after));
      expect(snapshotOf(emulator.workbook)).toEqual(original);
    } finally {
      delete office.Office;
    }
  });
});

describe("a sheet that writes its amounts with the baht dash (๑,๔๐๐,๐๐๐.-)", () => {
  it("reads them, and writes the moved budget and the รวม in the same way", async () => {
    const workbook = new MemoryWorkbook();
    const sheet = workbook.addSheet("ผ.02");
    const dashed = (v: unknown) =>
      typeof v === "string" && /^[๐-๙]{1,3}(,[๐-๙]{3})+$/.test(v) ? `${v}.-` : v;
    seedBefore().forEach((row, r) =>
      row.forEach(
        (v, c) => v !== null && v !== "" && (sheet.cellForWrite(r, c).value = dashed(v) as never)
      )
    );
    const emulator = new Emulator(workbook);
    const book = await emulator.run((context) => readBook(context));
    const plan = readPlan(book.sheets);
    expect(plan.findings.map((f) => f.code)).not.toContain("unreadable-budget");
    const [project] = plan.projects;
    const total = plan.totals.find((t) => t.projects.includes(project))!;
    expect(total.cells.get(2566)!.value).toBe("๑,๔๐๐,๐๐๐.-");
    await emulator.run((context) =>
      applyAmendment(context, book, SEED_AMENDMENTS[0], { id: "a1", at: new Date(0) })
    );
    const at = (cell: { row: number; col: number }) => sheet.cell(cell.row, cell.col)?.value;
    expect([at(budgetCell(project, 2566)!), at(budgetCell(project, 2567)!)]).toEqual([
      "-",
      "๑,๔๐๐,๐๐๐.-",
    ]);
    expect([at(total.cells.get(2566)!.cell), at(total.cells.get(2567)!.cell)]).toEqual([
      "๐",
      "๑,๔๐๐,๐๐๐.-",
    ]);
  });
});

describe("a sheet with a strategy's รวม and a รวมทั้งสิ้น", () => {
  it("keeps the block's, the strategy's and the sheet's totals true when a budget moves", async () => {
    const header = [
      ["ที่", "โครงการ", "งบประมาณ", null],
      [null, null, "2566", "2567"],
    ];
    const block = (tactic: string, work: string, budgets: number[]) => [
      [`${tactic} กลยุทธ์ที่ ${tactic}`],
      [`(1) ${work}`],
      ...header,
      ...budgets.map((b, i) => [i + 1, `โครงการ ${tactic}/${i + 1}`, b, 0]),
      ["รวม", `${budgets.length} โครงการ`, budgets.reduce((a, b) => a + b, 0), 0],
    ];
    const values = [
      ["1. ยุทธศาสตร์การพัฒนาคุณภาพชีวิต"],
      ...block("1.1", "แผนงานสาธารณสุข", [100, 200]),
      ...block("1.2", "แผนงานการศึกษา", [300]),
      ["รวมยุทธศาสตร์ที่ 1", null, 600, 0],
      ["รวมทั้งสิ้น", null, 600, 0],
    ];
    const workbook = new MemoryWorkbook();
    const sheet = workbook.addSheet("ผ.02");
    values.forEach((row, r) =>
      row.forEach((v, c) => v !== null && (sheet.cellForWrite(r, c).value = v as never))
    );
    const emulator = new Emulator(workbook);
    const book = await emulator.run((context) => readBook(context));
    await emulator.run((context) =>
      applyAmendment(
        context,
        book,
        {
          round: "1/2567",
          approvedOn: new Date(Date.UTC(2024, 0, 15)),
          project: "โครงการ 1.1/1",
          from: 2566,
          to: 2567,
          was: { document: "แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)" },
          now: {},
        },
        { id: "a1", at: new Date(0) }
      )
    );
    const figures = (label: string) => {
      const r = values.findIndex((row) => row[0] === label);
      return [sheet.cell(r, 2)?.value, sheet.cell(r, 3)?.value];
    };
    expect(figures("รวมยุทธศาสตร์ที่ 1")).toEqual([500, 100]);
    expect(figures("รวมทั้งสิ้น")).toEqual([500, 100]);
    const after = readPlan((await emulator.run((context) => readBook(context))).sheets);
    expect(after.findings.filter((f) => f.code === "total-mismatch")).toEqual([]);
    expect(checkPlan(after).filter((f) => f.code === "total-mismatch")).toEqual([]);
  });
});
