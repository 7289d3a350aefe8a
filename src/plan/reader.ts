import { cellKey, readBudgetCell } from "./budgetCell";
import { readHeader, type TableHeader } from "./header";
import { strayCellFinding, yearColumnFinding } from "./yearColumns";
import {
  formByWords,
  linkageLine,
  normaliseLine,
  organisationLine,
  planTitleLine,
  roundMarker,
  sectionOf,
  strategyLine,
  tacticLine,
  titleSpan,
  workPlanLine,
  type SectionKind,
} from "./lines";
import { pairSide, rowPairSide, type PairSide } from "./changePairs";
import { isSummaryHeader, summaryRow } from "./summaryTables";
import { LABEL_COUNT } from "./summarySheet";
import { settleLaterProjects, type BlockTotal } from "./laterProjects";
import { resolveTacticNumbers, type UnnumberedTactic } from "./tacticNumbers";
import { message } from "./messages";
import { NO_HEADING, readHeadingBlock, type Heading, type HeadingLine } from "./headingBlock";
import { totalScope, WiderTotals } from "./totalScopes";
import { carriedForward, looseRowFinding, unnumberedProject } from "./looseRows";
import type {
  CellRef,
  CellValue,
  Finding,
  FormKind,
  Plan,
  Project,
  SheetValues,
  TotalRow,
} from "./model";
import { toArabicDigits, toThaiDigits, tryParseAmount } from "./thaiNumerals";
import { nearestWorkPlan, standardWorkPlan, workPlanKey } from "./workPlans";

/**
 * Reads a plan out of the cell values of one or more sheets, as staff keep them: the ผ.02 form with its heading
 * lines, one- to three-row headers, continuation and round-marker rows, total rows and other forms, or a flat
 * one-row-per-project table. Nothing is taken from positions or sheet names; everything from the words. Hidden
 * sheets (old copies, drafts, the add-in's index sheet) are passed over.
 */
export function readPlan(sheets: readonly SheetValues[]): Plan {
  const plan: Plan = {
    years: [],
    organisation: "",
    title: "",
    projects: [],
    otherForms: {},
    totals: [],
    findings: [],
  };
  const years = new Set<number>();
  const unnumbered: UnnumberedTactic[] = [];
  for (const sheet of sheets)
    if (!sheet.hidden) new SheetReader(sheet, plan, unnumbered, years).read();
  resolveTacticNumbers(plan, unnumbered);
  plan.years = planYearsOf(plan.title, years);
  return plan;
}

/**
 * The plan's years: every year of its tables, widened to the span its title names where that holds them all (a
 * round book headed 2569–2570 of a plan for 2566–2570 is summed into the plan's years).
 */
function planYearsOf(title: string, read: ReadonlySet<number>): number[] {
  const span = titleSpan(title);
  const years = [...read].sort((a, b) => a - b);
  if (!span || years.some((y) => y < span.first || y > span.last)) return years;
  return Array.from({ length: span.last - span.first + 1 }, (_, i) => span.first + i);
}

/**
 * The sheet a live ผ.01 over a plan on many sheets reads through (one row per project, linked to the detail
 * cells): a copy of the plan, kept hidden so that it is never read as plan, and no finding.
 */
export const INDEX_SHEET = "ดัชนีแผน";

/** The form a sheet's text-box label gives it ("แบบ ผ.02/1" at the top right), if any. */
function formLabel(sheet: SheetValues): SectionKind | undefined {
  const labels = (sheet.textBoxes ?? [])
    .filter((box) => box.text.length < 40 && /^\s*(แบบ\s*)?ผ\s*\./.test(box.text))
    .sort((a, b) => a.row - b.row);
  return labels.length > 0 ? sectionOf(labels[0].text) : undefined;
}

/** Shared by every project until it has one of its own: most have no marks, no enacted budget, no bad cell. */
const NONE: readonly never[] = Object.freeze([]);
const NO_FIGURES: Readonly<Record<number, number>> = Object.freeze({});

const TEXT_FIELDS = ["name", "objective", "target", "kpi", "outcome", "unit"] as const;

/**
 * The number under ที่ ("1", "๑", "1.", "1)", "(1)", 1) in Arabic digits, or undefined when the cell holds none. Read digit by
 * digit: it is asked of every row of a plan.
 */
