import { Emulator } from "../../src/emulator";
import { applyRevision } from "../../src/excel/amend";
import { readBook } from "../../src/excel/readBook";
import {
  budgetIn,
  checkBook,
  planAddition,
  planAmendment,
  planChange,
  readPlan,
  type PlannedRevision,
  type BookSnapshot,
} from "../../src/plan";
import { generateRoundBook } from "../fixtures/roundBook";

const SHEET = "ผ.02 ยุทธ1";
const HOUSING = { tactic: "1.1", workPlan: "แผนงานเคหะและชุมชน" };
const was = { document: "แผนพัฒนาท้องถิ่น" };

/** Applies one revision to a fresh round book; the findings before and after, and the book after. */
async function revise(plan: (book: BookSnapshot) => PlannedRevision) {
  const emulator = new Emulator(generateRoundBook().workbook);
  const book = await emulator.run((context) => readBook(context));
  const before = checkBook(book.sheets);
  await emulator.run((context) =>
    applyRevision(context, book, plan(book), { id: "r", at: new Date(0) })
  );
  const after = await emulator.run((context) => readBook(context));
  return { before, findings: checkBook(after.sheets), after };
}

const addition = (round: string) => (book: BookSnapshot) =>
  planAddition(
    book,
    {
      round,
      ...HOUSING,
      project: { name: "โครงการก่อสร้างศาลาประชาคม" },
      budgets: { 2568: 200000 },
    },
    "r"
  );

describe("revisions on a sheet whose later round is typed under a block's รวม (issue 19)", () => {
  it.each([
    ["the sheet's own round", "เพิ่มเติม ครั้งที่ 3/2567"],
    ["the round of the run under the last รวม", "เพิ่มเติม ครั้งที่ 2/2567"],
    ["a new round", "เพิ่มเติม ครั้งที่ 5/2567"],
  ])("an addition in %s makes no figure wrong", async (_, round) => {
    const { before, findings, after } = await revise(addition(round));
    expect(findings.map((f) => f.what.en)).toEqual(before.map((f) => f.what.en));
    const added = readPlan(after.sheets).projects.find(
      (p) => p.name === "โครงการก่อสร้างศาลาประชาคม"
    )!;
    expect([added.round, budgetIn(added, 2568)]).toEqual([round, 200000]);
  });

  it("moving a later project's budget leaves the รวม that leaves it out one finding, and the ผ.01 true", async () => {
    const { before, findings } = await revise((book) =>
      planAmendment(
        book,
        {
          round: "1/2568",
          project: "โครงการก่อสร้างถนนลูกรังหมู่ที่ 5",
          from: 2567,
          to: 2568,
          was,
          now: {},
        },
        "r"
      )
    );
    expect(findings.map((f) => f.what.en)).toEqual(before.map((f) => f.what.en));
  });

  it("changing a project above that รวม keeps it adding up its own projects: still the one finding", async () => {
    const { before, findings, after } = await revise((book) =>
      planChange(
        book,
        {
          round: "เปลี่ยนแปลง ครั้งที่ 1/2568",
          project: "โครงการก่อสร้างถนนคอนกรีตหมู่ที่ 2",
          budgets: { 2567: 420000 },
          was,
          now: {},
        },
        "r"
      )
    );
    expect(findings.map((f) => f.what.en)).toEqual(before.map((f) => f.what.en));
    const total = readPlan(after.sheets).totals.find((t) => t.sheet === SHEET)!;
    expect(total.cells.get(2567)!.value).toBe(420000);
  });
});
