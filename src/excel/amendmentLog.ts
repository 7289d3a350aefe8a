import {
  columnLetters,
  LOG_HEADER,
  LOG_SHEET,
  logRowCells,
  parseRound,
  type BookSnapshot,
  type LogEntry,
  type LogRow,
  type RowCount,
} from "../plan";
import { asCellText } from "./cells";

/* global Excel */

const LAST = columnLetters(LOG_HEADER.length - 1);

/**
 * Appends an entry's log rows to the hidden log sheet (creating it, and logging that, on first use), followed by
 * its pending line: until the batch's last command clears that line, the entry reads as unfinished, so a write
 * stopped half-way is always described in full. Returns the entry as readLog will read it.
 */
export function appendLog(
  context: Excel.RequestContext,
  book: BookSnapshot,
  rows: LogRow[],
  inserted: RowCount
): LogEntry {
  const existing = book.sheets.find((s) => s.sheet === LOG_SHEET);
  const first = existing ? (existing.top ?? 0) + existing.values.length : 1;
  const sheet = existing
    ? context.workbook.worksheets.getItem(LOG_SHEET)
    : context.workbook.worksheets.add(LOG_SHEET);
  if (!existing) {
    sheet.getRange(`A1:${LAST}1`).values = [LOG_HEADER];
    sheet.visibility = "Hidden" as Excel.SheetVisibility;
    rows = [
      { ...rows[0], kind: "sheet", sheet: LOG_SHEET, row: -1, col: -1, before: null, after: null },
      ...rows,
    ];
  }
  const cells = [...rows, pendingRow(rows[0], inserted)].map((r) => logRowCells(r).map(asCellText));
  sheet.getRange(`A${first + 1}:${LAST}${first + cells.length}`).values = cells as never;
  return {
    id: rows[0].id,
    round: parseRound(rows[0].round),
    project: rows[0].project,
    rows: rows.map((r, i) => ({ ...r, line: first + i })),
    pending: { line: first + rows.length, rows: inserted },
  };
}

function pendingRow(of: LogRow, inserted: RowCount): LogRow {
  return {
    ...of,
    kind: "pending",
    sheet: LOG_SHEET,
    row: -1,
    col: -1,
    before: null,
    after: JSON.stringify(inserted),
  };
}

/** Starts an undo: the entry reads as unfinished, with its rows counted as they stand, until the undo ends. */
export function markUndoing(
  context: Excel.RequestContext,
  entry: LogEntry,
  inserted: RowCount
): void {
  const line = Math.max(...entry.rows.map((r) => r.line ?? 0)) + 1;
  context.workbook.worksheets
    .getItem(LOG_SHEET)
    .getRange(`A${line + 1}:${LAST}${line + 1}`).values = [
    logRowCells(pendingRow(entry.rows[0], inserted)).map(asCellText),
  ] as never;
}

/** The entry is whole: its pending line goes (the last command of the batch). */
export function completeLog(context: Excel.RequestContext, line: number): void {
  context.workbook.worksheets
    .getItem(LOG_SHEET)
    .getRange(`A${line + 1}:${LAST}${line + 1}`)
    .clear("All" as Excel.ClearApplyTo);
}
