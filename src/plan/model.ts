import type { CellRef } from "../common/a1";
import type { CellValue, Grid } from "../common/cellValue";
import type { Message } from "./messages";

export type { CellRef, CellValue, Grid };

/** A block of cell values as a host hands it over, and where it sits, so findings and edits can name cells. */
export interface SheetValues {
  /** Sheet name; empty for a bare range (a custom function's argument without an address). */
  sheet: string;
  values: Grid;
  /** 0-based sheet row and column of values[0][0]. */
  top?: number;
  left?: number;
  /** The sheet's text boxes (form labels, amendment marks): staff put words there that cells do not hold. */
  textBoxes?: readonly TextBox[];
  /** A hidden sheet is no part of the printed plan: its projects are not counted, and the checker says so. */
  hidden?: boolean;
  /** Merged areas, 0-based sheet coordinates: a budget merged across two years is a finding, not a figure. */
  merges?: readonly { row: number; col: number; rows: number; cols: number }[];
  /** Cells holding a number shown as a date (cellKey of their sheet row and column): a date is never baht. */
  dateCells?: ReadonlySet<number>;
}

/** A text box as the reader needs it: its words and the sheet row (0-based) its middle lies on. */
export interface TextBox {
  text: string;
  row: number;
  name?: string;
}

/** The plan forms a book may hold; only ผ.02 (and flat tables) make up the plan's totals. */
export type FormKind = "ผ.02" | "ผ.02/1" | "ผ.02/2" | "ผ.03";

/** Where a project stands in the plan: its strategy, tactic and work plan, as the heading lines give them. */
export interface PlanPlace {
  /** "4", "4.3" in Arabic digits; names as the heading lines spell them. */
  strategy: string;
  strategyName: string;
  tactic: string;
  tacticName: string;
  /** The work plan's standard name when it is a variant of one, else as typed (a slip the checker reports). */
  workPlan: string;
  /** The (n) before the work plan in its heading line. */
  workPlanNumber: string;
}

/** The texts of a project row, each under its own header. */
export type TextField = "name" | "objective" | "target" | "kpi" | "outcome" | "unit";

export interface Project extends PlanPlace {
  form: FormKind;
  /** ที่ as typed, in Arabic digits ("1"); empty for a flat table without one. */
  order: string;
  name: string;
  objective: string;
  target: string;
  kpi: string;
  outcome: string;
  unit: string;
  /** The round marker the project came under ("เพิ่มเติม ครั้งที่ 2/2567"); empty in the base plan. */
  round: string;
  /** The heading block above the project's table as typed (linkage ก.–ช., strategy, tactic, work plan). */
  headingLines: readonly string[];
  /** Amendment marks over the project's row (text boxes such as "แก้ไข ครั้งที่ 2 / 2568"), as typed. */
  marks: readonly string[];
  /** The fiscal years (Buddhist era) of the project's table, in its order: shared by the table's projects. */
  years: readonly number[];
  /**
   * The budget of each of those years, in the same order (0 where none or unreadable): read it with
   * budgetIn(p, year). An array, not a year-keyed object, which V8 would keep as a slow dictionary.
   */
  amounts: readonly number[];
  /** The enacted budget (เทศบัญญัติ/ข้อบัญญัติ) per year, where the sheet has those columns. */
  enacted: Readonly<Record<number, number>>;
  /**
   * Where each year's budget sits, so edits go back to the same cell (see budgetCell): the column of each year in
   * the project's table, shared by its projects, and the row when a budget was typed on a continuation row.
   */
  budgetColumns: ReadonlyMap<number, number>;
  budgetRows?: Record<number, number>;
  /** The column of ที่ and of each text field in the project's table (shared by its projects), where edits go. */
  textColumns: Readonly<Partial<Record<TextField | "order", number>>>;
  /** Budget cells that are no amount (text, an error, a date, negative, too large): reported, sums refused. */
  unreadable: readonly { year: number; cell: CellRef; text: string; why?: Message }[];
  sheet: string;
  /** The cell holding the project's name (where an amendment's note goes). */
  nameCell: CellRef;
  /** 0-based first and last sheet rows (continuation rows included). */
  row: number;
  lastRow: number;
  /** In a เปลี่ยนแปลง book, the เดิม row printed above it: the project as it stood before the change. */
  was?: { row: number; amounts: readonly number[] };
}

/** A "รวม…" row: the figures staff typed, to check against the projects above it. */
export interface TotalRow {
  sheet: string;
  row: number;
  label: string;
  /** "budget" for รวม/รวมงบประมาณ, "count" for รวมจำนวนโครงการ. */
  kind: "budget" | "count";
  /** Year → its figure's cell and value (a Map: a year-keyed object is a slow dictionary to V8). */
  cells: ReadonlyMap<number, { cell: CellRef; value: CellValue }>;
  /** The "๑ โครงการ" cell some books put under โครงการ. */
  countCell?: { cell: CellRef; value: CellValue };
  /** What it sums: its block's projects, or the sheet's, a strategy's or a tactic's (รวมทั้งสิ้น, รวมยุทธศาสตร์…). */
  scope: "block" | "sheet" | "strategy" | "tactic";
  projects: Project[];
  /** Projects of its block typed under it (a later round's) that no รวม covers: what it leaves out. */
  later?: Project[];
}

export interface Finding {
  code: FindingCode;
  sheet: string;
  /** 0-based sheet row; hosts print it 1-based. */
  row: number;
  cell?: CellRef;
  what: Message;
  suggestion?: Message;
}

export type FindingCode =
  | "total-mismatch"
  | "strategy-number"
  | "work-plan-name"
  | "duplicate-order"
  | "unreadable-budget"
  | "date-budget"
  | "negative-budget"
  | "budget-too-large"
  | "year-column"
  | "common-era-year"
  | "budget-on-continuation"
  | "loose-row"
  | "sheet-name"
  | "heading-number"
  | "merged-budget"
  | "hidden-sheet"
  | "duplicate-project"
  | "summary-mismatch"
  | "summary-total"
  | "summary-without-details"
  | "details-without-summary";

export interface Plan {
  /** Fiscal years of the plan, ascending (Buddhist era). */
  years: number[];
  organisation: string;
  /** The title line, e.g. "แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ - ๒๕๗๐) แก้ไข ครั้งที่ ๒/๒๕๖๖". */
  title: string;
  /** The ผ.02 projects (and flat-table rows): the plan proper. */
  projects: Project[];
  /** Projects of other forms in the same book, each summed on its own. */
  otherForms: Partial<Record<Exclude<FormKind, "ผ.02">, Project[]>>;
  totals: TotalRow[];
  /**
   * The form the book's detail sheets call one its titles' words name otherwise (a sheet labelled ผ.02/1 titled
   * ประสานโครงการพัฒนาจังหวัด, ผ.02/2 by its words): the book's own name, which its ผ.01 sections of those words mean.
   */
  formNames?: Partial<Record<FormKind, FormKind>>;
  /** What the reader noticed while reading; the checker adds the rest. */
  findings: Finding[];
}

/** The book as read: every sheet's values and where they sit. */
export interface BookSnapshot {
  sheets: SheetValues[];
  /** What the Excel it was read in could not tell (merged cells before ExcelApi 1.13), for the pane to say. */
  notices?: Message[];
}
