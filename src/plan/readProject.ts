import { cellKey, readBudgetCell } from "./budgetCell";
import type { TableHeader } from "./header";
import type { Heading } from "./headingBlock";
import { normaliseLine, workPlanLine } from "./lines";
import { message } from "./messages";
import type { CellRef, CellValue, FormKind, PlanPlace, Project } from "./model";
import type { SheetCells } from "./sheetCells";
import { tryParseAmount } from "./thaiNumerals";
import { workPlanKey } from "./workPlans";
import { strayCellFinding, yearColumnFinding } from "./yearColumns";

/** Shared by every project until it has one of its own: most have no marks, no enacted budget, no bad cell. */
export const NONE: readonly never[] = Object.freeze([]);
export const NO_FIGURES: Readonly<Record<number, number>> = Object.freeze({});

export const TEXT_FIELDS = ["name", "objective", "target", "kpi", "outcome", "unit"] as const;

/**
 * The number under ที่ ("1", "๑", "1.", "1)", "(1)", 1) in Arabic digits, or undefined when the cell holds none. Read digit by
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
  const closing = end > 0 ? value.charCodeAt(end - 1) : 0;
  if (closing === 46 || closing === 41) end--; // "1." "1)"
  let i = 0;
  while (i < end && isBlank(value.charCodeAt(i))) i++;
  if (closing === 41 && value.charCodeAt(i) === 40) i++; // "(1)"
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

/** What the projects of one block of a table share: its place, form and round, its table's columns. */
export interface ProjectBlock extends PlanPlace {
  form: FormKind;
  round: string;
  headingLines: readonly string[];
  sheet: string;
  budgetColumns: ReadonlyMap<number, number>;
  years: readonly number[];
  textColumns: Project["textColumns"];
  /** The sheet column of the projects' names. */
  nameCol: number;
}

/**
 * A project as the reader makes it. A class rather than an object literal: V8 builds an instance of a class
 * many times faster than a literal of this many fields, and a plan has tens of thousands of projects. What a
 * block's projects share (place, form, round, columns) is one object they all point to, behind accessors: a
 * project that is given a value of its own (a tactic numbered later, a round) gets a block of its own. Its name
 * cell is made when asked for.
 *
 * The texts besides the name are kept as typed in the project's first row and cleaned (white space folded, a
 * bullet dropped) all together when one of them is first asked for: cleaning is a third of reading a plan, and
 * the functions that sum a plan never look at them. A copy made by spreading keeps no accessors: copy with
 * `plainProject` (select.ts).
 */
export class ReadProject implements Project {
  declare form: FormKind;
  declare round: string;
  declare headingLines: readonly string[];
  declare sheet: string;
  declare budgetColumns: ReadonlyMap<number, number>;
  declare years: readonly number[];
  declare textColumns: Project["textColumns"];
  declare strategy: string;
  declare strategyName: string;
  declare tactic: string;
  declare tacticName: string;
  declare workPlan: string;
  declare workPlanNumber: string;
  name = "";
  private typedObjective = "";
  private typedTarget = "";
  private typedKpi = "";
  private typedOutcome = "";
  private typedUnit = "";
  private typedNotCleaned = false;
  marks: readonly string[] = NONE;
  amounts: number[];
  enacted: Readonly<Record<number, number>> = NO_FIGURES;
  budgetRows?: Record<number, number> = undefined;
  unreadable: Project["unreadable"] = NONE;
  row: number;
  lastRow: number;
  was?: Project["was"] = undefined;

  constructor(
    private block: ProjectBlock,
    public order: string,
    /** One zero for each of the block's years, copied as the project's budgets. */
    zeros: readonly number[],
    row: number
  ) {
    this.amounts = zeros.slice();
    this.row = row;
    this.lastRow = row;
  }

  /** A value of this project's own where its block's projects share one (the accessors below the class). */
  own(change: Partial<ProjectBlock>): void {
    this.block = { ...this.block, ...change };
  }

  /** The block's value of a field its projects share. */
  shared<K extends keyof ProjectBlock>(key: K): ProjectBlock[K] {
    return this.block[key];
  }

