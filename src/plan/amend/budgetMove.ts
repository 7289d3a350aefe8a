import { message, planError } from "../messages";
import type { BookSnapshot } from "../model";
import { readPlan } from "../reader";
import { budgetIn, planYear } from "../select";
import { formatAmount, toThaiDigits } from "../thaiNumerals";
import { budgetWords } from "./appendixText";
import { budgetChangeEdits } from "./edits";
import { wholeBaht } from "./roundRules";
import type { PlannedRevision } from "./revision";
import {
  checkBudgetsReadable,
  checkRevision,
  finishRewording,
  startRevision,
  type ProjectRevisionRequest,
} from "./revisionSteps";

/** แก้ไข: a project's budget moved from one year of the plan to another. */

export interface AmendmentRequest extends ProjectRevisionRequest {
  from: unknown;
  to: unknown;
  /** Baht to move; the whole budget of the from-year when left out. */
  amount?: unknown;
}

/**
 * Works out everything an amendment does, before a cell is written: the budget move in the project's row, the
 * รวม rows of its block, the ผ.01 figures, the appendix row and its note. Any problem is an error that says
 * what and where; nothing is half done.
 */
export function planAmendment(
  book: BookSnapshot,
  request: AmendmentRequest,
  id: string,
  plan = readPlan(book.sheets)
): PlannedRevision {
  const revision = startRevision(book, plan, id, request);
  const { project } = revision;
  const from = planYear(plan, request.from);
  const to = planYear(plan, request.to);
  if (from === to) {
    throw planError(
      `ปีที่ย้ายจากและย้ายไปเป็นปีเดียวกัน (${from})`,
      `The from-year and the to-year are the same (${from})`
    );
  }
  checkBudgetsReadable(project, [from, to]);
  const available = budgetIn(project, from);
  if (available <= 0) {
    throw planError(`โครงการนี้ไม่มีงบประมาณในปี ${from}`, `The project has no budget in ${from}`);
  }
  const amount =
    request.amount === undefined || request.amount === ""
      ? available
      : wholeBaht(request.amount, message("จำนวนเงิน", "Amount"));
  if (amount <= 0) throw planError("จำนวนเงินที่ย้ายต้องมากกว่า ๐", "The amount to move must be above 0");
  if (amount > available) {
    throw planError(
      `จำนวนเงิน ${formatAmount(amount)} บาท เกินงบประมาณปี ${toThaiDigits(String(from))} ที่มี ${formatAmount(available)} บาท`,
      `${formatAmount(amount, { thaiDigits: false })} baht is more than the ${formatAmount(available, { thaiDigits: false })} baht budgeted in ${from}`
    );
  }
  const reason = checkRevision(revision);

  const edits = budgetChangeEdits(book, plan, project, [
    { year: from, after: available - amount },
    { year: to, after: budgetIn(project, to) + amount },
  ]);
  const years = [from, to].sort((a, b) => a - b);
  // The two years' budgets, with this much moved from the one to the other.
  const budgetsWith = (moved: number) =>
    budgetWords(
      years
        .map((year) => ({
          year,
          amount: budgetIn(project, year) + (year === from ? -moved : moved),
        }))
        .filter((b) => b.amount > 0)
    );
  return finishRewording(revision, {
    edits,
    what: `ย้ายงบประมาณ ${formatAmount(amount)} บาท จากปี ${toThaiDigits(String(from))} ไปปี ${toThaiDigits(String(to))}`,
    years: [from, to],
    before: `${project.name} ${budgetsWith(0)}`,
    after: `${project.name} ${budgetsWith(amount)}`,
    reason,
  });
}
