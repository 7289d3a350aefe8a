import { cellAddress } from "../common/a1";
import { message } from "./messages";
import type { CellRef, Finding, Plan, Project } from "./model";
import { summarise, type Figures, type Summary, type WorkPlanLine } from "./summary";
import type { SummarySheet, SummarySheetRow } from "./summarySheet";
import { formatAmount, tryParseAmount } from "./thaiNumerals";

/**
 * Compares a book's typed ผ.01 with its details, section by section (the plan, then each other form it sums):
 * every figure against what the details add up to, every รวม against the rows it closes, rows that stand for no
 * details, and details that have no row.
 */
export function typedSummaryFindings(typed: SummarySheet, plan: Plan): Finding[] {
  const findings: Finding[] = [];
  const forms = [...new Set(typed.rows.map((r) => r.form))];
  for (const form of forms) {
    const projects: Project[] = form === "ผ.02" ? plan.projects : (plan.otherForms[form] ?? []);
    const summary = summarise(plan, projects);
    const rows = typed.rows.filter((r) => r.form === form);
    const mismatches: Finding[] = [];
    for (const row of rows) {
      const computed = computedFigures(row, summary);
      if (computed === "none") {
        if (anyFigure(typed, row)) findings.push(withoutDetails(typed, row));
        continue;
      }
      mismatches.push(...figureFindings(typed, row, computed, summary.years));
    }
    // A รวม that adds up neither its rows nor the details is wrong itself: one finding, as a total. A รวม that
    // is right by the details but not by its rows only echoes a row's slip, which that row's finding names.
    const wrong = new Set(mismatches.map((f) => cellAddress(f.cell!)));
    const totals = totalsFindings(typed, rows).filter((f) => wrong.has(cellAddress(f.cell!)));
    const totalCells = new Set(totals.map((f) => cellAddress(f.cell!)));
    findings.push(
      ...mismatches.filter((f) => !totalCells.has(cellAddress(f.cell!))),
      ...totals,
      ...missingRows(typed, rows, summary)
    );
  }
  return findings;
}

const plain = (n: number) => formatAmount(n, { thaiDigits: false });

function matches(row: SummarySheetRow, line: WorkPlanLine): boolean {
  return (
    (!row.strategy || line.strategy === row.strategy) &&
    line.workPlan === row.workPlan &&
    (!row.tactic || !line.tactic || line.tactic === row.tactic)
  );
}

function addFigures(into: Figures, from: Figures): void {
  from.count.forEach((n, i) => (into.count[i] += n));
  from.budget.forEach((n, i) => (into.budget[i] += n));
  into.totalCount += from.totalCount;
  into.totalBudget += from.totalBudget;
}

const noFigures = (years: number[]): Figures => ({
  count: years.map(() => 0),
  budget: years.map(() => 0),
  totalCount: 0,
  totalBudget: 0,
});

/** What the details say a row should hold; "none" for a work-plan row that no detail stands behind. */
function computedFigures(row: SummarySheetRow, summary: Summary): Figures | "none" {
  if (row.kind === "grandTotal") return summary.total;
  if (row.kind === "strategyTotal")
    return summary.strategies.find((s) => s.strategy === row.strategy) ?? noFigures(summary.years);
  const lines = summary.rows.filter((line) => matches(row, line));
  if (lines.length === 0) return "none";
  const sum = noFigures(summary.years);
  for (const line of lines) addFigures(sum, line);
  return sum;
}

/** Each figure cell of a row with the value it should hold for the given per-year figures. */
function figureCells(
  row: SummarySheetRow,
  figures: Figures,
  years: number[]
): [CellRef | undefined, number][] {
  const at = (list: number[], year: number) => {
    const i = years.indexOf(year);
    return i < 0 ? 0 : list[i];
  };
  const cells: [CellRef | undefined, number][] = Object.keys(row.budget).flatMap((y) => {
    const year = Number(y);
    return [
      [row.count[year], at(figures.count, year)],
      [row.budget[year], at(figures.budget, year)],
    ] as [CellRef, number][];
  });
  cells.push([row.totalCount, figures.totalCount], [row.totalBudget, figures.totalBudget]);
  return cells;
}

function anyFigure(typed: SummarySheet, row: SummarySheetRow): boolean {
  return figureCells(row, noFigures([]), []).some(
    ([cell]) => cell !== undefined && (tryParseAmount(typed.value(cell)) ?? 0) !== 0
  );
}

const shortLabel = (row: SummarySheetRow) =>
  row.label.length > 40 ? `${row.label.slice(0, 40)}…` : row.label;

function figureFindings(
  typed: SummarySheet,
  row: SummarySheetRow,
  computed: Figures,
  years: number[]
): Finding[] {
  const findings: Finding[] = [];
  for (const [cell, expected] of figureCells(row, computed, years)) {
    if (!cell) continue;
    const figure = tryParseAmount(typed.value(cell));
    if (figure === undefined || Math.abs(figure - expected) < 0.005) continue;
    const at = cellAddress(cell);
    findings.push({
      code: "summary-mismatch",
      sheet: cell.sheet,
      row: cell.row,
      cell,
      what: message(
        `ผ.01 ที่ ${at} (${shortLabel(row)}) เป็น ${plain(figure)} แต่รายละเอียดโครงการรวมได้ ${plain(expected)}`,
        `ผ.01 at ${at} (${shortLabel(row)}) says ${plain(figure)} but the project details add up to ${plain(expected)}`
      ),
      suggestion: message(formatAmount(expected), formatAmount(expected)),
    });
  }
  return findings;
}

