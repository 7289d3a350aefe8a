import { findYearInText } from "./fiscalYear";
import { normaliseLine, sectionOf, strategyLine, tacticLine } from "./lines";
import type { CellRef, CellValue, FormKind, Grid, SheetValues } from "./model";
import { toArabicDigits } from "./thaiNumerals";
import { workPlanKey } from "./workPlans";

/**
 * A ผ.01 table as a book keeps it (typed figures, not formulas): where each figure of each row is, so the
 * checker can compare it with the details and an amendment can update it. Offices lay it out many ways: title
 * rows; a header "ยุทธศาสตร์ | ปี 2566 | … | รวม 5 ปี" over "จำนวนโครงการ | งบประมาณ" pairs; strategy lines
 * "1) ยุทธศาสตร์…", tactic lines "1.1 กลยุทธ์…", indented work-plan rows with the figures, or all three in one
 * label (the seed); รวม per strategy, รวมทั้งสิ้น; and further sections of other forms in the same sheet
 * ("ผ.02/1 ประสานโครงการพัฒนาจังหวัด", "ผ.03 ครุภัณฑ์" with "1. แผนงาน…" rows), each with its own totals.
 */
export interface SummaryFigureCells {
  count: Record<number, CellRef>;
  budget: Record<number, CellRef>;
  totalCount?: CellRef;
  totalBudget?: CellRef;
}

export interface SummarySheetRow extends SummaryFigureCells {
  kind: "workPlan" | "strategyTotal" | "grandTotal";
  /** The form whose details the row sums: ผ.02 for the plan proper, or the section's own form. */
  form: FormKind;
  strategy: string;
  tactic: string;
  workPlan: string;
  row: number;
  label: string;
}

export interface SummarySheet {
  sheet: string;
  /** The table's top-left cell: where a live =PLAN.SUMMARY formula would sit. */
  anchor: CellRef;
  years: number[];
  rows: SummarySheetRow[];
  value(cell: CellRef): CellValue;
}

const text = (v: CellValue) => (v === null || v === undefined ? "" : normaliseLine(String(v)));

/** "ปี 2566", "ปี ๒๕๖๖", "พ.ศ. 2566", or the year typed as a number. */
function yearOf(value: CellValue): number | undefined {
  const t = toArabicDigits(text(value));
  return /^(ปี\s*)?(งบประมาณ\s*)?(พ\.ศ\.\s*)?\d{4}$/.test(t) ? findYearInText(t) : undefined;
}

interface Layout {
  headerRow: number;
  firstBodyRow: number;
  labelCol: number;
  firstFigureCol: number;
  yearCols: Map<number, { count: number; budget: number }>;
  total?: { count: number; budget: number };
}

/** A header row: a label cell (ยุทธศาสตร์/แผนงาน) and two or more year cells, over a row of จำนวน… cells. */
function layoutAt(grid: Grid, r: number): Layout | undefined {
  const cells = grid[r];
  const labelCol = cells.findIndex((v) => /^(ยุทธศาสตร์|แผนงาน)/.test(text(v)));
  if (labelCol < 0) return undefined;
  const years = new Map<number, number>();
  let totalCol: number | undefined;
  cells.forEach((v, c) => {
    const year = yearOf(v);
    if (year && !years.has(year)) years.set(year, c);
    else if (c > labelCol && /^รวม/.test(text(v))) totalCol = c;
  });
  if (years.size < 2) return undefined;
  for (let s = r + 1; s <= Math.min(r + 2, grid.length - 1); s++) {
    const sub = grid[s].map((v) => text(v).replace(/\s/g, ""));
    if (!sub.some((t) => /^จำนวน/.test(t))) continue;
    // Each year's pair: its จำนวน column and the งบประมาณ column after it.
    const pair = (col: number) => {
      const count = sub.findIndex((t, c) => c >= col && /^จำนวน/.test(t));
      const at = count < 0 ? col : count;
      const budget = sub.findIndex((t, c) => c > at && /^งบประมาณ|บาท/.test(t));
      return { count: at, budget: budget < 0 ? at + 1 : budget };
    };
    const yearCols = new Map([...years].map(([year, col]) => [year, pair(col)]));
    return {
      headerRow: r,
      firstBodyRow: s + 1,
      labelCol,
      firstFigureCol: Math.min(...[...years.values()]),
      yearCols,
      total: totalCol === undefined ? undefined : pair(totalCol),
    };
  }
  return undefined;
}

