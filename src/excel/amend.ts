import {
  beforeInserts,
  cellAddress,
  planAmendment,
  planError,
  readPlan,
  roundLabel,
  type PlannedRevision,
  type AmendmentRequest,
  type BookSnapshot,
  type CellEdit,
  type CellRef,
  type LogEntry,
  type LogRow,
  type Plan,
  LOG_SHEET,
} from "../plan";
import { appendLog, completeLog } from "./amendmentLog";
import { writeAppendix } from "./appendixSheet";
import { liveSummaryChange } from "./liveSummary";
import { addMark, MARK_CELLS } from "./mark";
import { fitNewRows, makeSheet, newSheetCheck } from "./newSheet";
import { blankRowLooks, copyLooks, lookCells } from "./rowLooks";
import {
  excelSays,
  queueLastRows,
  revertWhatStands,
  rowCountNow,
  stopped,
  type WrittenOver,
} from "./revert";
import {
  asCellText,
  cellRange,
  NO_NOTES,
  notesSupported,
  protectionCheck,
  sameValue,
} from "./cells";

/* global Excel */

export interface AmendmentResult {
  plan: PlannedRevision;
  /** Edits left out because the cell holds a formula that recalculates by itself. */
  formulaCells: CellEdit[];
  /** The log rows written: the 0-based first row of the log sheet and how many (its cleared pending line aside). */
  logged: { row: number; rows: number };
}

/** Checks, in one sync, that what the plan was read from still stands and may be written. */
async function verify(
  context: Excel.RequestContext,
  amendment: PlannedRevision,
  logInBook: boolean
): Promise<{
  formulaCells: CellEdit[];
  note?: string;
  markAt?: Excel.Range;
  /** Live ผ.01 formulas (=PLAN.SUMMARY) the revision's summary cells belong to, by their anchor. */
  live: { anchor: CellRef; formula: string }[];
  /** The book's sheets and the marked sheet's shapes before the write: any other found after a failure it made. */
  before: WrittenOver;
  /** The last used row of each sheet a row is inserted into, before the write. */
  lasts: Map<string, Excel.Range>;
}> {
  const sheets = context.workbook.worksheets.load("items/name");
  const fresh = amendment.newSheet?.name;
  const note =
    notesSupported() && amendment.note.cell.sheet !== fresh
      ? context.workbook.worksheets
          .getItem(amendment.note.cell.sheet)
          .notes.getItemOrNullObject(cellAddress({ ...amendment.note.cell, sheet: "" }))
          .load("content")
      : undefined;
  const refuseNewSheet = newSheetCheck(context, amendment.newSheet);
  const loaded = amendment.edits
    .filter((edit) => edit.cell.sheet !== fresh)
    .map((edit) => {
      // Checked where the cell is now: a ผ.01 row the revision inserts moves the rows below it.
      const now = beforeInserts(edit.cell, amendment.rowInserts);
      return {
        edit,
        range: now ? cellRange(context, now).load("values,formulas") : undefined,
        live: edit.liveIf ? cellRange(context, edit.liveIf).load("formulas") : undefined,
      };
    });
  const refuseProtected = protectionCheck(
    context,
    amendment.edits
      .map((e) => e.cell.sheet)
      .filter((sheet) => sheet !== fresh)
      .concat(amendment.appendix.create ? [] : [amendment.appendix.sheet])
  );
  const { mark } = amendment;
  const markAt =
    mark.sheet !== fresh
      ? context.workbook.worksheets
          .getItem(mark.sheet)
          .getRangeByIndexes(mark.row, mark.firstCol, 1, mark.lastCol - mark.firstCol + 1)
          .load(MARK_CELLS)
      : undefined;
  // A count, not the names: a sheet amended many times holds as many text boxes, and the names are needed only
  // after a failure (Excel puts a new shape last, at the front of the z-order).
  const shapes = markAt
    ? context.workbook.worksheets.getItem(mark.sheet).shapes.getCount()
    : undefined;
  const lasts = queueLastRows(
    context,
    amendment.rowInserts.map((i) => i.sheet)
  );
  await context.sync();
  refuseProtected();
  refuseNewSheet();
  const sheetsBefore = sheets.items.map((s) => s.name);
  // A sheet the write would add must not be there already (an empty one is not in the book as read).
  const adds = [amendment.appendix.create ? amendment.appendix.sheet : undefined, LOG_SHEET];
  const taken = adds.find(
    (name) =>
      name !== undefined && sheetsBefore.includes(name) && (name !== LOG_SHEET || !logInBook)
  );
  if (taken) {
    throw planError(
      `มีชีต "${taken}" อยู่แล้วแต่ไม่อยู่ในแผนที่อ่านไว้: อ่านแผนใหม่แล้วลองอีกครั้ง`,
      `A sheet "${taken}" exists that the plan as read does not have; read the plan again and retry`
    );
  }
  const formulaCells: CellEdit[] = [];
  const liveFormulas = new Map<string, { anchor: CellRef; formula: string }>();
  for (const { edit, range, live } of loaded) {
    if (live && String(live.formulas[0][0]).startsWith("=")) {
      formulaCells.push(edit);
      liveFormulas.set(cellAddress(edit.liveIf!), {
        anchor: edit.liveIf!,
        formula: String(live.formulas[0][0]),
      });
      continue;
    }
    if (!range) continue; // a cell of an inserted row: nothing there yet
    const formula = String(range.formulas[0][0]);
    if (formula.startsWith("=")) {
      if (edit.role === "budget") {
        throw planError(
          `งบประมาณที่ ${cellAddress(edit.cell)} เป็นสูตร (${formula}) แก้ที่ต้นทางของสูตรแทน`,
          `The budget at ${cellAddress(edit.cell)} is a formula (${formula}); change its source instead`
        );
      }
      formulaCells.push(edit);
    } else if (!sameValue(range.values[0][0], edit.before)) {
      throw planError(
        `เซลล์ ${cellAddress(edit.cell)} เปลี่ยนไปหลังจากอ่านแผน (เดิม "${String(edit.before ?? "")}" ตอนนี้ "${String(range.values[0][0])}") โปรดอ่านแผนใหม่`,
        `${cellAddress(edit.cell)} changed since the plan was read; read the plan again`
      );
    }
  }
  return {
    formulaCells,
    note: !note || note.isNullObject ? undefined : note.content,
    markAt,
    live: [...liveFormulas.values()],
    before: {
      sheets: sheetsBefore,
      shapes: shapes && { sheet: mark.sheet, count: shapes.value },
    },
    lasts,
  };
}

