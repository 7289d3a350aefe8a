import { readBudgetCell } from "../budgetCell";
import { normaliseLine, roundMarker } from "../lines";
import type {
  BookSnapshot,
  CellValue,
  Plan,
  Project,
  SheetValues,
  TextField,
  TotalRow,
} from "../model";
import { budgetCell } from "../select";
import type { PlannedRevision } from "./revision";
import { LOG_SHEET } from "../addinSheets";
import { forgetProjectNames } from "./projectQuery";

/** Cells as the workbook holds them after a revision: a block of values from a 0-based sheet row and column. */
export interface WrittenBlock {
  sheet: string;
  row: number;
  col: number;
  values: CellValue[][];
}

/** What a cell of the plan's sheets stands for: a project's budget of a year, a text of it, a รวม row's figure. */
type PlanCell =
  | { kind: "budget"; project: Project; index: number }
  | { kind: "text"; project: Project; field: TextField | "order"; col: number }
  | { kind: "total"; total: TotalRow; year: number }
  | { kind: "count"; total: TotalRow };

const TEXT_FIELDS: readonly (TextField | "order")[] = [
  "order",
  "name",
  "objective",
  "target",
  "kpi",
  "outcome",
  "unit",
];

const key = (sheet: string, row: number, col: number) => `${sheet}\u0000${row}\u0000${col}`;

/** Every cell the plan was read from that a revision may write, made once per plan. */
const planCells = new WeakMap<Plan, Map<string, PlanCell>>();

function cellsOf(plan: Plan): Map<string, PlanCell> {
  let cells = planCells.get(plan);
  if (cells) return cells;
  cells = new Map();
  const projects = [...plan.projects, ...Object.values(plan.otherForms).flat()];
  for (const project of projects) {
    project.years.forEach((year, index) => {
      const cell = budgetCell(project, year);
      if (cell) cells!.set(key(cell.sheet, cell.row, cell.col), { kind: "budget", project, index });
    });
    for (const field of TEXT_FIELDS) {
      const col = project.textColumns[field];
      if (col === undefined) continue;
      for (let row = project.row; row <= project.lastRow; row++)
        cells.set(key(project.sheet, row, col), { kind: "text", project, field, col });
    }
  }
  for (const total of plan.totals) {
    for (const [year, { cell }] of total.cells)
      cells.set(key(cell.sheet, cell.row, cell.col), { kind: "total", total, year });
    const count = total.countCell?.cell;
    if (count) cells.set(key(count.sheet, count.row, count.col), { kind: "count", total });
  }
  planCells.set(plan, cells);
  return cells;
}

/**
 * True when a revision only changed cells in place (budgets, texts, รวม and ผ.01 figures) and appended to sheets
 * that were there (the appendix, the log sheet): what the snapshot and the plan can take in without reading the book
 * again. A sheet made, rows inserted or a project added are read again.
 */
export function followsInPlace(book: BookSnapshot, revision: PlannedRevision): boolean {
  const has = (name: string) => book.sheets.some((s) => s.sheet === name);
  return (
    !revision.newSheet &&
    revision.rowInserts.length === 0 &&
    !revision.appendix.create &&
    has(LOG_SHEET) &&
    revision.edits.every((e) => e.role !== "added" && has(e.cell.sheet))
  );
}

/**
 * Takes a revision's cells, as read back from the workbook, into the snapshot the revision was planned on and the
 * plan read from it, so that the next change of a file is planned without reading the book again: the time of a
 * file then grows with its number of changes, not with their square. Returns false when a cell falls where the
 * update cannot follow (outside a sheet's snapshot, a budget that is no amount, a project's number): the caller
 * then reads the book again.
 */
export function updateInPlace(
  book: BookSnapshot,
  plan: Plan,
  revision: PlannedRevision,
  blocks: readonly WrittenBlock[]
): boolean {
  const cells = cellsOf(plan);
  const texts: { project: Project; field: TextField; col: number; sheet: SheetValues }[] = [];
  for (const block of blocks) {
    const sheet = book.sheets.find((s) => s.sheet === block.sheet);
    if (!sheet) return false;
    const grid = sheet.values as CellValue[][];
    const top = sheet.top ?? 0;
    const left = sheet.left ?? 0;
    for (const [r, line] of block.values.entries()) {
      for (const [c, value] of line.entries()) {
        const row = block.row + r;
        const col = block.col + c;
        if (row < top || col < left) return false;
        while (grid.length <= row - top) grid.push([]);
        (grid[row - top] as CellValue[])[col - left] = value;
        const target = cells.get(key(block.sheet, row, col));
        if (!target) continue;
        if (target.kind === "budget") {
          const year = target.project.years[target.index];
          const amount = readBudgetCell(value, year);
          if (typeof amount !== "number") return false;
          (target.project.amounts as number[])[target.index] = amount;
        } else if (target.kind === "text") {
          if (target.field === "order") return false;
          texts.push({ project: target.project, field: target.field, col, sheet });
        } else if (target.kind === "total") {
          const before = target.total.cells.get(target.year)!;
          (target.total.cells as Map<number, typeof before>).set(target.year, { ...before, value });
        } else {
          target.total.countCell = { ...target.total.countCell!, value };
        }
      }
    }
  }
  // A text is the project's rows of its column run together, as the reader joins continuation rows.
  for (const { project, field, col, sheet } of texts) {
    const top = sheet.top ?? 0;
    const left = sheet.left ?? 0;
    const parts: string[] = [];
    for (let row = project.row; row <= project.lastRow; row++) {
      const value = sheet.values[row - top]?.[col - left];
      const text = value === null || value === undefined ? "" : normaliseLine(String(value));
      if (text) parts.push(text);
    }
    (project as Record<TextField, string>)[field] = parts.join(" ");
    if (field === "name") forgetProjectNames(plan);
  }
  // The round's text box over the project, as the reader would find it there.
  const mark = normaliseLine(revision.mark.text);
  if (roundMarker(mark) && !revision.project.marks.includes(mark))
    revision.project.marks = [...revision.project.marks, mark];
  return true;
}
