import { cellAddress } from "../common/a1";
import { message } from "./messages";
import type { CellRef, Finding, FormKind, Plan, Project } from "./model";
import { summarise, type Figures, type Summary, type WorkPlanLine } from "./summary";
import type { SummarySheet, SummarySheetRow } from "./summarySheet";
import { formatAmount, toThaiDigits, tryParseAmount } from "./thaiNumerals";

/**
 * Compares a book's typed ผ.01 (or another summary, such as a pivot of the equipment list) with its details:
 * every row against what the details of the forms it names add up to, every รวม against the rows it closes
 * (whichever forms they name), rows that stand for no details, and details that have no row. One finding per
 * row, naming each year and figure that differs in it.
 */
export function typedSummaryFindings(book: SummarySheet, plan: Plan): Finding[] {
  const typed = inBookNames(book, plan);
  const { summaryOf, tactics } = detailsOf(plan);
  const findings: Finding[] = [];
  const differences: Difference[] = [];
  for (const section of [...new Set(typed.rows.map((r) => r.section))]) {
    const rows = typed.rows.filter((r) => r.section === section);
    const mismatches: Difference[] = [];
    for (const row of rows) {
      const computed = computedFigures(row, rows, summaryOf, tactics);
      if (computed === "none") {
        if (anyFigure(typed, row)) findings.push(withoutDetails(typed, row));
        continue;
      }
      mismatches.push(...figureDifferences(typed, row, computed, summaryOf(section).years));
    }
    // A รวม that adds up neither its rows nor the details is wrong itself: reported as a total. A รวม that is
    // right by the details but not by its rows only echoes a row's slip, which that row's finding names.
    const wrong = new Set(mismatches.map((d) => cellAddress(d.cell)));
    const totals = totalsDifferences(typed, rows).filter((d) => wrong.has(cellAddress(d.cell)));
    const totalCells = new Set(totals.map((d) => cellAddress(d.cell)));
    differences.push(...mismatches.filter((d) => !totalCells.has(cellAddress(d.cell))), ...totals);
  }
  for (const form of [...new Set(typed.rows.map((r) => r.form))])
    findings.push(...missingRows(typed, form, summaryOf(form), tactics));
  return [...rowFindings(typed, differences), ...findings];
}

/**
 * The ผ.01 with each section whose title's words name a form the book's detail sheets call otherwise (a ผ.01 section
 * `ผ.02/1 ประสานโครงการพัฒนาจังหวัด` over sheets labelled ผ.02/1 with that title) under the sheets' name.
 */
function inBookNames(typed: SummarySheet, plan: Plan): SummarySheet {
  const names = plan.formNames;
  if (!names || !typed.rows.some((r) => r.sectionWords && names[r.sectionWords])) return typed;
  const rows = typed.rows.map((row) => {
    const named = row.sectionWords && names[row.sectionWords];
    if (!named || row.section !== row.sectionWords) return row;
    return { ...row, section: named, form: row.form === row.section ? named : row.form };
  });
  return { ...typed, rows };
}

/** Each form's summary of the details (made once, when first asked for), and every tactic of the plan. */
function detailsOf(plan: Plan) {
  const summaries = new Map<FormKind, Summary>();
  const summaryOf = (form: FormKind) => {
    let summary = summaries.get(form);
    if (!summary) {
      const projects: Project[] = form === "ผ.02" ? plan.projects : (plan.otherForms[form] ?? []);
      summary = summarise(plan, projects);
      summaries.set(form, summary);
    }
    return summary;
  };
  const tactics = new Set(
    [plan.projects, ...Object.values(plan.otherForms)].flatMap((ps) => ps!.map((p) => p.tactic))
  );
  return { summaryOf, tactics };
}

/**
 * What every figure cell of a typed ผ.01 should hold, from the details alone (a row no detail stands behind
 * holds 0), and the count its รวม labels give: what a refresh writes into the book's own ผ.01.
 */
export function summaryFigureValues(
  book: SummarySheet,
  plan: Plan
): { cell: CellRef; value: number; labelCount?: boolean }[] {
  const typed = inBookNames(book, plan);
  const { summaryOf, tactics } = detailsOf(plan);
  return typed.rows.flatMap((row) => {
    const rows = typed.rows.filter((r) => r.section === row.section);
    const years = summaryOf(row.section).years;
    const computed = computedFigures(row, rows, summaryOf, tactics);
    const figures = computed === "none" ? noFigures(years) : computed;
    const cells: { cell: CellRef; value: number; labelCount?: boolean }[] = figureCells(
      row,
      figures,
      years
    ).flatMap(([cell, value]) => (cell ? [{ cell, value }] : []));
    if (row.labelCell && row.labelCount !== undefined)
      cells.push({ cell: row.labelCell, value: figures.totalCount, labelCount: true });
    return cells;
  });
}