/**
 * Records one amendment in the workbook: validates everything first (nothing is written on any problem), then
 * writes the budget move, the totals, the ผ.01 figures, the appendix row, the note, the round's text box over the
 * budget cells and the log in one batch.
 * Two syncs whatever the size of the plan.
 */
export async function applyAmendment(
  context: Excel.RequestContext,
  book: BookSnapshot,
  request: AmendmentRequest,
  options: { id: string; at: Date; plan?: Plan }
): Promise<AmendmentResult> {
  const amendment = planAmendment(book, request, options.id, options.plan ?? readPlan(book.sheets));
  return applyRevision(context, book, amendment, options);
}

/** A project placed under its sheet's last block writes its round's รวม into a blank row below it. */
const placesProject = (revision: PlannedRevision) =>
  revision.edits.some(
    (e) =>
      e.role === "added" &&
      e.cell.sheet === revision.project.sheet &&
      e.cell.row === revision.project.row + 1
  );

/**
 * Writes any kind of planned revision (a move, a change of details, an addition, a relocation): the same batch,
 * log and undo. Written whole or not at all: every precondition is checked first (one sync); the batch then
 * opens with the revision's log lines and a pending line, and closes by clearing that line (one sync, two with a
 * new sheet). When Excel stops the batch at any command, what it applied is read again and put back, and the
 * error says so; should that fail too, the revision stays logged as unfinished and Undo finishes putting it back.
 * `plan` is the book's, when the caller has it read.
 */
