import { columnLetters, type AppendixWrite, type CellValue } from "../plan";
import { asCellText, boxBorders, printFont, printLandscape, wrappedRowHeight } from "./cells";

/* global Excel */

function rowRange(sheet: Excel.Worksheet, row: number, columns: number): Excel.Range {
  return sheet.getRange(`A${row + 1}:${columnLetters(columns - 1)}${row + 1}`);
}

/** Writes the appendix lines (creating the sheet, its titles and header when needed), print-ready. */
export function writeAppendix(context: Excel.RequestContext, write: AppendixWrite): void {
  const sheet = write.create
    ? context.workbook.worksheets.add(write.sheet)
    : context.workbook.worksheets.getItem(write.sheet);
  const widths = write.widths;
  write.lines.forEach((line, i) => {
    const row = write.firstRow + i;
    const range = rowRange(sheet, row, widths.length);
    const cells: CellValue[] = widths.map((_, c) => asCellText(line[c] ?? ""));
    range.values = [cells] as never;
    printFont(range);
    range.format.wrapText = true;
    range.format.verticalAlignment = "Top" as Excel.VerticalAlignment;
    if (write.headerLine === undefined || i > write.headerLine) {
      boxBorders(range);
      range.format.rowHeight = wrappedRowHeight(cells, widths);
      range.getCell(0, 0).format.horizontalAlignment = "Center" as Excel.HorizontalAlignment;
    } else if (i === write.headerLine) {
      range.format.font.bold = true;
      range.format.horizontalAlignment = "Center" as Excel.HorizontalAlignment;
      range.format.verticalAlignment = "Center" as Excel.VerticalAlignment;
      range.format.rowHeight = wrappedRowHeight(cells, widths);
      boxBorders(range);
    } else if (line[0]) {
      range.format.rowHeight = wrappedRowHeight([line[0]], [widths.reduce((a, b) => a + b, 0)]);
      range.merge();
      range.format.horizontalAlignment = "Center" as Excel.HorizontalAlignment;
      range.format.font.bold = true;
    }
  });
  if (write.create) {
    widths.forEach(
      (w, c) => (sheet.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = w)
    );
    const header = write.firstRow + (write.headerLine ?? 0) + 1;
    printLandscape(sheet, `$${header}:$${header}`);
  }
}
