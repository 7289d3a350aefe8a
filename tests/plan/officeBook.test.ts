import { Emulator } from "../../src/emulator";
import { readXlsx, writeXlsx } from "../../src/emulator/xlsx";
import { readBook } from "../../src/excel/readBook";
import {
  budgetIn,
  checkBook,
  readPlan,
  reportSummary,
  summarise,
  type BookSnapshot,
  type Project,
  budgetCell,
} from "../../src/plan";
import { generateOfficeBook, OFFICE_YEARS, type OfficeBook } from "../fixtures/officeBook";

let truth: OfficeBook;
let book: BookSnapshot;
let syncs: number;

beforeAll(async () => {
  truth = generateOfficeBook();
  const emulator = new Emulator(truth.workbook);
  book = await emulator.run((context) => readBook(context));
  syncs = emulator.syncs.length;
});

const asRead = (p: Project) => [
  p.sheet,
  p.form,
  p.strategy,
  p.tactic,
  p.workPlan,
  p.name,
  OFFICE_YEARS.map((y) => budgetIn(p, y) ?? 0),
  p.round,
  p.marks,
  p.row,
];

function allProjects(plan: ReturnType<typeof readPlan>): Project[] {
  return [
    ...plan.projects,
    ...(plan.otherForms["ผ.02/2"] ?? []),
    ...(plan.otherForms["ผ.02/1"] ?? []),
    ...(plan.otherForms["ผ.03"] ?? []),
  ];
}

describe("a book built from how real offices type their plans", () => {
  it("is the size of a real one and is read in 3 syncs, text boxes and the number formats of number columns all", () => {
    expect(truth.workbook.sheets.length).toBeGreaterThanOrEqual(40);
    expect(truth.projects.length).toBeGreaterThan(1000);
    expect(syncs).toBe(3);
    expect(book.sheets.find((s) => s.sheet === "02.1 โครงการชุมชน")!.textBoxes).toEqual([
      { text: "แบบ ผ.02/1", row: 0, name: "TextBox 1" },
    ]);
  });

  it("reads every project of every form as it was made: headings, joined names, budgets, rounds, marks", () => {
    const plan = readPlan(book.sheets);
    expect(allProjects(plan).map(asRead)).toEqual(
      truth.projects.map((t) => [
        t.sheet,
        t.form,
        t.strategy,
        t.tactic,
        t.workPlan,
        t.name,
        t.budgets,
        t.round,
        t.marks,
        t.row,
      ])
    );
    expect(plan.organisation).toBe("เทศบาลเมืองตัวอย่างบนดอย");
  });

  it("sums the plan without the other forms, and each other form on its own", () => {
    const plan = readPlan(book.sheets);
    const sum = (form: string) =>
      OFFICE_YEARS.map((_, y) =>
        truth.projects.filter((p) => p.form === form).reduce((s, p) => s + p.budgets[y], 0)
      );
    expect(summarise(plan).total.budget).toEqual(sum("ผ.02"));
    for (const form of ["ผ.02/1", "ผ.02/2", "ผ.03"] as const)
      expect(summarise(plan, plan.otherForms[form]).total.budget).toEqual(sum(form));
  });

  it("finds exactly the planted slips, ranked with the ผ.01 first, under one counting line", () => {
    const findings = checkBook(book.sheets);
    const key = (f: { code: string; sheet: string; row: number }) =>
      `${f.code} ${f.sheet} ${f.row}`;
    expect(findings.map(key).sort()).toEqual(truth.findings.map(key).sort());
    expect(findings.slice(0, 4).map((f) => f.code)).toEqual([
      "summary-mismatch",
      "summary-total",
      "summary-without-details",
      "details-without-summary",
    ]);
    const wrong = truth.wrongSummaryFigure;
    expect(findings[0].cell).toEqual({ sheet: "ผ.01", row: wrong.row, col: wrong.col });
    expect(findings[0].what.en).toContain(`(should be ${wrong.right.toLocaleString("en-US")}`);
    expect(reportSummary(findings).th).toBe(
      "ผ.01 ไม่ตรงรายละเอียด ๑ แถว · ยอดรวมใน ผ.01 ไม่ตรง ๑ แถว · แถว ผ.01 ไม่มีรายละเอียด ๑ แถว · " +
        "รายละเอียดไม่มีแถว ผ.01 ๑ แถว · ยอดรวมในชีตไม่ตรง ๑ แถว · โครงการซ้ำในหลายชีต ๑ แถว · " +
        "ชีตที่ซ่อนมีโครงการ ๑ แถว · งบประมาณไม่ใช่ตัวเลข ๒ แถว · " +
        "งบประมาณผสานเซลล์ข้ามปี ๑ แถว · ลำดับที่ซ้ำ ๑ แถว · เลขยุทธศาสตร์ไม่ตรง ๑ แถว · กลยุทธ์ไม่มีเลขที่ ๔ แถว"
    );
  });

  it("reads the same from its .xlsx file: text boxes and merges survive the file", async () => {
    const file = await readXlsx(await writeXlsx(truth.workbook));
    const fromFile = await new Emulator(file).run((context) => readBook(context));
    expect(allProjects(readPlan(fromFile.sheets)).map(asRead)).toEqual(
      allProjects(readPlan(book.sheets)).map(asRead)
    );
    expect(checkBook(fromFile.sheets)).toEqual(checkBook(book.sheets));
  });
});

