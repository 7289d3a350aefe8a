import { planError } from "../messages";
import type { BookSnapshot, CellValue, Plan, TextField } from "../model";
import { readPlan } from "../reader";
import { budgetIn, withBudgets } from "../select";
import { toThaiDigits } from "../thaiNumerals";
import { standardWorkPlan, workPlanKey } from "../workPlans";
import { placeFor, placeProject } from "./addition";
import { checkRevision, finishRevision, type PlannedRevision, type CellEdit } from "./revision";
import { budgetWords, placementWords, strategyWords, type Placement } from "./appendixText";
import { budgetChangeEdits, mergeEdits, valueAt } from "./edits";
import { findProject, type ProjectQuery } from "./projectQuery";
import { parseRound, roundLabel, type Round } from "./rounds";
import { TEXT_FIELD_NAMES } from "./change";
import { withLabelCount } from "../summarySheet";

/**
 * A project moved to another work plan or tactic (an แก้ไข round): its row leaves its sheet (emptied, its block's
 * รวม and count lowered) and joins the end of the other block as an added project does; both blocks' totals and
 * ผ.01 rows follow, and the text box over its new row names where it came from
 * ("แผนงานสาธารณสุข แก้ไข ครั้งที่ ๔/๒๕๖๗").
 */
export interface RelocationRequest {
  round: Round | string;
  approvedOn?: Date;
  project: ProjectQuery;
  /** Where it goes. */
  tactic: string;
  workPlan: string;
  reason?: string;
  was: Placement;
  now: { page?: number; order?: number };
}

export function planRelocation(
  book: BookSnapshot,
  request: RelocationRequest,
  id: string,
  plan: Plan = readPlan(book.sheets)
): PlannedRevision {
  const round = typeof request.round === "string" ? parseRound(request.round) : request.round;
  const project = findProject(plan, request.project);
  const work = standardWorkPlan(request.workPlan);
  if (!work) {
    throw planError(
      `"${request.workPlan}" ไม่ใช่แผนงานมาตรฐาน`,
      `"${request.workPlan}" is not a standard work plan`
    );
  }
  const tactic = request.tactic.trim();
  if (tactic === project.tactic && workPlanKey(work) === project.workPlan) {
    throw planError(
      `โครงการนี้อยู่ในกลยุทธ์ ${tactic} ${project.workPlan} อยู่แล้ว`,
      `The project is already under tactic ${tactic}, ${project.workPlan}`
    );
  }
  if (project.unreadable.length > 0) {
    throw planError(
      `งบประมาณของโครงการนี้ "${project.unreadable[0].text}" ไม่ใช่ตัวเลข แก้ไขเซลล์ก่อน`,
      `A budget of this project "${project.unreadable[0].text}" is not a number; fix it first`
    );
  }
  const place = placeFor(book, plan, tactic, workPlanKey(work), round);
  const reason = checkRevision(book, round, project, request);
  const years = plan.years.filter((y) => budgetIn(project, y) > 0);
  const budgets = Object.fromEntries(years.map((y) => [y, budgetIn(project, y)]));

  // The old row is emptied; its block's รวม and the ผ.01 lose the project.
  const leaving: CellEdit[] = budgetChangeEdits(
    book,
    plan,
    project,
    years.map((year) => ({ year, after: 0 }))
  ).map((e) => (e.role === "budget" ? { ...e, after: "" } : e));
  for (let row = project.row; row <= project.lastRow; row++) {
    for (const col of Object.values(project.textColumns)) {
      const cell = { sheet: project.sheet, row, col: col! };
      const before = valueAt(book, cell);
      if ((before ?? "") !== "") leaving.push({ cell, before, after: "", role: "text" });
    }
  }
  for (const total of plan.totals.filter((t) => t.projects.includes(project) && t.countCell)) {
    const { cell, value } = total.countCell!;
    const left = total.projects.length - 1;
    const after = withLabelCount(String(value), left);
    leaving.push({ cell, before: value, after, role: "total" });
  }
  const fields = Object.fromEntries(
    (Object.keys(TEXT_FIELD_NAMES) as TextField[]).map((f) => [f, project[f]])
  ) as Record<TextField, string>;
  const joining = placeProject(place.book, plan, place.home, round, fields, budgets);
  const moved = withBudgets(joining.project, budgets);
  const from = `${project.workPlan} ${roundLabel(round)}`;
  const words = (p: typeof project, placement: Placement): string =>
    [
      project.name,
      budgetWords(years.map((year) => ({ year, amount: budgets[year] }))),
      `กลยุทธ์ ${toThaiDigits(p.tactic)} ${p.workPlan}`,
      placementWords(plan, placement),
    ].join(" ");
  return finishRevision(
    book,
    plan,
    {
      id,
      round,
      project: moved,
      edits: mergeEdits([...leaving, ...place.edits, ...joining.edits]),
      newSheet: place.newSheet,
      inserts: joining.inserts,
      notices: joining.notices,
      what: `ย้ายจาก${project.workPlan} (${project.sheet})`,
      approvedOn: request.approvedOn,
      years,
      markText: from,
    },
    (sequence): CellValue[] => [
      toThaiDigits(String(sequence)),
      words(project, request.was),
      words(moved, { document: roundLabel(round), ...request.now }),
      reason,
      strategyWords(moved),
      moved.workPlan,
    ]
  );
}
