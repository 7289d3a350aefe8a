import { applyAmendment } from "../../src/excel/amend";
import { readBook } from "../../src/excel/readBook";
import { undoLastAmendment } from "../../src/excel/undo";
import { parseThaiDate, roundRegister, type AmendmentRequest } from "../../src/plan";
import { sampleEmulator, SEED_AMENDMENTS, snapshotOf } from "../fixtures/workbooks";

async function apply(
  emulator: Awaited<ReturnType<typeof sampleEmulator>>,
  request: AmendmentRequest,
  id: string
) {
  const book = await emulator.run((context) => readBook(context));
  return emulator.run((context) => applyAmendment(context, book, request, { id, at: new Date(0) }));
}

describe("the register of rounds is the rounds recorded", () => {
  it("a round recorded by a revision is in the register with its approval date, and leaves it on undo", async () => {
    const emulator = await sampleEmulator();
    await apply(emulator, SEED_AMENDMENTS[0], "a1");
    let book = await emulator.run((context) => readBook(context));
    expect(roundRegister(book)).toEqual([
      expect.objectContaining({
        round: { kind: "แก้ไข", number: 2, year: 2566 },
        approvedOn: parseThaiDate("17/7/2566"),
        revisions: 1,
      }),
    ]);
    // The second project of the round takes the round's date when none is given.
    const second = await apply(emulator, { ...SEED_AMENDMENTS[1], approvedOn: undefined }, "a2");
    expect(second.plan.approvedOn).toEqual(parseThaiDate("17/7/2566"));
    book = await emulator.run((context) => readBook(context));
    expect(roundRegister(book)[0].revisions).toBe(2);
    await emulator.run((context) => undoLastAmendment(context, book));
    book = await emulator.run((context) => readBook(context));
    await emulator.run((context) => undoLastAmendment(context, book));
    book = await emulator.run((context) => readBook(context));
    expect(roundRegister(book)).toEqual([]);
  });

  it("the rules on rounds refuse through the same path the command takes, the workbook unchanged", async () => {
    const emulator = await sampleEmulator();
    await apply(emulator, SEED_AMENDMENTS[0], "a1");
    const before = snapshotOf(emulator.workbook);
    const second = SEED_AMENDMENTS[1];
    await expect(apply(emulator, { ...second, round: "1/2575" }, "x")).rejects.toThrow(/อยู่นอกแผน/);
    await expect(
      apply(emulator, { ...second, approvedOn: parseThaiDate("18/7/2566") }, "x")
    ).rejects.toThrow(/บันทึกไว้แล้วว่าเห็นชอบเมื่อ ๑๗\/๗\/๒๕๖๖/);
    await expect(
      apply(emulator, { ...second, round: "3/2566", approvedOn: parseThaiDate("1/7/2566") }, "x")
    ).rejects.toThrow(/ก่อนแก้ไข ครั้งที่ ๒\/๒๕๖๖/);
    await expect(apply(emulator, { ...second, amount: 0.005 }, "x")).rejects.toThrow(/มีเศษสตางค์/);
    expect(snapshotOf(emulator.workbook)).toEqual(before);
  });
});
