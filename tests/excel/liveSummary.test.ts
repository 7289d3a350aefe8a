import { applyRevision } from "../../src/excel/amend";
import { readBook } from "../../src/excel/readBook";
import { refreshSummarySheet } from "../../src/excel/summarySheet";
import { undoLastAmendment } from "../../src/excel/undo";
import { checkBook, planAddition, type AdditionRequest } from "../../src/plan";
import { sampleEmulator, snapshotOf } from "../fixtures/workbooks";

const ADD: AdditionRequest = {
  round: "1/2567",
  tactic: "6.2",
  workPlan: "แผนงานอุตสาหกรรมและการโยธา",
  project: { name: "โครงการจัดทำระบบสารสนเทศงานทะเบียน" },
  budgets: { 2569: 400000 },
};

async function liveSample() {
  const emulator = await sampleEmulator();
  const book = await emulator.run((context) => readBook(context));
  await emulator.run((context) => refreshSummarySheet(context, book, "formula"));
  return emulator;
}

type Emu = Awaited<ReturnType<typeof sampleEmulator>>;
async function add(emulator: Emu, request: AdditionRequest, id: string) {
  const book = await emulator.run((context) => readBook(context));
  const revision = planAddition(book, request, id);
  return emulator.run((context) => applyRevision(context, book, revision, { id, at: new Date(0) }));
}

const anchor = (emulator: Emu) => emulator.workbook.sheet("ผ.01")!.cell(4, 0)!.formula;

describe("a live ผ.01 (=PLAN.SUMMARY over the plan's range)", () => {
  it("grows to take in the rows an addition writes below its range; undo puts the formula back", async () => {
    const emulator = await liveSample();
    const original = snapshotOf(emulator.workbook);
    expect(anchor(emulator)).toBe("=PLAN.SUMMARY('ผ.02'!A1:L34, TRUE)");
    const result = await add(emulator, ADD, "a1");
    expect(result.formulaCells.length).toBeGreaterThan(0);
    expect(anchor(emulator)).toBe("=PLAN.SUMMARY('ผ.02'!A1:L37, TRUE)");
    let book = await emulator.run((context) => readBook(context));
    expect(checkBook(book.sheets)).toEqual([]);
    await emulator.run((context) => undoLastAmendment(context, book));
    expect(snapshotOf(emulator.workbook)).toEqual(original);
    book = await emulator.run((context) => readBook(context));
    expect(checkBook(book.sheets)).toEqual([]);
  });

  it("tells the user when a project lands on a sheet it does not read, and reads it once refreshed", async () => {
    const emulator = await liveSample();
    const result = await add(
      emulator,
      { ...ADD, workPlan: "แผนงานการศึกษา", project: { name: "โครงการห้องสมุดประชาชน" } },
      "n1"
    );
    expect(result.plan.notices.map((n) => n.en)).toEqual([
      'A new sheet "ผ.02 (2)" is made after the model of "ผ.02"',
      expect.stringMatching(
        /reads 'ผ.02'!A1:L34 only, and the project on ผ.02 \(2\) is outside it/
      ),
    ]);
    let book = await emulator.run((context) => readBook(context));
    expect(checkBook(book.sheets).map((f) => f.code)).toContain("summary-mismatch");
    await emulator.run((context) => refreshSummarySheet(context, book, "formula"));
    book = await emulator.run((context) => readBook(context));
    expect(checkBook(book.sheets)).toEqual([]);
  });
});
