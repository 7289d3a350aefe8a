import {
  columnLetters,
  LOG_AFTER_COLUMN,
  LOG_HEADER,
  LOG_SHEET,
  logRowCells,
  parseRound,
  type BookSnapshot,
  type LogEntry,
  type LogRow,
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
  rows: LogRow[]
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
  const pending: LogRow = {
    ...rows[0],
    kind: "pending",
    sheet: LOG_SHEET,
    row: -1,
    col: -1,
    before: null,
    after: 0,
  };
  const cells = [...rows, pending].map((r) => logRowCells(r).map(asCellText));
  sheet.getRange(`A${first + 1}:${LAST}${first + cells.length}`).values = cells as never;
  return {
    id: rows[0].id,
    round: parseRound(rows[0].round),
    project: rows[0].project,
    rows: rows.map((r, i) => ({ ...r, line: first + i })),
    pending: { line: first + rows.length, present: 0 },
  };
}

/** Starts an undo: the entry reads as unfinished, with every inserted row still there, until the undo ends. */
export function markUndoing(context: Excel.RequestContext, entry: LogEntry): number {
  const line = Math.max(...entry.rows.map((r) => r.line ?? 0)) + 1;
  const rows = entry.rows.filter((r) => r.kind === "row").length;
  const pending: LogRow = {
    ...entry.rows[0],
    kind: "pending",
    sheet: LOG_SHEET,
    row: -1,
    col: -1,
    before: null,
    after: rows,
  };
  const sheet = context.workbook.worksheets.getItem(LOG_SHEET);
  sheet.getRange(`A${line + 1}:${LAST}${line + 1}`).values = [
    logRowCells(pending).map(asCellText),
  ] as never;
  return line;
}

/** Records, in the pending line, how many of the entry's inserted rows the sheets hold now. */
export function checkpoint(context: Excel.RequestContext, line: number, present: number): void {
  context.workbook.worksheets
    .getItem(LOG_SHEET)
    .getRangeByIndexes(line, LOG_AFTER_COLUMN, 1, 1).values = [[present]];
}

/** The entry is whole: its pending line goes (the last command of the batch). */
export function completeLog(context: Excel.RequestContext, line: number): void {
  context.workbook.worksheets
    .getItem(LOG_SHEET)
    .getRange(`A${line + 1}:${LAST}${line + 1}`)
    .clear("All" as Excel.ClearApplyTo);
}
