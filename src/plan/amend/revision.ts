import { thaiDate } from "../dates";
import { message, planError, type Message } from "../messages";
import type { BookSnapshot, CellRef, CellValue, Plan, Project } from "../model";
import { budgetCell } from "../select";
import { formatAmount } from "../thaiNumerals";
import { roundRegister } from "../document/register";
import { appendixRowCount, appendixSheetName, appendixWrite } from "./appendixRow";
import type { Placement } from "./appendixText";
import { LOG_SHEET } from "../addinSheets";
import { loggedFor } from "./log";
import type { NewSheet } from "./newSheet";
import { afterInserts, type RowInsert } from "./summaryRow";
import { checkRound, reasonOrStandard, wholeBaht } from "./roundRules";
import { roundLabel, sameRound, type Round } from "./rounds";

/** What every kind of revision shares: the cells, appendix row and text box it writes, its checks and its ending. */

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

/** Excel's limit on the text of one cell. */
export const CELL_TEXT_LIMIT = 32767;

/** A year's budget as a revision gives it ("1,600,000", 250000): whole baht, 0 or more, or an error naming it. */
export function budgetArgument(year: number, value: unknown): number {
  return wholeBaht(value, message(`งบประมาณปี ${year}`, `The ${year} budget`));
}

export function checkText(label: string, text: string): void {
  if (text.length > CELL_TEXT_LIMIT) {
    throw planError(
      `${label} ยาวเกิน ${formatAmount(CELL_TEXT_LIMIT)} ตัวอักษรที่เซลล์หนึ่งเก็บได้`,
      `${label} is longer than the ${CELL_TEXT_LIMIT} characters a cell holds`
    );
  }
}

/**
 * What every kind of revision checks before anything is written: the project is not revised twice in one round,
 * and the reason and the document it stood in are given and fit a cell. Returns the reason to record.
 */
export function checkRevision(
  book: BookSnapshot,
  round: Round,
  project: Project,
  request: { reason?: string; was: Placement }
): string {
  const logged = loggedFor(
    book.sheets.find((s) => s.sheet === LOG_SHEET),
    project.name
  );
  if (logged.some((e) => sameRound(e.round, round))) {
    throw planError(
      `โครงการ "${project.name}" ถูกแก้ไขแล้วใน${roundLabel(round)} ยกเลิกรายการเดิมก่อน หรือบันทึกในครั้งถัดไป`,
      `"${project.name}" was already amended in round ${roundLabel(round, false)}; undo that first or record it in the next round`
    );
  }
  const { reason } = reasonOrStandard(request.reason);
  checkText("เหตุผล (reason)", reason);
  checkText("เอกสารเดิม (document)", request.was.document ?? "");
  if (!request.was.document?.trim()) {
    throw planError(
      "ระบุเอกสารที่โครงการปรากฏเดิม (เช่น เพิ่มเติม ครั้งที่ ๑/๒๕๖๖)",
      "Name the document the project stood in (e.g. เพิ่มเติม ครั้งที่ 1/2566)"
    );
  }
  return reason;
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
 * Completes a revision of any kind: its appendix row (given its ลำดับ in the round's appendix sheet, created when
 * new), the note on the project's name and the round's text box over its budget cells.
 */
export function finishRevision(
  book: BookSnapshot,
  plan: Plan,
  parts: RevisionParts,
  appendixRow: (sequence: number) => CellValue[]
): PlannedRevision {
  const { id, round, project, what, years, markText, newSheet } = parts;
  const approvedOn = checkRound(plan, roundRegister(book), round, parts.approvedOn);
  const rowInserts = parts.inserts ?? [];
  const edits = [
    ...parts.edits.map((e) => ({ ...e, cell: afterInserts(e.cell, rowInserts) })),
    ...rowInserts.flatMap((i) => i.cells.map((e) => ({ ...e, liveIf: i.liveIf }))),
  ];
  const notices = [...(parts.notices ?? [])];
  if (newSheet) {
    notices.unshift(
      message(
        `สร้างชีตใหม่ "${newSheet.name}" ตามแบบชีต "${newSheet.template}"`,
        `A new sheet "${newSheet.name}" is made after the model of "${newSheet.template}"`
      )
    );
  }
  const sheet = appendixSheetName(book, round);
  const existing = book.sheets.find((s) => s.sheet === sheet);
  const sequence = existing ? appendixRowCount(existing) + 1 : 1;
  const row = appendixRow(sequence);
  const approved = approvedOn ? ` อนุมัติ ${thaiDate(approvedOn)}` : "";
  const columns = years.flatMap((y) => {
    const cell = budgetCell(project, y);
    return cell ? [cell.col] : [];
  });
  return {
    id,
    round,
    approvedOn,
    project,
    edits,
    sequence,
    newSheet,
    rowInserts,
    notices,
    appendixRow: row,
    appendix: appendixWrite(sheet, existing, plan, round, row),
    note: { cell: project.nameCell, text: `${roundLabel(round)}: ${what}${approved}` },
    mark: {
      name: `${roundLabel(round, false)} #${id}`,
      text: markText ?? roundLabel(round),
      sheet: project.sheet,
      row: project.row,
      firstCol: Math.min(...columns),
      lastCol: Math.max(...columns),
    },
  };
}
