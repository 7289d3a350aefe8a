import { cellAddress } from "../common/a1";
import { message } from "./messages";
import type { Finding, Plan, TotalRow } from "./model";
import { budgetIn } from "./select";
import { formatAmount, toArabicDigits, tryParseAmount } from "./thaiNumerals";

/**
 * Everything the checker finds in a plan: what the reader noticed (strategy numbers, work-plan names,
 * duplicate numbers, unreadable cells, budgets on continuation rows) and totals that disagree with their projects.
 */
export function checkPlan(plan: Plan): Finding[] {
  const findings = [...plan.findings, ...plan.totals.flatMap(checkTotal)];
  const sheetOrder = new Map<string, number>();
  for (const f of findings) if (!sheetOrder.has(f.sheet)) sheetOrder.set(f.sheet, sheetOrder.size);
  return findings.sort(
    (a, b) => sheetOrder.get(a.sheet)! - sheetOrder.get(b.sheet)! || a.row - b.row
  );
}

function checkTotal(total: TotalRow): Finding[] {
  const findings: Finding[] = [];
  const mismatch = (cell: Finding["cell"], typed: number, computed: number) =>
    findings.push({
      code: "total-mismatch",
      sheet: total.sheet,
      row: total.row,
      cell,
      what: message(
        `ยอด "${total.label}" ที่ ${cellAddress(cell!)} เป็น ${formatAmount(typed, { thaiDigits: false })} แต่โครงการด้านบนรวมได้ ${formatAmount(computed, { thaiDigits: false })}`,
        `"${total.label}" at ${cellAddress(cell!)} says ${formatAmount(typed, { thaiDigits: false })} but the projects above add up to ${formatAmount(computed, { thaiDigits: false })}`
      ),
      suggestion: message(formatAmount(computed), formatAmount(computed)),
    });
  for (const [year, { cell, value }] of total.cells) {
    const typed = tryParseAmount(value);
    if (typed === undefined) continue;
    const computed =
      total.kind === "count"
        ? total.projects.filter((p) => budgetIn(p, year) > 0).length
        : total.projects.reduce((s, p) => s + budgetIn(p, year), 0);
    if (Math.abs(typed - computed) > 0.005) mismatch(cell, typed, computed);
  }
  if (total.countCell) {
    const typed = Number(toArabicDigits(String(total.countCell.value)).replace(/[^\d]/g, ""));
    if (typed !== total.projects.length)
      mismatch(total.countCell.cell, typed, total.projects.length);
  }
  return findings;
}
