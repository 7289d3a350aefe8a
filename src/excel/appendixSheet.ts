import { APPENDIX_HEADER, columnLetters, type AppendixWrite, type CellValue } from "../plan";
import { asCellText, boxBorders, printFont, printLandscape, wrappedRowHeight } from "./cells";

/* global Excel */

const LAST = columnLetters(APPENDIX_HEADER.length - 1);
/** Column widths in points, as the seed's appendix table is laid out on A4 landscape. */
const WIDTHS = [34, 190, 190, 105, 110, 90];

function rowRange(sheet: Excel.Worksheet, row: number): Excel.Range {
  return sheet.getRange(`A${row + 1}:${LAST}${row + 1}`);
}

/** Writes the appendix lines (creating the sheet, its titles and header when needed), print-ready. */
export function writeAppendix(context: Excel.RequestContext, write: AppendixWrite): void {
  const sheet = write.create
    ? context.workbook.worksheets.add(write.sheet)
    : context.workbook.worksheets.getItem(write.sheet);
  write.lines.forEach((line, i) => {
    const row = write.firstRow + i;
    const range = rowRange(sheet, row);
    const cells: CellValue[] = APPENDIX_HEADER.map((_, c) => asCellText(line[c] ?? ""));
    range.values = [cells] as never;
    printFont(range);
    range.format.wrapText = true;
    range.format.verticalAlignment = "Top" as Excel.VerticalAlignment;
    if (write.headerLine === undefined || i > write.headerLine) {
      boxBorders(range);
      range.format.rowHeight = wrappedRowHeight(cells, WIDTHS);
      range.getCell(0, 0).format.horizontalAlignment = "Center" as Excel.HorizontalAlignment;
    } else if (i === write.headerLine) {
      range.format.font.bold = true;
      range.format.horizontalAlignment = "Center" as Excel.HorizontalAlignment;
      range.format.verticalAlignment = "Center" as Excel.VerticalAlignment;
      range.format.rowHeight = wrappedRowHeight(cells, WIDTHS);
      boxBorders(range);
    } else if (line[0]) {
      range.format.rowHeight = wrappedRowHeight([line[0]], [WIDTHS.reduce((a, b) => a + b, 0)]);
      range.merge();
      range.format.horizontalAlignment = "Center" as Excel.HorizontalAlignment;
      range.format.font.bold = true;
    }
  });
  if (write.create) {
    WIDTHS.forEach(
      (w, c) => (sheet.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = w)
    );
    const header = write.firstRow + (write.headerLine ?? 0) + 1;
    printLandscape(sheet, `$${header}:$${header}`);
  }
}
