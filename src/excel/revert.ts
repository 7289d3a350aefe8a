import {
  cellAddress,
  columnLetters,
  LOG_HEADER,
  LOG_SHEET,
  message,
  pendingRowCount,
  planError,
  PlanError,
  roundLabel,
  type LogEntry,
  type LogRow,
  type RowCount,
} from "../plan";
import { markUndoing } from "./amendmentLog";
import { asCellText, cellRange, notesSupported, protectionCheck, sameValue } from "./cells";

/* global Excel */

/**
 * Putting back what a log entry wrote. Undo does it for a whole entry; a write stopped half-way, and an undo
 * stopped half-way, do it for what got written, found by reading the book again: a cell is put back when it holds
 * what the entry wrote (a cell still as it was is left), a note when it says what the entry wrote, a text box when
 * it is there; inserted rows by the sheet's last used row against the count the entry's pending line keeps (cell
 * addresses hold only while every inserted row is there, which is the case whenever a cell of the entry may have
 * been written and not yet put back: rows go in before any cell is written and out after every cell is put back).
 */

interface Reads {
  cells: { row: LogRow; range: Excel.Range }[];
  notes: { row: LogRow; collection: Excel.NoteCollection; address: string; note: Excel.Note }[];
  marks: { name: string; shapes: Excel.ShapeCollection }[];
}

const insertedRows = (entry: LogEntry) => entry.rows.filter((r) => r.kind === "row");

/** The last used row (formats count) of each sheet given, queued for loading. */
export function queueLastRows(
  context: Excel.RequestContext,
  sheets: Iterable<string>
): Map<string, Excel.Range> {
  return new Map(
    [...new Set(sheets)].map((sheet) => [
      sheet,
      context.workbook.worksheets.getItem(sheet).getUsedRange().load("rowIndex,rowCount"),
    ])
  );
}

const lastRow = (used: Excel.Range) => used.rowIndex + used.rowCount - 1;

/** How the sheets stand now: their last rows, and as many of the entry's rows as `present` says. */
export function rowCountNow(
  lasts: ReadonlyMap<string, Excel.Range>,
  present: (sheet: string) => number
): RowCount {
  return Object.fromEntries(
    [...lasts].map(([sheet, used]) => [sheet, { last: lastRow(used), present: present(sheet) }])
  );
}

/** The entry's inserted rows the sheets hold now, first ones first. */
function rowsPresent(
  entry: LogEntry,
  count: RowCount,
  lasts: ReadonlyMap<string, Excel.Range>
): LogRow[] {
  const kept = new Set<LogRow>();
  for (const [sheet, used] of lasts) {
    const mine = insertedRows(entry).filter((r) => r.sheet === sheet);
    const was = count[sheet];
    const present = was ? was.present + lastRow(used) - was.last : 0;
    for (const row of mine.slice(0, Math.max(0, Math.min(mine.length, present)))) kept.add(row);
  }
  return insertedRows(entry).filter((r) => kept.has(r));
}
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

const rowsOn = (entry: LogEntry, sheet: string) =>
  insertedRows(entry).filter((r) => r.sheet === sheet).length;

