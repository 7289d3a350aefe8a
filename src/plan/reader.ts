import { readHeader, type TableHeader } from "./header";
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
import { carriedForward, looseRowFinding, unnumberedProject } from "./looseRows";
import { resolveTacticNumbers, type UnnumberedTactic } from "./tacticNumbers";
import { message } from "./messages";
import { NO_HEADING, readHeadingBlock, type Heading, type HeadingLine } from "./headingBlock";
import { SheetTotals, totalScope } from "./totalScopes";
import {
  cellText,
  NONE,
  ProjectRows,
  projectNumber,
  readFlatPlace,
  type ReadProject,
} from "./readProject";
import { SheetCells } from "./sheetCells";
import type { CellValue, FormKind, Plan, PlanPlace, Project, SheetValues } from "./model";
import { toArabicDigits, toThaiDigits } from "./thaiNumerals";
import { nearestWorkPlan, standardWorkPlan } from "./workPlans";

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

/** True for a heading line read with its number (made once: the reader asks it of every heading line). */
const numbered = (line?: { number?: string }) => Boolean(line?.number);

/** The form a sheet's text-box label gives it ("แบบ ผ.02/1" at the top right), if any. */
function formLabel(sheet: SheetValues): SectionKind | undefined {
  const labels = (sheet.textBoxes ?? [])
    .filter((box) => box.text.length < 40 && /^\s*(แบบ\s*)?ผ\s*\./.test(box.text))
    .sort((a, b) => a.row - b.row);
  return labels.length > 0 ? sectionOf(labels[0].text) : undefined;
}

/**
 * The numbers under ที่ seen in the current numbering run. A new run starts at every block: it forgets them by
 * counting runs, not by clearing a set (which makes a new table each time, and fills it again).
 */
class NumberingRun {
  private readonly seenIn = new Map<string, number>();
  private run = 0;

  has(order: string): boolean {
    return this.seenIn.get(order) === this.run;
  }

  add(order: string): void {
    this.seenIn.set(order, this.run);
  }

  clear(): void {
    this.run++;
  }
}

/** Reads one sheet row by row; the state is the heading, header, round and project being read. */
class SheetReader extends SheetCells {
  private readonly grid: SheetValues["values"];
  private readonly rows = new ProjectRows(this);
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
  private last?: ReadProject;
  private readonly ordersSeen = new NumberingRun();
  /** The side of a เปลี่ยนแปลง pair a marker row (เดิม, เปลี่ยนแปลง) gave the rows under it, and a เดิม row read. */
  private pairSide?: PairSide;
  private old?: Project;
  private readonly sheetTotals = new SheetTotals();
  /** The lines above the current block's table, shared by its projects (the ผ.02 page prints them). */
  private headingLines: readonly string[] = NONE;

  constructor(
    sheet: SheetValues,
    private readonly plan: Plan,
    private readonly unnumbered: UnnumberedTactic[],
    /** The plan's years: those of every table that holds a project (each project has all its table's years). */
    private readonly planYears: Set<number>
  ) {
    super(sheet, plan.findings);
    this.grid = sheet.values;
    const labelled = formLabel(sheet) ?? sectionOf(sheet.sheet);
    this.namedForm = labelled !== undefined;
    this.section = labelled ?? "ผ.02";
  }

  read(): void {
    const grid = this.grid;
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
    this.sheetTotals.settle();
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
        this.sheetTotals.projects.find((p) => box.row >= p.row && box.row <= p.lastRow) ??
        this.sheetTotals.projects.find((p) => p.row === box.row + 1);
      if (project) project.marks = [...project.marks, text];
    }
  }

  private startTable(header: TableHeader): void {
    const previous = this.header;
    this.header = header;
    this.summaryTable = isSummaryHeader(this.grid, header);
    if (this.pendingLines.length > 0) this.tableSincePending = true;
    this.rows.startTable(header, previous, this.summaryTable);
    this.seenTable = true;
    // A table under a ผ.01 title is the plan's; one in an appendix (ภาคผนวก ก of a เพิ่มเติม round lists the added
    // projects in the ผ.02 layout) is a copy, never counted.
    if (this.section === "ผ.01") this.section = "ผ.02";
    this.last = undefined;
    // A header typed again at the top of the next page, with no heading lines above it, goes on with the block:
    // its รวม sums both pages. Under heading lines the block is new, unless they name the same place again.
    if (header.strategy !== undefined || header.workPlan !== undefined)
      this.sheetTotals.closeBlock();
    else if (this.pendingLines.length > 0) this.sheetTotals.tableUnderHeading();
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
    if (!orderText && this.last && this.rows.continues(row, texts, h))
      this.rows.readContinuation(this.last, r, row, h);
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
      this.sheetTotals.roundMarker(marker);
      this.ordersSeen.clear();
      return true;
    }
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
      this.sheetTotals.closeBlock();
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
    const cells = this.rows.yearCells(r, row);
    // "๑ โครงการ" under โครงการ, or the label's own "รวม 12 โครงการ" (one cell across ที่ and โครงการ).
    const countCol = [h.name, h.order].find(
      (c) => c !== undefined && LABEL_COUNT.test(cellText(row[c]))
    );
    const total = this.sheetTotals.total(
      {
        sheet: this.sheet.sheet,
        row: this.top + r,
        label,
        kind: label.includes("จำนวน") ? "count" : "budget",
        cells,
        countCell:
          countCol !== undefined
            ? { cell: this.ref(r, countCol), value: row[countCol] }
            : undefined,
        scope: totalScope(label),
      },
      this.form(),
      this.heading
    );
    this.plan.totals.push(total);
    this.last = undefined;
    // A รวม ends a numbering run: a later round typed under it numbers from 1 again (or goes on, one moved away).
    this.ordersSeen.clear();
  }

  private newProject(
    r: number,
    order: string,
    form: FormKind,
    place: PlanPlace = this.heading
  ): ReadProject {
    this.sheetTotals.beforeProject();
    return this.rows.project(
      r,
      this.header?.name ?? 0,
      form,
      order,
      place,
      this.round,
      this.headingLines
    );
  }

  private readProject(r: number, row: readonly CellValue[], h: TableHeader, order: string): void {
    this.resolveHeading();
    this.sheetTotals.settleBlock(this.heading);
    const form = this.form();
    const project = this.newProject(r, order, form);
    this.rows.readFirstRow(project, r, row, h);
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

  private add(project: ReadProject): void {
    if (this.sheetTotals.projects.at(-1)?.years !== project.years)
      for (const year of project.years) this.planYears.add(year);
    this.sheetTotals.add(project);
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
    const { place, workPlanTyped } = readFlatPlace(texts, h);
    const project = this.newProject(
      r,
      h.order !== undefined ? toArabicDigits(texts[h.order]) : "",
      this.form(),
      place
    );
    if (workPlanTyped && !standardWorkPlan(workPlanTyped)) this.reportWorkPlan(r, workPlanTyped);
    this.rows.readFirstRow(project, r, row, h);
    this.add(project);
  }
}
