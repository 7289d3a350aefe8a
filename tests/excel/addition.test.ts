import { applyRevision } from "../../src/excel/amend";
import { readBook } from "../../src/excel/readBook";
import { undoLastAmendment } from "../../src/excel/undo";
import {
  budgetIn,
  APPENDIX_SHEET,
  checkBook,
  planAddition,
  readPlan,
  type AdditionRequest,
} from "../../src/plan";
import { PROJECT_NAMES } from "../fixtures/seed";
import { gridOf, sampleEmulator, snapshotOf } from "../fixtures/workbooks";

const ADD: AdditionRequest = {
  round: "1/2567",
  approvedOn: new Date(Date.UTC(2023, 10, 1)),
  tactic: "6.2",
  workPlan: "แผนงานอุตสาหกรรมและการโยธา",
  project: {
    name: "โครงการจัดทำระบบสารสนเทศงานทะเบียน",
    objective: "เพื่อให้บริการประชาชนรวดเร็ว",
    target: "ระบบสารสนเทศ ๑ ระบบ",
    kpi: "ร้อยละของผู้รับบริการที่พึงพอใจ",
    outcome: "ประชาชนได้รับบริการรวดเร็ว",
    unit: "สำนักปลัด",
  },
  budgets: { 2568: "500,000", 2569: 250000 },
};

type Emu = Awaited<ReturnType<typeof sampleEmulator>>;
async function add(emulator: Emu, request: AdditionRequest, id: string) {
  const book = await emulator.run((context) => readBook(context));
  const revision = planAddition(book, request, id);
  return emulator.run((context) => applyRevision(context, book, revision, { id, at: new Date(0) }));
}

describe("เพิ่มเติม: adding a project", () => {
  it("goes to its tactic and work plan's sheet after the round's marker, numbered from 1; a second joins it; totals, ผ.01 and the appendix follow; undo restores every cell", async () => {
    const emulator = await sampleEmulator();
    const original = snapshotOf(emulator.workbook);
    await add(emulator, ADD, "a1");
    let book = await emulator.run((context) => readBook(context));
    let plan = readPlan(book.sheets);
    const added = plan.projects.at(-1)!;
    expect([added.name, added.order, added.round, added.strategy, added.tactic]).toEqual([
      ADD.project.name,
      "1",
      "เพิ่มเติม ครั้งที่ 1/2567",
      "6",
      "6.2",
    ]);
    expect([budgetIn(added, 2568), budgetIn(added, 2569), added.unit]).toEqual([
      500000,
      250000,
      "สำนักปลัด",
    ]);
    expect(checkBook(book.sheets)).toEqual([]);
    // Its rows were blank under the sheet's last block: the project row takes the look of the project above, its
    // round's รวม that of the รวม above (borders, bold), across the table; the marker row stays plain.
    const sheet = emulator.workbook.sheet("ผ.02")!;
    const look = (row: number) =>
      Array.from({ length: 12 }, (_, col) => {
        // The look Excel gives: a blank cell of the file carries its format alone.
        const cell = sheet.look(row, col);
        return [cell?.borders, cell?.font, cell?.horizontalAlignment, cell?.wrapText];
      });
    const [lastProject, lastTotal] = [32, 33];
    expect(added.row).toBe(35);
    expect(look(35)).toEqual(look(lastProject));
    expect(look(36)).toEqual(look(lastTotal));
    expect(look(36)[0][0]).toEqual({
      top: "Continuous",
      bottom: "Continuous",
      left: "Continuous",
      right: "Continuous",
    });
    expect(look(34).every(([borders]) => borders === undefined)).toBe(true);

    await add(
      emulator,
      { ...ADD, project: { name: "โครงการติดตั้งกล้องวงจรปิด" }, budgets: { 2567: 90000 } },
      "a2"
    );
    book = await emulator.run((context) => readBook(context));
    plan = readPlan(book.sheets);
    expect(plan.projects.slice(-2).map((p) => [p.order, p.round])).toEqual([
      ["1", "เพิ่มเติม ครั้งที่ 1/2567"],
      ["2", "เพิ่มเติม ครั้งที่ 1/2567"],
    ]);
    expect(checkBook(book.sheets)).toEqual([]);
    // The second takes the place of its round's รวม (keeping that row's look), and the รวม below takes it too.
    expect(look(37)).toEqual(look(lastTotal));
    const appendix = gridOf(emulator.workbook, APPENDIX_SHEET);
    expect(appendix[1][0]).toBe("บัญชีรายการเพิ่มเติม");
    const header = appendix.findIndex((r) => r[0] === "ที่");
    expect(appendix[header].slice(0, 5)).toEqual([
      "ที่",
      "โครงการ",
      "วัตถุประสงค์",
      "เป้าหมาย (ผลผลิตของโครงการ)",
      "๒๕๖๖ (บาท)",
    ]);
    expect(appendix.slice(header + 1).map((r) => [r[0], r[1], r[6]])).toEqual([
      ["๑", ADD.project.name, "๕๐๐,๐๐๐"],
      ["๒", "โครงการติดตั้งกล้องวงจรปิด", "-"],
    ]);

    for (let i = 0; i < 2; i++) {
      book = await emulator.run((context) => readBook(context));
      await emulator.run((context) => undoLastAmendment(context, book));
    }
    expect(snapshotOf(emulator.workbook)).toEqual(original);
  });

  const refusals: [string, Partial<AdditionRequest>, RegExp][] = [
    ["an unknown work plan", { workPlan: "แผนงานอวกาศ" }, /"แผนงานอวกาศ" ไม่ใช่แผนงานมาตรฐาน/],
    ["no budget in any year", { budgets: { 2567: 0 } }, /ต้องมีงบประมาณอย่างน้อยหนึ่งปี/],
    ["a year outside the plan", { budgets: { 2575: 1000 } }, /ไม่พบปีงบประมาณ 2575/],
    ["a name already on the sheet", { project: { name: PROJECT_NAMES[1] } }, /มีอยู่แล้วในชีต ผ.02/],
    ["a tactic the plan does not know", { tactic: "1.1" }, /ไม่พบกลยุทธ์ 1.1 ในแผน/],
    [
      "a block followed by another work plan",
      { tactic: "4.3", workPlan: "แผนงานเคหะและชุมชน" },
      /มีแผนงานอื่นต่อจาก/,
    ],
  ];
  it.each(refusals)(
    "refuses %s, saying why, and changes nothing",
    async (_, overrides, message) => {
      const emulator = await sampleEmulator();
      const before = snapshotOf(emulator.workbook);
      await expect(add(emulator, { ...ADD, ...overrides }, "x")).rejects.toThrow(message);
      expect(snapshotOf(emulator.workbook)).toEqual(before);
    }
  );
});