function sheetsWithRows(entry: LogEntry, stays: (sheet: string) => boolean): string[] {
  return insertedRows(entry)
    .map((r) => r.sheet)
    .filter(stays);
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
  present: readonly LogRow[],
  removed: readonly string[],
  logThere = true
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
  // Rows out in the reverse of the order they went in, so that each goes from where it went in.
  for (const row of [...present].reverse()) {
    if (removed.includes(row.sheet)) continue;
    context.workbook.worksheets
      .getItem(row.sheet)
      .getRange(`${row.row + 1}:${row.row + 1}`)
      .delete("Up" as Excel.DeleteShiftDirection);
  }
  // The log sheet goes last: while it is there, what is left of the entry can be found again.
  const last = (sheet: string) => (sheet === LOG_SHEET ? 1 : 0);
  for (const sheet of [...removed].sort((a, b) => last(a) - last(b)))
    context.workbook.worksheets.getItem(sheet).delete();
  if (logThere && !removed.includes(LOG_SHEET)) {
    const pendingLine = pendingLineOf(entry);
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
  const lasts = queueLastRows(
    context,
    sheetsWithRows(entry, (sheet) => !made.includes(sheet))
  );
  await context.sync();
  refuseProtected();
  const edited = reads.cells.find((c) => !sameValue(valueNow(c), c.row.after));
  if (edited) {
    const at = cellAddress(edited.row);
    const now = String(valueNow(edited));
    throw planError(
      `ยกเลิกไม่ได้: เซลล์ ${at} ถูกแก้ไขด้วยมือหลังบันทึก${roundLabel(entry.round)} (ตอนนี้ "${now}")`,
      `Cannot undo: ${at} was edited by hand after the amendment (now "${now}")`
    );
  }
  try {
    markUndoing(
      context,
      entry,
      rowCountNow(lasts, (sheet) => rowsOn(entry, sheet))
    );
    queueRestore(context, entry, reads, insertedRows(entry), made);
    await context.sync();
  } catch (error) {
    try {
      await revertWhatStands(context, entry, "undo");
    } catch (again) {
      throw stopped(
        true,
        `ยกเลิกไม่เสร็จ: Excel หยุดกลางคัน (${excelSays(error)}) และทำต่อไม่ได้ (${excelSays(again)}) การแก้ไข${roundLabel(entry.round)} บันทึกไว้ว่ายังยกเลิกไม่เสร็จ กด "ยกเลิกรายการล่าสุด" อีกครั้งเพื่อทำให้เสร็จ`,
        `Undo did not finish: Excel stopped half-way (${excelSays(error)}) and it could not go on (${excelSays(again)}); the amendment is logged as partly undone: press Undo again to finish it`
      );
    }
  }
}

/** What a write found before it began: the book's sheets, and the shapes of the sheet it marks. */
export interface WrittenOver {
  sheets: readonly string[];
  /** How many shapes the marked sheet had: the write's own come after them (a new shape goes last). */
  shapes?: { sheet: string; count: number };
}

/**
 * Reads the book again and puts back what of the entry stands: after a write stopped half-way ("write": the
 * sheets and shapes made since `before` go too, a sheet copy or a text box Excel had not named yet among them), or an undo stopped
 * half-way, or an entry left unfinished ("undo"). Three syncs, on failure only.
 */
export async function revertWhatStands(
  context: Excel.RequestContext,
  entry: LogEntry,
  after: "write" | "undo",
  before?: WrittenOver
): Promise<void> {
  const sheetsBefore = before?.sheets;
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
  const lasts = queueLastRows(context, sheetsWithRows(entry, stays));
  const strays =
    before?.shapes && stays(before.shapes.sheet)
      ? context.workbook.worksheets.getItem(before.shapes.sheet).shapes.load("items/name")
      : undefined;
  await context.sync();
  const [id, , , , kind, , , , count] = logLine?.values[0] ?? [];
  const marked = id === entry.id && kind === "pending";
  // No pending line: a write whose log never landed (so nothing after it did), or an undo not begun.
  const present = marked
    ? rowsPresent(entry, pendingRowCount(count), lasts)
    : after === "write"
      ? []
      : insertedRows(entry);
  // A write whose log never landed wrote no cell either (a cell given only a look reads as its log says, blank).
  if (present.length !== insertedRows(entry).length || (!marked && after === "write"))
    reads.cells = [];
  // No log sheet in an undo: its deletion, the undo's last command, went through.
  if (!marked && after === "undo" && names.includes(LOG_SHEET))
    markUndoing(
      context,
      entry,
      rowCountNow(lasts, (sheet) => rowsOn(entry, sheet))
    );
  // A text box added but not yet named when Excel stopped: any shape the sheet did not have before.
  const marks = new Set(entry.rows.filter((r) => r.kind === "shape").map((r) => String(r.after)));
  for (const shape of strays?.items.slice(before?.shapes?.count) ?? [])
    if (!marks.has(shape.name)) shape.delete();
  queueRestore(context, entry, reads, present, made, names.includes(LOG_SHEET));
  await context.sync();
}

/**
 * Excel stopped a write or an undo half-way. `unfinished` when it could not be put right: the book holds part of
 * it and its log says so (Undo finishes it); otherwise the book is as it was before the write.
 */
export class WriteStopped extends PlanError {
  constructor(
    detail: PlanError["detail"],
    readonly unfinished: boolean
  ) {
    super(detail);
  }
}

export function stopped(unfinished: boolean, th: string, en: string): WriteStopped {
  return new WriteStopped(message(th, en), unfinished);
}

/** What Excel said, for a message: its error code and text. */
export function excelSays(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  return [code, message].filter(Boolean).join(": ") || String(error);
}