export async function applyRevision(
  context: Excel.RequestContext,
  book: BookSnapshot,
  amendment: PlannedRevision,
  options: { id: string; at: Date; plan?: Plan }
): Promise<AmendmentResult> {
  const logInBook = book.sheets.some((s) => s.sheet === LOG_SHEET);
  const verified = await verify(context, amendment, logInBook);
  const { formulaCells, note: earlierNote } = verified;
  const edits = amendment.edits.filter((e) => !formulaCells.includes(e));
  // A ผ.01 row to insert, unless the ผ.01 is a live formula (then its cells were left out as formula cells).
  const inserts = amendment.rowInserts.filter((i) =>
    edits.some((e) => e.cell.sheet === i.sheet && e.cell.row === i.row)
  );
  // A live ผ.01 reads a range: rows added below it are taken in; a project elsewhere is told to the user.
  const live = verified.live.map((l) => liveSummaryChange(l.anchor, l.formula, amendment.edits));
  // A project amended again keeps its earlier note: the new line goes under it.
  const noteText = earlierNote ? `${earlierNote}\n${amendment.note.text}` : amendment.note.text;
  const marked = amendment.newSheet !== undefined || verified.markAt !== undefined;
  const looks = placesProject(amendment)
    ? blankRowLooks(book, options.plan ?? readPlan(book.sheets), amendment)
    : [];
  const edited = new Set(edits.map((e) => cellAddress(e.cell)));
  const log = logRows(amendment, options, {
    edits,
    // Cells given a look and nothing else: cleared again on undo, as cells filled from nothing are.
    looks: lookCells(looks).filter((cell) => !edited.has(cellAddress(cell))),
    inserts,
    grows: live.flatMap((l) => (l.grow ? [l.grow] : [])),
    note: notesSupported() ? { before: earlierNote ?? null, after: noteText } : undefined,
    marked,
  });
  let entry: LogEntry | undefined;
  try {
    // The log first, with the ผ.01 sheets' last rows: a row inserted is one more last row.
    entry = appendLog(
      context,
      book,
      log,
      rowCountNow(verified.lasts, () => 0)
    );
    // A project going where no sheet was: its sheet is made first (one more sync), then written as any other.
    const markAt = amendment.newSheet
      ? await makeSheet(context, amendment.newSheet, amendment.mark)
      : verified.markAt;
    for (const insert of inserts) {
      const sheet = context.workbook.worksheets.getItem(insert.sheet);
      const blank = sheet
        .getRange(`${insert.row + 1}:${insert.row + 1}`)
        .insert("Down" as Excel.InsertShiftDirection);
      // The new row is written like the one above: its borders, fonts and number formats too. Excel's Insert
      // formats a new row as the row above by default, but Office.js does not document that Range.insert does.
      blank.copyFrom(
        sheet.getRange(`${insert.row}:${insert.row}`),
        "Formats" as Excel.RangeCopyType
      );
    }
    for (const edit of edits)
      cellRange(context, edit.cell).values = [[asCellText(edit.after)]] as never;
    // After the values: a write stopped before them leaves no look on a cell its rollback sees as unwritten.
    copyLooks(context, looks);
    if (amendment.newSheet) fitNewRows(context, amendment.newSheet);
    for (const { grow } of live) if (grow) cellRange(context, grow.cell).formulas = [[grow.after]];
    writeAppendix(context, amendment.appendix);
    if (notesSupported()) {
      const notes = context.workbook.worksheets.getItem(amendment.note.cell.sheet).notes;
      const noteAddress = cellAddress({ ...amendment.note.cell, sheet: "" });
      if (earlierNote) notes.getItem(noteAddress).content = noteText;
      else notes.add(noteAddress, noteText);
    }
    if (markAt) addMark(context, amendment.mark, markAt);
    completeLog(context, entry.pending!.line);
    await context.sync();
  } catch (error) {
    throw await rollBack(context, entry, verified.before, error);
  }
  const notices = live.flatMap((l) => (l.notice ? [l.notice] : []));
  if (!notesSupported()) notices.push(NO_NOTES);
  return {
    plan: { ...amendment, notices: [...amendment.notices, ...notices] },
    formulaCells,
    logged: { row: entry.rows[0].line!, rows: entry.rows.length },
  };
}

