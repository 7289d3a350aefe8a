import { message, planError } from "../messages";
import type { BookSnapshot, CellValue, Plan, Project } from "../model";
import { readPlan } from "../reader";
import { budgetIn, planYear } from "../select";
import { formatAmount, toThaiDigits } from "../thaiNumerals";
import { budgetWords, placementWords, strategyWords, type Placement } from "./appendixText";
import { budgetChangeEdits } from "./edits";
import { findProject, type ProjectQuery } from "./projectQuery";
import { wholeBaht } from "./roundRules";
import type { PlannedRevision } from "./revision";
import { checkBudgetsReadable, checkRevision, finishRevision } from "./revisionSteps";
import { parseRound, roundLabel, type Round } from "./rounds";

/** แก้ไข: a project's budget moved from one year of the plan to another. */

export interface AmendmentRequest {
  round: Round | string;
  /** The day the executive approved the amendment. */
  approvedOn?: Date;
  project: ProjectQuery;
  from: unknown;
  to: unknown;
  /** Baht to move; the whole budget of the from-year when left out. */
  amount?: unknown;
  reason?: string;
  was: Placement;
  now: { page?: number; order?: number };
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
  const round = typeof request.round === "string" ? parseRound(request.round) : request.round;
  const project = findProject(plan, request.project);
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
  const reason = checkRevision(book, round, project, request);

  const edits = budgetChangeEdits(book, plan, project, [
    { year: from, after: available - amount },
    { year: to, after: budgetIn(project, to) + amount },
  ]);
  return finishRevision(
    book,
    plan,
    {
      id,
      round,
      project,
      edits,
      what: `ย้ายงบประมาณ ${formatAmount(amount)} บาท จากปี ${toThaiDigits(String(from))} ไปปี ${toThaiDigits(String(to))}`,
      approvedOn: request.approvedOn,
      years: [from, to],
    },
    (sequence) => appendixCells(plan, project, round, from, to, amount, reason, request, sequence)
  );
}

/** The appendix (ภาคผนวก ก) row of a move between years. */
export function appendixCells(
  plan: Plan,
  project: Project,
  round: Round,
  from: number,
  to: number,
  amount: number,
  reason: string,
  request: AmendmentRequest,
  sequence: number
): CellValue[] {
  const years = [from, to].sort((a, b) => a - b);
  const before = years
    .map((year) => ({ year, amount: budgetIn(project, year) }))
    .filter((b) => b.amount > 0);
  const after = years
    .map((year) => ({ year, amount: budgetIn(project, year) + (year === from ? -amount : amount) }))
    .filter((b) => b.amount > 0);
  const now: Placement = {
    document: roundLabel(round),
    page: request.now.page,
    order: request.now.order,
  };
  return [
    toThaiDigits(String(sequence)),
    `${project.name} ${budgetWords(before)} ${placementWords(plan, request.was)}`,
    `${project.name} ${budgetWords(after)} ${placementWords(plan, now)}`,
    reason,
    strategyWords(project),
    project.workPlan,
  ];
}
