import {
  cellAddress,
  columnLetters,
  LOG_HEADER,
  LOG_SHEET,
  planError,
  roundLabel,
  type LogEntry,
  type LogRow,
} from "../plan";
import { checkpoint, markUndoing } from "./amendmentLog";
import { asCellText, cellRange, notesSupported, protectionCheck, sameValue } from "./cells";

/* global Excel */

/**
 * Putting back what a log entry wrote. Undo does it for a whole entry; a write stopped half-way, and an undo
 * stopped half-way, do it for what got written, found by reading the book again: a cell is put back when it holds
 * what the entry wrote (a cell still as it was is left), a note when it says what the entry wrote, a text box when
 * it is there; inserted rows by the count the entry's pending line keeps (cell addresses hold only while every
 * inserted row is there, which is the case whenever a cell of the entry may have been written or not yet put back).
 */

interface Reads {
  cells: { row: LogRow; range: Excel.Range }[];
  notes: { row: LogRow; collection: Excel.NoteCollection; address: string; note: Excel.Note }[];
  marks: { name: string; shapes: Excel.ShapeCollection }[];
}

const insertedRows = (entry: LogEntry) => entry.rows.filter((r) => r.kind === "row");
const pendingLineOf = (entry: LogEntry) =>
  entry.pending?.line ?? Math.max(...entry.rows.map((r) => r.line ?? 0)) + 1;

/** Queues the loads of what the entry wrote on the sheets that stay. */
function queueReads(
  context: Excel.RequestContext,
  entry: LogEntry,
  stays: (sheet: string) => boolean
): Reads {
  const worksheet = (name: string) => context.workbook.worksheets.getItem(name);
  const noteRows = entry.rows.filter((r) => r.kind === "note" && stays(r.sheet));
  return {
    cells: entry.rows
      .filter(
        (r) => (r.kind === "cell" || r.kind === "new" || r.kind === "formula") && stays(r.sheet)
      )
      .map((row) => ({ row, range: cellRange(context, row).load("values,formulas") })),
    notes: (notesSupported() ? noteRows : []).map((row) => {
      const collection = worksheet(row.sheet).notes;
      const address = cellAddress({ ...row, sheet: "" });
      return {
        row,
        collection,
        address,
        note: collection.getItemOrNullObject(address).load("content"),
      };
    }),
    // Found by name among the sheet's shapes: ShapeCollection.getItemOrNullObject is ExcelApi 1.14.
    marks: entry.rows
      .filter((r) => r.kind === "shape" && stays(r.sheet))
      .map((row) => ({
        name: String(row.after),
        shapes: worksheet(row.sheet).shapes.load("items/name"),
      })),
  };
}

const valueNow = ({ row, range }: Reads["cells"][number]) =>
  row.kind === "formula" ? range.formulas[0][0] : range.values[0][0];

/**
 * Queues the writes that put the entry's work back: cells, notes and text boxes, then the inserted rows the sheets
 * hold (the last first, the pending line counting them down), the sheets it made, and its log lines last.
 */
function queueRestore(
  context: Excel.RequestContext,
  entry: LogEntry,
  reads: Reads,
  present: number,
  removed: readonly string[]
): void {
  for (const cell of reads.cells) {
    if (!sameValue(valueNow(cell), cell.row.after)) continue; // not written, or put back already
    const { row } = cell;
    const range = cellRange(context, row);
    if (row.kind === "new") range.clear("All" as Excel.ClearApplyTo);
    else if (row.kind === "formula") range.formulas = [[row.before]] as never;
    else range.values = [[asCellText(row.before)]] as never;
  }
  // The note goes back to what it said before (an earlier round's lines), or away when there was none.
  for (const { row, collection, address, note } of reads.notes) {
    if (note.isNullObject || note.content !== row.after) continue;
    if (row.before === null) collection.getItem(address).delete();
    else collection.getItem(address).content = String(row.before);
  }
  // The text box goes unless someone removed it already (or it was never added).
  for (const { name, shapes } of reads.marks) shapes.items.find((s) => s.name === name)?.delete();
  const pendingLine = pendingLineOf(entry);
  const rows = insertedRows(entry).slice(0, present);
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i];
    if (!removed.includes(row.sheet)) {
      context.workbook.worksheets
        .getItem(row.sheet)
        .getRange(`${row.row + 1}:${row.row + 1}`)
        .delete("Up" as Excel.DeleteShiftDirection);
    }
    checkpoint(context, pendingLine, i);
  }
  for (const sheet of removed) context.workbook.worksheets.getItem(sheet).delete();
  if (!removed.includes(LOG_SHEET)) {
    const lines = entry.rows.map((r) => r.line ?? pendingLine);
    const first = Math.min(...lines);
    context.workbook.worksheets
      .getItem(LOG_SHEET)
      .getRangeByIndexes(first, 0, pendingLine - first + 1, LOG_HEADER.length)
      .clear("All" as Excel.ClearApplyTo);
  }
}

