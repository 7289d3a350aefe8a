import { cellAddress } from "../common/a1";
import { planError, type PlanError } from "./messages";
import type { Project } from "./model";
import { editDistance, foldWorkPlanName, nearestWorkPlan, STANDARD_WORK_PLANS } from "./workPlans";

/**
 * The refusals more than one kind of revision (or a revision and a PLAN function) meets, worded once: the same
 * mistake is told in the same words wherever it is made.
 */

const STANDARD_NAMES = STANDARD_WORK_PLANS.map((w) => w.name).join(", ");

/** A work plan that is none of the twelve standard ones: the nearest offered when it looks like a slip, then all. */
export function notStandardWorkPlan(text: string): PlanError {
  const nearest = nearestWorkPlan(text);
  const folded = foldWorkPlanName(text);
  const slip = editDistance(folded, nearest) <= Math.max(2, folded.length / 3);
  return planError(
    `"${text}" ไม่ใช่แผนงานมาตรฐาน${slip ? ` (หมายถึง "${nearest}" หรือไม่)` : ""} แผนงานมาตรฐานได้แก่ ${STANDARD_NAMES}`,
    `"${text}" is not a standard work plan${slip ? ` (did you mean "${nearest}"?)` : ""}. The standard work plans: ${STANDARD_NAMES}`
  );
}

/** A project name another project on the sheet already has: the two could not be told apart. */
export function nameOnSheet(name: string, sheet: string): PlanError {
  return planError(
    `ชื่อ "${name}" มีอยู่แล้วในชีต ${sheet}: ใช้ชื่ออื่น`,
    `"${name}" is already a project on ${sheet}; use another name`
  );
}

/** A budget cell of the project that is not a number: nothing is worked out over it until it is mended. */
export function unreadableBudget(bad: Project["unreadable"][number]): PlanError {
  const at = cellAddress(bad.cell);
  if (bad.why) {
    return planError(
      `${bad.why.th} (${at}): แก้ไขเซลล์ก่อน`,
      `${bad.why.en} (${at}); fix the cell first`
    );
  }
  return planError(
    `งบประมาณปี ${bad.year} ที่ ${at} "${bad.text}" ไม่ใช่ตัวเลข: แก้ไขเซลล์ก่อน`,
    `The ${bad.year} budget at ${at} "${bad.text}" is not a number; fix the cell first`
  );
}
