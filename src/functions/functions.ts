/*
 * The PLAN custom functions. Each is a few lines over the plan engine; the JSDoc below is what
 * custom-functions-metadata-plugin turns into functions.json at build time.
 */
/* global CustomFunctions */
import {
  checkBook,
  reportSummary,
  cellAddress,
  formatAmount,
  parseAmount,
  projectCount,
  summarise,
  summaryTable,
  totalBudget,
  toThaiDigits,
} from "../plan";
import { guarded } from "./formulaError";
import { firstAddress, planFromArgument, sheetFromArgument } from "./planArgument";

/**
 * Total budget of the plan (บาท), optionally for one strategy, fiscal year and work plan.
 * @customfunction BUDGET
 * @param plan The plan: a ผ.02 sheet or a flat table, one row per project.
 * @param [strategy] Strategy number (4), tactic number ("4.3") or part of a name.
 * @param [year] Fiscal year, Buddhist era (2566 or ๒๕๖๖) or Common Era (2023).
 * @param [workPlan] Work plan, with or without the word แผนงาน.
 * @param invocation Invocation information.
 * @returns Total budget in baht.
 * @requiresParameterAddresses
 */
export function budget(
  plan: any[][],
  strategy?: any,
  year?: any,
  workPlan?: any,
  invocation?: CustomFunctions.Invocation
): number {
  return guarded(() =>
    totalBudget(planFromArgument(plan, firstAddress(invocation)), { strategy, year, workPlan })
  );
}

/**
 * Number of projects, counted as the ผ.01 form counts them (a project budgeted in three years counts three).
 * @customfunction COUNT
 * @param plan The plan: a ผ.02 sheet or a flat table, one row per project.
 * @param [strategy] Strategy number (4), tactic number ("4.3") or part of a name.
 * @param [year] Fiscal year, Buddhist era (2566 or ๒๕๖๖) or Common Era (2023).
 * @param [workPlan] Work plan, with or without the word แผนงาน.
 * @param invocation Invocation information.
 * @returns Number of projects.
 * @requiresParameterAddresses
 */
export function count(
  plan: any[][],
  strategy?: any,
  year?: any,
  workPlan?: any,
  invocation?: CustomFunctions.Invocation
): number {
  return guarded(() =>
    projectCount(planFromArgument(plan, firstAddress(invocation)), { strategy, year, workPlan })
  );
}

/**
 * The summary form ผ.01 (บัญชีสรุปโครงการพัฒนา) of the plan, header included, as one spilled table.
 * @customfunction SUMMARY
 * @param plan The plan: a ผ.02 sheet or a flat table, one row per project.
 * @param [thaiDigits] TRUE for Thai digits (๑,๔๐๐,๐๐๐) as printed; FALSE or omitted for numbers.
 * @param invocation Invocation information.
 * @returns The ผ.01 table.
 * @requiresParameterAddresses
 */
export function summary(
  plan: any[][],
  thaiDigits?: boolean,
  invocation?: CustomFunctions.Invocation
): any[][] {
  return guarded(() => {
    const read = planFromArgument(plan, firstAddress(invocation));
    return summaryTable(summarise(read), { thaiDigits: thaiDigits === true });
  });
}

/**
 * Writes a number in Thai digits with thousands separators (1400000 → ๑,๔๐๐,๐๐๐).
 * @customfunction THAINUM
 * @param number The number to write.
 * @returns The number in Thai digits.
 */
export function thainum(number: any): string {
  return guarded(() => formatAmount(parseAmount(number)));
}

/**
 * Reads a number written in Thai or Arabic digits ("๑,๔๐๐,๐๐๐" → 1400000; "-" → 0).
 * @customfunction NUMBER
 * @param text The text to read.
 * @returns The number.
 */
export function number(text: any): number {
  return guarded(() => parseAmount(text));
}

/**
 * Checks the plan: ผ.01 figures, totals, strategy numbers, work-plan names, duplicate numbers, cells that are not numbers.
 * A summary line (Thai, English), then one row per problem, most serious first (where, what, suggestion).
 * @customfunction CHECK
 * @param plan The plan: a ผ.02 sheet or a flat table, one row per project.
 * @param invocation Invocation information.
 * @returns One row per problem found.
 * @requiresParameterAddresses
 */
export function check(plan: any[][], invocation?: CustomFunctions.Invocation): string[][] {
  return guarded(() => {
    const findings = checkBook([sheetFromArgument(plan, firstAddress(invocation))]);
    const summary = reportSummary(findings);
    return [
      [summary.th, summary.en, ""],
      ...findings.map((f) => [
        f.cell
          ? cellAddress(f.cell)
          : `${f.sheet ? `${f.sheet} ` : ""}แถว ${toThaiDigits(String(f.row + 1))}`,
        f.what.th,
        f.suggestion?.th ?? "",
      ]),
    ];
  });
}
