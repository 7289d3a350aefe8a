import { Emulator, MemoryWorkbook, type InjectedFailure } from "../../src/emulator";
import { applyRevision } from "../../src/excel/amend";
import { readBook } from "../../src/excel/readBook";
import { WriteStopped } from "../../src/excel/revert";
import { recordedAmendments, undoLastAmendment } from "../../src/excel/undo";
import type { PlannedRevision, BookSnapshot } from "../../src/plan";
import { REVISION_KINDS } from "../fixtures/revisionKinds";
import { sampleEmulator, snapshotOf } from "../fixtures/workbooks";

/**
 * A revision is written whole or not at all: Excel keeps what a batch applied before a failing command, so the
 * emulator fails each write command of each batch in turn, and after each failure the book must be as it was
 * (cells, formulas, formats, notes, shapes, sheets and their order), with the error saying so.
 */

const CODES: InjectedFailure["code"][] = ["GeneralException", "InvalidArgument", "ItemNotFound"];

let sample: MemoryWorkbook;
beforeAll(async () => {
  sample = (await sampleEmulator()).workbook;
});

/** A fresh emulator over a copy of a workbook (quicker than reading the .xlsx for every case). */
function emulatorOf(source: MemoryWorkbook): Emulator {
  const workbook = new MemoryWorkbook();
  workbook.sheets = source.sheets.map((sheet) => {
    const copy = sheet.copy(sheet.name);
    copy.visibility = sheet.visibility;
    copy.protected = sheet.protected;
    return copy;
  });
  workbook.names = source.names.map((n) => ({ ...n }));
  workbook.activeSheet = source.activeSheet;
  return new Emulator(workbook);
}

/** Everything a revision may touch: the sheets in order, every cell with its formats and note, every shape. */
function stateOf(workbook: MemoryWorkbook): unknown {
  return {
    sheets: workbook.sheets.map((s) => s.name),
    cells: snapshotOf(workbook),
    shapes: workbook.sheets.map((s) => [s.name, s.shapes]),
  };
}

async function rejection(promise: Promise<unknown>): Promise<WriteStopped> {
  try {
    await promise;
  } catch (error) {
    return error as WriteStopped;
  }
  throw new Error("expected the write to fail");
}

const write = (emulator: Emulator, book: BookSnapshot, revision: PlannedRevision) =>
  emulator.run((context) => applyRevision(context, book, revision, { id: "r1", at: new Date(0) }));

/** The write commands of each sync of a successful run, from the first sync. */
async function writesPerSync(run: (emulator: Emulator) => Promise<unknown>, on: Emulator) {
  on.resetCounts();
  await run(on);
  return on.syncs.map((s) => s.writes);
}

/** Every (sync, command) pair of a run's writing syncs. */
const everyCommand = (writes: number[]) =>
  writes.flatMap((count, s) =>
    Array.from({ length: count }, (_, w) => ({ sync: s + 1, write: w + 1 }))
  );

