import { yearLabel } from "./fiscalYear";
import type { CellValue, Plan, PlanPlace, Project } from "./model";
import { budgetIn } from "./select";
import { formatAmount, toThaiDigits } from "./thaiNumerals";

/** Counts and budgets per year, and over all the plan's years. */
export interface Figures {
  count: number[];
  budget: number[];
  totalCount: number;
  totalBudget: number;
}

export interface WorkPlanLine extends Figures, PlanPlace {}

export interface StrategyLine extends Figures {
  strategy: string;
  strategyName: string;
}

/** The summary form ผ.01 (บัญชีสรุปโครงการพัฒนา). */
export interface Summary {
  years: number[];
  rows: WorkPlanLine[];
  strategies: StrategyLine[];
  total: Figures;
}

function emptyFigures(years: number[]): Figures {
  return { count: years.map(() => 0), budget: years.map(() => 0), totalCount: 0, totalBudget: 0 };
}

/** Adds a project's budgets, in the summary's year order, to a line's figures. */
function addAmounts(f: Figures, amounts: readonly number[]): void {
  for (let i = 0; i < amounts.length; i++) {
    const amount = amounts[i];
    if (amount > 0) {
      f.count[i] += 1;
      f.totalCount += 1;
    }
    f.budget[i] += amount;
    f.totalBudget += amount;
  }
}

function sameYears(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((year, i) => year === b[i]);
}

/**
 * Sums projects into the ผ.01 rows: one per strategy, tactic and work plan in document order, grouped under
 * their strategy in the order strategies first appear, with a total per strategy and for the whole plan. Run on
 * every recalculation of PLAN.SUMMARY: the projects of one block share their row and their table's years, so
 * both are looked up only when they change.
 */
export function summarise(plan: Plan, projects: readonly Project[] = plan.projects): Summary {
  const years = plan.years;
  const strategies = new Map<string, { line: StrategyLine; rows: Map<string, WorkPlanLine> }>();
  const total = emptyFigures(years);
  let group: { line: StrategyLine; rows: Map<string, WorkPlanLine> } | undefined;
  let row: WorkPlanLine | undefined;
  let tableYears: readonly number[] | undefined;
  let inPlanOrder = false;
  const aligned = years.map(() => 0);
  for (const p of projects) {
    if (p.years !== tableYears) {
      tableYears = p.years;
      inPlanOrder = sameYears(tableYears, years);
    }
    if (!inPlanOrder) years.forEach((year, i) => (aligned[i] = budgetIn(p, year)));
    const amounts = inPlanOrder ? p.amounts : aligned;
    if (
      !row ||
      row.strategy !== p.strategy ||
      row.tactic !== p.tactic ||
      row.workPlan !== p.workPlan
    ) {
      group = strategies.get(p.strategy);
      if (!group) {
        group = {
          line: { strategy: p.strategy, strategyName: p.strategyName, ...emptyFigures(years) },
          rows: new Map(),
        };
        strategies.set(p.strategy, group);
      }
      const key = `${p.tactic}|${p.workPlan}`;
      row = group.rows.get(key);
      if (!row) {
        row = {
          strategy: p.strategy,
          strategyName: p.strategyName,
          tactic: p.tactic,
          tacticName: p.tacticName,
          workPlan: p.workPlan,
          workPlanNumber: p.workPlanNumber,
          ...emptyFigures(years),
        };
        group.rows.set(key, row);
      }
    }
    addAmounts(row, amounts);
    addAmounts(group!.line, amounts);
    addAmounts(total, amounts);
  }
  const groups = [...strategies.values()];
  return {
    years,
    rows: groups.flatMap((g) => [...g.rows.values()]),
    strategies: groups.map((g) => g.line),
    total,
  };
}

export interface TableStyle {
  thaiDigits: boolean;
}

/** "๔ ยุทธศาสตร์… ๔.๓ กลยุทธ์… (๑) แผนงานเคหะและชุมชน", as the ผ.01 form labels a work-plan row. */
export function workPlanLabel(row: WorkPlanLine, style: TableStyle): string {
  const parts = [
    row.strategy && `${row.strategy} ${row.strategyName}`,
    row.tactic && `${row.tactic} ${row.tacticName}`,
    `${row.workPlanNumber ? `(${row.workPlanNumber}) ` : ""}${row.workPlan}`,
  ];
  const label = parts.filter(Boolean).join(" ");
  return style.thaiDigits ? toThaiDigits(label) : label;
}

/** The ผ.01 form as a 2-D block: two header rows, work-plan rows, a รวม row per strategy, รวมทั้งหมด. */
export function summaryTable(summary: Summary, style: TableStyle): CellValue[][] {
  const { years } = summary;
  const n = (value: number): CellValue => (style.thaiDigits ? formatAmount(value) : value);
  const figures = (f: Figures): CellValue[] => [
    ...years.flatMap((_, i) => [n(f.count[i]), n(f.budget[i])]),
    n(f.totalCount),
    n(f.totalBudget),
  ];
  const yearsLabel = style.thaiDigits ? toThaiDigits(String(years.length)) : String(years.length);
  const header1: CellValue[] = [
    "ยุทธศาสตร์ กลยุทธ์ แผนงาน",
    ...years.flatMap((y) => [`ปี ${yearLabel(y, style.thaiDigits)}`, ""]),
    `รวม ${yearsLabel} ปี`,
    "",
  ];
  const header2: CellValue[] = [
    "",
    ...[...years, 0].flatMap(() => ["จำนวนโครงการ", "งบประมาณ (บาท)"]),
  ];
  const body: CellValue[][] = [];
  for (const strategy of summary.strategies) {
    for (const row of summary.rows.filter((r) => r.strategy === strategy.strategy)) {
      body.push([workPlanLabel(row, style), ...figures(row)]);
    }
    body.push(["รวม", ...figures(strategy)]);
  }
  body.push(["รวมทั้งหมด", ...figures(summary.total)]);
  return [header1, header2, ...body];
}