/**
 * Undoes a whole entry: refused, nothing changed, when a cell it wrote was edited by hand since. Two syncs. The
 * entry is marked as being undone first, so an undo Excel stops half-way is finished on the spot by
 * `revertWhatStands`, or else left marked for the next Undo to finish.
 */
export async function undoEntry(context: Excel.RequestContext, entry: LogEntry): Promise<void> {
  const made = entry.rows.filter((r) => r.kind === "sheet").map((r) => r.sheet);
  const reads = queueReads(context, entry, (sheet) => !made.includes(sheet));
  const refuseProtected = protectionCheck(
    context,
    reads.cells.map((c) => c.row.sheet)
  );
  await context.sync();
  refuseProtected();
  const edited = reads.cells.find((c) => !sameValue(valueNow(c), c.row.after));
  if (edited) {
    const at = cellAddress(edited.row);
    const now = String(valueNow(edited));
    throw planError(
      `ยกเลิกไม่ได้: เซลล์ ${at} ถูกแก้ไขด้วยมือหลังการแก้ไข${roundLabel(entry.round)} (ตอนนี้ "${now}")`,
      `Cannot undo: ${at} was edited by hand after the amendment (now "${now}")`
    );
  }
  try {
    markUndoing(context, entry);
    queueRestore(context, entry, reads, insertedRows(entry).length, made);
    await context.sync();
  } catch (error) {
    try {
      await revertWhatStands(context, entry, "undo");
    } catch (again) {
      throw planError(
        `ยกเลิกไม่เสร็จ: Excel หยุดกลางคัน (${excelSays(error)}) และทำต่อไม่ได้ (${excelSays(again)}) การแก้ไข${roundLabel(entry.round)} บันทึกไว้ว่ายังยกเลิกไม่เสร็จ กด "ยกเลิกการแก้ไขล่าสุด" อีกครั้งเพื่อทำให้เสร็จ`,
        `Undo did not finish: Excel stopped half-way (${excelSays(error)}) and it could not go on (${excelSays(again)}); the amendment is logged as partly undone: press Undo again to finish it`
      );
    }
  }
}

/**
 * Reads the book again and puts back what of the entry stands: after a write stopped half-way ("write": the
 * sheets made since `sheetsBefore` go too, a copy Excel has not renamed yet among them), or an undo stopped
 * half-way, or an entry left unfinished ("undo"). Three syncs, on failure only.
 */
export async function revertWhatStands(
  context: Excel.RequestContext,
  entry: LogEntry,
  after: "write" | "undo",
  sheetsBefore?: readonly string[]
): Promise<void> {
  const worksheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const names = worksheets.items.map((s) => s.name);
  const made = names.filter(
    (name) =>
      entry.rows.some((r) => r.kind === "sheet" && r.sheet === name) ||
      (sheetsBefore !== undefined && !sheetsBefore.includes(name))
  );
  const stays = (sheet: string) => names.includes(sheet) && !made.includes(sheet);
  const pendingLine = pendingLineOf(entry);
  const logLine = names.includes(LOG_SHEET)
    ? context.workbook.worksheets
        .getItem(LOG_SHEET)
        .getRange(`A${pendingLine + 1}:${columnLetters(LOG_HEADER.length - 1)}${pendingLine + 1}`)
        .load("values")
    : undefined;
  const reads = queueReads(context, entry, stays);
  await context.sync();
  const [id, , , , kind, , , , count] = logLine?.values[0] ?? [];
  const marked = id === entry.id && kind === "pending";
  const all = insertedRows(entry).length;
  // No pending line: a write whose log never landed (so nothing after it did), or an undo not begun.
  const present = marked ? Number(count) || 0 : after === "write" ? 0 : all;
  if (present !== all) reads.cells = [];
  if (!marked && after === "undo") markUndoing(context, entry);
  queueRestore(context, entry, reads, present, made);
  await context.sync();
}

/** What Excel said, for a message: its error code and text. */
export function excelSays(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  return [code, message].filter(Boolean).join(": ") || String(error);
}