describe("a revision Excel stops at any command of its batch", () => {
  jest.setTimeout(120000);

  it.each(REVISION_KINDS)(
    "%s: the book is as it was, the error says so, and it can be written again",
    async (_, plan) => {
      const book = await emulatorOf(sample).run((context) => readBook(context));
      const revision = plan(book);
      const original = stateOf(sample);
      const writes = await writesPerSync((e) => write(e, book, revision), emulatorOf(sample));
      // Two syncs (three with a new sheet): the checks, then the write.
      expect(writes.length).toBe(revision.newSheet ? 3 : 2);
      expect(writes[0]).toBe(0);
      const commands = everyCommand(writes);
      expect(commands.length).toBeGreaterThan(10);
      for (const [i, at] of commands.entries()) {
        const emulator = emulatorOf(sample);
        emulator.options.failAt = { ...at, code: CODES[i % CODES.length] };
        const error = await rejection(write(emulator, book, revision));
        expect(emulator.syncs[at.sync - 1].failed).toBe(CODES[i % CODES.length]);
        expect(error).toBeInstanceOf(WriteStopped);
        expect(error.unfinished).toBe(false);
        expect(error.detail.th).toMatch(
          /^ไม่ได้บันทึกการแก้ไข: Excel หยุดการเขียนกลางคัน .* สมุดงานกลับเป็นเหมือนเดิมทุกเซลล์แล้ว/
        );
        expect(error.detail.en).toMatch(/the workbook is back as it was, every cell/);
        expect({ at, state: stateOf(emulator.workbook) }).toEqual({ at, state: original });
        // Put back on failure only: three syncs of reading again and writing.
        expect(emulator.syncs.length).toBe(at.sync + 3);
      }
      // The book a failure left takes the revision as a book never touched does, and undoes it.
      const emulator = emulatorOf(sample);
      emulator.options.failAt = { ...commands[commands.length >> 1] };
      await rejection(write(emulator, book, revision));
      await write(emulator, book, revision);
      const clean = emulatorOf(sample);
      await write(clean, book, revision);
      expect(stateOf(emulator.workbook)).toEqual(stateOf(clean.workbook));
      const written = await emulator.run((context) => readBook(context));
      expect(recordedAmendments(written).map((e) => [e.id, e.pending])).toEqual([
        ["r1", undefined],
      ]);
      await emulator.run((context) => undoLastAmendment(context, written));
      expect(stateOf(emulator.workbook)).toEqual(original);
    }
  );

  it.each(REVISION_KINDS)(
    "%s, when putting it back fails too: logged as unfinished, and Undo puts every cell back",
    async (_, plan) => {
      const book = await emulatorOf(sample).run((context) => readBook(context));
      const revision = plan(book);
      const original = stateOf(sample);
      const writes = await writesPerSync((e) => write(e, book, revision), emulatorOf(sample));
      const last = writes.length;
      // Excel keeps failing: every later sync fails too (the putting back's own write).
      let unfinished = 0;
      for (const command of [1, Math.ceil(writes[last - 1] / 2), writes[last - 1]]) {
        const emulator = emulatorOf(sample);
        emulator.options.failAt = { sync: last, write: command, repeat: true };
        const error = await rejection(write(emulator, book, revision));
        delete emulator.options.failAt;
        const after = await emulator.run((context) => readBook(context));
        if (error.unfinished) {
          unfinished++;
          expect(error.detail.th).toMatch(/^บันทึกการแก้ไขไม่ครบ: .*บันทึกไว้ว่ายังไม่เสร็จ/);
          expect(error.detail.en).toMatch(/logged as unfinished: press Undo/);
          expect(recordedAmendments(after).at(-1)!.pending).toBeDefined();
          await emulator.run((context) => undoLastAmendment(context, after));
          const undone = await emulator.run((context) => readBook(context));
          expect(recordedAmendments(undone)).toEqual([]);
        }
        expect({ command, state: stateOf(emulator.workbook) }).toEqual({
          command,
          state: original,
        });
      }
      // The log opens the write: when its command fails nothing was written, and there is nothing to put back
      // (with a new sheet the log went in the sync before).
      expect(unfinished).toBe(revision.newSheet ? 3 : 2);
    }
  );
});

describe("an undo Excel stops at any command of its batch", () => {
  jest.setTimeout(120000);

  it.each(REVISION_KINDS)(
    "%s: the undo is finished from what stands, every cell back as it was",
    async (_, plan) => {
      const book = await emulatorOf(sample).run((context) => readBook(context));
      const revision = plan(book);
      const original = stateOf(sample);
      const revised = emulatorOf(sample);
      await write(revised, book, revision);
      const written = await revised.run((context) => readBook(context));
      const undo = (emulator: Emulator) =>
        emulator.run((context) => undoLastAmendment(context, written));
      const writes = await writesPerSync(undo, emulatorOf(revised.workbook));
      // Two syncs: the checks, then the undo.
      expect(writes).toEqual([0, expect.any(Number)]);
      for (const at of everyCommand(writes)) {
        const emulator = emulatorOf(revised.workbook);
        emulator.options.failAt = { ...at, code: "GeneralException" };
        await undo(emulator);
        expect(emulator.syncs[at.sync - 1].failed).toBe("GeneralException");
        expect({ at, state: stateOf(emulator.workbook) }).toEqual({ at, state: original });
      }
      // Excel keeps failing: the undo is left marked unfinished, and the next Undo finishes it.
      const emulator = emulatorOf(revised.workbook);
      emulator.options.failAt = { sync: 2, write: Math.ceil(writes[1] / 2), repeat: true };
      const error = await rejection(undo(emulator));
      expect(error.unfinished).toBe(true);
      expect(error.detail.th).toMatch(/^ยกเลิกไม่เสร็จ: .* กด "ยกเลิกรายการล่าสุด" อีกครั้ง/);
      delete emulator.options.failAt;
      const partly = await emulator.run((context) => readBook(context));
      expect(recordedAmendments(partly).at(-1)!.pending).toBeDefined();
      await emulator.run((context) => undoLastAmendment(context, partly));
      expect(stateOf(emulator.workbook)).toEqual(original);
    }
  );
});
