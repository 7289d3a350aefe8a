import {
  INDEX_SHEET,
  budgetCell,
  columnLetters,
  planTitle,
  readPlan,
  summarise,
  summaryTable,
  type BookSnapshot,
  type CellValue,
  type Plan,
  type Project,
  quoteSheet,
} from "../plan";
import { boxBorders, printFont, printLandscape, wrappedRowHeight } from "./cells";

/* global Excel */

export const SUMMARY_SHEET = "ผ.01";

export type SummaryMode = "values" | "formula";

const TITLE_ROWS = 4;
/** Column widths in points: the label column, then a count and a budget column per year and for the total. */
const summaryWidths = (columns: number) => [260, ...Array(columns - 1).fill(52)];

/** The flat table the index sheet holds: one row per project, each budget a link to its detail cell. */
export function indexRows(plan: Plan): CellValue[][] {
  const header = ["ยุทธศาสตร์", "กลยุทธ์", "แผนงาน", "โครงการ", ...plan.years.map(String)];
  const link = (p: Project, year: number) => {
    const cell = p.unreadable.some((u) => u.year === year) ? undefined : budgetCell(p, year);
    return cell ? `=${quoteSheet(cell.sheet)}!${columnLetters(cell.col)}${cell.row + 1}` : 0;
  };
  return [
    header,
    ...plan.projects.map((p) => [
      `${p.strategy} ${p.strategyName}`,
      `${p.tactic} ${p.tacticName}`,
      `${p.workPlanNumber ? `(${p.workPlanNumber}) ` : ""}${p.workPlan}`,
      `=${quoteSheet(p.nameCell.sheet)}!${columnLetters(p.nameCell.col)}${p.nameCell.row + 1}`,
      ...plan.years.map((y) => link(p, y)),
    ]),
  ];
}

/** The range a live =PLAN.SUMMARY reads: the plan's one sheet, or the index sheet for a plan on many sheets. */
function planRange(
  context: Excel.RequestContext,
  book: BookSnapshot,
  plan: Plan,
  existing: Set<string>
): string {
  const sheets = [...new Set(plan.projects.map((p) => p.sheet))];
  if (sheets.length === 1) {
    const source = book.sheets.find((s) => s.sheet === sheets[0])!;
    const rows = (source.top ?? 0) + source.values.length;
    const cols = (source.left ?? 0) + Math.max(...source.values.map((r) => r.length));
    return `${quoteSheet(sheets[0])}!A1:${columnLetters(cols - 1)}${rows}`;
  }
  const rows = indexRows(plan);
  const sheet = existing.has(INDEX_SHEET)
    ? context.workbook.worksheets.getItem(INDEX_SHEET)
    : context.workbook.worksheets.add(INDEX_SHEET);
  sheet.getRange().clear("Contents" as Excel.ClearApplyTo);
  const last = `${columnLetters(rows[0].length - 1)}${rows.length}`;
  sheet.getRange(`A1:${last}`).formulas = rows as never;
  // A copy of the plan for the formula to read: hidden, so the book is never read twice over.
  sheet.visibility = "Hidden" as Excel.SheetVisibility;
  return `${quoteSheet(INDEX_SHEET)}!A1:${last}`;
}

/**
 * Writes the ผ.01 sheet from the plan: typed figures in Thai digits (the file then reads right where the add-in
 * is not installed), or one live =PLAN.SUMMARY formula that spills and recalculates.
 */
export async function refreshSummarySheet(
  context: Excel.RequestContext,
  book: BookSnapshot,
  mode: SummaryMode
): Promise<void> {
  const plan = readPlan(book.sheets);
  const existing = new Set(book.sheets.map((s) => s.sheet));
  const found = context.workbook.worksheets.getItemOrNullObject(SUMMARY_SHEET);
  await context.sync();
  const sheet = found.isNullObject ? context.workbook.worksheets.add(SUMMARY_SHEET) : found;
  if (!found.isNullObject) sheet.getRange().clear("All" as Excel.ClearApplyTo);
  const titles = [
    ["บัญชีสรุปโครงการพัฒนา"],
    [planTitle(plan)],
    [`ชื่อองค์กรปกครองส่วนท้องถิ่น ${plan.organisation}`],
  ];
  const table = summaryTable(summarise(plan), { thaiDigits: true });
  const width = table[0].length;
  const lastCol = columnLetters(width - 1);
  titles.forEach((line, i) => {
    const row = sheet.getRange(`A${i + 1}:${lastCol}${i + 1}`);
    row.values = [[line[0], ...Array(width - 1).fill("")]] as never;
    row.merge();
    row.format.horizontalAlignment = "Center" as Excel.HorizontalAlignment;
    row.format.font.bold = true;
  });
  const body = sheet.getRange(`A${TITLE_ROWS + 1}:${lastCol}${TITLE_ROWS + table.length}`);
  if (mode === "values") body.values = table as never;
  else
    sheet.getRange(`A${TITLE_ROWS + 1}`).formulas = [
      [`=PLAN.SUMMARY(${planRange(context, book, plan, existing)}, TRUE)`],
    ];
  printFont(sheet.getRange(`A1:${lastCol}${TITLE_ROWS + table.length}`));
  body.format.wrapText = true;
  table.forEach((row, r) => {
    const line = sheet.getRange(`A${TITLE_ROWS + 1 + r}:${lastCol}${TITLE_ROWS + 1 + r}`);
    line.format.rowHeight = wrappedRowHeight(row, summaryWidths(width));
  });
  boxBorders(body);
  summaryWidths(width).forEach(
    (w, c) => (sheet.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = w)
  );
  printLandscape(sheet, `$${TITLE_ROWS + 1}:$${TITLE_ROWS + 2}`);
  await context.sync();
}
