import type { Emulator } from "../emulator";
import type { Area, Cell, MemorySheet } from "../emulator/model";
import type { Look } from "../emulator/xlsxLooks";
import { columnLetters, type CellValue } from "../plan";

/** What the grid shows of one sheet: the cells' text as the emulator computes it, formulas, merges, looks. */
export interface SheetView {
  name: string;
  rows: number;
  cols: number;
  text: string[][];
  formulas: CellValue[][];
  merges: Area[];
  cell(row: number, col: number): Cell | undefined;
  /** The cell's formats, as Excel shows them: a cell with a format alone (an empty bordered row) has the file's. */
  look(row: number, col: number): Look | undefined;
  /** Why a formula gives an error (#VALUE! "ไม่พบปีงบประมาณ…"), as Excel shows on hover. */
  error(row: number, col: number): string | undefined;
  columnWidths: number[];
  /** Text boxes (form labels, amendment marks), drawn over the cells they span. */
  textBoxes: { text: string; row: number; col: number; cols: number }[];
}

/** Rows the grid draws at most; a real book's stub rows beyond the data are not worth drawing. */
export const MAX_ROWS = 3000;

/**
 * The rows to draw: down to the last one holding something, or below it one whose cells draw a border with a
 * format alone (an office's empty table rows), at most MAX_ROWS.
 */
function rowsToDraw(sheet: MemorySheet, used: number, cols: number): number {
  for (let row = MAX_ROWS - 1; row >= used; row--)
    for (let col = 0; col < cols; col++) if (sheet.look(row, col)?.borders) return row + 1;
  return Math.min(MAX_ROWS, used);
}

/** Reads a sheet through the emulator's own Office.js API, so the grid shows exactly what the add-in sees. */
export async function readSheetView(emulator: Emulator, sheet: MemorySheet): Promise<SheetView> {
  const used = sheet.usedArea(false);
  const cols = Math.max(
    used ? used.col + used.cols : 1,
    ...sheet.merges.map((m) => m.col + m.cols),
    ...sheet.shapes.map((s) => s.area.col + s.area.cols)
  );
  const rows = rowsToDraw(sheet, used ? used.row + used.rows : 1, cols);
  const { text, formulas } = await emulator.run(async (context) => {
    const range = context.workbook.worksheets
      .getItem(sheet.name)
      .getRange(`A1:${columnLetters(cols - 1)}${rows}`)
      .load("text,formulas");
    await context.sync();
    return { text: range.text, formulas: range.formulas as CellValue[][] };
  });
  return {
    name: sheet.name,
    rows,
    cols,
    text,
    formulas,
    merges: sheet.merges,
    cell: (row, col) => sheet.cell(row, col),
    look: (row, col) => sheet.look(row, col),
    error: (row, col) =>
      text[row]?.[col]?.startsWith("#")
        ? emulator.formulas.errorMessage(sheet, row, col)
        : undefined,
    columnWidths: sheet.columnWidths,
    textBoxes: sheet.shapes
      .filter((s) => s.type === "GeometricShape" && s.text)
      .map((s) => ({ text: s.text, row: s.area.row, col: s.area.col, cols: s.area.cols })),
  };
}
