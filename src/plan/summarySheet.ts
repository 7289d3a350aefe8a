import { findYearInText } from "./fiscalYear";
import { normaliseLine } from "./lines";
import type { CellRef, CellValue, SheetValues } from "./model";
import { toArabicDigits } from "./thaiNumerals";
import { workPlanKey } from "./workPlans";

/**
 * A ผ.01 table as a book keeps it (typed figures, not formulas): where each figure of each row is, so the
 * checker can compare it with the details and an amendment can update it.
 */
export interface SummaryFigureCells {
  count: Record<number, CellRef>;
  budget: Record<number, CellRef>;
  totalCount?: CellRef;
  totalBudget?: CellRef;
}

export interface SummarySheetRow extends SummaryFigureCells {
  kind: "workPlan" | "strategyTotal" | "grandTotal";
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

/** Finds the ผ.01 tables of a sheet: a header "ยุทธศาสตร์…" over "ปี ๒๕๖๖" columns with จำนวนโครงการ | งบประมาณ. */
export function readSummarySheet(source: SheetValues): SummarySheet | undefined {
  const grid = source.values;
  const top = source.top ?? 0;
  const left = source.left ?? 0;
  const ref = (r: number, c: number): CellRef => ({
    sheet: source.sheet,
    row: top + r,
    col: left + c,
  });
  for (let r = 0; r < grid.length - 1; r++) {
    const labelCol = grid[r].findIndex((v) => /^ยุทธศาสตร์/.test(text(v)));
    if (labelCol < 0) continue;
    const yearCols = new Map<number, number>();
    let totalCol: number | undefined;
    grid[r].forEach((v, c) => {
      const t = text(v);
      const year = /^ปี/.test(t) ? findYearInText(toArabicDigits(t)) : undefined;
      if (year) yearCols.set(year, c);
      if (/^รวม/.test(t)) totalCol = c;
    });
    if (yearCols.size === 0 || !grid[r + 1].some((v) => /จำนวนโครงการ/.test(text(v)))) continue;
    const rows: SummarySheetRow[] = [];
    let strategy = "";
    for (let b = r + 2; b < grid.length; b++) {
      const label = text(grid[b][labelCol]);
      if (!label) continue;
      const cells: SummaryFigureCells = { count: {}, budget: {} };
      for (const [year, c] of yearCols) {
        cells.count[year] = ref(b, c);
        cells.budget[year] = ref(b, c + 1);
      }
      if (totalCol !== undefined) {
        cells.totalCount = ref(b, totalCol);
        cells.totalBudget = ref(b, totalCol + 1);
      }
      const base = { ...cells, row: top + b, label, tactic: "", workPlan: "" };
      if (/^รวมทั้ง(หมด|สิ้น)/.test(label)) {
        rows.push({ ...base, kind: "grandTotal", strategy: "" });
        break;
      }
      if (/^รวม/.test(label)) {
        rows.push({ ...base, kind: "strategyTotal", strategy });
        continue;
      }
      const arabic = toArabicDigits(label);
      const strategyNumber = /^(?:ยุทธศาสตร์(?:ที่)?\s*)?(\d+)(?:\.)?\s/.exec(arabic)?.[1];
      if (strategyNumber) strategy = strategyNumber;
      const tactic = /(\d+\.\d+)\s/.exec(arabic)?.[1] ?? "";
      const work = /(?:\(\d+\)\s*)?((?:แผนงาน|ผง\.).*)$/.exec(label)?.[1];
      if (work)
        rows.push({ ...base, kind: "workPlan", strategy, tactic, workPlan: workPlanKey(work) });
    }
    const value = (cell: CellRef) => grid[cell.row - top]?.[cell.col - left];
    return {
      sheet: source.sheet,
      anchor: ref(r, labelCol),
      years: [...yearCols.keys()],
      rows,
      value,
    };
  }
  return undefined;
}
