import { message, type Message } from "../messages";
import type { BookSnapshot, CellRef, CellValue, Project } from "../model";
import { readSummarySheet } from "../summarySheet";
import { toThaiDigits } from "../thaiNumerals";
import type { CellEdit, RowInsert } from "./revision";
import { budgetStyleOf, renderBudget } from "./budgetStyle";

/** The work plan in a label: its number as typed ("(๑)", "1.") if any, then its name to the end. */
const WORK_PLAN_PART =
  /(?:(\(\s*)([0-9๐-๙]+)(\s*\)\s*)|([0-9๐-๙]+)(\s*[.)]\s*))?((?:แผนงาน|ผง\.)\S.*)$/;

/**
 * The rows to insert so that every typed ผ.01 has a row for the project's work plan, with the project's figures;
 * and, where no row of the strategy and tactic shows how such a row is written, a notice for the user instead.
 */
export function summaryRowInserts(
  book: BookSnapshot,
  project: Project,
  budgets: Readonly<Record<number, number>>
): { inserts: RowInsert[]; notices: Message[] } {
  const inserts: RowInsert[] = [];
  const notices: Message[] = [];
  for (const source of book.sheets) {
    const summary = readSummarySheet(source);
    const rows = summary?.rows.filter((r) => r.form === project.form && r.kind === "workPlan");
    if (!summary || !rows || rows.length === 0) continue;
    const ofStrategy = rows.filter((r) => r.strategy === project.strategy);
    const byTactic = ofStrategy.some((r) => r.tactic);
    const siblings = byTactic ? ofStrategy.filter((r) => r.tactic === project.tactic) : ofStrategy;
    if (siblings.some((r) => r.workPlan === project.workPlan)) continue;
    const model = siblings.at(-1);
    if (!model) {
      notices.push(
        message(
          `${summary.sheet} ไม่มีแถวของ${project.workPlan} ใต้ยุทธศาสตร์ที่ ${toThaiDigits(project.strategy)}: เพิ่มแถวนี้ใน ${summary.sheet} (ยอดรวมของยุทธศาสตร์และรวมทั้งสิ้นปรับแล้ว)`,
          `${summary.sheet} has no row for ${project.workPlan} under strategy ${project.strategy}: add it (the strategy's and grand totals are updated)`
        )
      );
      continue;
    }
    const row = model.row + 1;
    const at = (col: number): CellRef => ({ sheet: summary.sheet, row, col });
    const figures = [...Object.values(model.count), ...Object.values(model.budget)];
    const firstFigure = Math.min(...figures.map((c) => c.col));
    const style = budgetStyleOf(figures.map((c) => summary.value(c)));
    // Counts are never written as baht ("๑.-").
    const counts = { ...style, suffix: "" };
    const cells: CellEdit[] = [];
    const put = (col: number, after: CellValue) => {
      if ((after ?? "") !== "") cells.push({ cell: at(col), before: null, after, role: "added" });
    };
    // The label as the row above words it, with this work plan's number and name where it gives its own.
    const renumber = (typed: string) =>
      project.workPlanNumber
        ? /[๐-๙]/.test(typed)
          ? toThaiDigits(project.workPlanNumber)
          : project.workPlanNumber
        : typed;
    for (let col = summary.anchor.col; col < firstFigure; col++) {
      const typed = summary.value({ ...at(col), row: model.row });
      const text = typeof typed === "string" ? typed : "";
      put(
        col,
        WORK_PLAN_PART.test(text)
          ? text.replace(
              WORK_PLAN_PART,
              (_, open = "", bracketed = "", close = "", plain = "", dot = "") =>
                (bracketed ? `${open}${renumber(bracketed)}${close}` : "") +
                (plain ? `${renumber(plain)}${dot}` : "") +
                project.workPlan
            )
          : ""
      );
    }
    let count = 0;
    let total = 0;
    for (const year of summary.years) {
      const amount = budgets[year] ?? 0;
      count += amount > 0 ? 1 : 0;
      total += amount;
      if (model.count[year]) put(model.count[year].col, renderBudget(amount > 0 ? 1 : 0, counts));
      if (model.budget[year]) put(model.budget[year].col, renderBudget(amount, style));
    }
    if (model.totalCount) put(model.totalCount.col, renderBudget(count, counts));
    if (model.totalBudget) put(model.totalBudget.col, renderBudget(total, style));
    inserts.push({ sheet: summary.sheet, row, liveIf: summary.anchor, cells });
  }
  return { inserts, notices };
}

/** Where a cell read before the inserts is after them: rows at or below an insert on its sheet move one down. */
export function afterInserts(cell: CellRef, inserts: readonly RowInsert[]): CellRef {
  const below = inserts.filter((i) => i.sheet === cell.sheet && cell.row >= i.row).length;
  return below === 0 ? cell : { ...cell, row: cell.row + below };
}

/** Where a cell of the revision (after the inserts) was before them; undefined for a cell of an inserted row. */
export function beforeInserts(cell: CellRef, inserts: readonly RowInsert[]): CellRef | undefined {
  const mine = inserts.filter((i) => i.sheet === cell.sheet).sort((a, b) => b.row - a.row);
  let row = cell.row;
  for (const insert of mine) {
    if (row === insert.row) return undefined;
    if (row > insert.row) row--;
  }
  return { ...cell, row };
}
