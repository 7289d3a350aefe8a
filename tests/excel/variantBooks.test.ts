import { Emulator } from "../../src/emulator";
import { applyAmendment } from "../../src/excel/amend";
import { readBook } from "../../src/excel/readBook";
import { undoLastAmendment } from "../../src/excel/undo";
import { budgetIn, checkBook, readPlan } from "../../src/plan";
import { fourYearBook, municipalityBook, type VariantBook } from "../fixtures/variantBooks";
import { snapshotOf } from "../fixtures/workbooks";

/** Moves a project's whole budget of one year to another, as the pane does, and reads the book back. */
async function amend(truth: VariantBook, sheet: string, from: number, to: number) {
  const emulator = new Emulator(truth.workbook);
  const original = snapshotOf(emulator.workbook);
  const before = await emulator.run((context) => readBook(context));
  const plan = readPlan(before.sheets);
  const i = truth.years.indexOf(from);
  const made = truth.projects.find(
    (p) => p.sheet === sheet && p.budgets[i] > 0 && !p.budgets[truth.years.indexOf(to)]
  )!;
  const project = plan.projects.find((p) => p.sheet === sheet && p.row === made.row)!;
  await emulator.run((context) =>
    applyAmendment(
      context,
      before,
      { round: `1/${from}`, project: project.name, from, to, was: { document: "แผน" }, now: {} },
      { id: "variant", at: new Date(0), plan }
    )
  );
  const after = await emulator.run((context) => readBook(context));
  return {
    emulator,
    original,
    made,
    amount: made.budgets[i],
    after,
    moved: readPlan(after.sheets),
  };
}

describe("amending books the reader was not designed around", () => {
  it("moves an unnumbered project's budget: the รวม 25 โครงการ row and the ผ.01 of strategy rows follow, nothing wrong", async () => {
    const truth = fourYearBook();
    const { after, moved, made, amount, emulator, original } = await amend(
      truth,
      "ผ.02",
      2561,
      2562
    );
    const project = moved.projects.find((p) => p.sheet === "ผ.02" && p.row === made.row)!;
    expect([budgetIn(project, 2561), budgetIn(project, 2562)]).toEqual([0, amount]);
    expect(checkBook(after.sheets)).toEqual([]);
    const total = moved.totals.find((t) => t.sheet === "ผ.02")!;
    expect(total.label).toBe("รวม 25 โครงการ");
    await emulator.run((context) => undoLastAmendment(context, after));
    expect(snapshotOf(emulator.workbook)).toEqual(original);
  });

  it("moves a budget typed as text on a sheet headed in one cell: its รวม and the ผ.01 on สรุป follow", async () => {
    const truth = municipalityBook();
    const { after, amount } = await amend(truth, "ผ02 (2)", 2568, 2569);
    expect(amount).toBe(180000);
    expect(checkBook(after.sheets)).toEqual([]);
  });
});
