import { applyRevision } from "../../src/excel/amend";
import { readBook } from "../../src/excel/readBook";
import { undoLastAmendment } from "../../src/excel/undo";
import {
  budgetIn,
  checkBook,
  planRelocation,
  readPlan,
  type RelocationRequest,
} from "../../src/plan";
import { PROJECT_NAMES } from "../fixtures/seed";
import { sampleEmulator, snapshotOf } from "../fixtures/workbooks";

const MOVE: RelocationRequest = {
  round: "3/2566",
  project: PROJECT_NAMES[0],
  tactic: "6.2",
  workPlan: "แผนงานอุตสาหกรรมและการโยธา",
  was: { document: "เพิ่มเติม ครั้งที่ 1/2566", page: 8, order: 1 },
  now: { page: 6, order: 1 },
};

describe("moving a project to another work plan or tactic", () => {
  it("empties its old row, joins the other block, both totals and the ผ.01 follow, the mark names where it came from; undo restores every cell", async () => {
    const emulator = await sampleEmulator();
    const original = snapshotOf(emulator.workbook);
    let book = await emulator.run((context) => readBook(context));
    const revision = planRelocation(book, MOVE, "m1");
    await emulator.run((context) =>
      applyRevision(context, book, revision, { id: "m1", at: new Date(0) })
    );
    book = await emulator.run((context) => readBook(context));
    const plan = readPlan(book.sheets);
    expect(plan.projects.map((p) => [p.name, p.tactic, p.workPlan, p.round])).toEqual([
      [PROJECT_NAMES[1], "6.2", "แผนงานอุตสาหกรรมและการโยธา", ""],
      [PROJECT_NAMES[0], "6.2", "แผนงานอุตสาหกรรมและการโยธา", "แก้ไข ครั้งที่ 3/2566"],
    ]);
    expect(budgetIn(plan.projects[1], 2566)).toBe(1400000);
    expect(checkBook(book.sheets)).toEqual([]);
    expect(emulator.workbook.sheet("ผ.02")!.shapes.map((s) => s.text)).toEqual([
      "แผนงานเคหะและชุมชน แก้ไข ครั้งที่ ๓/๒๕๖๖",
    ]);
    await emulator.run((context) => undoLastAmendment(context, book));
    expect(snapshotOf(emulator.workbook)).toEqual(original);
  });

  it("refuses a move to where the project already is, or to an unknown work plan, and changes nothing", async () => {
    const emulator = await sampleEmulator();
    const before = snapshotOf(emulator.workbook);
    const book = await emulator.run((context) => readBook(context));
    expect(() =>
      planRelocation(book, { ...MOVE, tactic: "4.3", workPlan: "แผนงานเคหะและชุมชน" }, "x")
    ).toThrow(/อยู่ในกลยุทธ์ 4.3 แผนงานเคหะและชุมชน อยู่แล้ว/);
    expect(() => planRelocation(book, { ...MOVE, workPlan: "แผนงานอวกาศ" }, "x")).toThrow(
      /ไม่ใช่แผนงานมาตรฐาน/
    );
    expect(snapshotOf(emulator.workbook)).toEqual(before);
  });
});
