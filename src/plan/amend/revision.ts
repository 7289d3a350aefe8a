import type { CellRef, CellValue, Project } from "../model";
import type { Message } from "../messages";
import type { Round } from "./rounds";

/**
 * The vocabulary every kind of revision shares: the cells, appendix row, text box, new sheet and ผ.01 rows it
 * writes, and what a planned revision is. A leaf: the modules that work revisions out import it, it imports none
 * of them.
 */

/** One cell an amendment changes. Totals and ผ.01 figures that hold formulas are left to recalculate. */
export interface CellEdit {
  cell: CellRef;
  before: CellValue;
  after: CellValue;
  role: "budget" | "total" | "summary" | "text" | "added";
  /** Left out when this cell holds a formula: the figure is part of a live =PLAN.SUMMARY spill. */
  liveIf?: CellRef;
}

export interface AppendixWrite {
  sheet: string;
  /** True when the sheet does not exist yet and the amendment creates it with its title lines and header. */
  create: boolean;
  /** 0-based sheet row of the first line written. */
  firstRow: number;
  /** The lines to write: title lines and header when creating, then the amendment's row. */
  lines: CellValue[][];
  /** 0-based index within lines of the header row, when the lines include it. */
  headerLine?: number;
  /** Column widths in points of the appendix table (its kind's layout). */
  widths: number[];
}

export interface PlannedRevision {
  id: string;
  round: Round;
  /** The day the executive approved the round (the register's, when the request gave none). */
  approvedOn?: Date;
  project: Project;
  edits: CellEdit[];
  appendix: AppendixWrite;
  /** The 1-based ลำดับ of this change within the round. */
  sequence: number;
  note: { cell: CellRef; text: string };
  /** The text box offices put over the project's budget cells, so the printed page shows the round. */
  mark: AmendmentMark;
  /** The appendix row as the seed prints it (also what the pane previews). */
  appendixRow: CellValue[];
  /** A sheet the revision makes before its edits, when the project goes where no sheet was. */
  newSheet?: NewSheet;
  /** Rows inserted into a typed ผ.01 before the edits are written (their cells are among the edits). */
  rowInserts: RowInsert[];
  /** What the user should know and do by hand (a ผ.01 with no row to follow for the project's work plan). */
  notices: Message[];
}

/** A text box over cells of one row: from the first to the last column given, named so undo can find it. */
export interface AmendmentMark {
  name: string;
  text: string;
  sheet: string;
  row: number;
  firstCol: number;
  lastCol: number;
}

/** What a planned revision ends with, whatever its kind. */
export interface RevisionParts {
  id: string;
  round: Round;
  project: Project;
  edits: CellEdit[];
  /** The note's words after the round ("ย้ายงบประมาณ …"). */
  what: string;
  approvedOn?: Date;
  /** The years whose budget cells the round's text box covers. */
  years: readonly number[];
  /** The text box's words when they say more than the round (where a moved project came from). */
  markText?: string;
  newSheet?: NewSheet;
  /** ผ.01 rows to insert; the other edits are given as the sheet is before them. */
  inserts?: RowInsert[];
  notices?: Message[];
}

/**
 * A ผ.02 sheet for a tactic and work plan that no sheet holds yet, in the book's own style: a copy of a sheet of the
 * same tactic (its title block, linkage and strategy lines, tactic line, table header, column widths, page set-up
 * and form label) with the work-plan line rewritten and everything under the header emptied, named after the
 * sheet it copies and placed after the tactic's last sheet. Hosts copy the sheet (Excel: Worksheet.copy); the
 * plan's edits then write into the copy as into any sheet.
 */
export interface NewSheet {
  name: string;
  /** The sheet copied for its look. */
  template: string;
  /** 0-based sheet rows of the template kept as they are: the title block through the table header. */
  keepRows: number;
  /** The rows the revision writes under the header (its round's marker, the project, its รวม). */
  blockRows: number;
  /** The template's first project row: the project and รวม rows take its look. */
  modelRow: number;
  /** The new sheet goes right after this one. */
  after: string;
  /** Cells of the copy whose notes (the template's amended projects) go with the rows they were on. */
  noteCells: { row: number; col: number }[];
}

/**
 * A row a revision inserts into a typed ผ.01, for a work plan the summary has no row for yet (a project added or
 * moved to a work plan new to its strategy): it goes under the last row of the same strategy and tactic, worded
 * and written like that row, and the rows below move one down (Excel: Range.insert).
 */
export interface RowInsert {
  sheet: string;
  /** 0-based row the new row takes: what was there and below moves one down. */
  row: number;
  /** The ผ.01's top-left: a live =PLAN.SUMMARY there recalculates by itself, and nothing is inserted. */
  liveIf: CellRef;
  /** The new row's cells (in sheet coordinates after the insert). */
  cells: CellEdit[];
}