  get nameCell(): CellRef {
    return { sheet: this.block.sheet, row: this.row, col: this.block.nameCol };
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

/** The fields a block's projects share, each read from the block and given a project's own value when set. */
const SHARED_FIELDS = [
  "form",
  "round",
  "headingLines",
  "sheet",
  "budgetColumns",
  "years",
  "textColumns",
  "strategy",
  "strategyName",
  "tactic",
  "tacticName",
  "workPlan",
  "workPlanNumber",
] as const satisfies readonly (keyof ProjectBlock)[];
for (const key of SHARED_FIELDS)
  Object.defineProperty(ReadProject.prototype, key, {
    get(this: ReadProject) {
      return this.shared(key);
    },
    set(this: ReadProject, value: never) {
      this.own({ [key]: value });
    },
  });

/**
 * A flat table's project takes its place from columns of its own (strategy, tactic, work plan on every row). Gives
 * the work plan as typed too, for its name to be checked.
 */
export function readFlatPlace(
  texts: readonly string[],
  h: TableHeader
): { place: PlanPlace; workPlanTyped: string } {
  const strategyText = h.strategy !== undefined ? texts[h.strategy] : "";
  const tacticText = h.tactic !== undefined ? texts[h.tactic] : "";
  const tactic = /^(\d+)\.(\d+)\s*(.*)$/.exec(tacticText);
  const strategy = /^(?:ยุทธศาสตร์(?:ที่)?\s*)?(\d+)\.?\s*(.*)$/.exec(strategyText);
  const workText = h.workPlan !== undefined ? texts[h.workPlan] : "";
  const work = workPlanLine(workText) ?? { number: "", name: workText };
  const place: PlanPlace = {
    strategy: strategy ? strategy[1] : (tactic?.[1] ?? ""),
    strategyName: strategy ? strategy[2] : strategyText,
    tactic: tactic ? `${tactic[1]}.${tactic[2]}` : "",
    tacticName: tactic ? tactic[3] : tacticText,
    workPlan: workPlanKey(work.name),
    workPlanNumber: work.number,
  };
  return { place, workPlanTyped: work.name };
}

/** A project's fields kept behind accessors (its texts, its block's), as plain fields: what a spread leaves out. */
export function accessorFields(p: Project) {
  const { objective, target, kpi, outcome, unit, form, round, headingLines, sheet } = p;
  const { budgetColumns, years, textColumns, nameCell } = p;
  const { strategy, strategyName, tactic, tacticName, workPlan, workPlanNumber } = p;
  return {
    ...{ objective, target, kpi, outcome, unit, form, round, headingLines, sheet },
    ...{ budgetColumns, years, textColumns, nameCell },
    ...{ strategy, strategyName, tactic, tacticName, workPlan, workPlanNumber },
  };
}

function typed(value: CellValue): string {
  if (typeof value === "string") return value;
  return value === null || value === undefined ? "" : String(value);
}

/** The columns of a table its projects share: where edits go, and the budget years read with their grid columns. */
interface TableColumns {
  budgetColumns: ReadonlyMap<number, number>;
  textColumns: Project["textColumns"];
  /** The table's budget years and their grid columns, side by side (read for every project row). */
  years: number[];
  yearCols: number[];
  /** One zero for each of the years, copied as a project's budgets. */
  zeros: number[];
}

function tableColumns(header: TableHeader, left: number): TableColumns {
  const years = [...header.budget.keys()];
  return {
    budgetColumns: new Map([...header.budget].map(([year, col]) => [year, left + col])),
    textColumns: Object.fromEntries(
      (["order", ...TEXT_FIELDS] as const).flatMap((f) =>
        header[f] === undefined ? [] : [[f, left + header[f]!]]
      )
    ),
    years,
    yearCols: [...header.budget.values()],
    zeros: years.map(() => 0),
  };
}

/** True when two headers put every column (ที่, texts, each year's budget) in the same place. */
function sameColumns(a: TableHeader, b: TableHeader): boolean {
  if (TEXT_FIELDS.some((f) => a[f] !== b[f]) || a.order !== b.order) return false;
  if (a.budget.size !== b.budget.size) return false;
  for (const [year, col] of a.budget) if (b.budget.get(year) !== col) return false;
  return true;
}

/**
 * Reads the project rows of one sheet's tables: a project's first row, the rows that run it on, their texts and
 * budget cells, what the cells say of the year columns.
 */
export class ProjectRows {
  private columns: TableColumns = {
    budgetColumns: new Map(),
    textColumns: {},
    years: [],
    yearCols: [],
    zeros: [],
  };
  /** Budget columns with no year of their own (blank or repeated label): their cells are named, never summed. */
  private strayCols: TableHeader["yearNotes"] = NONE;
  /** Year-column notes already reported on this sheet: blocks repeat their header. */
  private readonly notedColumns = new Set<string>();
  /** What the last project's block shares, and the heading it was made from. */
  private block?: ProjectBlock;
  private blockHeading?: Heading;

  constructor(private readonly cells: SheetCells) {}

  /** A table starts under `header`; `previous` is the header of the table before it, if one goes on. */
  startTable(header: TableHeader, previous: TableHeader | undefined, summary: boolean): void {
    // Blocks of a sheet repeat the same header: its projects then share one set of column maps.
    if (!previous || !sameColumns(previous, header))
      this.columns = tableColumns(header, this.cells.left);
    if (!summary) this.noteYearColumns(header);
  }

  /** Says once per sheet and column how a year column was read, and keeps the columns left out. */
  private noteYearColumns(header: TableHeader): void {
    this.strayCols = header.yearNotes.filter((n) => n.kind !== "common-era");
    for (const note of header.yearNotes) {
      const key = `${note.kind}|${note.col}|${note.year ?? ""}`;
      if (this.notedColumns.has(key)) continue;
      this.notedColumns.add(key);
      const r = header.firstRow + note.offset;
      this.cells.findings.push(
        yearColumnFinding(note, header, this.cells.ref(r, note.col), this.cells.left)
      );
    }
  }

  /** A project of the table at grid row r, its place and round those of the block it is read in. */
  project(
    r: number,
    nameCol: number,
    form: FormKind,
    order: string,
    heading: Heading,
    round: string,
    headingLines: readonly string[]
  ): ReadProject {
    const c = this.columns;
    let block = this.block;
    if (
      block === undefined ||
      this.blockHeading !== heading ||
      block.form !== form ||
      block.round !== round ||
      block.headingLines !== headingLines ||
      block.budgetColumns !== c.budgetColumns ||
      block.nameCol !== this.cells.left + nameCol
    ) {
      this.blockHeading = heading;
      block = this.block = {
        ...heading,
        form,
        round,
        headingLines,
        sheet: this.cells.sheet.sheet,
        budgetColumns: c.budgetColumns,
        years: c.years,
        textColumns: c.textColumns,
        nameCol: this.cells.left + nameCol,
      };
    }
    return new ReadProject(block, order, c.zeros, this.cells.top + r);
  }

  /** The project's first row: its texts as typed, its budgets read. */
  readFirstRow(project: ReadProject, r: number, row: readonly CellValue[], h: TableHeader): void {
    project.typeTexts(row, h);
    this.readBudgets(project, r, row, h);
  }

  /** A total row's figure cells, by year. */
  yearCells(
    r: number,
    row: readonly CellValue[]
  ): Map<number, { cell: CellRef; value: CellValue }> {
    const cells = new Map<number, { cell: CellRef; value: CellValue }>();
    for (let i = 0; i < this.columns.years.length; i++) {
      const c = this.columns.yearCols[i];
      cells.set(this.columns.years[i], { cell: this.cells.ref(r, c), value: row[c] });
    }
    return cells;
  }

  /** Runs a continuation row's texts on after the project's (the first row's are set by typeTexts). */
  private appendTexts(project: ReadProject, row: readonly CellValue[], h: TableHeader): void {
    if (h.name !== undefined) project.name = joined(project.name, row[h.name]);
    if (h.objective !== undefined) project.objective = joined(project.objective, row[h.objective]);
    if (h.target !== undefined) project.target = joined(project.target, row[h.target]);
    if (h.kpi !== undefined) project.kpi = joined(project.kpi, row[h.kpi]);
    if (h.outcome !== undefined) project.outcome = joined(project.outcome, row[h.outcome]);
    if (h.unit !== undefined) project.unit = joined(project.unit, row[h.unit]);
  }

  private readBudgets(
    project: ReadProject,
    r: number,
    row: readonly CellValue[],
    h: TableHeader,
    continuation = false
  ): void {
    const { years, yearCols } = this.columns;
    for (let i = 0; i < years.length; i++) {
      const year = years[i];
      const c = yearCols[i];
      const value = row[c];
      const merge = this.mergeAcrossYears(r, c, h);
      if (merge) {
        project.unreadable = [
          ...project.unreadable,
          { year, cell: this.cells.ref(r, c), text: String(value) },
        ];
        if (this.cells.left + c === merge.col) {
          this.cells.finding(
            "merged-budget",
            r,
            message(
              `เซลล์งบประมาณปี ${year} ถูกผสานข้ามหลายปี: ไม่ทราบว่างบประมาณเป็นของปีใด`,
              `The ${year} budget cell is merged across several years; which year it belongs to is unknown`
            ),
            {
              cell: this.cells.ref(r, c),
              suggestion: message(
                "ยกเลิกการผสานเซลล์ แล้วใส่งบประมาณในปีที่ถูกต้อง",
                "Unmerge the cells and type the budget under its year"
              ),
            }
          );
        }
        continue;
      }
      const amount = readBudgetCell(value, year, this.shownAsDate(r, c));
      if (typeof amount !== "number") {
        const cell = this.cells.ref(r, c);
        project.unreadable = [
          ...project.unreadable,
          // Text keeps the words every host already says of it; a date, a negative or a huge amount says which.
          amount.code === "unreadable-budget"
            ? { year, cell, text: String(value) }
            : { year, cell, text: String(value), why: amount.what },
        ];
        this.cells.finding(amount.code, r, amount.what, { cell });
        continue;
      }
      if (continuation && amount === 0) continue;
      if (continuation) {
        this.cells.finding(
          "budget-on-continuation",
          r,
          message(
            `งบประมาณปี ${year} อยู่ในแถวต่อของโครงการ "${project.name}": นับรวมกับโครงการนี้`,
            `A ${year} budget sits on a continuation row of "${project.name}"; counted with that project`
          ),
          { cell: this.cells.ref(r, c) }
        );
        if (project.amounts[i]) {
          project.amounts[i] += amount;
          continue;
        }
      }
      project.amounts[i] = amount;
      if (continuation) (project.budgetRows ??= {})[year] = this.cells.top + r;
    }
    for (const note of this.strayCols) {
      const value = row[note.col];
      if (tryParseAmount(value) !== 0)
        this.cells.findings.push(strayCellFinding(note, this.cells.ref(r, note.col), value));
    }
    for (const [year, c] of h.enacted) {
      const amount = tryParseAmount(row[c]);
      if (amount)
        project.enacted = { ...project.enacted, [year]: (project.enacted[year] ?? 0) + amount };
    }
  }

  /** True when the number at (r, c) is formatted as a date. */
  private shownAsDate(r: number, c: number): boolean {
    const dates = this.cells.sheet.dateCells;
    return dates !== undefined && dates.has(cellKey(this.cells.top + r, this.cells.left + c));
  }

  /** The merged area that holds the budget cell at (r, c) together with another year's column, if any. */
  private mergeAcrossYears(r: number, c: number, h: TableHeader) {
    const merges = this.cells.sheet.merges;
    if (!merges || merges.length === 0) return undefined;
    const row = this.cells.top + r;
    const col = this.cells.left + c;
    const budgetCols = [...h.budget.values()].map((b) => this.cells.left + b);
    return merges.find(
      (m) =>
        m.row <= row &&
        row < m.row + m.rows &&
        m.col <= col &&
        col < m.col + m.cols &&
        budgetCols.filter((b) => b >= m.col && b < m.col + m.cols).length > 1
    );
  }

  /** A row runs the project on when it adds text or a budget; stub rows of dashes and borders do not. */
  continues(row: readonly CellValue[], texts: string[], h: TableHeader): boolean {
    const fields = [h.name, h.objective, h.target, h.kpi, h.outcome, h.unit];
    if (fields.some((c) => c !== undefined && texts[c])) return true;
    return [...h.budget.values()].some((c) => {
      const amount = tryParseAmount(row[c]);
      return amount === undefined || amount !== 0;
    });
  }

  /** A further row of the project: its texts run on, its budgets added. */
  readContinuation(
    project: ReadProject,
    r: number,
    row: readonly CellValue[],
    h: TableHeader
  ): void {
    this.appendTexts(project, row, h);
    this.readBudgets(project, r, row, h, true);
    project.lastRow = this.cells.top + r;
  }
}
