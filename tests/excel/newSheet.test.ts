import { Emulator } from "../../src/emulator";
import { applyRevision } from "../../src/excel/amend";
import { readBook } from "../../src/excel/readBook";
import { undoLastAmendment } from "../../src/excel/undo";
import {
  budgetIn,
  checkBook,
  newSheetName,
  planAddition,
  planRelocation,
  readPlan,
  readSummarySheet,
  tryParseAmount,
  type AdditionRequest,
  type PlannedRevision,
  type BookSnapshot,
} from "../../src/plan";
import { generateOfficeBook } from "../fixtures/officeBook";
import { gridOf, sampleEmulator, snapshotOf } from "../fixtures/workbooks";

const ADD: AdditionRequest = {
  round: "1/2567",
  tactic: "6.2",
  workPlan: "แผนงานการศึกษา",
  project: { name: "โครงการห้องสมุดประชาชน", unit: "กองการศึกษา" },
  budgets: { 2568: 300000 },
};

async function apply(
  emulator: Emulator,
  plan: (book: BookSnapshot) => PlannedRevision
): Promise<PlannedRevision> {
  const book = await emulator.run((context) => readBook(context));
  const revision = plan(book);
  await emulator.run((context) =>
    applyRevision(context, book, revision, { id: revision.id, at: new Date(0) })
  );
  return revision;
}

async function undo(emulator: Emulator): Promise<void> {
  const book = await emulator.run((context) => readBook(context));
  await emulator.run((context) => undoLastAmendment(context, book));
}

