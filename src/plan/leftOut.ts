import { hiddenSheetFindings } from "./bookChecks";
import type { Finding, FindingCode, Plan, SheetValues } from "./model";
import { readPlan } from "./reader";

/** The findings that mean a figure of the book is not in the plan's totals. */
const LEFT_OUT: ReadonlySet<FindingCode> = new Set<FindingCode>([
  "year-column",
  "unreadable-budget",
  "merged-budget",
  "date-budget",
  "negative-budget",
  "budget-too-large",
  "hidden-sheet",
  "loose-row",
]);

export function isLeftOut(finding: Finding): boolean {
  return LEFT_OUT.has(finding.code);
}

/**
 * Everything the totals leave out, each with its sheet, cell (or the header cell of its column) and why in Thai
 * and English: budget cells that are no amount, columns with no year of their own and their cells, hidden sheets
 * holding projects. A summary prints these beside its total; the checker reports each.
 */
export function leftOut(sheets: readonly SheetValues[], plan: Plan = readPlan(sheets)): Finding[] {
  return [...plan.findings.filter(isLeftOut), ...hiddenSheetFindings(sheets)];
}
