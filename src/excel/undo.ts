import {
  cellAddress,
  LOG_HEADER,
  LOG_SHEET,
  planError,
  readLog,
  roundLabel,
  type BookSnapshot,
  type LogEntry,
} from "../plan";
import { asCellText, cellRange, protectionCheck, sameValue } from "./cells";

/* global Excel */

/** The amendments recorded in the book, oldest first. */
export function recordedAmendments(book: BookSnapshot): LogEntry[] {
  return readLog(book.sheets.find((s) => s.sheet === LOG_SHEET));
}

/**
 * Undoes the newest amendment exactly: every cell back to its value before, rows it filled cleared, rows it
 * inserted deleted, the sheet it created deleted, its note and its text box removed, its log lines gone. Refused, with nothing changed, when a cell it wrote was
 * edited by hand since. Two syncs.
 */
export async function undoLastAmendment(
  context: Excel.RequestContext,
  book: BookSnapshot
): Promise<LogEntry> {
  const entry = recordedAmendments(book).at(-1);
  if (!entry)
    throw planError("ยังไม่มีการแก้ไขที่บันทึกไว้ให้ยกเลิก", "There is no recorded amendment to undo");
  const cells = entry.rows.filter(
    (r) => r.kind === "cell" || r.kind === "new" || r.kind === "formula"
  );
  const createdSheets = entry.rows.filter((r) => r.kind === "sheet").map((r) => r.sheet);
  const current = cells
    .filter((r) => !createdSheets.includes(r.sheet))
    .map((row) => ({ row, range: cellRange(context, row).load("values,formulas") }));
  const refuseProtected = protectionCheck(
    context,
    cells.map((r) => r.sheet).filter((s) => !createdSheets.includes(s))
  );
  const notes = entry.rows
    .filter((r) => r.kind === "note" && !createdSheets.includes(r.sheet))
    .map((row) => {
      const collection = context.workbook.worksheets.getItem(row.sheet).notes;
      const address = cellAddress({ ...row, sheet: "" });
      return {
        row,
        collection,
        address,
        note: collection.getItemOrNullObject(address).load("content"),
      };
    });
  const marks = entry.rows
    .filter((r) => r.kind === "shape" && !createdSheets.includes(r.sheet))
    .map((row) =>
      context.workbook.worksheets.getItem(row.sheet).shapes.getItemOrNullObject(String(row.after))
    );
  await context.sync();
  refuseProtected();
  const now = ({ row, range }: (typeof current)[number]) =>
    row.kind === "formula" ? range.formulas[0][0] : range.values[0][0];
  const edited = current.find((c) => !sameValue(now(c), c.row.after));
  if (edited) {
    const at = cellAddress(edited.row);
    throw planError(
      `ยกเลิกไม่ได้: เซลล์ ${at} ถูกแก้ไขด้วยมือหลังบันทึก${roundLabel(entry.round)} (ตอนนี้ "${String(now(edited))}")`,
      `Cannot undo: ${at} was edited by hand after the amendment (now "${String(now(edited))}")`
    );
  }
  for (const { row } of current) {
    const range = cellRange(context, row);
    if (row.kind === "new") range.clear("All" as Excel.ClearApplyTo);
    else if (row.kind === "formula") range.formulas = [[row.before]] as never;
    else range.values = [[asCellText(row.before)]] as never;
  }
  // The note goes back to what it said before (an earlier round's lines), or away when there was none.
  for (const { row, collection, address, note } of notes) {
    if (note.isNullObject || note.content !== row.after) continue;
    if (row.before === null) collection.getItem(address).delete();
    else collection.getItem(address).content = String(row.before);
  }
  // The text box goes unless someone removed it already.
  for (const mark of marks) if (!mark.isNullObject) mark.delete();
  if (!createdSheets.includes(LOG_SHEET)) {
    const lines = entry.rows.map((r) => r.line!).filter((l) => l !== undefined);
    const log = context.workbook.worksheets.getItem(LOG_SHEET);
    log
      .getRangeByIndexes(Math.min(...lines), 0, lines.length, LOG_HEADER.length)
      .clear("All" as Excel.ClearApplyTo);
  }
  // Rows it inserted go last, the lowest first, once their cells are cleared.
  const rows = entry.rows
    .filter((r) => r.kind === "row" && !createdSheets.includes(r.sheet))
    .sort((a, b) => b.row - a.row);
  for (const row of rows) {
    context.workbook.worksheets
      .getItem(row.sheet)
      .getRange(`${row.row + 1}:${row.row + 1}`)
      .delete("Up" as Excel.DeleteShiftDirection);
  }
  for (const sheet of createdSheets) context.workbook.worksheets.getItem(sheet).delete();
  await context.sync();
  return entry;
}