function projectNumber(value: CellValue): string | undefined {
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

/** True when two headers put every column (ที่, texts, each year's budget) in the same place. */
function sameColumns(a: TableHeader, b: TableHeader): boolean {
  if (TEXT_FIELDS.some((f) => a[f] !== b[f]) || a.order !== b.order) return false;
  if (a.budget.size !== b.budget.size) return false;
  for (const [year, col] of a.budget) if (b.budget.get(year) !== col) return false;
  return true;
}

function cellText(value: CellValue): string {
  return value === null || value === undefined ? "" : normaliseLine(String(value));
}

/** A field's text with a further row's cell run on after it. */
function joined(text: string, value: CellValue): string {
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
class ReadProject implements Project {
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

/** Reads one sheet row by row; the state is the heading, header, round and project being read. */
class SheetReader {
  private readonly top: number;
  private readonly left: number;
  private grid: SheetValues["values"] = [];
  /** True under a table that summarises (counts and budgets per year): its rows are no projects. */
  private summaryTable = false;
  private section: SectionKind;
  private header?: TableHeader;
  private heading: Heading = NO_HEADING;
  /** Heading lines seen since the last project: resolved into a heading at the next project. */
  private pendingLines: HeadingLine[] = [];
  /** True when a table started after the pending lines and no project has resolved them yet. */
  private tableSincePending = false;
  private round = "";
  /** The grid row of the last round marker, so a marker typed between a block's heading and its table holds. */
  private roundRow = -1;
  /** The round a title-block line gives the whole sheet ("เพิ่มเติมครั้งที่ 1 / 2567" above the organisation). */
  private sheetRound = "";
  private seenTable = false;
  /** True when the sheet's text-box label or name gave its form: a title in the sheet does not change it. */
  private readonly namedForm: boolean;
  private last?: Project;
  private ordersSeen = new Set<string>();
  private scope: Project[] = [];
  /** The round whose marker row opened the current scope (after a รวม), if one did. */
  private scopeRound = "";
  /** True when the current scope's projects were typed under a รวม of their block. */
  private laterRun = false;
  /** The side of a เปลี่ยนแปลง pair a marker row (เดิม, เปลี่ยนแปลง) gave the rows under it, and a เดิม row read. */
  private pairSide?: PairSide;
  private old?: Project;
  private readonly sheetProjects: Project[] = [];
  /** The heading block of each of sheetProjects, and the รวม rows of each block: see laterProjects.ts. */
  private block = 0;
  private readonly projectBlocks: number[] = [];
  private readonly blockTotals: BlockTotal[] = [];
  private budgetColumns: ReadonlyMap<number, number> = new Map();
  private textColumns: Project["textColumns"] = {};
  /** The lines above the current block's table, shared by its projects (the ผ.02 page prints them). */
  private headingLines: readonly string[] = NONE;
  private scopeClosed = false;
  private readonly widerTotals = new WiderTotals();
  /** True from a table under heading lines until its first project or รวม says whether the block is new. */
  private newBlock = false;
  /** The table's budget years and their grid columns, side by side (read for every project row). */
  private years: number[] = [];
  private yearCols: number[] = [];
  private zeros: number[] = [];
  /** Budget columns with no year of their own (blank or repeated label): their cells are named, never summed. */
  private strayCols: TableHeader["yearNotes"] = NONE;
  /** Year-column notes already reported on this sheet: blocks repeat their header. */
  private readonly notedColumns = new Set<string>();

  constructor(
    private readonly sheet: SheetValues,
    private readonly plan: Plan,
    private readonly unnumbered: UnnumberedTactic[],
    /** The plan's years: those of every table that holds a project (each project has all its table's years). */
    private readonly planYears: Set<number>
  ) {
    this.top = sheet.top ?? 0;
    this.left = sheet.left ?? 0;
    const labelled = formLabel(sheet) ?? sectionOf(sheet.sheet);
    this.namedForm = labelled !== undefined;
    this.section = labelled ?? "ผ.02";
  }

  read(): void {
    const grid = this.sheet.values;
    this.grid = grid;
    for (let r = 0; r < grid.length; r++) {
      const row = grid[r];
      // Most rows are projects: known by the number under ที่, read without probing for a header or every cell.
      const order = this.projectRow(row);
      if (order) {
        this.readProject(r, row, this.header!, order);
        continue;
      }
      const header = readHeader(grid, r);
      if (header) {
        this.startTable(header);
        r = header.lastRow;
        continue;
      }
      this.readRow(r, row);
    }
    this.readMarks();
    settleLaterProjects(this.blockTotals, this.sheetProjects, this.projectBlocks);
  }

  /** The project number of a row of a ผ.02-like table (a number under ที่), if it is a project row. */
  private projectRow(row: readonly CellValue[]): string | undefined {
    const h = this.header;
    if (h?.order === undefined || h.strategy !== undefined || h.workPlan !== undefined)
      return undefined;
    if (this.summaryTable) return undefined;
    if (this.section === "ผ.01" || this.section === "appendix") return undefined;
    const order = projectNumber(row[h.order]);
    // "(1)" beside a work plan's name is the work-plan line typed in two cells, not a project.
    const cell = row[h.order];
    if (
      order &&
      typeof cell === "string" &&
      cell.includes("(") &&
      workPlanLine(cellText(row[h.name]))
    )
      return undefined;
    return order;
  }

  /** Amendment marks (text boxes naming a round) belong to the project whose rows they sit on. */
  private readMarks(): void {
    for (const box of this.sheet.textBoxes ?? []) {
      const text = normaliseLine(box.text);
      if (!roundMarker(text)) continue;
      const project =
        this.sheetProjects.find((p) => box.row >= p.row && box.row <= p.lastRow) ??
        this.sheetProjects.find((p) => p.row === box.row + 1);
      if (project) project.marks = [...project.marks, text];
    }
  }

  private ref(r: number, c: number): CellRef {
    return { sheet: this.sheet.sheet, row: this.top + r, col: this.left + c };
  }

  private finding(
    code: Finding["code"],
    r: number,
    what: Finding["what"],
    extra: Partial<Finding> = {}
  ): void {
    this.plan.findings.push({ code, sheet: this.sheet.sheet, row: this.top + r, what, ...extra });
  }

  private startTable(header: TableHeader): void {
    const previous = this.header;
    this.header = header;
    this.summaryTable = isSummaryHeader(this.grid, header);
    if (this.pendingLines.length > 0) this.tableSincePending = true;
    // Blocks of a sheet repeat the same header: its projects then share one set of column maps.
    if (!previous || !sameColumns(previous, header)) {
      this.budgetColumns = new Map(
        [...header.budget].map(([year, col]) => [year, this.left + col])
      );
      this.years = [...header.budget.keys()];
      this.yearCols = [...header.budget.values()];
      this.zeros = this.years.map(() => 0);
      this.textColumns = Object.fromEntries(
        (["order", ...TEXT_FIELDS] as const).flatMap((f) =>
          header[f] === undefined ? [] : [[f, this.left + header[f]!]]
        )
      );
    }
    if (!this.summaryTable) this.noteYearColumns(header);
    this.seenTable = true;
    // A table under a ผ.01 title is the plan's; one in an appendix (ภาคผนวก ก of a เพิ่มเติม round lists the added
    // projects in the ผ.02 layout) is a copy, never counted.
    if (this.section === "ผ.01") this.section = "ผ.02";
    this.last = undefined;
    // A header typed again at the top of the next page, with no heading lines above it, goes on with the block:
    // its รวม sums both pages. Under heading lines the block is new, unless they name the same place again.
    if (header.strategy !== undefined || header.workPlan !== undefined) this.closeBlock();
    else if (this.pendingLines.length > 0) this.newBlock = true;
  }

  /** Says once per sheet and column how a year column was read, and keeps the columns left out. */
  private noteYearColumns(header: TableHeader): void {
    this.strayCols = header.yearNotes.filter((n) => n.kind !== "common-era");
    for (const note of header.yearNotes) {
      const key = `${note.kind}|${note.col}|${note.year ?? ""}`;
      if (this.notedColumns.has(key)) continue;
      this.notedColumns.add(key);
      const r = header.firstRow + note.offset;
      this.plan.findings.push(yearColumnFinding(note, header, this.ref(r, note.col), this.left));
    }
  }

  /** At the first project (or รวม) under new heading lines: a new scope unless the place is the block's own. */
  private settleBlock(place?: Heading): void {
    if (!this.newBlock) return;
    this.newBlock = false;
    const last = this.scope.at(-1);
    // Heading lines after a รวม start another block, even where they name the same place again.
    if (
      !place ||
      !last ||
      this.scopeClosed ||
      this.laterRun ||
      last.strategy !== place.strategy ||
      last.tactic !== place.tactic ||
      last.workPlan !== place.workPlan
    )
      this.closeBlock();
  }

  private closeScope(): void {
    this.scope = [];
    this.scopeClosed = false;
    this.scopeRound = "";
    this.laterRun = false;
  }

  /** A new heading or header starts another block: projects after it are no longer under the last one's รวม. */
  private closeBlock(): void {
    this.closeScope();
    this.block++;
  }

  private readRow(r: number, row: readonly CellValue[]): void {
    const texts = new Array<string>(row.length);
    let filled = 0;
    let only = -1;
    for (let c = 0; c < row.length; c++) {
      texts[c] = cellText(row[c]);
      if (texts[c]) (filled++, (only = c));
    }
    if (filled === 0) return;
    const h = this.header;
    const orderText = h?.order !== undefined ? toArabicDigits(texts[h.order]) : "";

    if (filled === 1 && this.readLine(r, texts[only], only)) return;
    if (!h || this.section === "ผ.01" || this.section === "appendix" || this.summaryTable) return;
    const total = this.totalLabel(texts, h);
    if (total) return this.readTotal(r, row, total, h);
    if (h.strategy !== undefined || h.workPlan !== undefined)
      return this.readFlatRow(r, row, texts, h);
    if (carriedForward(texts, h)) return;
    if (!orderText && unnumberedProject(row, texts, h, this.last))
      return this.readProject(r, row, h, "");
    if (!orderText && this.last && this.continues(row, texts, h)) this.readContinuation(r, row, h);
    else if (orderText || !this.last) {
      const loose = looseRowFinding(row, texts, h, (c) => this.ref(r, c));
      if (loose) this.plan.findings.push(loose);
    }
  }

  /** A single-text row: heading line, round marker, title or form label. True when it was one. */
  private readLine(r: number, text: string, col: number): boolean {
    const side = pairSide(text);
    if (side) {
      this.pairSide = side;
      return true;
    }
    const marker = roundMarker(text);
    if (marker) {
      // Above the first table the round is the whole sheet's.
      if (!this.seenTable) this.sheetRound = marker;
      this.round = marker;
      this.roundRow = r;
      // After a รวม, a round's marker opens a block of its own: its รวม sums its projects, none when all moved away.
      // After a รวม (and a later run typed under it), a round's marker opens a run of its own.
      if (this.scopeClosed || this.laterRun) this.closeScope();
      if (this.scope.length === 0) this.scopeRound = marker;
      this.ordersSeen.clear();
      return true;
    }
    const numbered = (line?: { number?: string }) => Boolean(line?.number);
    const numberedHeading =
      numbered(tacticLine(text)) || numbered(workPlanLine(text)) || numbered(strategyLine(text));
    const heading = tacticLine(text) || workPlanLine(text) || strategyLine(text);
    // A lone text under โครงการ right after a project is that project's name running on.
    const mayContinue =
      this.header !== undefined && col === this.header.name && this.last !== undefined;
    if (numberedHeading || (!mayContinue && (heading || linkageLine(text)))) {
      // Lines still pending from above a table that got no project (all moved away) were that block's.
      if (this.tableSincePending) this.pendingLines = [];
      this.tableSincePending = false;
      this.pendingLines.push({ text, row: r });
      this.last = undefined;
      return true;
    }
    if (mayContinue) return false;
    if (organisationLine(text)) {
      this.plan.organisation ||= text;
      return true;
    }
    if (planTitleLine(text)) {
      this.plan.title ||= text;
      return true;
    }
    const section = sectionOf(text);
    if (section) {
      // A sheet named or labelled for its form keeps it whatever its titles' words say; an appendix is a copy.
      if (!this.namedForm || section === "appendix") this.section = section;
      else if (section !== this.section && formByWords(text) === section && this.form() !== "ผ.02")
        (this.plan.formNames ??= {})[section] = this.form();
      this.header = undefined;
      this.closeBlock();
      return true;
    }
    // Inside a heading block, any other line (a linkage line wrapped onto a second row) belongs to the block.
    if (this.pendingLines.length > 0) {
      this.pendingLines.push({ text, row: r });
      return true;
    }
    return false;
  }

  /** Turns the heading lines seen since the last block into the block's strategy, tactic and work plan. */
  private resolveHeading(): void {
    if (this.pendingLines.length === 0) return;
    this.tableSincePending = false;
    const pending = this.pendingLines;
    const lines = pending.map((l) => l.text);
    this.headingLines = lines;
    this.pendingLines = [];
    this.ordersSeen.clear();
    if (this.roundRow < pending[0].row) this.round = this.sheetRound;
    const block = readHeadingBlock(pending, this.heading);
    const heading = block.heading;
    if (block.unnumberedTactic) {
      const { row, ...tactic } = block.unnumberedTactic;
      this.unnumbered.push({ sheet: this.sheet.sheet, row: this.top + row, ...tactic });
    }
    if (block.strategyMismatch)
      this.reportStrategyLine(block.strategyMismatch.row, block.strategyMismatch.line, heading);
    if (block.otherWorkPlan) this.reportWorkPlan(block.otherWorkPlan.row, block.otherWorkPlan.name);
    this.heading = heading;
  }

  private reportStrategyLine(r: number, line: string | undefined, heading: Heading): void {
    const read = `${heading.strategy}. ${heading.strategyName}`.trim();
    const what = line
      ? message(
          `บรรทัดยุทธศาสตร์ "${line}" ไม่ตรงกับกลยุทธ์ ${heading.tactic}: อ่านเป็นยุทธศาสตร์ที่ ${heading.strategy}`,
          `Strategy line "${line}" does not match tactic ${heading.tactic}; read as strategy ${heading.strategy}`
        )
      : message(
          `ไม่พบบรรทัดยุทธศาสตร์ก่อนกลยุทธ์ ${heading.tactic}: อ่านเป็นยุทธศาสตร์ที่ ${heading.strategy}`,
          `No strategy line before tactic ${heading.tactic}; read as strategy ${heading.strategy}`
        );
    this.finding("strategy-number", r, what, { suggestion: message(read, read) });
  }

  private reportWorkPlan(r: number, name: string): void {
    this.finding(
      "work-plan-name",
      r,
      message(`"${name}" ไม่ใช่ชื่อแผนงานมาตรฐาน`, `"${name}" is not a standard work plan`),
      { suggestion: message(nearestWorkPlan(name), nearestWorkPlan(name)) }
    );
  }

  /** The "รวม…" label of a total row (under ที่, โครงการ or เป้าหมาย), or "" when the row is not one. */
  private totalLabel(texts: string[], h: TableHeader): string {
    for (const c of [h.order, h.name, h.target]) {
      if (c !== undefined && texts[c].startsWith("รวม")) return texts[c];
    }
    return "";
  }

  private readTotal(r: number, row: readonly CellValue[], label: string, h: TableHeader): void {
    // A รวม right under a new block's heading and header sums none (its projects all moved away).
    this.settleBlock();
    const cells = new Map<number, { cell: CellRef; value: CellValue }>();
    for (let i = 0; i < this.years.length; i++) {
      const c = this.yearCols[i];
      cells.set(this.years[i], { cell: this.ref(r, c), value: row[c] });
    }
    // "๑ โครงการ" under โครงการ, or the label's own "รวม 12 โครงการ" (one cell across ที่ and โครงการ).
    const countCol = [h.name, h.order].find(
      (c) => c !== undefined && LABEL_COUNT.test(cellText(row[c]))
    );
    const scope = totalScope(label);
    const total: TotalRow = {
      sheet: this.sheet.sheet,
      row: this.top + r,
      label,
      kind: label.includes("จำนวน") ? "count" : "budget",
      cells,
      countCell:
        countCol !== undefined ? { cell: this.ref(r, countCol), value: row[countCol] } : undefined,
      scope,
      projects: this.totalled(scope),
    };
    this.plan.totals.push(total);
    this.blockTotals.push({ total, block: this.block, round: this.scopeRound, form: this.form() });
    this.scopeClosed = true;
    this.last = undefined;
    // A รวม ends a numbering run: a later round typed under it numbers from 1 again (or goes on, one moved away).
    this.ordersSeen.clear();
  }

  /** The projects a รวม row sums: its block's, or the sheet's, strategy's or tactic's (totalScopes.ts). */
  private totalled(scope: TotalRow["scope"]): Project[] {
    if (scope === "block") return this.scope;
    const last = this.scope.at(-1) ?? this.heading;
    return this.widerTotals.totalled(scope, this.sheetProjects, this.form(), last);
  }

  private newProject(r: number, order: string, form: FormKind): ReadProject {
    if (this.scopeClosed) {
      this.closeScope();
      this.laterRun = true;
    }
    return new ReadProject(
      form,
      order,
      this.heading,
      this.round,
      this.headingLines,
      this.budgetColumns,
      this.years,
      this.zeros,
      this.textColumns,
      this.ref(r, this.header?.name ?? 0),
      this.top + r
    );
  }

  private readProject(r: number, row: readonly CellValue[], h: TableHeader, order: string): void {
    this.resolveHeading();
    this.settleBlock(this.heading);
    const form = this.form();
    const project = this.newProject(r, order, form);
    project.typeTexts(row, h);
    this.readBudgets(project, r, row, h);
    // A เปลี่ยนแปลง book's เดิม row is what the next row changes: kept with it, never counted.
    const side = rowPairSide(row, h.name) ?? this.pairSide;
    if (side === "old") {
      this.old = project;
      this.last = project;
      return;
    }
    if (this.old) {
      project.was = { row: this.old.row, amounts: this.old.amounts };
      this.old = undefined;
    }
    // Offices number each later round from 1 again, often without a marker row: a new run, not a duplicate.
    if (order === "1") this.ordersSeen.clear();
    if (order && form === "ผ.02" && this.ordersSeen.has(order)) {
      this.finding(
        "duplicate-order",
        r,
        message(
          `ลำดับที่ ${toThaiDigits(order)} ซ้ำในลำดับชุดเดียวกัน (ไม่ได้เริ่มนับ ๑ ใหม่)`,
          `Project number ${order} appears twice in one numbering run`
        ),
        { cell: this.ref(r, h.order!) }
      );
    }
    this.ordersSeen.add(order);
    this.add(project);
  }

  private form(): FormKind {
    return this.section === "ผ.01" || this.section === "appendix" ? "ผ.02" : this.section;
  }

  private add(project: Project): void {
    if (this.sheetProjects.at(-1)?.years !== project.years)
      for (const year of project.years) this.planYears.add(year);
    this.sheetProjects.push(project);
    this.projectBlocks.push(this.block);
    this.scope.push(project);
    if (project.form === "ผ.02") this.plan.projects.push(project);
    else (this.plan.otherForms[project.form] ??= []).push(project);
    this.last = project;
  }

  private readFlatRow(r: number, row: readonly CellValue[], texts: string[], h: TableHeader): void {
    if (!texts[h.name]) return;
    // A table whose "projects" are numbers, or that closes with a grand total, summarises: it is no plan.
    if (summaryRow(texts, h)) {
      this.summaryTable = true;
      return;
    }
    const project = this.newProject(
      r,
      h.order !== undefined ? toArabicDigits(texts[h.order]) : "",
      this.form()
    );
    const strategyText = h.strategy !== undefined ? texts[h.strategy] : "";
    const tacticText = h.tactic !== undefined ? texts[h.tactic] : "";
    const tactic = /^(\d+)\.(\d+)\s*(.*)$/.exec(tacticText);
    const strategy = /^(?:ยุทธศาสตร์(?:ที่)?\s*)?(\d+)\.?\s*(.*)$/.exec(strategyText);
    project.tactic = tactic ? `${tactic[1]}.${tactic[2]}` : "";
    project.tacticName = tactic ? tactic[3] : tacticText;
    project.strategy = strategy ? strategy[1] : (tactic?.[1] ?? "");
    project.strategyName = strategy ? strategy[2] : strategyText;
    const workText = h.workPlan !== undefined ? texts[h.workPlan] : "";
    const work = workPlanLine(workText) ?? { number: "", name: workText };
    project.workPlan = workPlanKey(work.name);
    project.workPlanNumber = work.number;
    if (work.name && !standardWorkPlan(work.name)) this.reportWorkPlan(r, work.name);
    project.typeTexts(row, h);
    this.readBudgets(project, r, row, h);
    this.add(project);
  }

  /** Runs a continuation row's texts on after the project's (the first row's are set by typeTexts). */
  private appendTexts(project: Project, row: readonly CellValue[], h: TableHeader): void {
    if (h.name !== undefined) project.name = joined(project.name, row[h.name]);
    if (h.objective !== undefined) project.objective = joined(project.objective, row[h.objective]);
    if (h.target !== undefined) project.target = joined(project.target, row[h.target]);
    if (h.kpi !== undefined) project.kpi = joined(project.kpi, row[h.kpi]);
    if (h.outcome !== undefined) project.outcome = joined(project.outcome, row[h.outcome]);
    if (h.unit !== undefined) project.unit = joined(project.unit, row[h.unit]);
  }

  private readBudgets(
    project: Project,
    r: number,
    row: readonly CellValue[],
    h: TableHeader,
    continuation = false
  ): void {
    for (let i = 0; i < this.years.length; i++) {
      const year = this.years[i];
      const c = this.yearCols[i];
      const value = row[c];
      const merge = this.mergeAcrossYears(r, c, h);
      if (merge) {
        project.unreadable = [
          ...project.unreadable,
          { year, cell: this.ref(r, c), text: String(value) },
        ];
        if (this.left + c === merge.col) {
          this.finding(
            "merged-budget",
            r,
            message(
              `เซลล์งบประมาณปี ${year} ถูกผสานข้ามหลายปี: ไม่ทราบว่างบประมาณเป็นของปีใด`,
              `The ${year} budget cell is merged across several years; which year it belongs to is unknown`
            ),
            {
              cell: this.ref(r, c),
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
        const cell = this.ref(r, c);
        project.unreadable = [
          ...project.unreadable,
          // Text keeps the words every host already says of it; a date, a negative or a huge amount says which.
          amount.code === "unreadable-budget"
            ? { year, cell, text: String(value) }
            : { year, cell, text: String(value), why: amount.what },
        ];
        this.finding(amount.code, r, amount.what, { cell });
        continue;
      }
      if (continuation && amount === 0) continue;
      if (continuation) {
        this.finding(
          "budget-on-continuation",
          r,
          message(
            `งบประมาณปี ${year} อยู่ในแถวต่อของโครงการ "${project.name}": นับรวมกับโครงการนี้`,
            `A ${year} budget sits on a continuation row of "${project.name}"; counted with that project`
          ),
          { cell: this.ref(r, c) }
        );
        if (project.amounts[i]) {
          (project as ReadProject).amounts[i] += amount;
          continue;
        }
      }
      (project as ReadProject).amounts[i] = amount;
      if (continuation) (project.budgetRows ??= {})[year] = this.top + r;
    }
    for (const note of this.strayCols) {
      const value = row[note.col];
      if (tryParseAmount(value) !== 0)
        this.plan.findings.push(strayCellFinding(note, this.ref(r, note.col), value));
    }
    for (const [year, c] of h.enacted) {
      const amount = tryParseAmount(row[c]);
      if (amount)
        project.enacted = { ...project.enacted, [year]: (project.enacted[year] ?? 0) + amount };
    }
  }

  /** True when the number at (r, c) is formatted as a date. */
  private shownAsDate(r: number, c: number): boolean {
    const dates = this.sheet.dateCells;
    return dates !== undefined && dates.has(cellKey(this.top + r, this.left + c));
  }

  /** The merged area that holds the budget cell at (r, c) together with another year's column, if any. */
  private mergeAcrossYears(r: number, c: number, h: TableHeader) {
    const merges = this.sheet.merges;
    if (!merges || merges.length === 0) return undefined;
    const row = this.top + r;
    const col = this.left + c;
    const budgetCols = [...h.budget.values()].map((b) => this.left + b);
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
  private continues(row: readonly CellValue[], texts: string[], h: TableHeader): boolean {
    const fields = [h.name, h.objective, h.target, h.kpi, h.outcome, h.unit];
    if (fields.some((c) => c !== undefined && texts[c])) return true;
    return [...h.budget.values()].some((c) => {
      const amount = tryParseAmount(row[c]);
      return amount === undefined || amount !== 0;
    });
  }

  private readContinuation(r: number, row: readonly CellValue[], h: TableHeader): void {
    const project = this.last!;
    this.appendTexts(project, row, h);
    this.readBudgets(project, r, row, h, true);
    project.lastRow = this.top + r;
  }
}
