import { cellAddress } from "../../common/a1";
import { planError } from "../messages";
import type { CellRef, CellValue, Plan, Project } from "../model";
import { budgetCell, budgetIn } from "../select";
import { readSummarySheet } from "../summarySheet";
import { tryParseAmount } from "../thaiNumerals";
import type { BookSnapshot, CellEdit } from "./amendment";
import { budgetStyleOf, renderBudget, renderLike, type BudgetStyle } from "./budgetStyle";

/** The cells a budget move changes: the project's row, its block's รวม rows, and the book's typed ผ.01 rows. */

function valueAt(book: BookSnapshot, cell: CellRef): CellValue {
  const sheet = book.sheets.find((s) => s.sheet === cell.sheet);
  if (!sheet) return null;
  return sheet.values[cell.row - (sheet.top ?? 0)]?.[cell.col - (sheet.left ?? 0)] ?? null;
}

/** What an amendment changes in the counts: a year loses the project when its budget goes to 0. */
function countDeltas(
  project: Project,
  from: number,
  to: number,
  amount: number
): { from: number; to: number } {
  const fromBefore = budgetIn(project, from);
  return {
    from: fromBefore > 0 && fromBefore - amount === 0 ? -1 : 0,
    to: budgetIn(project, to) === 0 && amount > 0 ? 1 : 0,
  };
}

/** How the project's sheet writes its budgets, learnt from every budget cell on it. */
function sheetBudgetStyle(book: BookSnapshot, plan: Plan, sheet: string): BudgetStyle {
  const samples = plan.projects
    .filter((p) => p.sheet === sheet)
    .flatMap((p) =>
      plan.years.flatMap((y) => (p.budgetColumns.has(y) ? [valueAt(book, budgetCell(p, y)!)] : []))
    );
  return budgetStyleOf(samples);
}

/** The edits on the project's own sheet: its budget cells and the รวม rows over it, in the sheet's style. */
export function sheetEdits(
  book: BookSnapshot,
  plan: Plan,
  project: Project,
  from: number,
  to: number,
  amount: number
): CellEdit[] {
  const style = sheetBudgetStyle(book, plan, project.sheet);
  return [
    ...budgetEdits(book, project, from, to, amount, style),
    ...totalEdits(plan, project, from, to, amount, style),
  ];
}

function budgetEdits(
  book: BookSnapshot,
  project: Project,
  from: number,
  to: number,
  amount: number,
  style: BudgetStyle
): CellEdit[] {
  return [
    { year: from, after: budgetIn(project, from) - amount },
    { year: to, after: budgetIn(project, to) + amount },
  ].map(({ year, after }) => {
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

function totalEdits(
  plan: Plan,
  project: Project,
  from: number,
  to: number,
  amount: number,
  style: BudgetStyle
): CellEdit[] {
  const edits: CellEdit[] = [];
  const counts = countDeltas(project, from, to, amount);
  for (const total of plan.totals.filter((t) => t.projects.includes(project))) {
    const deltas =
      total.kind === "budget"
        ? { [from]: -amount, [to]: amount }
        : { [from]: counts.from, [to]: counts.to };
    for (const [yearText, delta] of Object.entries(deltas)) {
      const target = total.cells[Number(yearText)];
      const current = target ? tryParseAmount(target.value) : undefined;
      if (!target || current === undefined || delta === 0) continue;
      edits.push({
        cell: target.cell,
        before: target.value,
        after: renderLike(current + delta, target.value, style),
        role: "total",
      });
    }
  }
  return edits;
}

export function summaryEdits(
  book: BookSnapshot,
  project: Project,
  from: number,
  to: number,
  amount: number
): CellEdit[] {
  const edits: CellEdit[] = [];
  const counts = countDeltas(project, from, to, amount);
  for (const source of book.sheets) {
    const summary = readSummarySheet(source);
    if (!summary) continue;
    // Only the section of the project's own form: the provincial and equipment sections keep their figures.
    const targets = summary.rows.filter(
      (r) =>
        r.form === project.form &&
        (r.kind === "grandTotal" ||
          (r.strategy === project.strategy &&
            (r.kind === "strategyTotal" ||
              (r.workPlan === project.workPlan && (!r.tactic || r.tactic === project.tactic)))))
    );
    for (const row of targets) {
      const changes: [CellRef | undefined, number][] = [
        [row.budget[from], -amount],
        [row.budget[to], amount],
        [row.count[from], counts.from],
        [row.count[to], counts.to],
        [row.totalCount, counts.from + counts.to],
      ];
      edits.push(
        ...figureEdits(summary.value, changes).map((e) => ({ ...e, liveIf: summary.anchor }))
      );
    }
  }
  return edits;
}

function figureEdits(
  value: (cell: CellRef) => CellValue,
  changes: [CellRef | undefined, number][]
): CellEdit[] {
  const edits: CellEdit[] = [];
  for (const [cell, delta] of changes) {
    if (!cell || delta === 0) continue;
    const before = value(cell);
    const current = tryParseAmount(before);
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
