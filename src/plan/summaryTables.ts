import { findYearInText } from "./fiscalYear";
import type { TableHeader } from "./header";
import { normaliseLine } from "./lines";
import { Remembered } from "./remembered";
import type { CellValue, Grid } from "./model";
import { toArabicDigits, tryParseAmount } from "./thaiNumerals";

/**
 * Tables that summarise (a ผ.01 of sorts, an Excel pivot of the equipment list): work plans or strategies by row,
 * a count and a budget per year, a grand-total row. They are compared with the details they sum, never read as
 * projects.
 */

/** The grand-total row of a summary: รวมทั้งหมด, รวมทั้งสิ้น, Excel's ผลรวมทั้งหมด and Grand Total. */
export const GRAND_TOTAL = /^(ผล)?รวม\s*ทั้ง\s*(หมด|สิ้น)|^รวมทุก|^grand\s*total/i;

const text = (v: CellValue) => (v === null || v === undefined ? "" : normaliseLine(String(v)));

/** A year's four digits in either set, as typed: cleaning a cell folds only white space, never inside a number. */
const FOUR_DIGITS = /[0-9๐-๙]{4}/;

/**
 * A header cell of a figure column that names its year: "โครงการ 2566" or "จำนวนโครงการ ปี 2566" (a count),
 * "งบประมาณ 2566", "ผลรวม ของ งบประมาณ 2566", "Sum of 2566" (a budget). A pivot heads its columns so.
 */
export function figureColumn(value: CellValue): Readonly<FigureColumn> | undefined {
  // Most header cells name no year: passed over before they are cleaned and their digits turned.
  if (value === null || value === undefined || !FOUR_DIGITS.test(String(value))) return undefined;
  // The year cells repeat in every block's header: each distinct one is read once.
  return knownFigures.get(value, readFigureColumn);
}

interface FigureColumn {
  year: number;
  kind: "count" | "budget";
}

const knownFigures = new Remembered<CellValue, FigureColumn | undefined>(1024);

function readFigureColumn(value: CellValue): FigureColumn | undefined {
  const t = toArabicDigits(text(value));
  const year = findYearInText(t);
  if (!year) return undefined;
  // A pivot's own words first ("Count of …", "นับจำนวน ของ …"); "จำนวนเงิน 2566" is an amount, not a count.
  if (/นับ|count/i.test(t)) return { year, kind: "count" };
  if (/งบ|บาท|เงิน|ผลรวม|sum/i.test(t)) return { year, kind: "budget" };
  if (/จำนวน|โครงการ/.test(t)) return { year, kind: "count" };
  return undefined;
}

/** True when a table's header has a count column per year: it summarises; its rows are no projects. */
export function isSummaryHeader(grid: Grid, header: TableHeader): boolean {
  let counts = 0;
  for (let r = header.firstRow; r <= header.lastRow; r++)
    for (const value of grid[r]) if (figureColumn(value)?.kind === "count") counts++;
  return counts >= 2;
}

/**
 * True when a flat table's row is a summary's: a grand total where the strategy, work plan or name goes, or a
 * number where the project's name goes.
 */
export function summaryRow(texts: readonly string[], header: TableHeader): boolean {
  const labels = [header.order, header.strategy, header.workPlan, header.name];
  if (labels.some((c) => c !== undefined && GRAND_TOTAL.test(texts[c]))) return true;
  return texts[header.name] !== "" && tryParseAmount(texts[header.name]) !== undefined;
}
