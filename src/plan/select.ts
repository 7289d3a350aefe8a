import { parseFiscalYear, spanLabel } from "./fiscalYear";
import { planError } from "./messages";
import type { CellRef, Plan, Project } from "./model";
import { accessorFields } from "./readProject";
import { unreadableBudget } from "./refusals";
import { foldText } from "./thaiNumerals";
import { foldWorkPlanName } from "./workPlans";

/** What a formula or a command asks for: any combination of strategy, tactic, year and work plan. */
export interface PlanFilter {
  /** A strategy number (4, "๔"), a tactic number ("4.3"), or part of a strategy or tactic name. */
  strategy?: unknown;
  year?: unknown;
  /** A work plan, with or without the word แผนงาน, or part of it. */
  workPlan?: unknown;
}

function given(value: unknown): boolean {
  return value !== undefined && value !== null && String(value).trim() !== "";
}

function strategyMatcher(value: unknown): (p: Project) => boolean {
  const text = foldText(String(value)).replace(/^ยุทธศาสตร์(ที่)?(?=\d)/, "");
  if (/^\d+$/.test(text)) return (p) => p.strategy === String(Number(text));
  if (/^\d+\.\d+$/.test(text)) return (p) => p.tactic === text;
  return (p) => foldText(p.strategyName).includes(text) || foldText(p.tacticName).includes(text);
}

function workPlanMatcher(value: unknown): (p: Project) => boolean {
  const wanted = foldWorkPlanName(String(value));
  return (p) => foldWorkPlanName(p.workPlan).includes(wanted);
}

/** The plan's fiscal year for an argument, or an error naming the plan's span. */
export function planYear(plan: Plan, value: unknown): number {
  const year = parseFiscalYear(value);
  if (!plan.years.includes(year)) {
    const span = spanLabel(plan.years, false) || "-";
    throw planError(
      `ไม่พบปีงบประมาณ ${year} ในแผน (${span})`,
      `Fiscal year ${year} is not in the plan (${span})`
    );
  }
  return year;
}

/** The projects a filter selects, and the years it covers; errors for a year or a name the plan does not have. */
export function select(plan: Plan, filter: PlanFilter): { projects: Project[]; years: number[] } {
  let projects = plan.projects;
  if (given(filter.strategy)) {
    projects = projects.filter(strategyMatcher(filter.strategy));
    if (projects.length === 0 && !plan.projects.some(strategyMatcher(filter.strategy))) {
      throw planError(
        `ไม่พบยุทธศาสตร์ "${String(filter.strategy)}" ในแผน`,
        `No strategy "${String(filter.strategy)}" in the plan`
      );
    }
  }
  if (given(filter.workPlan)) {
    const matches = workPlanMatcher(filter.workPlan);
    if (!plan.projects.some(matches)) {
      throw planError(
        `ไม่พบแผนงาน "${String(filter.workPlan)}" ในแผน`,
        `No work plan "${String(filter.workPlan)}" in the plan`
      );
    }
    projects = projects.filter(matches);
  }
  const years = given(filter.year) ? [planYear(plan, filter.year)] : plan.years;
  for (const p of projects) {
    const bad = p.unreadable.find((u) => years.includes(u.year));
    if (bad) throw unreadableBudget(bad);
  }
  return { projects, years };
}

/** The cell of a project's budget for a year: on its first row unless it was typed on a continuation row. */
export function budgetCell(p: Project, year: number): CellRef | undefined {
  const col = p.budgetColumns.get(year);
  return col === undefined
    ? undefined
    : { sheet: p.sheet, row: p.budgetRows?.[year] ?? p.row, col };
}

export function budgetIn(p: Project, year: number): number {
  const i = p.years.indexOf(year);
  return i < 0 ? 0 : p.amounts[i];
}

/** A project's budgets by year ({2566: 1400000, 2567: 0, …}), for showing and comparing. */
export function budgetsOf(p: Project): Record<number, number> {
  return Object.fromEntries(p.years.map((year, i) => [year, p.amounts[i]]));
}

/** The project with these budgets by year in its table's years (a year it has no column for is left out). */
export function withBudgets(p: Project, budgets: Readonly<Record<number, number>>): Project {
  return plainProject(p, { amounts: p.years.map((year) => budgets[year] ?? 0) });
}

/**
 * A project copied as a plain object, with changes. Not by spreading alone: the reader's projects give their texts
 * through accessors, which a spread leaves behind.
 */
export function plainProject(p: Project, changes: Partial<Project> = {}): Project {
  // eslint-disable-next-line no-restricted-syntax -- the one copy that takes the fields out of their accessors
  return { ...p, ...accessorFields(p), ...changes };
}

export function totalBudget(plan: Plan, filter: PlanFilter = {}): number {
  const { projects, years } = select(plan, filter);
  return projects.reduce((sum, p) => sum + years.reduce((s, y) => s + budgetIn(p, y), 0), 0);
}

/**
 * Projects counted as the ผ.01 form counts them: in a year when its budget that year is above 0, and over
 * several years by adding the yearly counts (a project budgeted in three years counts three).
 */
export function projectCount(plan: Plan, filter: PlanFilter = {}): number {
  const { projects, years } = select(plan, filter);
  return projects.reduce((n, p) => n + years.filter((y) => budgetIn(p, y) > 0).length, 0);
}