/** Puts back what a stopped write applied, and says which way it ended, in Thai and English. */
async function rollBack(
  context: Excel.RequestContext,
  entry: LogEntry | undefined,
  before: WrittenOver,
  error: unknown
): Promise<Error> {
  if (!entry) return error as Error; // nothing was queued
  try {
    await revertWhatStands(context, entry, "write", before);
  } catch (again) {
    return stopped(
      true,
      `บันทึกการแก้ไขไม่ครบ: Excel หยุดการเขียนกลางคัน (${excelSays(error)}) และคืนสมุดงานไม่สำเร็จ (${excelSays(again)}) การแก้ไขนี้บันทึกไว้ว่ายังไม่เสร็จ: กด "ยกเลิกรายการล่าสุด" ในแท็บ ประวัติ/ยกเลิก เพื่อคืนทุกเซลล์`,
      `The amendment was only partly written: Excel stopped the write half-way (${excelSays(error)}) and putting the workbook back failed (${excelSays(again)}). It is logged as unfinished: press Undo in the History tab to put every cell back`
    );
  }
  return stopped(
    false,
    `ไม่ได้บันทึกการแก้ไข: Excel หยุดการเขียนกลางคัน (${excelSays(error)}) สมุดงานกลับเป็นเหมือนเดิมทุกเซลล์แล้ว โปรดลองอีกครั้ง`,
    `The amendment was not recorded: Excel stopped the write half-way (${excelSays(error)}); the workbook is back as it was, every cell. Please try again`
  );
}

/** The log lines of a revision: every cell with its old and new value, rows, sheets, note and text box. */
function logRows(
  amendment: PlannedRevision,
  options: { id: string; at: Date },
  written: {
    edits: CellEdit[];
    looks: CellRef[];
    inserts: PlannedRevision["rowInserts"];
    grows: { cell: CellRef; before: string; after: string }[];
    note?: { before: string | null; after: string };
    marked: boolean;
  }
): LogRow[] {
  const base = {
    id: options.id,
    round: roundLabel(amendment.round, false),
    project: amendment.project.name,
    at: options.at.toISOString(),
    approvedOn: amendment.approvedOn,
  };
  const whole = { row: -1, col: -1, before: null, after: null };
  const log: LogRow[] = written.edits.map((e) => ({
    ...base,
    // A cell filled from nothing (a project added) is cleared again on undo, formats and all.
    kind: e.role === "added" ? "new" : "cell",
    sheet: e.cell.sheet,
    row: e.cell.row,
    col: e.cell.col,
    before: e.before,
    after: e.after,
  }));
  for (const cell of written.looks)
    log.push({ ...base, kind: "new", ...cell, before: null, after: "" });
  for (const grow of written.grows)
    log.push({ ...base, kind: "formula", ...grow.cell, before: grow.before, after: grow.after });
  for (const insert of written.inserts)
    log.push({
      ...base,
      kind: "row",
      sheet: insert.sheet,
      row: insert.row,
      col: -1,
      before: null,
      after: null,
    });
  if (amendment.newSheet)
    log.push({ ...base, kind: "sheet", sheet: amendment.newSheet.name, ...whole });
  const { appendix } = amendment;
  if (appendix.create) log.push({ ...base, kind: "sheet", sheet: appendix.sheet, ...whole });
  else {
    appendix.lines[0].forEach((value, col) =>
      log.push({
        ...base,
        kind: "new",
        sheet: appendix.sheet,
        row: appendix.firstRow,
        col,
        before: null,
        after: value,
      })
    );
  }
  if (written.note) {
    log.push({
      ...base,
      kind: "note",
      ...amendment.note.cell,
      before: written.note.before,
      after: written.note.after,
    });
  }
  if (written.marked) {
    const { mark } = amendment;
    log.push({
      ...base,
      kind: "shape",
      sheet: mark.sheet,
      row: mark.row,
      col: mark.firstCol,
      before: null,
      after: mark.name,
    });
  }
  return log;
}
