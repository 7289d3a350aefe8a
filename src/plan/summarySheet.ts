import { neverPlan } from "./addinSheets";
import { findYearInText } from "./fiscalYear";
import { formByWords, normaliseLine, sectionOf, strategyLine, tacticLine } from "./lines";
import type { CellRef, CellValue, FormKind, Grid, SheetValues } from "./model";
import { figureColumn, GRAND_TOTAL } from "./summaryTables";
import { toArabicDigits, toThaiDigits } from "./thaiNumerals";
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
  /** A work plan's row; a strategy's own row with figures (a pivot of strategies); a รวม; the grand total. */
  kind: "workPlan" | "strategy" | "strategyTotal" | "grandTotal";
  /**
   * The form whose details the row sums: the one its tag names ("… (ผ.02/2)", "ขอหน่วยงานอื่น"), else its
   * section's: ผ.02 for the plan proper, or the section's own form. A รวม's is its section's.
   */
  form: FormKind;
  /** The form of the section the row is in (its title, or the plan's). */
  section: FormKind;
  /** The form the section title's words name, where they name one (ประสาน…จังหวัด): the book may call it otherwise. */
  sectionWords?: FormKind;
  strategy: string;
  tactic: string;
  /** The number typed before a work-plan line ("1.2 แผนงาน…"): the line's own, or a tactic where the plan has one. */
  number?: string;
  /** The count a รวม's label gives ("รวมทั้งสิ้น (38 โครงการ)"): of project-years, as the ผ.01 counts. */
  labelCount?: number;
  /** The cell whose text holds that count. */
  labelCell?: CellRef;
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

/**
 * A pivot's header, one row: a label cell, then a count and a budget column per year, each naming its year
 * ("โครงการ 2566 | งบประมาณ 2566"), and perhaps the total's pair.
 */
function pivotLayout(cells: readonly CellValue[], r: number, labelCol: number): Layout | undefined {
  const yearCols = new Map<number, { count: number; budget: number }>();
  cells.forEach((v, c) => {
    const column = c > labelCol ? figureColumn(v) : undefined;
    if (!column) return;
    const pair = yearCols.get(column.year) ?? { count: -1, budget: -1 };
    if (pair[column.kind] < 0) pair[column.kind] = c;
    yearCols.set(column.year, pair);
  });
  const pairs = [...yearCols].filter(([, p]) => p.count >= 0 && p.budget >= 0);
  if (pairs.length < 2) return undefined;
  const after = Math.max(...pairs.map(([, p]) => p.budget));
  const totalCount = cells.findIndex((v, c) => c > after && /^รวม|^total/i.test(text(v)));
  return {
    headerRow: r,
    firstBodyRow: r + 1,
    labelCol,
    firstFigureCol: Math.min(...pairs.map(([, p]) => Math.min(p.count, p.budget))),
    yearCols: new Map(pairs),
    total: totalCount < 0 ? undefined : { count: totalCount, budget: totalCount + 1 },
  };
}

/**
 * A header's label cell: its text starts with ยุทธศาสตร์ or แผนงาน. Every cell of a sheet is asked, so a text that
 * starts with a Thai letter or a printable character (neither white space nor a bullet, which the text drops) is
 * told by that character.
 */
function isHeaderLabel(value: CellValue): boolean {
  if (typeof value !== "string") return false;
  const first = value.charCodeAt(0);
  const kept =
    (first >= 0x0e00 && first <= 0x0e7f) || (first > 0x20 && first < 0x7f && first !== 0x2d);
  if (kept && first !== 0x0e22 && first !== 0x0e41) return false; // ย, แ
  // A dash for no budget, a text after spaces: the words are in it, or it is no label.
  if (!value.includes("ยุทธศาสตร์") && !value.includes("แผนงาน")) return false;
  return /^(ยุทธศาสตร์|แผนงาน)/.test(text(value));
}

