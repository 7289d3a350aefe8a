import { cellAddress } from "../../common/a1";
import { planError } from "../messages";
import type { BookSnapshot, CellRef, CellValue, Plan, Project, SheetValues } from "../model";
import { LARGEST_AMOUNT } from "../budgetCell";
import { budgetCell, budgetIn } from "../select";
import { readSummarySheet, withLabelCount, type SummarySheetRow } from "../summarySheet";
import { tryParseAmount } from "../thaiNumerals";
import type { CellEdit } from "./revision";
import { budgetStyleOf, renderBudget, renderLike, type BudgetStyle } from "./budgetStyle";

/**
 * The cells a change of a project's budgets touches: its budget cells, its block's รวม rows and the book's typed
 * ผ.01 rows, each by the difference, so a figure that was wrong stays wrong (the checker's to report). A move
 * between years (แก้ไข) and a new amount in any year (เปลี่ยนแปลง) are both a list of years with their new budget.
 */
export interface BudgetChange {
  year: number;
  after: number;
}

export function valueAt(book: BookSnapshot, cell: CellRef): CellValue {
  const sheet = book.sheets.find((s) => s.sheet === cell.sheet);
  if (!sheet) return null;
  return sheet.values[cell.row - (sheet.top ?? 0)]?.[cell.col - (sheet.left ?? 0)] ?? null;
}

/** Each year's difference in budget and in the count (a year gains or loses the project as its budget leaves 0). */
function deltas(project: Project, changes: readonly BudgetChange[]) {
  return changes.map(({ year, after }) => {
    const before = budgetIn(project, year);
    return { year, budget: after - before, count: (after > 0 ? 1 : 0) - (before > 0 ? 1 : 0) };
  });
}

/**
 * Styles learnt per plan and sheet: a file of many changes plans each against the same plan, updated in place
 * (bookUpdate.ts), and the cells it writes are in the style learnt.
 */
const learntStyles = new WeakMap<Plan, Map<string, BudgetStyle>>();

/** How the project's sheet writes its budgets, learnt from its budget cells. */
export function sheetBudgetStyle(book: BookSnapshot, plan: Plan, sheet: string): BudgetStyle {
  let styles = learntStyles.get(plan);
  if (!styles) learntStyles.set(plan, (styles = new Map()));
  let style = styles.get(sheet);
  if (!style) styles.set(sheet, (style = budgetStyleOf(budgetSamples(book, plan, sheet))));
  return style;
}

/** The sheet's budget cells in the plan's order, read only as far as the style needs them. */
function* budgetSamples(book: BookSnapshot, plan: Plan, sheet: string): Generator<CellValue> {
  for (const p of plan.projects) {
    if (p.sheet !== sheet) continue;
    for (const y of plan.years) if (p.budgetColumns.has(y)) yield valueAt(book, budgetCell(p, y)!);
  }
}

/** The edits of a budget change: the project's cells and the รวม rows over it (in the sheet's style), and ผ.01. */
export function budgetChangeEdits(
  book: BookSnapshot,
  plan: Plan,
  project: Project,
  changes: readonly BudgetChange[]
): CellEdit[] {
  const style = sheetBudgetStyle(book, plan, project.sheet);
  return [
    ...budgetEdits(book, project, changes, style),
    ...totalEdits(plan, project, changes, style),
    ...summaryEdits(book, project, changes),
  ];
}

function budgetEdits(
  book: BookSnapshot,
  project: Project,
  changes: readonly BudgetChange[],
  style: BudgetStyle
): CellEdit[] {
  return changes.map(({ year, after }) => {
    const cell = budgetCell(project, year)!;
    const before = valueAt(book, cell);
    if (tryParseAmount(before) !== budgetIn(project, year)) {
      throw planError(
        `งบประมาณปี ${year} ของโครงการนี้แยกอยู่หลายแถว (${cellAddress(cell)}) รวมไว้ในแถวเดียวก่อน`,
        `The ${year} budget of this project is split over several rows (${cellAddress(cell)}); keep it in one row first`
      );
    }
    return { cell, before, after: renderBudget(after, style), role: "budget" as const };
  });
}

/**
 * The figure a total's edit adds to: none when the cell holds no number (left as it is, and reported), and a
 * refusal when it holds one no budget could be (a 400-digit text reads as Infinity): never NaN in a workbook.
 */
function figureIn(value: CellValue, cell: CellRef): number | undefined {
  const current = tryParseAmount(value);
  if (current !== undefined && !(Math.abs(current) <= LARGEST_AMOUNT)) {
    const typed = String(value);
    const shown = typed.length > 24 ? `${typed.slice(0, 20)}…` : typed;
    throw planError(
      `ยอดที่ ${cellAddress(cell)} "${shown}" เกินกว่างบประมาณใดจะเป็นได้: แก้เซลล์นี้ก่อนบันทึกการแก้ไข`,
      `The figure at ${cellAddress(cell)} "${shown}" is beyond any budget; correct it before amending`
    );
  }
  return current;
}