describe("amending the office book", () => {
  /** Every cell value and text box of every sheet, to compare a whole book (an empty cell reads "", as in Excel). */
  const contents = (emulator: Emulator) =>
    emulator.workbook.sheets.map((s) => ({
      name: s.name,
      cells: s.rows.map((cells) => Array.from(cells ?? [], (c) => c?.value ?? "")),
      shapes: structuredClone(s.shapes),
    }));

  it("moves a budget, updates the sheet's รวม and the typed ผ.01 rows by the amount, marks the row, and undoes to the last cell", async () => {
    const fresh = generateOfficeBook();
    const emulator = new Emulator(fresh.workbook);
    const before = await emulator.run((context) => readBook(context));
    const original = contents(emulator);
    const plan = readPlan(before.sheets);
    const project = plan.projects.find(
      (p) => p.sheet === "ยุทธ2.2 โยธา" && (budgetIn(p, 2567) ?? 0) > 0 && !budgetIn(p, 2569)
    )!;
    const amount = budgetIn(project, 2567);
    const findingsBefore = checkBook(before.sheets).map((f) => `${f.code} ${f.sheet} ${f.row}`);
    const { applyAmendment } = await import("../../src/excel/amend");
    const { undoLastAmendment } = await import("../../src/excel/undo");
    emulator.syncs.length = 0;
    await emulator.run((context) =>
      applyAmendment(
        context,
        before,
        {
          round: "1/2567",
          project: project.name,
          from: 2567,
          to: 2569,
          was: { document: "แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)" },
          now: {},
        },
        { id: "office", at: new Date(0), plan }
      )
    );
    expect(emulator.syncs.length).toBe(2);
    const after = await emulator.run((context) => readBook(context));
    const reread = readPlan(after.sheets);
    const moved = reread.projects.find((p) => p.sheet === project.sheet && p.row === project.row)!;
    expect([budgetIn(moved, 2567) ?? 0, budgetIn(moved, 2569)]).toEqual([0, amount]);
    expect(moved.marks).toEqual(["แก้ไข ครั้งที่ ๑/๒๕๖๗"]);
    // Every figure that was right is still right; the ones typed wrong are still reported, not silently fixed.
    expect(checkBook(after.sheets).map((f) => `${f.code} ${f.sheet} ${f.row}`)).toEqual(
      findingsBefore
    );
    const summarySheet = emulator.workbook.sheet("ผ.01")!;
    const row = fresh.summaryRows.find(
      (r) => r.tactic === "2.2" && r.workPlan === "แผนงานอุตสาหกรรมและการโยธา"
    )!;
    const figure = (col: number) => summarySheet.cell(row.row, col)!.value;
    const typedBefore = (col: number) =>
      original.find((s) => s.name === "ผ.01")!.cells[row.row][col] as number;
    // 2567 is the 2nd year (budget in column 4), 2569 the 4th (column 8).
    expect(figure(4)).toBe(typedBefore(4) - amount);
    expect(figure(8)).toBe(typedBefore(8) + amount);
    expect(
      summarySheet.cell(fresh.wrongSummaryFigure.row, fresh.wrongSummaryFigure.col)!.value
    ).toBe(
      original.find((s) => s.name === "ผ.01")!.cells[fresh.wrongSummaryFigure.row][
        fresh.wrongSummaryFigure.col
      ]
    );
    const mark = emulator.workbook.sheet(project.sheet)!.shapes.at(-1)!;
    expect([mark.text, mark.area.row, mark.area.col, mark.area.cols]).toEqual([
      "แก้ไข ครั้งที่ ๑/๒๕๖๗",
      project.row,
      budgetCell(project, 2567)!.col,
      3,
    ]);

    const amended = await emulator.run((context) => readBook(context));
    await emulator.run((context) => undoLastAmendment(context, amended));
    expect(contents(emulator).filter((s) => original.some((o) => o.name === s.name))).toEqual(
      original
    );
  });

  it("local-plan amend writes the amended .xlsx with the mark, and check finds the same slips in it", async () => {
    const { spawnSync } = await import("child_process");
    const { mkdtempSync, writeFileSync } = await import("fs");
    const { tmpdir } = await import("os");
    const { join } = await import("path");
    const dir = mkdtempSync(join(tmpdir(), "office-book-"));
    const input = join(dir, "office.xlsx");
    const output = join(dir, "amended.xlsx");
    const fresh = generateOfficeBook(12);
    writeFileSync(input, await writeXlsx(fresh.workbook));
    const project = fresh.projects.find(
      (p) => p.sheet === "ยุทธ5.1 เคหะ (2)" && p.budgets[0] > 0 && p.marks.length === 0
    )!;
    const changes = join(dir, "changes.json");
    writeFileSync(
      changes,
      JSON.stringify({
        round: "3/2567",
        changes: [
          {
            project: project.name,
            move: { from: 2566, to: 2570 },
            was: { document: "แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)" },
            now: {},
          },
        ],
      })
    );
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ["bin/local-plan.js", ...args], { encoding: "utf8" });
    const amend = run("amend", input, "--changes", changes, "--out", output);
    expect([amend.status, amend.stderr]).toEqual([0, ""]);
    const book = await new Emulator(await readXlsx(require("fs").readFileSync(output))).run(
      (context) => readBook(context)
    );
    const moved = readPlan(book.sheets).projects.find(
      (p) => p.sheet === project.sheet && p.row === project.row
    )!;
    expect([budgetIn(moved, 2566) ?? 0, budgetIn(moved, 2570), moved.marks]).toEqual([
      0,
      project.budgets[0] + project.budgets[4],
      ["แก้ไข ครั้งที่ ๓/๒๕๖๗"],
    ]);
    const check = run("check", output);
    expect(check.status).toBe(1);
    expect(check.stdout.split("\n")[0]).toMatch(/^ผ\.01 ไม่ตรงรายละเอียด ๑ แถว · /);
  }, 60000);
});