/** A header row: a label cell (ยุทธศาสตร์/แผนงาน) and two or more year cells, over a row of จำนวน… cells. */
function layoutAt(grid: Grid, r: number): Layout | undefined {
  const cells = grid[r];
  const labelCol = cells.findIndex(isHeaderLabel);
  if (labelCol < 0) return undefined;
  const pivot = pivotLayout(cells, r, labelCol);
  if (pivot) return pivot;
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

/**
 * The form a summary's details are: the plan's (ผ.02), or the equipment list's where the sheet's name or a
 * title above the table speaks of equipment (สรุปครุภัณฑ์), or another form its name or titles name.
 */
function summarisedForm(source: SheetValues, headerRow: number): FormKind {
  const titles = [
    source.sheet,
    ...source.values.slice(0, headerRow).map((row) => text(row.find((v) => text(v)))),
  ];
  for (const title of titles) {
    if (/ครุภัณฑ์/.test(title)) return "ผ.03";
    const section = sectionOf(title);
    if (section && section !== "ผ.01" && section !== "appendix") return section;
  }
  return "ผ.02";
}

/**
 * The form a ผ.01 line's tag names, and the line without it: "(ผ.02)", "(ผ.02/1)", "(ผ.02/2)", "(ประสาน …)"
 * (the form its words name) and "ขอหน่วยงานอื่น" (a project asked of another agency: the coordination form).
 */
export function formTag(label: string): { form?: FormKind; rest: string } {
  let form: FormKind | undefined;
  let rest = label.replace(
    /\(\s*(?:แบบ\s*)?ผ\s*\.?\s*0?2\s*(?:[/_.-]\s*([12]))?\s*\)/,
    (_, part) => {
      form = part === "1" ? "ผ.02/1" : part === "2" ? "ผ.02/2" : "ผ.02";
      return " ";
    }
  );
  rest = rest.replace(/\(\s*(ประสาน[^)]*)\)/, (_, words: string) => {
    const named = sectionOf(words);
    if (!form && (named === "ผ.02/1" || named === "ผ.02/2")) form = named;
    return " ";
  });
  rest = rest.replace(/ขอ\s*หน่วยงานอื่น/, () => {
    form ??= "ผ.02/2";
    return " ";
  });
  return { form, rest: normaliseLine(rest) };
}

/** "รวมทั้งสิ้น (38 โครงการ)": the count a รวม's label gives. */
export const LABEL_COUNT = /([0-9๐-๙][0-9๐-๙,]*)\s*โครงการ/;

/** The label with another count, in the digits it was typed in. */
export function withLabelCount(label: string, count: number): string {
  return label.replace(LABEL_COUNT, (match, digits: string) =>
    match.replace(digits, /[๐-๙]/.test(digits) ? toThaiDigits(String(count)) : String(count))
  );
}

const STRATEGY_IN_LABEL = /^(?:ยุทธศาสตร์(?:ที่)?\s*)?(\d+)\s*[.)]?\s*(?:ยุทธศาสตร์|\s)/;

/**
 * Finds the ผ.01 table of a sheet, every section of it. A round document's print-ready ผ.01 is the record of that
 * round as built: never checked against today's details, never updated by a later revision.
 */
export function readSummarySheet(source: SheetValues): SummarySheet | undefined {
  if (neverPlan(source.sheet)) return undefined;
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
  let form = summarisedForm(source, layout.headerRow);
  let strategy = "";
  let tactic = "";
  /** The first of the rows since the last รวม. */
  let sectionWords: FormKind | undefined;
  let sinceTotal = 0;
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
      sectionWords = formByWords(label);
      sinceTotal = rows.length;
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
    const base = {
      ...cells,
      form,
      section: form,
      ...(sectionWords ? { sectionWords } : {}),
      row: top + b,
      label,
      tactic: "",
      workPlan: "",
    };
    const countCol = grid[b].findIndex(
      (v, c) => c < layout.firstFigureCol && LABEL_COUNT.test(text(v))
    );
    if (countCol >= 0 && /^รวม|^ผลรวม/.test(label)) {
      const counted = LABEL_COUNT.exec(text(grid[b][countCol]))!;
      Object.assign(base, {
        labelCount: Number(toArabicDigits(counted[1]).replace(/,/g, "")),
        labelCell: ref(b, countCol),
      });
    }
    // A รวม under rows of several strategies (a ผ.01 of strategy rows only, or one with no strategy รวม) closes them all.
    const several = new Set(rows.slice(sinceTotal).map((r) => r.strategy)).size > 1;
    if (GRAND_TOTAL.test(label) || (/^รวม/.test(label) && (!strategy || several))) {
      rows.push({ ...base, kind: "grandTotal", strategy: "" });
      strategy = "";
      sinceTotal = rows.length;
      continue;
    }
    if (/^รวม/.test(label)) {
      rows.push({ ...base, kind: "strategyTotal", strategy });
      sinceTotal = rows.length;
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
    if (strategyNumber && figures && !/แผนงาน|ผง\./.test(label) && !tacticNumber) {
      rows.push({ ...base, kind: "strategy", strategy });
      continue;
    }
    const tag = formTag(label);
    const work = /((?:แผนงาน|ผง\.)\S.*)$/.exec(tag.rest)?.[1];
    const number = /^(\d+\.\d+)\s*\.?\s*(?:แผนงาน|ผง\.)/.exec(toArabicDigits(tag.rest))?.[1];
    if (work && figures)
      rows.push({
        ...base,
        kind: "workPlan",
        form: tag.form ?? form,
        strategy,
        tactic,
        workPlan: workPlanKey(work),
        ...(number ? { number } : {}),
      });
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