describe("a project where no sheet holds its tactic and work plan", () => {
  it("gets a new sheet copied from its tactic's sheet: title, linkage, strategy and tactic lines, the next work-plan line, the header and the look; a second joins it; undo deletes it", async () => {
    const emulator = await sampleEmulator();
    const original = snapshotOf(emulator.workbook);
    const template = emulator.workbook.sheet("ผ.02")!;
    const revision = await apply(emulator, (book) => planAddition(book, ADD, "n1"));

    // The tactic has one sheet: the model and the sheet to follow are the same, which Excel cannot copy
    // relative to (office-js #775, refused by the emulator too); the copy lands after it all the same.
    expect(revision.newSheet).toMatchObject({ name: "ผ.02 (2)", template: "ผ.02", after: "ผ.02" });
    expect(emulator.workbook.sheets.map((s) => s.name).slice(0, 3)).toEqual([
      "ผ.01",
      "ผ.02",
      "ผ.02 (2)",
    ]);
    const sheet = emulator.workbook.sheet("ผ.02 (2)")!;
    const grid = gridOf(emulator.workbook, "ผ.02 (2)").map((r) => r.filter((v) => v !== null));
    // The 6.2 block has ten heading lines; the copied block has nine rows: the wrapped line joins its own.
    const prefix = (line: unknown) => String(line).slice(0, 30);
    expect(grid.slice(0, 12).map((r) => prefix(r[0]))).toEqual(
      [
        "รายละเอียดโครงการพัฒนา",
        "แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ - ๒๕๗๐)",
        "องค์การบริหารส่วนตำบลคลองวาฬ",
        "- ก. ยุทธศาสตร์ชาติ ๒๐ ปี ยุทธศาสตร์ที่ ๖ ด้านก",
        "- ข. แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ ๑๓ ",
        "- ค. Sustainable Development Goals : SDG",
        "- ง. ยุทธศาสตร์กลุ่มในทุกกระดับ",
        "- จ. ยุทธศาสตร์จังหวัดที่ ๓ ยกระดับศักยภาพด้านส",
        "- ฉ. ยุทธศาสตร์การพัฒนาของ อปท. ในเขตจังหวัดที่ ",
        "- ๖. ยุทธศาสตร์การบริหารจัดการองค์กร",
        "- ๖.๒ กลยุทธ์ จัดให้มีระบบการบริหารจัดการและการพั",
        "(๒) แผนงานการศึกษา",
      ].map(prefix)
    );
    expect(grid[4][0]).toMatch(/ตอบโจทย์การพัฒนาแห่งอนาคต\nหมวดหมายที่ ๑๓/);
    expect(grid.slice(12, 14)).toEqual(
      gridOf(emulator.workbook, "ผ.02")
        .slice(12, 14)
        .map((r) => r.filter((v) => v !== null))
    );
    expect(grid.slice(14).filter((r) => r.length > 0)).toEqual([
      ["เพิ่มเติม ครั้งที่ 1/2567"],
      ["๑", "โครงการห้องสมุดประชาชน", "-", "-", "๓๐๐,๐๐๐", "-", "-", "กองการศึกษา"],
      ["รวม", "๑ โครงการ", "๐", "๐", "๓๐๐,๐๐๐", "๐", "๐"],
    ]);
    // The look is the template's: widths, page set-up, the header's merges, a project row's formats.
    expect(sheet.columnWidths).toEqual(template.columnWidths);
    expect(sheet.pageSetup).toEqual(template.pageSetup);
    expect(sheet.merges.filter((m) => m.row < 14)).toEqual(
      template.merges.filter((m) => m.row < 14)
    );
    // The project and รวม rows take the look of the template's first project row; the marker row is plain and
    // one line high, as a marker typed under a header is.
    for (const row of [15, 16])
      for (const col of [0, 3, 6])
        expect(sheet.cell(row, col)?.borders).toEqual(template.cell(14, col)?.borders);
    expect(sheet.cell(15, 3)?.borders).toBeDefined();
    expect([sheet.cell(14, 0)?.wrapText, sheet.cell(14, 0)?.borders, sheet.rowHeights[14]]).toEqual(
      [undefined, undefined, undefined]
    );
    expect(sheet.usedArea(false)).toEqual({ row: 0, col: 0, rows: 17, cols: 12 });
    // Nothing of the template's projects came along: no marks but the new one, no notes.
    expect(sheet.shapes.map((s) => s.text)).toEqual(["เพิ่มเติม ครั้งที่ ๑/๒๕๖๗"]);
    expect(
      sheet.rows
        .flat()
        .filter((c) => c?.note)
        .map((c) => c!.note)
    ).toEqual([expect.stringMatching(/^เพิ่มเติม ครั้งที่ ๑\/๒๕๖๗: เพิ่มโครงการ/)]);

    let book = await emulator.run((context) => readBook(context));
    let plan = readPlan(book.sheets);
    const added = plan.projects.at(-1)!;
    expect([added.sheet, added.strategy, added.tactic, added.workPlan, added.round]).toEqual([
      "ผ.02 (2)",
      "6",
      "6.2",
      "แผนงานการศึกษา",
      "เพิ่มเติม ครั้งที่ 1/2567",
    ]);
    expect(budgetIn(added, 2568)).toBe(300000);
    // The seed's ผ.01 gets a row for the new work plan under 6.2's, worded and written like it; its รวม and
    // รวมทั้งสิ้น follow, and the checker finds nothing.
    expect(revision.notices.map((n) => n.en)).toEqual([
      'A new sheet "ผ.02 (2)" is made after the model of "ผ.02"',
    ]);
    const summary = gridOf(emulator.workbook, "ผ.01");
    // A label, then the twelve figures as printed.
    const line = (label: string, figures: string) => [label, ...figures.split(" ")];
    expect(
      summary.slice(8).map((r) => [String(r[0]).replace(/^.*\(/, "("), ...r.slice(1)])
    ).toEqual([
      line("(๑) แผนงานอุตสาหกรรมและการโยธา", "๑ ๓๐๐,๐๐๐ ๐ ๐ ๐ ๐ ๐ ๐ ๐ ๐ ๑ ๓๐๐,๐๐๐"),
      line("(๒) แผนงานการศึกษา", "๐ ๐ ๐ ๐ ๑ ๓๐๐,๐๐๐ ๐ ๐ ๐ ๐ ๑ ๓๐๐,๐๐๐"),
      line("รวม", "๑ ๓๐๐,๐๐๐ ๐ ๐ ๑ ๓๐๐,๐๐๐ ๐ ๐ ๐ ๐ ๒ ๖๐๐,๐๐๐"),
      line("รวมทั้งหมด", "๒ ๑,๗๐๐,๐๐๐ ๐ ๐ ๑ ๓๐๐,๐๐๐ ๐ ๐ ๐ ๐ ๓ ๒,๐๐๐,๐๐๐"),
    ]);
    expect(summary[9][0]).toBe(
      String(summary[8][0]).replace("(๑) แผนงานอุตสาหกรรมและการโยธา", "(๒) แผนงานการศึกษา")
    );
    // The inserted row has the look of the row above it (borders, font, alignment), as the รวม row below has.
    const look = (row: number) =>
      emulator.workbook
        .sheet("ผ.01")!
        .rows[row]!.map((c) => [c?.borders, c?.font, c?.horizontalAlignment, c?.numberFormat]);
    expect(look(9)).toEqual(look(8));
    expect(look(9).map(([borders]) => borders)).toEqual(look(10).map(([borders]) => borders));
    expect(look(9)[0][0]).toEqual({
      top: "Continuous",
      bottom: "Continuous",
      left: "Continuous",
      right: "Continuous",
    });
    expect(checkBook(book.sheets)).toEqual([]);

    // A second project of the round joins the new sheet: no other sheet is made.
    const second = await apply(emulator, (b) =>
      planAddition(
        b,
        { ...ADD, project: { name: "โครงการอ่านสร้างสุข" }, budgets: { 2569: 50000 } },
        "n2"
      )
    );
    expect(second.newSheet).toBeUndefined();
    book = await emulator.run((context) => readBook(context));
    plan = readPlan(book.sheets);
    expect(
      plan.projects.filter((p) => p.sheet === "ผ.02 (2)").map((p) => [p.order, p.name])
    ).toEqual([
      ["1", "โครงการห้องสมุดประชาชน"],
      ["2", "โครงการอ่านสร้างสุข"],
    ]);

    await undo(emulator);
    await undo(emulator);
    expect(snapshotOf(emulator.workbook)).toEqual(original);
  });

  it("moves a project of the office book to a work plan new to its tactic: a sheet named as the book names them, after the tactic's sheets; both sheets' totals and the ผ.01 follow; undo restores every cell", async () => {
    const office = generateOfficeBook(6);
    const emulator = new Emulator(office.workbook);
    const original = snapshotOf(emulator.workbook);
    const before = await emulator.run((context) => readBook(context));
    const findingsBefore = checkBook(before.sheets);
    const project = readPlan(before.sheets).projects.find((p) => p.sheet === "ยุทธ1.1 สาธา")!;
    const revision = await apply(emulator, (book) =>
      planRelocation(
        book,
        {
          round: "2/2568",
          project: project.name,
          tactic: "1.1",
          workPlan: "แผนงานเคหะและชุมชน",
          was: { document: "แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ - ๒๕๗๐)" },
          now: {},
        },
        "r1"
      )
    );
    expect(revision.newSheet).toMatchObject({ name: "ยุทธ1.1 เคหะ", template: "ยุทธ1.1 สาธา" });
    expect(revision.newSheet!.after).toBe("ยุทธ1.1 สาธา (2)");
    const names = emulator.workbook.sheets.map((s) => s.name);
    // After the tactic's last sheet (the book keeps a second สาธา sheet further on).
    expect(names.indexOf("ยุทธ1.1 เคหะ")).toBe(names.indexOf("ยุทธ1.1 สาธา (2)") + 1);

    const book = await emulator.run((context) => readBook(context));
    const plan = readPlan(book.sheets);
    const moved = plan.projects.find((p) => p.name === project.name)!;
    expect([moved.sheet, moved.tactic, moved.workPlan, moved.round, moved.marks]).toEqual([
      "ยุทธ1.1 เคหะ",
      "1.1",
      "แผนงานเคหะและชุมชน",
      "แก้ไข ครั้งที่ 2/2568",
      ["แผนงานสาธารณสุข แก้ไข ครั้งที่ ๒/๒๕๖๘"],
    ]);
    expect(plan.years.map((y) => budgetIn(moved, y) ?? 0)).toEqual(
      plan.years.map((y) => budgetIn(project, y) ?? 0)
    );
    // The ผ.01 gets the new work plan's row under tactic 1.1's last; the office book's planted slips stay what
    // they were (those below the new row one row down), and nothing new is found.
    const summary = readSummarySheet(book.sheets.find((s) => s.sheet === office.summarySheet)!)!;
    const rows = summary.rows.filter((r) => r.kind === "workPlan" && r.tactic === "1.1");
    expect(rows.map((r) => r.workPlan).at(-1)).toBe("แผนงานเคหะและชุมชน");
    const inserted = rows.at(-1)!;
    expect(plan.years.map((y) => tryParseAmount(summary.value(inserted.budget[y])) ?? 0)).toEqual(
      plan.years.map((y) => budgetIn(project, y) ?? 0)
    );
    const codes = (findings: { code: string }[]) => findings.map((f) => f.code).sort();
    expect(codes(checkBook(book.sheets))).toEqual(codes(findingsBefore));

    await undo(emulator);
    expect(snapshotOf(emulator.workbook)).toEqual(original);
  });

  it("refuses, changing nothing, a tactic the plan does not know, a sheet name taken since the plan was read, a protected model sheet", async () => {
    const emulator = await sampleEmulator();
    const original = snapshotOf(emulator.workbook);
    await expect(
      apply(emulator, (book) => planAddition(book, { ...ADD, tactic: "1.1" }, "x"))
    ).rejects.toThrow(/ไม่พบกลยุทธ์ 1.1 ในแผน/);
    const book = await emulator.run((context) => readBook(context));
    const revision = planAddition(book, ADD, "x");
    emulator.workbook.addSheet("ผ.02 (2)");
    const taken = snapshotOf(emulator.workbook);
    await expect(
      emulator.run((context) =>
        applyRevision(context, book, revision, { id: "x", at: new Date(0) })
      )
    ).rejects.toThrow(/มีชีตชื่อ "ผ.02 \(2\)" อยู่แล้ว/);
    expect(snapshotOf(emulator.workbook)).toEqual(taken);
    expect(Object.keys(original)).toEqual(Object.keys(taken).filter((n) => n !== "ผ.02 (2)"));

    // A protected model sheet would give a protected copy: refused before anything is made.
    emulator.workbook.sheets = emulator.workbook.sheets.filter((s) => s.name !== "ผ.02 (2)");
    emulator.workbook.sheet("ผ.02")!.protected = true;
    const locked = snapshotOf(emulator.workbook);
    await expect(
      emulator.run((context) =>
        applyRevision(context, book, revision, { id: "x", at: new Date(0) })
      )
    ).rejects.toThrow(/ชีต "ผ.02" ถูกป้องกันไว้/);
    expect(snapshotOf(emulator.workbook)).toEqual(locked);
  });
});

describe("newSheetName", () => {
  const to = (workPlan: string, tactic = "1.1") => ({ tactic, workPlan });
  it.each([
    ["ยุทธ1.1 สาธา", to("แผนงานสาธารณสุข"), to("แผนงานเคหะและชุมชน"), "ยุทธ1.1 เคหะ"],
    ["ผ.02 การศึกษา", to("แผนงานการศึกษา"), to("แผนงานการเกษตร"), "ผ.02 การเกษตร"],
    [
      "1.2 ผง.ชุมชน",
      to("แผนงานสร้างความเข้มแข็งของชุมชน", "1.2"),
      to("แผนงานงบกลาง", "1.2"),
      "1.2 ผง.งบกลาง",
    ],
    [
      "ยุทธ2.1 โยธา",
      to("แผนงานอุตสาหกรรมและการโยธา", "2.1"),
      to("แผนงานเคหะและชุมชน", "2.2"),
      "ยุทธ2.2 เคหะ",
    ],
    ["ผ.02", to("แผนงานเคหะและชุมชน"), to("แผนงานการศึกษา"), "ผ.02 (2)"],
  ])("%s → %s", (template, from, next, expected) => {
    expect(newSheetName(template, from, next, [template])).toBe(expected);
  });
  it("keeps clear of names taken and of Excel's 31 characters", () => {
    expect(
      newSheetName("ผ.02", to("แผนงานเคหะและชุมชน"), to("แผนงานการศึกษา"), ["ผ.02", "ผ.02 (2)"])
    ).toBe("ผ.02 (3)");
    const long = "ผ.02 ยุทธศาสตร์ที่หนึ่ง กลยุทธ์ที่หนึ่ง";
    expect(newSheetName(long, to("แผนงานเคหะและชุมชน"), to("แผนงานการศึกษา"), [long])).toHaveLength(
      31
    );
  });
});

describe("the new sheet's heading, from a sheet typed the way offices type them", () => {
  const header = [
    ["ที่", "โครงการ", "วัตถุประสงค์", "งบประมาณ", null, "หน่วยงานรับผิดชอบหลัก"],
    [null, null, null, "2567 (บาท)", "2568 (บาท)", null],
  ];
  const sheet = (name: string, workPlan: string, titleRound: string) => ({
    sheet: name,
    values: [
      ["รายละเอียดโครงการพัฒนา"],
      ["แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)"],
      [titleRound],
      ["เทศบาลเมืองตัวอย่าง"],
      ["ก. ยุทธศาสตร์ชาติ 20 ปี ยุทธศาสตร์ที่ 3"],
      ["1. ยุทธศาสตร์การพัฒนาคุณภาพชีวิต"],
      ["    กลยุทธ์ส่งเสริมสุขภาพ"],
      [workPlan],
      ...header,
      [1, "โครงการตรวจสุขภาพ", "เพื่อสุขภาพ", 50000, 0, "กองสาธารณสุข"],
      ["รวม", "1 โครงการ", null, 50000, 0, null],
    ],
  });

  it("keeps a bare work-plan line bare and its indent, and gives a title-block round line this round", () => {
    const book: BookSnapshot = {
      sheets: [sheet("1.1 สาธา", "    แผนงานสาธารณสุข", "เพิ่มเติมครั้งที่ 1 / 2567")],
    };
    const revision = planAddition(
      book,
      {
        round: "2/2567",
        tactic: "1.1",
        workPlan: "แผนงานเคหะและชุมชน",
        project: { name: "โครงการปรับปรุงทางเท้า" },
        budgets: { 2568: 80000 },
      },
      "t"
    );
    expect(revision.newSheet).toMatchObject({ name: "1.1 เคหะ", template: "1.1 สาธา" });
    const headings = revision.edits
      .filter((e) => e.cell.sheet === "1.1 เคหะ" && e.role === "text")
      .map((e) => [e.cell.row, e.after])
      .sort((a, b) => Number(a[0]) - Number(b[0]));
    expect(headings).toEqual([
      [2, "เพิ่มเติม ครั้งที่ 2/2567"],
      [7, "    แผนงานเคหะและชุมชน"],
    ]);
    expect(revision.project).toMatchObject({
      tactic: "1.1",
      workPlan: "แผนงานเคหะและชุมชน",
      round: "เพิ่มเติม ครั้งที่ 2/2567",
    });
  });
});
