import { cellAddress } from "../common/a1";
import { message } from "./messages";
import type { CellRef, Finding, Plan, Project, TotalRow } from "./model";
import { budgetIn } from "./select";
import { LABEL_COUNT } from "./summarySheet";
import { formatAmount, toArabicDigits, tryParseAmount } from "./thaiNumerals";

/**
 * Everything the checker finds in a plan: what the reader noticed (strategy numbers, work-plan names,
 * duplicate numbers, unreadable cells, budgets on continuation rows) and totals that disagree with their projects.
 */
export function checkPlan(plan: Plan): Finding[] {
  const findings = [...plan.findings, ...plan.totals.flatMap(checkTotal), ...leftOutFindings(plan)];
  const sheetOrder = new Map<string, number>();
  for (const f of findings) if (!sheetOrder.has(f.sheet)) sheetOrder.set(f.sheet, sheetOrder.size);
  return findings.sort(
    (a, b) => sheetOrder.get(a.sheet)! - sheetOrder.get(b.sheet)! || a.row - b.row
  );
}

/** Each year's figure a total should hold over the given projects: their budgets, or how many have one. */
function computedFigure(total: TotalRow, projects: readonly Project[], year: number): number {
  return total.kind === "count"
    ? projects.filter((p) => budgetIn(p, year) > 0).length
    : projects.reduce((s, p) => s + budgetIn(p, year), 0);
}

/** True when every figure of the total is what its own projects (those above it) add up to. */
function addsUpAbove(total: TotalRow): boolean {
  for (const [year, { value }] of total.cells) {
    const typed = tryParseAmount(value);
    if (
      typed !== undefined &&
      Math.abs(typed - computedFigure(total, total.projects, year)) > 0.005
    )
      return false;
  }
  return !total.countCell || countIn(total.countCell.value) === total.projects.length;
}

/** The count a รวม's cell gives: the number before โครงการ ("รวมยุทธศาสตร์ที่ 1 (5 โครงการ)" is 5), else its digits. */
function countIn(value: unknown): number {
  const text = toArabicDigits(String(value));
  const counted = LABEL_COUNT.exec(text);
  return Number((counted ? counted[1] : text).replace(/[^\d]/g, ""));
}

/**
 * A block's รวม rows that add up the projects above them but not the later round's typed under them: one finding
 * for the rows of one block, naming the projects left out ("ยอดรวมแถว 35 ไม่รวมโครงการแถว 39 ที่เพิ่มภายหลัง").
 */
function leftOutFindings(plan: Plan): Finding[] {
  const groups = new Map<Project, TotalRow[]>();
  for (const total of plan.totals) {
    if (!total.later || !addsUpAbove(total)) continue;
    const key = total.later[0];
    groups.set(key, [...(groups.get(key) ?? []), total]);
  }
  return [...groups.values()].map((totals) => {
    const first = totals[0];
    const rows = totals.map((t) => t.row + 1).join(", ");
    const later = first.later!.map((p) => p.row + 1).join(", ");
    const [cell] = [...first.cells.values()].map((c) => c.cell);
    return {
      code: "total-mismatch" as const,
      sheet: first.sheet,
      row: first.row,
      cell,
      what: message(
        `ยอดรวมแถว ${rows} ไม่รวมโครงการแถว ${later} ที่เพิ่มภายหลัง`,
        `The total on row ${rows} leaves out the projects added later on row ${later}`
      ),
      suggestion: message(
        "รวมโครงการที่เพิ่มภายหลังไว้ในยอดรวม หรือใส่ยอดรวมของรอบนั้นใต้โครงการเหล่านั้น",
        "Include the projects added later in the total, or give their round its own total under them"
      ),
    };
  });
}

/** One finding per รวม row, naming each of its figures that disagrees with its projects. */
function checkTotal(total: TotalRow): Finding[] {
  // A รวม that adds up its own projects and leaves out the later ones is one finding (leftOutFindings).
  if (total.later && addsUpAbove(total)) return [];
  const projects = total.later ? [...total.projects, ...total.later] : total.projects;
  const wrong: { cell: CellRef; typed: number; computed: number }[] = [];
  for (const [year, { cell, value }] of total.cells) {
    const typed = tryParseAmount(value);
    if (typed === undefined) continue;
    const computed = computedFigure(total, projects, year);
    if (Math.abs(typed - computed) > 0.005) wrong.push({ cell, typed, computed });
  }
  if (total.countCell) {
    const typed = countIn(total.countCell.value);
    if (typed !== projects.length)
      wrong.push({ cell: total.countCell.cell, typed, computed: projects.length });
  }
  if (wrong.length === 0) return [];
  const plain = (n: number) => formatAmount(n, { thaiDigits: false });
  const th = wrong.map(
    (w) =>
      `${cellAddress(w.cell)} เป็น ${formatAmount(w.typed)} แต่โครงการด้านบนรวมได้ ${formatAmount(w.computed)}`
  );
  const en = wrong.map(
    (w) =>
      `at ${cellAddress(w.cell)} says ${plain(w.typed)} but the projects above add up to ${plain(w.computed)}`
  );
  return [
    {
      code: "total-mismatch",
      sheet: total.sheet,
      row: total.row,
      cell: wrong[0].cell,
      what: message(`ยอด "${total.label}" ที่ ${th.join(", ")}`, `"${total.label}" ${en.join(", ")}`),
      suggestion:
        wrong.length === 1
          ? message(formatAmount(wrong[0].computed), formatAmount(wrong[0].computed))
          : message(
              wrong.map((w) => `${cellAddress(w.cell)} ${formatAmount(w.computed)}`).join(", "),
              wrong.map((w) => `${cellAddress(w.cell)} ${plain(w.computed)}`).join(", ")
            ),
    },
  ];
}
