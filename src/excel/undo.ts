import { LOG_SHEET, planError, readLog, type BookSnapshot, type LogEntry } from "../plan";
import { revertWhatStands, undoEntry } from "./revert";

/* global Excel */

/** The amendments recorded in the book, oldest first. */
export function recordedAmendments(book: BookSnapshot): LogEntry[] {
  return readLog(book.sheets.find((s) => s.sheet === LOG_SHEET));
}

/**
 * Undoes the newest amendment exactly: every cell back to its value before, rows it filled cleared, rows it
 * inserted deleted, the sheet it created deleted, its note and its text box removed, its log lines gone. Refused,
 * with nothing changed, when a cell it wrote was edited by hand since. Two syncs. An amendment logged as unfinished
 * (a write or an undo Excel stopped half-way that could not be put right then) is finished from what stands.
 */
export async function undoLastAmendment(
  context: Excel.RequestContext,
  book: BookSnapshot
): Promise<LogEntry> {
  const entry = recordedAmendments(book).at(-1);
  if (!entry)
    throw planError("ยังไม่มีการแก้ไขที่บันทึกไว้ให้ยกเลิก", "There is no recorded amendment to undo");
  if (entry.pending) await revertWhatStands(context, entry, "undo");
  else await undoEntry(context, entry);
  return entry;
}
