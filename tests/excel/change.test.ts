import { Emulator } from "../../src/emulator";
import { applyRevision } from "../../src/excel/amend";
import { readBook } from "../../src/excel/readBook";
import { undoLastAmendment } from "../../src/excel/undo";
import {
  budgetIn,
  APPENDIX_SHEET,
  checkBook,
  planChange,
  readPlan,
  type ChangeRequest,
} from "../../src/plan";
import { generateOfficeBook } from "../fixtures/officeBook";
import { PROJECT_NAMES } from "../fixtures/seed";
import { gridOf, sampleEmulator, snapshotOf } from "../fixtures/workbooks";

const CHANGE: ChangeRequest = {
  round: "เปลี่ยนแปลง ครั้งที่ 3/2566",
  approvedOn: new Date(Date.UTC(2023, 7, 1)),
  project: PROJECT_NAMES[0],
  set: { target: "ซ่อมแซมโรงเรือนคัดแยกขยะ ๑ หลัง" },
  budgets: { 2566: "1,600,000", 2568: 200000 },
  was: { document: "เพิ่มเติม ครั้งที่ 1/2566", page: 8, order: 1 },
  now: { page: 5, order: 1 },
};

async function change(emulator: Emulator, request: ChangeRequest) {
  const book = await emulator.run((context) => readBook(context));
  const revision = planChange(book, request, "c1");
  return emulator.run((context) =>
    applyRevision(context, book, revision, { id: "c1", at: new Date(0) })
  );
}

describe("เปลี่ยนแปลง: changing a project's details", () => {
  it("changes its texts and budgets in place, its totals and ผ.01 follow, the appendix shows เดิม beside เปลี่ยนแปลง; undo restores every cell", async () => {
    const emulator = await sampleEmulator();
    const original = snapshotOf(emulator.workbook);
    await change(emulator, CHANGE);
    const book = await emulator.run((context) => readBook(context));
    const project = readPlan(book.sheets).projects.find((p) => p.name === PROJECT_NAMES[0])!;
    expect([project.target, budgetIn(project, 2566), budgetIn(project, 2568)]).toEqual([
      "ซ่อมแซมโรงเรือนคัดแยกขยะ ๑ หลัง",
      1600000,
      200000,
    ]);
    // The block's รวม row and the book's typed ผ.01 were moved by the same differences: nothing disagrees.
    expect(checkBook(book.sheets)).toEqual([]);
    const appendix = gridOf(emulator.workbook, APPENDIX_SHEET);
    expect(appendix[1][0]).toBe("บัญชีรายการเปลี่ยนแปลง");
    const header = appendix.findIndex((r) => r[0] === "ลำดับ");
    expect(appendix[header][2]).toBe("รายละเอียดในแผนพัฒนาท้องถิ่น (เปลี่ยนแปลง)");
    const [, was, now] = appendix[header + 1] as string[];
    expect(was).toContain("ช่องปีงบประมาณ ๒๕๖๖ งบประมาณ ๑,๔๐๐,๐๐๐ บาท");
    expect(was).toContain("เป้าหมาย ซ่อมแซมปรับปรุง โรงเรียนคัดแยกขยะ");
    expect(now).toContain(
      "ช่องปีงบประมาณ ๒๕๖๖ งบประมาณ ๑,๖๐๐,๐๐๐ บาท และช่องปีงบประมาณ ๒๕๖๘ งบประมาณ ๒๐๐,๐๐๐ บาท"
    );
    expect(now).toContain("เป้าหมาย ซ่อมแซมโรงเรือนคัดแยกขยะ ๑ หลัง");
    expect(now).toContain("เปลี่ยนแปลง ครั้งที่ ๓/๒๕๖๖ หน้า ๕ ลำดับที่ ๑");
    expect(emulator.workbook.sheet("ผ.02")!.shapes.map((s) => s.text)).toEqual([
      "เปลี่ยนแปลง ครั้งที่ ๓/๒๕๖๖",
    ]);

    const amended = await emulator.run((context) => readBook(context));
    await emulator.run((context) => undoLastAmendment(context, amended));
    expect(snapshotOf(emulator.workbook)).toEqual(original);
    expect(emulator.workbook.sheet("ผ.02")!.shapes).toEqual([]);
  });

  it("writes a changed text whole on the project's first row and clears what ran on below", async () => {
    const emulator = new Emulator(generateOfficeBook(6).workbook);
    const before = readPlan((await emulator.run((context) => readBook(context))).sheets);
    const long = before.projects.find((p) => p.lastRow > p.row)!;
    await change(emulator, {
      round: "1/2568",
      project: { sheet: long.sheet, row: long.row },
      set: { name: "โครงการปรับปรุงถนนสายใหม่", objective: "เพื่อการสัญจร" },
      was: { document: "แผนพัฒนาท้องถิ่น" },
      now: {},
    });
    const after = readPlan((await emulator.run((context) => readBook(context))).sheets);
    const changed = after.projects.find((p) => p.sheet === long.sheet && p.row === long.row)!;
    expect([changed.name, changed.objective, changed.lastRow]).toEqual([
      "โครงการปรับปรุงถนนสายใหม่",
      "เพื่อการสัญจร",
      long.row,
    ]);
  });

  const refusals: [string, Partial<ChangeRequest>, RegExp][] = [
    ["nothing to change", { set: {}, budgets: {} }, /ยังไม่ได้ระบุสิ่งที่เปลี่ยนแปลง.*Nothing to change/],
    ["a year outside the plan", { set: {}, budgets: { 2575: 1 } }, /ไม่พบปีงบประมาณ 2575/],
    ["an amount that is not one", { set: {}, budgets: { 2567: "abc" } }, /"abc" ไม่ใช่ตัวเลข/],
    ["no budget left in any year", { set: {}, budgets: { 2566: 0 } }, /ไม่มีงบประมาณในปีใดเลย/],
    ["a name already in the sheet", { set: { name: PROJECT_NAMES[1] } }, /มีอยู่แล้วในชีต ผ.02/],
    [
      "a field that cannot be changed",
      { set: { budget: "x" } as never },
      /"budget" ไม่ใช่รายการที่เปลี่ยนได้/,
    ],
  ];
  it.each(refusals)(
    "refuses %s, saying why, and changes nothing",
    async (_, overrides, message) => {
      const emulator = await sampleEmulator();
      const before = snapshotOf(emulator.workbook);
      await expect(change(emulator, { ...CHANGE, ...overrides })).rejects.toThrow(message);
      expect(snapshotOf(emulator.workbook)).toEqual(before);
    }
  );
});
