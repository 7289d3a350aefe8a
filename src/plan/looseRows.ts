import { cellAddress } from "../common/a1";
import type { TableHeader } from "./header";
import { message } from "./messages";
import type { CellRef, CellValue, Finding, Project } from "./model";
import { tryParseAmount } from "./thaiNumerals";

/**
 * Rows of a project table that carry no number under ที่: a project the office did not number, or a row with a
 * budget the reader cannot place, which is named, never dropped.
 */

/** True when any budget cell of the row holds something other than nothing (an amount, or text). */
function holdsBudget(row: readonly CellValue[], h: TableHeader): boolean {
  for (const c of h.budget.values()) if (tryParseAmount(row[c]) !== 0) return true;
  return false;
}

/**
 * Some offices leave ที่ empty for every project. A row with nothing under ที่ but a name and a budget is then a
 * project of its own, not the one above running on, where no numbered project stands above it in its table (the
 * first row under a header, or after one unnumbered project); its lines with no budget still run on. Under a
 * numbered project such a row stays a continuation, and its budget is reported as one.
 */
export function unnumberedProject(
  row: readonly CellValue[],
  texts: readonly string[],
  h: TableHeader,
  last: Project | undefined
): boolean {
  if (last !== undefined && last.order !== "") return false;
  // A total's words under โครงการ (ยอดรวม…, รวม…) are no project's name.
  if (!texts[h.name] || /^(ยอด|ผล)?รวม/.test(texts[h.name])) return false;
  return holdsBudget(row, h);
}

/**
 * A carried-forward row at a page's foot or head (ยอดยกไป, ยอดยกมา) repeats figures counted on their projects'
 * rows: it is no project's continuation, and no total to check.
 */
export function carriedForward(texts: readonly string[], h: TableHeader): boolean {
  return [h.order, h.name, h.target].some((c) => c !== undefined && texts[c].startsWith("ยอดยก"));
}

/**
 * A row under a project table with a budget that is no project, no continuation and no total (`1.1` or `ก` under
 * ที่, a budget with no name above it): its figures are in no total, so it is named.
 */
export function looseRowFinding(
  row: readonly CellValue[],
  texts: readonly string[],
  h: TableHeader,
  at: (col: number) => CellRef
): Finding | undefined {
  if (!holdsBudget(row, h)) return undefined;
  const first = [...h.budget.values()].find((c) => tryParseAmount(row[c]) !== 0)!;
  const cell = at(first);
  const label = [h.order, h.name].map((c) => (c === undefined ? "" : texts[c])).find(Boolean);
  const what = label ? ` ("${label.slice(0, 40)}")` : "";
  return {
    code: "loose-row",
    sheet: cell.sheet,
    row: cell.row,
    cell,
    what: message(
      `แถว ${cell.row + 1}${what} มีงบประมาณ (${cellAddress(cell)}) แต่ไม่ใช่แถวโครงการ แถวต่อ หรือแถวรวม: ไม่ได้นับรวม`,
      `Row ${cell.row + 1}${what} holds a budget (${cellAddress(cell)}) but is no project, continuation or total row; not counted`
    ),
    suggestion: message(
      "ใส่ลำดับที่เป็นตัวเลข (1, 2, 3) และชื่อโครงการ หรือย้ายงบประมาณไปไว้ในแถวของโครงการ",
      "Give it a project number (1, 2, 3) and a name, or move the budget to its project's row"
    ),
  };
}
