import { applyAmendment } from "../../src/excel/amend";
import { readBook } from "../../src/excel/readBook";
import { APPENDIX_SHEET, CELL_TEXT_LIMIT, type AmendmentRequest } from "../../src/plan";
import { PROJECT_NAMES } from "../fixtures/seed";
import { gridOf, sampleEmulator, SEED_AMENDMENTS, snapshotOf } from "../fixtures/workbooks";

const base = SEED_AMENDMENTS[0];
const change = (overrides: Partial<AmendmentRequest>): AmendmentRequest => ({
  ...base,
  ...overrides,
});

/** Applies a request and expects it refused with this message, every cell of the workbook as it was. */
type Prepare = (emulator: Awaited<ReturnType<typeof sampleEmulator>>) => void;

/** `before` changes the workbook before the plan is read; `after` between reading and applying. */
async function refused(
  request: AmendmentRequest,
  message: RegExp,
  edits: { before?: Prepare; after?: Prepare } = {}
) {
  const emulator = await sampleEmulator();
  edits.before?.(emulator);
  const book = await emulator.run((context) => readBook(context));
  edits.after?.(emulator);
  const before = snapshotOf(emulator.workbook);
  await expect(
    emulator.run((context) => applyAmendment(context, book, request, { id: "x", at: new Date(0) }))
  ).rejects.toThrow(message);
  expect(snapshotOf(emulator.workbook)).toEqual(before);
}

describe("every bad input is refused with a clear message, and nothing in the workbook changes", () => {
  it("no plan found", async () => {
    await refused(base, /ไม่พบแผนในสมุดงาน.*No plan found/, {
      before: (emulator) =>
        (emulator.workbook.sheets = emulator.workbook.sheets.filter((s) => s.name !== "ผ.02")),
    });
  });

  it("the project no longer where it was read (the sheet was edited after reading)", async () => {
    await refused(base, /เปลี่ยนไปหลังจากอ่านแผน.*changed since the plan was read/, {
      after: (emulator) => (emulator.workbook.sheet("ผ.02")!.cellForWrite(14, 4).value = "๙๙๙"),
    });
  });

  it("a from-year with no budget", async () => {
    await refused(change({ from: 2568, to: 2569 }), /ไม่มีงบประมาณในปี 2568.*no budget in 2568/);
  });

  it("an amount above what the year holds, or not a number", async () => {
    await refused(change({ amount: 1500000 }), /เกินงบประมาณปี ๒๕๖๖/);
    await refused(change({ amount: "หนึ่งล้าน" }), /"หนึ่งล้าน" ไม่ใช่ตัวเลข.*not a number/);
    await refused(change({ amount: -5 }), /"-5" ติดลบ.*negative/);
  });

  it("the same year twice, and a year outside the plan", async () => {
    await refused(change({ to: "๒๕๖๖" }), /ปีเดียวกัน.*same/);
    await refused(change({ to: 2575 }), /ไม่พบปีงบประมาณ 2575 ในแผน \(2566–2570\)/);
    await refused(change({ to: "ปีหน้า" }), /ไม่ใช่ปีงบประมาณ/);
  });

  it("a protected sheet", async () => {
    await refused(base, /ชีต "ผ.02" ถูกป้องกันไว้.*protected/, {
      after: (emulator) => (emulator.workbook.sheet("ผ.02")!.protected = true),
    });
  });

  it("a very long text", async () => {
    await refused(
      change({ reason: "ก".repeat(CELL_TEXT_LIMIT + 1) }),
      /ยาวเกิน.*longer than the 32767 characters/
    );
  });

  it("two amendments of the same project in one round", async () => {
    const emulator = await sampleEmulator();
    let book = await emulator.run((context) => readBook(context));
    await emulator.run((context) =>
      applyAmendment(context, book, change({ amount: 400000 }), { id: "a", at: new Date(0) })
    );
    book = await emulator.run((context) => readBook(context));
    const before = snapshotOf(emulator.workbook);
    await expect(
      emulator.run((context) =>
        applyAmendment(context, book, change({ from: 2566, to: 2568, amount: 100 }), {
          id: "b",
          at: new Date(0),
        })
      )
    ).rejects.toThrow(/บันทึกไว้แล้วใน.*already recorded in/);
    expect(snapshotOf(emulator.workbook)).toEqual(before);
  });
});

describe("user text is stored as text", () => {
  it("a reason or document that starts with = never becomes a formula", async () => {
    const emulator = await sampleEmulator();
    const book = await emulator.run((context) => readBook(context));
    const reason = '=HYPERLINK("http://x")';
    await emulator.run((context) =>
      applyAmendment(
        context,
        book,
        change({ reason, was: { document: "=1+1", page: 8, order: 1 } }),
        { id: "t", at: new Date(0) }
      )
    );
    const appendix = emulator.workbook.sheet(APPENDIX_SHEET)!;
    const row = gridOf(emulator.workbook, APPENDIX_SHEET).findIndex((r) => r[3] === reason);
    expect(row).toBeGreaterThan(0);
    expect(appendix.cell(row, 3)!.formula).toBeUndefined();
    expect(String(appendix.cell(row, 1)!.value)).toContain("=๑+๑");
    expect(appendix.cell(row, 1)!.formula).toBeUndefined();
  });

  it("a partial move keeps the rest in the from-year and adds to a year that already has budget", async () => {
    const emulator = await sampleEmulator();
    let book = await emulator.run((context) => readBook(context));
    await emulator.run((context) =>
      applyAmendment(context, book, change({ amount: 400000, to: 2567 }), {
        id: "p1",
        at: new Date(0),
      })
    );
    book = await emulator.run((context) => readBook(context));
    const result = await emulator.run((context) =>
      applyAmendment(
        context,
        book,
        change({ round: "3/2566", from: 2566, to: 2567, amount: "๑๐๐,๐๐๐" }),
        { id: "p2", at: new Date(0) }
      )
    );
    const detail = gridOf(emulator.workbook, "ผ.02");
    expect(detail[14].slice(4, 9)).toEqual(["๙๐๐,๐๐๐", "๕๐๐,๐๐๐", "-", "-", "-"]);
    expect(result.plan.appendixRow[1]).toContain(
      "ช่องปีงบประมาณ ๒๕๖๖ งบประมาณ ๑,๐๐๐,๐๐๐ บาท และช่องปีงบประมาณ ๒๕๖๗ งบประมาณ ๔๐๐,๐๐๐ บาท"
    );
    expect(result.plan.appendixRow[2]).toContain(
      "ช่องปีงบประมาณ ๒๕๖๖ งบประมาณ ๙๐๐,๐๐๐ บาท และช่องปีงบประมาณ ๒๕๖๗ งบประมาณ ๕๐๐,๐๐๐ บาท"
    );
    expect(PROJECT_NAMES[0]).toBe(base.project);
    // A later round gets an appendix sheet of its own; the first round's is left as it was.
    expect(result.plan.appendix.sheet).toBe("ภาคผนวก ก แก้ไข ๓-๒๕๖๖");
    expect(gridOf(emulator.workbook, "ภาคผนวก ก แก้ไข ๓-๒๕๖๖")[3][0]).toBe("แก้ไข ครั้งที่ ๓/๒๕๖๖");
  });
});