/** A figure of a row that differs from what it should hold. */
interface Difference {
  code: "summary-mismatch" | "summary-total";
  row: SummarySheetRow;
  cell: CellRef;
  /** The year of a count or budget; undefined for the all-years pair and the label's count. */
  year?: number;
  figure: "count" | "budget" | "labelCount";
  typed: number;
  expected: number;
}

const plain = (n: number) => formatAmount(n, { thaiDigits: false });
const thai = (n: number) => formatAmount(n);

/** The row's tactic: its own, or the number before its work plan where that is a tactic of the plan. */
function rowTactic(row: SummarySheetRow, tactics: ReadonlySet<string>): string {
  return row.tactic || (row.number && tactics.has(row.number) ? row.number : "");
}

function matches(row: SummarySheetRow, line: WorkPlanLine, tactics: ReadonlySet<string>): boolean {
  const tactic = rowTactic(row, tactics);
  return (
    (!row.strategy || line.strategy === row.strategy) &&
    line.workPlan === row.workPlan &&
    (!tactic || !line.tactic || line.tactic === tactic)
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

/** The forms a รวม covers: those its section's work-plan lines name (of its strategy, for a strategy's รวม). */
function formsClosed(total: SummarySheetRow, rows: readonly SummarySheetRow[]): FormKind[] {
  const lines = rows.filter(
    (r) => r.kind === "workPlan" && (total.kind === "grandTotal" || r.strategy === total.strategy)
  );
  const forms = new Set(lines.map((r) => r.form));
  return forms.size > 0 ? [...forms] : [total.section];
}

/** What the details say a row should hold; "none" for a work-plan row that no detail stands behind. */
function computedFigures(
  row: SummarySheetRow,
  rows: readonly SummarySheetRow[],
  summaryOf: (form: FormKind) => Summary,
  tactics: ReadonlySet<string>
): Figures | "none" {
  const years = summaryOf(row.section).years;
  const sum = noFigures(years);
  if (row.kind !== "workPlan") {
    for (const form of formsClosed(row, rows)) {
      const summary = summaryOf(form);
      const part =
        row.kind === "grandTotal"
          ? summary.total
          : summary.strategies.find((s) => s.strategy === row.strategy);
      if (part) addFigures(sum, part);
    }
    return sum;
  }
  const lines = summaryOf(row.form).rows.filter((line) => matches(row, line, tactics));
  if (lines.length === 0) return "none";
  for (const line of lines) addFigures(sum, line);
  return sum;
}

type FigureCell = [CellRef | undefined, number, Pick<Difference, "year" | "figure">];

/** Each figure cell of a row with the value it should hold for the given per-year figures. */
function figureCells(row: SummarySheetRow, figures: Figures, years: number[]): FigureCell[] {
  const at = (list: number[], year: number) => {
    const i = years.indexOf(year);
    return i < 0 ? 0 : list[i];
  };
  const cells: FigureCell[] = Object.keys(row.budget).flatMap((y): FigureCell[] => {
    const year = Number(y);
    return [
      [row.count[year], at(figures.count, year), { year, figure: "count" }],
      [row.budget[year], at(figures.budget, year), { year, figure: "budget" }],
    ];
  });
  cells.push(
    [row.totalCount, figures.totalCount, { figure: "count" }],
    [row.totalBudget, figures.totalBudget, { figure: "budget" }]
  );
  return cells;
}

function anyFigure(typed: SummarySheet, row: SummarySheetRow): boolean {
  return figureCells(row, noFigures([]), []).some(
    ([cell]) => cell !== undefined && (tryParseAmount(typed.value(cell)) ?? 0) !== 0
  );
}

const shortLabel = (row: SummarySheetRow) =>
  row.label.length > 40 ? `${row.label.slice(0, 40)}…` : row.label;

function figureDifferences(
  typed: SummarySheet,
  row: SummarySheetRow,
  computed: Figures,
  years: number[]
): Difference[] {
  const differences: Difference[] = [];
  for (const [cell, expected, what] of figureCells(row, computed, years)) {
    if (!cell) continue;
    const figure = tryParseAmount(typed.value(cell));
    if (figure === undefined || Math.abs(figure - expected) < 0.005) continue;
    differences.push({ code: "summary-mismatch", row, cell, ...what, typed: figure, expected });
  }
  // "รวมทั้งสิ้น (38 โครงการ)": the ผ.01 counts project-years, so the label's count is the sum of yearly counts.
  if (row.labelCell && row.labelCount !== undefined && row.labelCount !== computed.totalCount) {
    differences.push({
      code: "summary-mismatch",
      row,
      cell: row.labelCell,
      figure: "labelCount",
      typed: row.labelCount,
      expected: computed.totalCount,
    });
  }
  return differences;
}

/** How a difference reads: "ปี ๒๕๖๗ งบประมาณ ๙,๑๒๐,๐๐๐ (ควรเป็น ๒,๖๒๐,๐๐๐)", and in English. */
function describe(d: Difference, yearsLabel: string): [string, string] {
  const [th, en] =
    d.figure === "labelCount"
      ? ["จำนวนโครงการในชื่อแถว", "the label's project count"]
      : d.figure === "count"
        ? ["จำนวนโครงการ", "count"]
        : ["งบประมาณ", "budget"];
  const when = (lang: "th" | "en") =>
    d.figure === "labelCount"
      ? ""
      : d.year !== undefined
        ? lang === "th"
          ? `ปี ${toThaiDigits(String(d.year))} `
          : `${d.year} `
        : lang === "th"
          ? `รวม ${toThaiDigits(yearsLabel)} ปี `
          : `${yearsLabel}-year total `;
  return [
    `${when("th")}${th} ${thai(d.typed)} (ควรเป็น ${thai(d.expected)})`,
    `${when("en")}${en} ${plain(d.typed)} (should be ${plain(d.expected)})`,
  ];
}

/** One finding per row and kind, naming every figure of it that differs. */
function rowFindings(typed: SummarySheet, differences: readonly Difference[]): Finding[] {
  const byRow = new Map<string, Difference[]>();
  for (const d of differences) {
    const key = `${d.code}\u0000${d.row.row}`;
    byRow.set(key, [...(byRow.get(key) ?? []), d]);
  }
  const yearsLabel = String(typed.years.length);
  return [...byRow.values()].map((list) => {
    const { code, row } = list[0];
    const parts = list.map((d) => describe(d, yearsLabel));
    const where = toThaiDigits(String(row.row + 1));
    const what =
      code === "summary-mismatch"
        ? message(
            `${typed.sheet} แถว ${where} (${shortLabel(row)}) ไม่ตรงกับรายละเอียดโครงการ: ${parts.map((p) => p[0]).join(", ")}`,
            `${typed.sheet} row ${row.row + 1} (${shortLabel(row)}) differs from the project details: ${parts.map((p) => p[1]).join(", ")}`
          )
        : message(
            `${typed.sheet} แถว ${where} "${shortLabel(row)}" ไม่ตรงกับผลรวมของแถวที่รวมไว้: ${parts.map((p) => p[0]).join(", ")}`,
            `${typed.sheet} row ${row.row + 1} "${shortLabel(row)}" does not add up the rows it closes: ${parts.map((p) => p[1]).join(", ")}`
          );
    return {
      code,
      sheet: typed.sheet,
      row: row.row,
      cell: list[0].cell,
      what,
      // One figure: what it should be; several: each cell with its own.
      suggestion:
        list.length === 1
          ? message(thai(list[0].expected), thai(list[0].expected))
          : message(
              list.map((d) => `${cellAddress(d.cell)} ${thai(d.expected)}`).join(", "),
              list.map((d) => `${cellAddress(d.cell)} ${plain(d.expected)}`).join(", ")
            ),
    };
  });
}

function withoutDetails(typed: SummarySheet, row: SummarySheetRow): Finding {
  const strategy = row.strategy || "-";
  return {
    code: "summary-without-details",
    sheet: typed.sheet,
    row: row.row,
    what: message(
      `${typed.sheet} แถว "${shortLabel(row)}" มีตัวเลข แต่ไม่พบโครงการ (${row.form}) ของยุทธศาสตร์ ${toThaiDigits(strategy)} ${row.workPlan} ในรายละเอียด`,
      `${typed.sheet} row "${shortLabel(row)}" has figures but no project (${row.form}) of strategy ${strategy}, ${row.workPlan} is in the details`
    ),
    suggestion: message(
      "ตรวจชื่อแผนงาน/ยุทธศาสตร์ของแถวนี้ หรือเพิ่มรายละเอียดโครงการ",
      "Check the row's strategy and work plan, or add the projects' details"
    ),
  };
}

/** Every รวม closes the rows above it: a strategy's work plans, or the whole section's strategies. */
function totalsDifferences(typed: SummarySheet, rows: SummarySheetRow[]): Difference[] {
  const differences: Difference[] = [];
  let sinceTotal: SummarySheetRow[] = [];
  let strategyTotals: SummarySheetRow[] = [];
  // A strategy's own rows close nothing; a grand total with no work plan under it adds them up.
  let strategyRows: SummarySheetRow[] = [];
  for (const row of rows) {
    if (row.kind === "workPlan") {
      sinceTotal.push(row);
      continue;
    }
    if (row.kind === "strategy") {
      strategyRows.push(row);
      continue;
    }
    const parts =
      row.kind !== "grandTotal"
        ? sinceTotal
        : strategyTotals.length > 0
          ? [...strategyTotals, ...sinceTotal]
          : sinceTotal.length > 0
            ? sinceTotal
            : strategyRows;
    if (parts.length > 0) differences.push(...closingDifferences(typed, row, parts));
    if (row.kind === "strategyTotal") strategyTotals.push(row);
    else ((strategyTotals = []), (strategyRows = []));
    sinceTotal = [];
  }
  return differences;
}

function closingDifferences(
  typed: SummarySheet,
  total: SummarySheetRow,
  parts: SummarySheetRow[]
): Difference[] {
  const read = (cell?: CellRef) => (cell ? (tryParseAmount(typed.value(cell)) ?? 0) : 0);
  type Pair = [
    CellRef | undefined,
    (r: SummarySheetRow) => CellRef | undefined,
    Pick<Difference, "year" | "figure">,
  ];
  const pairs: Pair[] = [
    ...Object.keys(total.budget).flatMap((y): Pair[] => {
      const year = Number(y);
      return [
        [total.count[year], (r) => r.count[year], { year, figure: "count" }],
        [total.budget[year], (r) => r.budget[year], { year, figure: "budget" }],
      ];
    }),
    [total.totalCount, (r) => r.totalCount, { figure: "count" }],
    [total.totalBudget, (r) => r.totalBudget, { figure: "budget" }],
  ];
  const differences: Difference[] = [];
  for (const [cell, partCell, what] of pairs) {
    if (!cell) continue;
    const figure = tryParseAmount(typed.value(cell));
    const sum = parts.reduce((s, r) => s + read(partCell(r)), 0);
    if (figure === undefined || Math.abs(figure - sum) < 0.005) continue;
    differences.push({
      code: "summary-total",
      row: total,
      cell,
      ...what,
      typed: figure,
      expected: sum,
    });
  }
  return differences;
}

/** Details (strategy, tactic, work plan) of a form with budgets that no work-plan row naming it stands for. */
function missingRows(
  typed: SummarySheet,
  form: FormKind,
  summary: Summary,
  tactics: ReadonlySet<string>
): Finding[] {
  const workRows = typed.rows.filter((r) => r.kind === "workPlan" && r.form === form);
  const inSection = typed.rows.filter((r) => r.section === form || r.form === form);
  const close = inSection.find((r) => r.kind === "grandTotal") ?? inSection.at(-1);
  // A summary by strategy alone names no work plan to look for.
  if (!close || workRows.length === 0) return [];
  return summary.rows
    .filter((line) => line.totalBudget > 0 && !workRows.some((r) => matches(r, line, tactics)))
    .map((line) => {
      const where = `${line.strategy} ${line.tactic} ${line.workPlan}`.replace(/\s+/g, " ").trim();
      return {
        code: "details-without-summary" as const,
        sheet: typed.sheet,
        row: close.row,
        what: message(
          `รายละเอียดโครงการ (${form}) ของ ${toThaiDigits(where)} (${thai(line.totalCount)} โครงการ ${thai(line.totalBudget)} บาท) ไม่มีแถวใน ${typed.sheet}`,
          `The details (${form}) of ${where} (${line.totalCount} project-years, ${plain(line.totalBudget)} baht) have no row in ${typed.sheet}`
        ),
        suggestion: message(`เพิ่มแถว ${toThaiDigits(where)}`, `Add a row for ${where}`),
      };
    });
}
