import type { TableHeader } from "./header";
import { normaliseLine } from "./lines";
import type { Heading } from "./headingBlock";
import type { CellRef, CellValue, FormKind, Project } from "./model";

/** Shared by every project until it has one of its own: most have no marks, no enacted budget, no bad cell. */
export const NONE: readonly never[] = Object.freeze([]);
export const NO_FIGURES: Readonly<Record<number, number>> = Object.freeze({});

export const TEXT_FIELDS = ["name", "objective", "target", "kpi", "outcome", "unit"] as const;

/**
 * The number under ที่ ("1", "๑", "1.", "1)", 1) in Arabic digits, or undefined when the cell holds none. Read digit by
 * digit: it is asked of every row of a plan.
 */
export function projectNumber(value: CellValue): string | undefined {
  if (typeof value === "number")
    return Number.isInteger(value) && value > 0
      ? value < ORDER_TEXTS.length
        ? ORDER_TEXTS[value]
        : String(value)
      : undefined;
  if (typeof value !== "string") return undefined;
  let n = 0;
  let digits = 0;
  let end = value.length;
  while (end > 0 && isBlank(value.charCodeAt(end - 1))) end--;
  if (end > 0 && (value.charCodeAt(end - 1) === 46 || value.charCodeAt(end - 1) === 41)) end--; // "1." "1)"
  let i = 0;
  while (i < end && isBlank(value.charCodeAt(i))) i++;
  for (; i < end; i++) {
    const code = value.charCodeAt(i);
    const digit =
      code >= 48 && code <= 57 ? code - 48 : code >= 0x0e50 && code <= 0x0e59 ? code - 0x0e50 : -1;
    if (digit < 0 || ++digits > 5) return undefined;
    n = n * 10 + digit;
  }
  return digits === 0 ? undefined : n < ORDER_TEXTS.length ? ORDER_TEXTS[n] : String(n);
}

/** The numbers under ที่ as texts, made once: a plan numbers its projects from 1 again in every block. */
const ORDER_TEXTS = Array.from({ length: 1000 }, (_, n) => String(n));

function isBlank(code: number): boolean {
  return code === 32 || code === 0xa0 || (code >= 9 && code <= 13);
}

export function cellText(value: CellValue): string {
  return value === null || value === undefined ? "" : normaliseLine(String(value));
}

/** A field's text with a further row's cell run on after it. */
export function joined(text: string, value: CellValue): string {
  const more = cellText(value);
  return !more ? text : text ? `${text} ${more}` : more;
}

/**
 * A project as the reader makes it. A class rather than an object literal: V8 builds an instance of a class
 * many times faster than a literal of this many fields, and a plan has tens of thousands of projects.
 *
 * The texts besides the name are kept as typed in the project's first row and cleaned (white space folded, a
 * bullet dropped) all together when one of them is first asked for: cleaning is a third of reading a plan, and
 * the functions that sum a plan never look at them. A copy made by spreading keeps no accessors: copy with
 * `plainProject` (select.ts).
 */
export class ReadProject implements Project {
  name = "";
  private typedObjective = "";
  private typedTarget = "";
  private typedKpi = "";
  private typedOutcome = "";
  private typedUnit = "";
  private typedNotCleaned = false;
  strategy: string;
  strategyName: string;
  tactic: string;
  tacticName: string;
  workPlan: string;
  workPlanNumber: string;
  marks: readonly string[] = NONE;
  amounts: number[];
  enacted: Readonly<Record<number, number>> = NO_FIGURES;
  budgetRows?: Record<number, number> = undefined;
  unreadable: Project["unreadable"] = NONE;
  sheet: string;
  row: number;
  lastRow: number;
  was?: Project["was"] = undefined;

  constructor(
    public form: FormKind,
    public order: string,
    heading: Heading,
    public round: string,
    public headingLines: readonly string[],
    public budgetColumns: ReadonlyMap<number, number>,
    public years: readonly number[],
    /** One zero for each of the years, copied as the project's budgets. */
    zeros: readonly number[],
    public textColumns: Project["textColumns"],
    public nameCell: CellRef,
    row: number
  ) {
    this.strategy = heading.strategy;
    this.strategyName = heading.strategyName;
    this.tactic = heading.tactic;
    this.tacticName = heading.tacticName;
    this.workPlan = heading.workPlan;
    this.workPlanNumber = heading.workPlanNumber;
    this.amounts = zeros.slice();
    this.sheet = nameCell.sheet;
    this.row = row;
    this.lastRow = row;
  }

  /** The first row's texts as typed; the name is cleaned now, since the reader reads it. */
  typeTexts(row: readonly CellValue[], h: TableHeader): void {
    if (h.name !== undefined) this.name = cellText(row[h.name]);
    if (h.objective !== undefined) this.typedObjective = typed(row[h.objective]);
    if (h.target !== undefined) this.typedTarget = typed(row[h.target]);
    if (h.kpi !== undefined) this.typedKpi = typed(row[h.kpi]);
    if (h.outcome !== undefined) this.typedOutcome = typed(row[h.outcome]);
    if (h.unit !== undefined) this.typedUnit = typed(row[h.unit]);
    this.typedNotCleaned = true;
  }

  private cleaned(): this {
    if (this.typedNotCleaned) {
      this.typedNotCleaned = false;
      this.typedObjective = normaliseLine(this.typedObjective);
      this.typedTarget = normaliseLine(this.typedTarget);
      this.typedKpi = normaliseLine(this.typedKpi);
      this.typedOutcome = normaliseLine(this.typedOutcome);
      this.typedUnit = normaliseLine(this.typedUnit);
    }
    return this;
  }

  get objective(): string {
    return this.cleaned().typedObjective;
  }
  set objective(text: string) {
    this.cleaned().typedObjective = text;
  }
  get target(): string {
    return this.cleaned().typedTarget;
  }
  set target(text: string) {
    this.cleaned().typedTarget = text;
  }
  get kpi(): string {
    return this.cleaned().typedKpi;
  }
  set kpi(text: string) {
    this.cleaned().typedKpi = text;
  }
  get outcome(): string {
    return this.cleaned().typedOutcome;
  }
  set outcome(text: string) {
    this.cleaned().typedOutcome = text;
  }
  get unit(): string {
    return this.cleaned().typedUnit;
  }
  set unit(text: string) {
    this.cleaned().typedUnit = text;
  }
}

function typed(value: CellValue): string {
  return value === null || value === undefined ? "" : String(value);
}
