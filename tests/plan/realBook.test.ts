import { Emulator } from "../../src/emulator";
import { applyAmendment } from "../../src/excel/amend";
import { readBook } from "../../src/excel/readBook";
import {
  budgetIn,
  APPENDIX_SHEET,
  checkBook,
  LOG_SHEET,
  readPlan,
  summarise,
  type BookSnapshot,
} from "../../src/plan";
import { BOOK_YEARS, generateRealBook, type BookTruth } from "../fixtures/realBook";
import { snapshotOf } from "../fixtures/workbooks";

let truth: BookTruth;
let book: BookSnapshot;
let syncs: number;

beforeAll(async () => {
  truth = generateRealBook();
  const emulator = new Emulator(truth.workbook);
  book = await emulator.run((context) => readBook(context));
  syncs = emulator.syncs.length;
});

describe("a generated book in the shape of a real city's plan", () => {
  it("is the size of one: 40+ sheets, 5,000+ rows, 1,000+ projects, read in at most 3 syncs", () => {
    expect(truth.workbook.sheets.length).toBeGreaterThanOrEqual(40);
    expect(book.sheets.reduce((n, s) => n + s.values.length, 0)).toBeGreaterThan(5000);
    expect(truth.projects.length).toBeGreaterThan(1000);
    expect(syncs).toBeLessThanOrEqual(3);
  });

  it("reads every project as it was made: sheet, strategy, tactic, work plan, joined name, budgets, enacted, round", () => {
    const plan = readPlan(book.sheets);
    expect(
      plan.projects.map((p) => [
        p.sheet,
        p.strategy,
        p.tactic,
        p.workPlan,
        p.name,
        BOOK_YEARS.map((y) => budgetIn(p, y) ?? 0),
        p.round,
      ])
    ).toEqual(
      truth.projects.map((t) => [
        t.sheet,
        t.strategy,
        t.tactic,
        t.workPlan,
        t.name,
        t.budgets,
        t.round,
      ])
    );
    expect(plan.projects.map((p) => BOOK_YEARS.map((y) => p.enacted[y] ?? 0))).toEqual(
      truth.projects.map((t) => t.enacted)
    );
    expect(plan.organisation).toBe("เทศบาลนครตัวอย่างริมน้ำ");
  });

  it("sums the plan exactly, and the other forms in their own sections", () => {
    const plan = readPlan(book.sheets);
    const summary = summarise(plan);
    const byYear = (pick: (y: number) => number) => BOOK_YEARS.map((_, y) => pick(y));
    expect(summary.total.budget).toEqual(
      byYear((y) => truth.projects.reduce((s, p) => s + p.budgets[y], 0))
    );
    expect(summary.total.count).toEqual(
      byYear((y) => truth.projects.filter((p) => p.budgets[y] > 0).length)
    );
    for (const strategy of ["1", "2", "3", "4", "5", "6"]) {
      const line = summary.strategies.find((s) => s.strategy === strategy)!;
      expect(line.totalBudget).toBe(
        truth.projects
          .filter((p) => p.strategy === strategy)
          .reduce((s, p) => s + p.budgets.reduce((a, b) => a + b, 0), 0)
      );
    }
    for (const [form, expected] of Object.entries(truth.other)) {
      const other = summarise(plan, plan.otherForms[form as "ผ.02/2"]!);
      expect([form, other.total.budget, other.total.totalCount]).toEqual([
        form,
        expected.budgets,
        expected.count,
      ]);
    }
  });

  it("finds exactly the problems the book was made with", () => {
    const findings = checkBook(book.sheets);
    const key = (f: { code: string; sheet: string; row: number }) =>
      `${f.code} ${f.sheet} ${f.row}`;
    expect(findings.map(key).sort()).toEqual(truth.findings.map(key).sort());
    const wrong = findings.find((f) => f.code === "summary-mismatch")!;
    expect(wrong.cell).toEqual({
      sheet: "ผ.01",
      row: truth.wrongFigure.row,
      col: truth.wrongFigure.col,
    });
    expect(wrong.what.en).toContain(
      `(should be ${truth.wrongFigure.right.toLocaleString("en-US")}`
    );
  });

  it("amends a project on a second sheet that spans continuation rows, touching only its row, its sheet's totals and ผ.01", async () => {
    const emulator = new Emulator(generateRealBook().workbook);
    const before = await emulator.run((context) => readBook(context));
    const plan = readPlan(before.sheets);
    const project = plan.projects.find(
      (p) =>
        p.sheet.endsWith("(2)") &&
        p.lastRow - p.row >= 2 &&
        (budgetIn(p, 2566) ?? 0) > 0 &&
        !budgetIn(p, 2568)
    )!;
    const original = snapshotOf(emulator.workbook);
    emulator.resetCounts();
    await emulator.run((context) =>
      applyAmendment(
        context,
        before,
        {
          round: "1/2567",
          project: project.name,
          from: 2566,
          to: 2568,
          was: { document: "เพิ่มเติม ครั้งที่ 1/2567" },
          now: {},
        },
        { id: "book", at: new Date(0), plan }
      )
    );
    expect(emulator.syncs.length).toBeLessThanOrEqual(3);
    const after = snapshotOf(emulator.workbook);
    const changed = Object.keys(original).flatMap((sheet) => {
      const was = new Map(
        (original[sheet] as { cells: [number, number, string][] }).cells.map(([r, c, v]) => [
          `${r},${c}`,
          v,
        ])
      );
      return (after[sheet] as { cells: [number, number, string][] }).cells
        .filter(([r, c, v]) => was.get(`${r},${c}`) !== v)
        .map(([r, c]) => ({ sheet, row: r, col: c }));
    });
    const totalRows = plan.totals.filter((t) => t.projects.includes(project)).map((t) => t.row);
    for (const cell of changed) {
      const allowed =
        (cell.sheet === project.sheet &&
          (cell.row === project.row || totalRows.includes(cell.row))) ||
        cell.sheet === "ผ.01";
      expect([cell, allowed]).toEqual([cell, true]);
    }
    const summaryRows = new Set(changed.filter((c) => c.sheet === "ผ.01").map((c) => c.row));
    expect(summaryRows.size).toBe(3);
    // Read again: the budget moved, and every total in the book still agrees (only the figure typed wrong remains).
    const reread = await emulator.run((context) => readBook(context));
    const moved = readPlan(reread.sheets).projects.find(
      (p) => p.sheet === project.sheet && p.row === project.row
    )!;
    expect([budgetIn(moved, 2566), budgetIn(moved, 2568)]).toEqual([0, budgetIn(project, 2566)]);
    expect(
      checkBook(reread.sheets)
        .map((f) => f.code)
        .sort()
    ).toEqual(truth.findings.map((f) => f.code).sort());
    expect(
      emulator.workbook.sheet(project.sheet)!.cell(project.nameCell.row, project.nameCell.col)!.note
    ).toMatch(/^แก้ไข ครั้งที่ ๑\/๒๕๖๗/);
    expect(emulator.workbook.sheet(APPENDIX_SHEET)).toBeDefined();
    expect(emulator.workbook.sheet(LOG_SHEET)!.visibility).toBe("Hidden");
  });
});
