import { planError } from "../messages";
import type { BookSnapshot, Plan } from "../model";
import { readPlan } from "../reader";
import { budgetIn, withBudgets } from "../select";
import { toThaiDigits } from "../thaiNumerals";
import { placeFor, placeProject } from "./addition";
import type { CellEdit, PlannedRevision } from "./revision";
import {
  checkBudgetsReadable,
  checkNameFree,
  checkRevision,
  finishRewording,
  standardWorkPlanOf,
  startRevision,
  type ProjectRevisionRequest,
} from "./revisionSteps";
import { budgetWords } from "./appendixText";
import { budgetChangeEdits, mergeEdits, valueAt } from "./edits";
import { roundLabel } from "./rounds";
import { projectTexts } from "./change";
import { withLabelCount } from "../summarySheet";

/**
 * A project moved to another work plan or tactic (an แก้ไข round): its row leaves its sheet (emptied, its block's
 * รวม and count lowered) and joins the end of the other block as an added project does; both blocks' totals and
 * ผ.01 rows follow, and the text box over its new row names where it came from
 * ("แผนงานสาธารณสุข แก้ไข ครั้งที่ ๔/๒๕๖๗").
 */
export interface RelocationRequest extends ProjectRevisionRequest {
  /** Where it goes. */
  tactic: string;
  workPlan: string;
}

export function planRelocation(
  book: BookSnapshot,
  request: RelocationRequest,
  id: string,
  plan: Plan = readPlan(book.sheets)
): PlannedRevision {
  const revision = startRevision(book, plan, id, request);
  const { round, project } = revision;
  const workPlan = standardWorkPlanOf(request.workPlan);
  const tactic = request.tactic.trim();
  if (tactic === project.tactic && workPlan === project.workPlan) {
    throw planError(
      `โครงการนี้อยู่ในกลยุทธ์ ${tactic} ${project.workPlan} อยู่แล้ว`,
      `The project is already under tactic ${tactic}, ${project.workPlan}`
    );
  }
  checkBudgetsReadable(project);
  const place = placeFor(book, plan, tactic, workPlan, round);
  checkNameFree(plan, place.home.sheet, project.name, project);
  const reason = checkRevision(revision);
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
  const joining = placeProject(place.book, plan, place.home, round, projectTexts(project), budgets);
  const moved = withBudgets(joining.project, budgets);
  const words = (p: typeof project): string =>
    [
      project.name,
      budgetWords(years.map((year) => ({ year, amount: budgets[year] }))),
      `กลยุทธ์ ${toThaiDigits(p.tactic)} ${p.workPlan}`,
    ].join(" ");
  return finishRewording(revision, {
    moved,
    edits: mergeEdits([...leaving, ...place.edits, ...joining.edits]),
    newSheet: place.newSheet,
    inserts: joining.inserts,
    notices: joining.notices,
    what: `ย้ายจาก${project.workPlan} (${project.sheet})`,
    years,
    markText: `${project.workPlan} ${roundLabel(round)}`,
    before: words(project),
    after: words(moved),
    reason,
  });
}