function totalEdits(
  plan: Plan,
  project: Project,
  changes: readonly BudgetChange[],
  style: BudgetStyle
): CellEdit[] {
  const edits: CellEdit[] = [];
  const byYear = deltas(project, changes);
  for (const total of plan.totals.filter((t) => t.projects.includes(project))) {
    for (const d of byYear) {
      const delta = total.kind === "budget" ? d.budget : d.count;
      const target = total.cells.get(d.year);
      const current = target ? figureIn(target.value, target.cell) : undefined;
      if (!target || current === undefined || delta === 0) continue;
      edits.push({
        cell: target.cell,
        before: target.value,
        // A count is never written as baht ("๑.-").
        after: renderLike(
          current + delta,
          target.value,
          total.kind === "count" ? { ...style, suffix: "" } : style
        ),
        role: "total",
      });
    }
  }
  return edits;
}

/**
 * A sheet's typed ผ.01 as read once per snapshot of it: a revision changes its figures in place (bookUpdate.ts),
 * never its rows, and the figures are read through the sheet's values when asked.
 */
const typedSummaries = new WeakMap<SheetValues, ReturnType<typeof readSummarySheet> | null>();

function typedSummaryOf(source: SheetValues): ReturnType<typeof readSummarySheet> {
  let summary = typedSummaries.get(source);
  if (summary === undefined)
    typedSummaries.set(source, (summary = readSummarySheet(source) ?? null));
  return summary ?? undefined;
}

export function summaryEdits(
  book: BookSnapshot,
  project: Project,
  changes: readonly BudgetChange[]
): CellEdit[] {
  const edits: CellEdit[] = [];
  const byYear = deltas(project, changes);
  const totalCount = byYear.reduce((s, d) => s + d.count, 0);
  const totalBudget = byYear.reduce((s, d) => s + d.budget, 0);
  for (const source of book.sheets) {
    const summary = typedSummaryOf(source);
    if (!summary) continue;
    // Only the section of the project's own form: the provincial and equipment sections keep their figures.
    const targets = summary.rows.filter(
      (r) =>
        r.form === project.form &&
        (r.kind === "grandTotal" ||
          (r.strategy === project.strategy &&
            (r.kind === "strategyTotal" ||
              r.kind === "strategy" ||
              (r.workPlan === project.workPlan && (!r.tactic || r.tactic === project.tactic)))))
    );
    for (const row of targets) {
      const figures: [CellRef | undefined, number][] = [
        ...byYear.flatMap((d): [CellRef | undefined, number][] => [
          [row.budget[d.year], d.budget],
          [row.count[d.year], d.count],
        ]),
        [row.totalCount, totalCount],
        [row.totalBudget, totalBudget],
      ];
      edits.push(
        ...figureEdits(summary.value, figures).map((e) => ({ ...e, liveIf: summary.anchor }))
      );
      const label = labelCountEdit(summary.value, row, totalCount);
      if (label) edits.push(label);
    }
  }
  return edits;
}

/** "รวมทั้งสิ้น (38 โครงการ)" follows the project-years it counts, in the digits it was typed in. */
function labelCountEdit(
  value: (cell: CellRef) => CellValue,
  row: SummarySheetRow,
  delta: number
): CellEdit | undefined {
  if (!row.labelCell || row.labelCount === undefined || delta === 0) return undefined;
  const before = value(row.labelCell);
  const after = withLabelCount(String(before), row.labelCount + delta);
  return { cell: row.labelCell, before, after, role: "summary" };
}

function figureEdits(
  value: (cell: CellRef) => CellValue,
  changes: [CellRef | undefined, number][]
): CellEdit[] {
  const edits: CellEdit[] = [];
  for (const [cell, delta] of changes) {
    if (!cell || delta === 0) continue;
    const before = value(cell);
    const current = figureIn(before, cell);
    if (current === undefined) continue;
    edits.push({
      cell,
      before,
      after: renderLike(current + delta, before, { digits: "thai", zero: "๐" }),
      role: "summary",
    });
  }
  return edits;
}

/**
 * One edit per cell: a figure changed twice in one revision (the ผ.01 total when a project leaves one work plan
 * and joins another) gets both differences, and none when they cancel.
 */
export function mergeEdits(edits: readonly CellEdit[]): CellEdit[] {
  const byCell = new Map<string, CellEdit>();
  for (const edit of edits) {
    const key = `${edit.cell.sheet}\u0000${edit.cell.row}\u0000${edit.cell.col}`;
    const earlier = byCell.get(key);
    const [was, a, b] = [earlier?.before, earlier?.after, edit.after].map(tryParseAmount);
    if (!earlier || was === undefined || a === undefined || b === undefined) {
      byCell.set(key, edit);
      continue;
    }
    const after = a + b - was;
    byCell.set(key, {
      ...earlier,
      after: renderLike(after, earlier.before, { digits: "thai", zero: "๐" }),
    });
  }
  return [...byCell.values()].filter((e) => e.after !== e.before);
}
