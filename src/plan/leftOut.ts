import type { Finding, FindingCode } from "./model";

/**
 * The findings that mean a figure was left out of the plan's totals (a budget that is no number or is merged
 * across years, a hidden sheet with projects): a summary of the plan is short by what they name, and says so.
 * A new finding of that kind (a column the reader could not place) belongs here too.
 */
export const LEFT_OUT_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>([
  "unreadable-budget",
  "merged-budget",
  "hidden-sheet",
]);

export function leftOutOfTotals(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => LEFT_OUT_CODES.has(f.code));
}