function withoutDetails(typed: SummarySheet, row: SummarySheetRow): Finding {
  return {
    code: "summary-without-details",
    sheet: typed.sheet,
    row: row.row,
    what: message(
      `ผ.01 แถว "${shortLabel(row)}" มีตัวเลข แต่ไม่พบโครงการของยุทธศาสตร์ ${row.strategy || "-"} ${row.workPlan} ในรายละเอียด`,
      `ผ.01 row "${shortLabel(row)}" has figures but no project of strategy ${row.strategy || "-"}, ${row.workPlan} is in the details`
    ),
    suggestion: message(
      "ตรวจชื่อแผนงาน/ยุทธศาสตร์ของแถวนี้ หรือเพิ่มรายละเอียดโครงการ",
      "Check the row's strategy and work plan, or add the projects' details"
    ),
  };
}

/** Every รวม closes the rows above it: a strategy's work plans, or the whole section's strategies. */
function totalsFindings(typed: SummarySheet, rows: SummarySheetRow[]): Finding[] {
  const findings: Finding[] = [];
  let sinceTotal: SummarySheetRow[] = [];
  let strategyTotals: SummarySheetRow[] = [];
  for (const row of rows) {
    if (row.kind === "workPlan") {
      sinceTotal.push(row);
      continue;
    }
    const parts =
      row.kind === "grandTotal" && strategyTotals.length > 0
        ? [...strategyTotals, ...sinceTotal]
        : sinceTotal;
    if (parts.length > 0) findings.push(...closingFindings(typed, row, parts));
    if (row.kind === "strategyTotal") strategyTotals.push(row);
    else strategyTotals = [];
    sinceTotal = [];
  }
  return findings;
}

function closingFindings(
  typed: SummarySheet,
  total: SummarySheetRow,
  parts: SummarySheetRow[]
): Finding[] {
  const findings: Finding[] = [];
  const read = (cell?: CellRef) => (cell ? (tryParseAmount(typed.value(cell)) ?? 0) : 0);
  const pairs: [CellRef | undefined, (r: SummarySheetRow) => CellRef | undefined][] = [
    ...Object.keys(total.budget).flatMap((y) => {
      const year = Number(y);
      return [
        [total.count[year], (r: SummarySheetRow) => r.count[year]],
        [total.budget[year], (r: SummarySheetRow) => r.budget[year]],
      ] as [CellRef, (r: SummarySheetRow) => CellRef][];
    }),
    [total.totalCount, (r) => r.totalCount],
    [total.totalBudget, (r) => r.totalBudget],
  ];
  for (const [cell, partCell] of pairs) {
    if (!cell) continue;
    const figure = tryParseAmount(typed.value(cell));
    const sum = parts.reduce((s, r) => s + read(partCell(r)), 0);
    if (figure === undefined || Math.abs(figure - sum) < 0.005) continue;
    const at = cellAddress(cell);
    findings.push({
      code: "summary-total",
      sheet: cell.sheet,
      row: cell.row,
      cell,
      what: message(
        `ผ.01 ที่ ${at} "${shortLabel(total)}" เป็น ${plain(figure)} แต่แถวที่รวมไว้ในผ.01 เองรวมได้ ${plain(sum)}`,
        `ผ.01 at ${at} "${shortLabel(total)}" says ${plain(figure)} but the rows it closes add up to ${plain(sum)}`
      ),
      suggestion: message(formatAmount(sum), formatAmount(sum)),
    });
  }
  return findings;
}

/** Details (strategy, tactic, work plan) with budgets that no ผ.01 row of their section stands for. */
function missingRows(typed: SummarySheet, rows: SummarySheetRow[], summary: Summary): Finding[] {
  const workRows = rows.filter((r) => r.kind === "workPlan");
  const close = rows.find((r) => r.kind === "grandTotal") ?? rows[rows.length - 1];
  if (!close) return [];
  return summary.rows
    .filter((line) => line.totalBudget > 0 && !workRows.some((r) => matches(r, line)))
    .map((line) => {
      const where = `${line.strategy} ${line.tactic} ${line.workPlan}`.replace(/\s+/g, " ").trim();
      return {
        code: "details-without-summary" as const,
        sheet: typed.sheet,
        row: close.row,
        what: message(
          `รายละเอียดโครงการของ ${where} (${line.totalCount} โครงการ ${plain(line.totalBudget)} บาท) ไม่มีแถวใน ผ.01`,
          `The details of ${where} (${line.totalCount} project-years, ${plain(line.totalBudget)} baht) have no ผ.01 row`
        ),
        suggestion: message(`เพิ่มแถว ${where} ใน ผ.01`, `Add a ผ.01 row for ${where}`),
      };
    });
}
