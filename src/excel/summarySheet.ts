import {
  INDEX_SHEET,
  SUMMARY_SHEET,
  budgetCell,
  columnLetters,
  formatAmount,
  planTitle,
  readPlan,
  readSummarySheet,
  renderLike,
  summarise,
  summaryFigureValues,
  withLabelCount,
  type SummarySheet,
  summaryTable,
  type BookSnapshot,
  type CellValue,
  type Plan,
  type Project,
  quoteSheet,
} from "../plan";
import { sectionOf } from "../plan/lines";
import {
  boxBorders,
  cellRange,
  fittingWidth,
  printFont,
  printLandscape,
  wrappedRowHeight,
} from "./cells";

/* global Excel */

export type SummaryMode = "values" | "formula";

const TITLE_ROWS = 4;
/** The least width of a figure column, in points: wider where its figures need it (7-digit budgets). */
const FIGURE_WIDTH = 52;
/** Column widths in points: the label column, then each figure column as wide as its figures. */
const summaryWidths = (table: readonly (readonly unknown[])[]) => [
  260,
  ...table[0].slice(1).map((_, c) =>
    fittingWidth(
      table.slice(2).map((row) => row[c + 1]),
      FIGURE_WIDTH
    )
  ),
];

/**
 * The book's own typed ผ.01, found by its words whatever its sheet is named (`ผ.01 สรุป`): of the visible sheets
 * whose summary table sums the plan, the first one its name or a title line calls ผ.01, else the first.
 */
export function ownSummarySheet(book: BookSnapshot): SummarySheet | undefined {
  const found = book.sheets.flatMap((source) => {
    const typed = source.hidden ? undefined : readSummarySheet(source);
    return typed?.rows.some((r) => r.section === "ผ.02") ? [{ source, typed }] : [];
  });
  const calledSo = found.find(
    ({ source }) =>
      sectionOf(source.sheet) === "ผ.01" ||
      source.values
        .slice(0, 6)
        .some((row) => row.some((v) => typeof v === "string" && sectionOf(v) === "ผ.01"))
  );
  return (calledSo ?? found[0])?.typed;
}

/**
 * Writes the details' figures into the book's own ผ.01 where they are: every figure cell (and a รวม label's
 * count) in its own look, nothing else touched (rows, merges, alignment, number formats stay), and a figure
 * column widened where its figures would not show whole.
 */
async function refreshInPlace(
  context: Excel.RequestContext,
  typed: SummarySheet,
  plan: Plan
): Promise<void> {
  const written = summaryFigureValues(typed, plan).map(({ cell, value, labelCount }) => {
    const before = typed.value(cell);
    const after = labelCount
      ? withLabelCount(String(before), value)
      : renderLike(value, before, { digits: "thai", zero: "๐" });
    return { cell, after, figure: !labelCount };
  });
  const sheet = context.workbook.worksheets.getItem(typed.sheet);
  const columns = [...new Set(written.filter((w) => w.figure).map((w) => w.cell.col))];
  const widths = columns.map((col) => {
    const range = sheet.getRangeByIndexes(0, col, 1, 1);
    range.format.load("columnWidth");
    return { col, range };
  });
  await context.sync();
  for (const { cell, after } of written) cellRange(context, cell).values = [[after]] as never;
  for (const { col, range } of widths) {
    const texts = written.filter((w) => w.figure && w.cell.col === col).map((w) => w.after);
    const shown = typeof texts[0] === "number" ? texts.map((t) => formatAmount(Number(t))) : texts;
    const needed = fittingWidth(shown, 0);
    if (needed > range.format.columnWidth)
      sheet.getRange(`${columnLetters(col)}:${columnLetters(col)}`).format.columnWidth = needed;
  }
  await context.sync();
}

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
 * The form's header as offices print it: the label over both header rows, each year (and the total) over its
 * count and budget, centred; the figures right-aligned.
 */
function headerLayout(sheet: Excel.Worksheet, width: number, rows: number): void {
  const top = TITLE_ROWS + 1;
  const merged = (from: number, to: number, rows = 1) => {
    const range = sheet.getRange(
      `${columnLetters(from)}${top}:${columnLetters(to)}${top + rows - 1}`
    );
    range.merge();
    return range;
  };
  merged(0, 0, 2);
  for (let c = 1; c + 1 < width; c += 2) merged(c, c + 1);
  const header = sheet.getRange(`A${top}:${columnLetters(width - 1)}${top + 1}`);
  header.format.horizontalAlignment = "Center" as Excel.HorizontalAlignment;
  header.format.verticalAlignment = "Center" as Excel.VerticalAlignment;
  sheet.getRange(
    `B${top + 2}:${columnLetters(width - 1)}${top + rows - 1}`
  ).format.horizontalAlignment = "Right" as Excel.HorizontalAlignment;
}

/**
 * Writes the ผ.01 from the detail forms: into the book's own typed ผ.01 where it has one (found by its words,
 * updated in place, its layout kept), else a ผ.01 sheet of typed Thai-digit figures (the file then reads right
 * where the add-in is not installed); or one live =PLAN.SUMMARY formula that spills and recalculates, on the
 * book's own ผ.01 sheet. Never a second ผ.01.
 */
export async function refreshSummarySheet(
  context: Excel.RequestContext,
  book: BookSnapshot,
  mode: SummaryMode
): Promise<void> {
  const plan = readPlan(book.sheets);
  const own = ownSummarySheet(book);
  if (own && mode === "values") return refreshInPlace(context, own, plan);
  // A live formula takes the book's own ผ.01 sheet, whatever its name: never a second ผ.01.
  const name = own?.sheet ?? SUMMARY_SHEET;
  const existing = new Set(book.sheets.map((s) => s.sheet));
  const found = context.workbook.worksheets.getItemOrNullObject(name);
  await context.sync();
  const sheet = found.isNullObject ? context.workbook.worksheets.add(name) : found;
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
  if (mode === "values") {
    body.values = table as never;
    headerLayout(sheet, table[0].length, table.length);
  } else
    sheet.getRange(`A${TITLE_ROWS + 1}`).formulas = [
      [`=PLAN.SUMMARY(${planRange(context, book, plan, existing)}, TRUE)`],
    ];
  printFont(sheet.getRange(`A1:${lastCol}${TITLE_ROWS + table.length}`));
  body.format.wrapText = true;
  const widths = summaryWidths(table);
  table.forEach((row, r) => {
    const line = sheet.getRange(`A${TITLE_ROWS + 1 + r}:${lastCol}${TITLE_ROWS + 1 + r}`);
    line.format.rowHeight = wrappedRowHeight(row, widths);
  });
  boxBorders(body);
  widths.forEach(
    (w, c) => (sheet.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = w)
  );
  printLandscape(sheet, `$${TITLE_ROWS + 1}:$${TITLE_ROWS + 2}`);
  await context.sync();
}
