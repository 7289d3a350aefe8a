import {
  columnLetters,
  LOG_HEADER,
  LOG_SHEET,
  logRowCells,
  type BookSnapshot,
  type LogRow,
} from "../plan";
import { asCellText } from "./cells";

/* global Excel */

const LAST = columnLetters(LOG_HEADER.length - 1);

/**
 * Appends log rows to the hidden log sheet, creating it (and logging that) on first use. Returns where they went:
 * the 0-based first row and how many.
 */
export function appendLog(
  context: Excel.RequestContext,
  book: BookSnapshot,
  rows: LogRow[]
): { row: number; rows: number } {
  const existing = book.sheets.find((s) => s.sheet === LOG_SHEET);
  const next = existing ? (existing.top ?? 0) + existing.values.length : 1;
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
  const cells = rows.map((r) => logRowCells(r).map(asCellText));
  sheet.getRange(`A${next + 1}:${LAST}${next + cells.length}`).values = cells as never;
  return { row: next, rows: cells.length };
}