/** The label of a body row: the texts left of the figures, joined (some books indent work plans a column). */
function labelOf(cells: readonly CellValue[], layout: Layout): string {
  const parts: string[] = [];
  for (let c = 0; c < layout.firstFigureCol; c++) {
    const t = text(cells[c]);
    if (t) parts.push(t);
  }
  return parts.join(" ");
}

const STRATEGY_IN_LABEL = /^(?:ยุทธศาสตร์(?:ที่)?\s*)?(\d+)\s*[.)]?\s*(?:ยุทธศาสตร์|\s)/;

/** Finds the ผ.01 table of a sheet, every section of it. */
export function readSummarySheet(source: SheetValues): SummarySheet | undefined {
  const grid = source.values;
  const top = source.top ?? 0;
  const left = source.left ?? 0;
  const ref = (r: number, c: number): CellRef => ({
    sheet: source.sheet,
    row: top + r,
    col: left + c,
  });
  let layout: Layout | undefined;
  for (let r = 0; r < grid.length - 1 && !layout; r++) layout = layoutAt(grid, r);
  if (!layout) return undefined;

  const rows: SummarySheetRow[] = [];
  let form: FormKind = "ผ.02";
  let strategy = "";
  let tactic = "";
  for (let b = layout.firstBodyRow; b < grid.length; b++) {
    const label = labelOf(grid[b], layout);
    if (!label) continue;
    if (layoutAt(grid, b)) {
      b += 1; // a header repeated on a later page
      continue;
    }
    const figures = [...layout.yearCols.values()].some((p) =>
      [p.count, p.budget].some((c) => text(grid[b][c]) !== "")
    );
    const section = figures ? undefined : sectionOf(label);
    if (section && section !== "ผ.01" && section !== "appendix") {
      form = section;
      strategy = "";
      tactic = "";
      continue;
    }
    const cells: SummaryFigureCells = { count: {}, budget: {} };
    for (const [year, pair] of layout.yearCols) {
      cells.count[year] = ref(b, pair.count);
      cells.budget[year] = ref(b, pair.budget);
    }
    if (layout.total) {
      cells.totalCount = ref(b, layout.total.count);
      cells.totalBudget = ref(b, layout.total.budget);
    }
    const base = { ...cells, form, row: top + b, label, tactic: "", workPlan: "" };
    if (/^รวม\s*ทั้ง\s*(หมด|สิ้น)|^รวมทุก/.test(label) || (/^รวม/.test(label) && !strategy)) {
      rows.push({ ...base, kind: "grandTotal", strategy: "" });
      strategy = "";
      continue;
    }
    if (/^รวม/.test(label)) {
      rows.push({ ...base, kind: "strategyTotal", strategy });
      continue;
    }
    const arabic = toArabicDigits(label);
    const strategyNumber = STRATEGY_IN_LABEL.exec(arabic)?.[1] ?? strategyLine(arabic)?.number;
    if (strategyNumber && /ยุทธศาสตร์/.test(arabic)) {
      strategy = strategyNumber;
      tactic = "";
    }
    const tacticNumber =
      /(\d+\.\d+)\s*(?:กลยุทธ์|แนวทาง)/.exec(arabic)?.[1] ?? tacticLine(arabic)?.number;
    if (tacticNumber) tactic = tacticNumber;
    const work = /((?:แผนงาน|ผง\.)\S.*)$/.exec(label)?.[1];
    if (work && figures)
      rows.push({ ...base, kind: "workPlan", strategy, tactic, workPlan: workPlanKey(work) });
  }
  const value = (cell: CellRef) => grid[cell.row - top]?.[cell.col - left];
  return {
    sheet: source.sheet,
    anchor: ref(layout.headerRow, layout.labelCol),
    years: [...layout.yearCols.keys()],
    rows,
    value,
  };
}
