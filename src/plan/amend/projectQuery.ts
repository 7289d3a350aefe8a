import { cellAddress } from "../../common/a1";
import { planError } from "../messages";
import type { Plan, Project } from "../model";
import { foldsTo, foldText, toArabicDigits } from "../thaiNumerals";
import { editDistance } from "../workPlans";

/** A project named by its name (spaces and line breaks aside), by its place in the plan, or by its row. */
export type ProjectQuery =
  | string
  | { strategy: string | number; workPlan: string; order: string | number }
  | { sheet: string; row: number };

/**
 * The plan's projects by their folded name, made once a plan has been asked for a few names: a file of many
 * changes looks up each in the same plan, updated in place (bookUpdate.ts forgets this when a name changes), while
 * one change on a large plan (looked up twice: the check that its file was not applied before, then the change)
 * costs less by comparing the names as they are than by folding and hashing every one.
 */
const names = new WeakMap<Plan, Map<string, Project[]> | number>();

/** Lookups of a plan answered by comparing every name before its map is made. */
const COMPARED_LOOKUPS = 8;

function projectsNamed(plan: Plan, folded: string): Project[] {
  const known = names.get(plan) ?? 0;
  if (typeof known === "number" && known < COMPARED_LOOKUPS) {
    names.set(plan, known + 1);
    return plan.projects.filter((p) => foldsTo(p.name, folded));
  }
  let byName = known;
  if (typeof byName === "number") {
    byName = new Map();
    for (const p of plan.projects) {
      const name = foldText(p.name);
      const same = byName.get(name);
      if (same) same.push(p);
      else byName.set(name, [p]);
    }
    names.set(plan, byName);
  }
  return byName.get(folded) ?? [];
}

export function forgetProjectNames(plan: Plan): void {
  names.delete(plan);
}

export function findProject(plan: Plan, query: ProjectQuery): Project {
  if (plan.projects.length === 0) {
    throw planError(
      "ไม่พบแผนในสมุดงาน: ไม่มีตาราง ที่ | โครงการ | งบประมาณ รายปี ในแบบ ผ.02 หรือตารางโครงการ",
      "No plan found in the workbook: no ผ.02 table (ที่ | โครงการ | yearly budgets) or project table"
    );
  }
  let matches: Project[];
  if (typeof query === "string") {
    const wanted = foldText(query);
    matches = projectsNamed(plan, wanted);
    if (matches.length === 0) {
      const closest = [...plan.projects]
        // Edits beyond the difference in length: a shortened or partial name still finds its project.
        .map((p) => ({
          name: p.name,
          d:
            editDistance(foldText(p.name), wanted) -
            Math.abs(foldText(p.name).length - wanted.length),
        }))
        .sort((a, b) => a.d - b.d)
        .slice(0, 3)
        .map((c) => `"${c.name}"`)
        .join(", ");
      throw planError(
        `ไม่พบโครงการ "${query}" ชื่อที่ใกล้เคียง: ${closest}`,
        `Project "${query}" not found; closest: ${closest}`
      );
    }
  } else if ("row" in query) {
    matches = plan.projects.filter(
      (p) => p.sheet === query.sheet && query.row >= p.row && query.row <= p.lastRow
    );
    if (matches.length === 0) {
      throw planError(
        `แถว ${query.row + 1} ของชีต ${query.sheet} ไม่ใช่แถวโครงการ`,
        `Row ${query.row + 1} of ${query.sheet} is not a project row`
      );
    }
  } else {
    const strategy = String(Number(toArabicDigits(String(query.strategy))));
    const order = String(Number(toArabicDigits(String(query.order))));
    const work = foldText(query.workPlan).replace(/^แผนงาน/, "");
    matches = plan.projects.filter(
      (p) =>
        p.strategy === strategy &&
        p.order === order &&
        foldText(p.workPlan).replace(/^แผนงาน/, "") === work
    );
    if (matches.length === 0) {
      throw planError(
        `ไม่พบโครงการลำดับที่ ${order} ยุทธศาสตร์ที่ ${strategy} ${query.workPlan}`,
        `No project number ${order} in strategy ${strategy}, ${query.workPlan}`
      );
    }
  }
  if (matches.length > 1) {
    const places = matches.map((p) => cellAddress(p.nameCell)).join(", ");
    throw planError(
      `พบโครงการนี้มากกว่าหนึ่งแห่ง (${places}) โปรดระบุแถว`,
      `The project appears more than once (${places}); name its row`
    );
  }
  return matches[0];
}
