import { parseThaiDate, shortThaiDate } from "../dates";
import type { CellValue, SheetValues } from "../model";
import { foldText } from "../thaiNumerals";
import { parseRound, type Round } from "./rounds";

/**
 * The amendment log: a hidden sheet with one row per cell an amendment changed, its value before and after,
 * so Undo can put every cell back and can tell when one was edited by hand since.
 */
export const LOG_HEADER = [
  "รหัส",
  "ครั้งที่",
  "โครงการ",
  "เวลา",
  "ชนิด",
  "ชีต",
  "เซลล์",
  "ค่าเดิม",
  "ค่าใหม่",
  "วันที่เห็นชอบ",
];

/**
 * What changed: a cell's value, a cell filled from nothing (cleared, formats too, on undo), a sheet created, a
 * note, a text box added (its name in after), a row inserted (deleted again on undo), a formula re-pointed (a
 * live ผ.01 grown to take in added rows). A "pending" line follows an entry while it is being written or undone
 * (removed as the last command of the batch): its after tells how to count the entry's inserted rows (RowCount).
 */
export type LogKind = "cell" | "new" | "sheet" | "note" | "shape" | "row" | "formula" | "pending";

/**
 * How many of an entry's inserted rows a sheet holds: `present` of them while its last used row is `last`. Rows go
 * in and out only at the entry's places, inside the used area, so one more last row is one more of them.
 */
export type RowCount = Record<string, { last: number; present: number }>;

export interface LogRow {
  id: string;
  round: string;
  project: string;
  at: string;
  kind: LogKind;
  sheet: string;
  /** 0-based cell; -1 for a sheet. */
  row: number;
  col: number;
  before: CellValue;
  after: CellValue;
  /** The day the executive approved the round, so the register of rounds knows it (books before it: none). */
  approvedOn?: Date;
  /** 0-based row of this line in the log sheet (set when read back). */
  line?: number;
}

export interface LogEntry {
  id: string;
  round: Round;
  project: string;
  approvedOn?: Date;
  rows: LogRow[];
  /**
   * Set while the entry is unfinished: its write or its undo stopped half-way and could not be put right; `rows`
   * counts its inserted rows (its "row" lines, first ones first) on each sheet.
   */
  pending?: { line: number; rows: RowCount };
}

/** Values go through JSON so a number stays a number and "๑,๔๐๐,๐๐๐" stays text. */
const encode = (value: CellValue) => JSON.stringify(value ?? null);
const decode = (text: CellValue): CellValue => {
  try {
    return JSON.parse(String(text)) as CellValue;
  } catch {
    return String(text ?? "");
  }
};

export function logRowCells(row: LogRow): CellValue[] {
  return [
    row.id,
    row.round,
    row.project,
    row.at,
    row.kind,
    row.sheet,
    `${row.row},${row.col}`,
    encode(row.before),
    encode(row.after),
    row.approvedOn ? shortThaiDate(row.approvedOn) : "",
  ];
}

function rowCountOf(text: CellValue): RowCount {
  try {
    return JSON.parse(String(text)) as RowCount;
  } catch {
    return {};
  }
}

/** The row count a pending line's after cell holds, as the sheet gives it back. */
export function pendingRowCount(cell: CellValue): RowCount {
  return rowCountOf(decode(cell));
}

/** The entries of a log sheet, oldest first, each with its rows in the order they were made. */
export function readLog(sheet: SheetValues | undefined): LogEntry[] {
  if (!sheet) return [];
  const entries = new Map<string, LogEntry>();
  readLogRows(sheet, 1, entries);
  return [...entries.values()];
}

/** A round the log records: how many revisions of it, and the approval date the first that gave one gave. */
export interface LoggedRound {
  round: Round;
  revisions: number;
  approvedOn?: Date;
}

interface LogSoFar {
  rows: number;
  entries: Map<string, LogEntry>;
  byProject: Map<string, LogEntry[]>;
  /** By round ("แก้ไข 2/2566"), in the order the log first names them. */
  rounds: Map<string, LoggedRound>;
}

/**
 * The log as read so far from a snapshot of its sheet, taking in only the rows added since: a file of many changes
 * appends to the same snapshot (bookUpdate.ts), and reading the whole log again for each would take time growing
 * with the square of their number. Callers only look.
 */
const readSoFar = new WeakMap<SheetValues, LogSoFar>();

function logSoFar(sheet: SheetValues): LogSoFar {
  let known = readSoFar.get(sheet);
  if (!known) {
    known = { rows: 1, entries: new Map(), byProject: new Map(), rounds: new Map() };
    readSoFar.set(sheet, known);
  }
  if (known.rows < sheet.values.length) {
    for (const entry of readLogRows(sheet, known.rows, known.entries)) {
      const name = foldText(entry.project);
      const same = known.byProject.get(name);
      if (same) same.push(entry);
      else known.byProject.set(name, [entry]);
      const key = `${entry.round.kind} ${entry.round.number}/${entry.round.year}`;
      const round = known.rounds.get(key);
      if (!round)
        known.rounds.set(key, { round: entry.round, revisions: 1, approvedOn: entry.approvedOn });
      else {
        round.revisions += 1;
        round.approvedOn ??= entry.approvedOn;
      }
    }
    known.rows = sheet.values.length;
  }
  return known;
}

/** The log's entries of a project (its name folded). */
export function loggedFor(sheet: SheetValues | undefined, project: string): readonly LogEntry[] {
  return (sheet && logSoFar(sheet).byProject.get(foldText(project))) ?? [];
}

/** The rounds the log records, in the order it first names them. */
export function loggedRounds(sheet: SheetValues | undefined): readonly LoggedRound[] {
  return sheet ? [...logSoFar(sheet).rounds.values()] : [];
}

/** Adds the log rows of a sheet from the index `from` of its values on; returns the entries it began. */
function readLogRows(sheet: SheetValues, from: number, entries: Map<string, LogEntry>): LogEntry[] {
  const begun: LogEntry[] = [];
  const top = sheet.top ?? 0;
  for (let index = from; index < sheet.values.length; index++) {
    const cells = sheet.values[index];
    const [id, round, project, at, kind, sheetName, where, before, after, approved] = cells.map(
      (c) => (c === null || c === undefined ? "" : c)
    );
    if (!id) continue;
    const [row, col] = String(where).split(",").map(Number);
    const logRow: LogRow = {
      id: String(id),
      round: String(round),
      project: String(project),
      at: String(at),
      kind: kind as LogKind,
      sheet: String(sheetName),
      row,
      col,
      before: decode(before),
      after: decode(after),
      approvedOn: approved ? parseThaiDate(String(approved)) : undefined,
      line: top + index,
    };
    let entry = entries.get(logRow.id);
    if (!entry) {
      entry = {
        id: logRow.id,
        round: parseRound(logRow.round),
        project: logRow.project,
        approvedOn: logRow.approvedOn,
        rows: [],
      };
      entries.set(logRow.id, entry);
      begun.push(entry);
    }
    if (logRow.kind === "pending")
      entry.pending = { line: top + index, rows: rowCountOf(logRow.after) };
    else entry.rows.push(logRow);
  }
  return begun;
}
