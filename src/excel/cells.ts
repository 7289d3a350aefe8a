import type { CellRef, CellValue } from "../plan";

/* global Excel */

export function cellRange(context: Excel.RequestContext, ref: CellRef): Excel.Range {
  return context.workbook.worksheets.getItem(ref.sheet).getRangeByIndexes(ref.row, ref.col, 1, 1);
}

/**
 * User text is written as text: Excel turns a value that starts with "=" into a formula, so such text gets
 * Excel's quote prefix, which Excel keeps out of the cell's value.
 */
export function asCellText(value: CellValue): CellValue {
  return typeof value === "string" && value.startsWith("=") ? `'${value}` : value;
}

/** Values compared as Excel gives them back: empty cells are "", numbers stay numbers. */
export function sameValue(a: CellValue, b: CellValue): boolean {
  const norm = (v: CellValue) => (v === null || v === undefined ? "" : v);
  return norm(a) === norm(b);
}

export const THAI_FONT = "TH Sarabun New";

export function printFont(range: Excel.Range, size = 16): void {
  range.format.font.name = THAI_FONT;
  range.format.font.size = size;
}

export function boxBorders(range: Excel.Range): void {
  for (const edge of [
    "EdgeTop",
    "EdgeBottom",
    "EdgeLeft",
    "EdgeRight",
    "InsideHorizontal",
    "InsideVertical",
  ] as const) {
    range.format.borders.getItem(edge as Excel.BorderIndex).style =
      "Continuous" as Excel.BorderLineStyle;
  }
}
