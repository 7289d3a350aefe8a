import {
  LOG_SHEET,
  message,
  planError,
  readLog,
  type BookSnapshot,
  type LogEntry,
  type Message,
} from "../plan";
import { notesSupported } from "./cells";
import { revertWhatStands, undoEntry } from "./revert";

/* global Excel */

/** The amendments recorded in the book, oldest first. */
export function recordedAmendments(book: BookSnapshot): LogEntry[] {
  return readLog(book.sheets.find((s) => s.sheet === LOG_SHEET));
}

/** What undo did, and what it could not do in this Excel (a note it had to leave). */
export interface UndoResult extends LogEntry {
  notices: Message[];
}

/** Said when a round recorded with its note is undone in an Excel without notes (before ExcelApi 1.18). */
const NOTES_LEFT = message(
  "Excel รุ่นนี้ไม่มีบันทึกย่อ (notes): ทุกเซลล์กลับเป็นค่าเดิมแล้ว แต่บันทึกย่อของการแก้ไขยังอยู่ ลบเองหรือเปิดใน Excel รุ่นใหม่กว่า",
  "This Excel has no notes: every cell is back as it was, but the amendment's note is still there; delete it by hand or in a newer Excel"
);

/**
 * Undoes the newest amendment exactly: every cell back to its value before, rows it filled cleared, rows it
 * inserted deleted, the sheet it created deleted, its note and its text box removed, its log lines gone. Refused,
 * with nothing changed, when a cell it wrote was edited by hand since. Two syncs. An amendment logged as unfinished
 * (a write or an undo Excel stopped half-way that could not be put right then) is finished from what stands.
 */
export async function undoLastAmendment(
  context: Excel.RequestContext,
  book: BookSnapshot
): Promise<UndoResult> {
  const entry = recordedAmendments(book).at(-1);
  if (!entry)
    throw planError("ยังไม่มีการแก้ไขที่บันทึกไว้ให้ยกเลิก", "There is no recorded amendment to undo");
  if (entry.pending) await revertWhatStands(context, entry, "undo");
  else await undoEntry(context, entry);
  const notesLeft = !notesSupported() && entry.rows.some((r) => r.kind === "note");
  return { ...entry, notices: notesLeft ? [NOTES_LEFT] : [] };
}
