import {
  columnLetters,
  printSheetName,
  toThaiDigits,
  type Block,
  type CellValue,
  type RoundDocument,
} from "../plan";
import { asCellText, boxBorders, printFont, wrappedRowHeight } from "./cells";

/* global Excel */

/** Page width in points between the margins, as A4 prints it. */
const WIDTH = { portrait: 480, landscape: 760 };

/**
 * Writes each part of a round's document to a print-ready sheet of its own (for offices that print from Excel):
 * A4 in the part's orientation, fitted to the page's width, TH Sarabun New, tables boxed with their headers
 * repeated on every page. A sheet of the same name is replaced. Two syncs.
 */
export async function writeDocumentSheets(
  context: Excel.RequestContext,
  document: RoundDocument
): Promise<string[]> {
  const names = document.parts.map((p) => printSheetName(p.id, document.round));
  const existing = names.map((n) => context.workbook.worksheets.getItemOrNullObject(n));
  await context.sync();
  existing.forEach((sheet) => {
    if (!sheet.isNullObject) sheet.delete();
  });
  document.parts.forEach((part, i) => {
    const sheet = context.workbook.worksheets.add(names[i]);
    const width = WIDTH[part.orientation];
    const columns = Math.max(
      1,
      ...part.blocks.map((b) => (b.kind === "table" ? b.widths.length : 1))
    );
    const tableWidths = part.blocks.find((b) => b.kind === "table")?.widths;
    const total = tableWidths?.reduce((a, b) => a + b, 0) ?? 1;
    const widths = tableWidths ? tableWidths.map((w) => (w / total) * width) : [width];
    widths.forEach(
      (w, c) => (sheet.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = w)
    );
    let row = 0;
    /** The first table's header rows, repeated at the top of every printed page. */
    let headerRows: { first: number; last: number } | undefined;
    const last = columnLetters(columns - 1);
    for (const block of part.blocks) {
      for (const { cells, header, box, center, bold } of rowsOf(block)) {
        const range = sheet.getRange(`A${row + 1}:${last}${row + 1}`);
        const values = Array.from({ length: columns }, (_, c) => asCellText(cells[c] ?? ""));
        range.values = [values] as never;
        printFont(range, part.orientation === "landscape" ? 14 : 16);
        range.format.wrapText = true;
        range.format.verticalAlignment = "Top" as Excel.VerticalAlignment;
        if (cells.length === 1) {
          range.merge();
          range.format.rowHeight = wrappedRowHeight([cells[0]], [width]);
        } else range.format.rowHeight = wrappedRowHeight(values, widths);
        if (center) range.format.horizontalAlignment = "Center" as Excel.HorizontalAlignment;
        if (bold) range.format.font.bold = true;
        if (box) boxBorders(range);
        if (header) headerRows = { first: headerRows?.first ?? row + 1, last: row + 1 };
        row++;
      }
    }
    sheet.pageLayout.orientation = (
      part.orientation === "landscape" ? "Landscape" : "Portrait"
    ) as Excel.PageOrientation;
    sheet.pageLayout.paperSize = "A4" as Excel.PaperType;
    sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    sheet.pageLayout.setPrintArea(`A1:${last}${Math.max(row, 1)}`);
    if (headerRows) sheet.pageLayout.setPrintTitleRows(`$${headerRows.first}:$${headerRows.last}`);
  });
  await context.sync();
  return names;
}

interface SheetRow {
  cells: CellValue[];
  header?: boolean;
  box?: boolean;
  center?: boolean;
  bold?: boolean;
}

/** A block as sheet rows: a line of text in one merged cell, a table a row to a row. */
function rowsOf(block: Block): SheetRow[] {
  switch (block.kind) {
    case "pageBreak":
      return [];
    case "title":
      return [{ cells: [block.text], center: true, bold: true }];
    case "center":
    case "signature":
      return [{ cells: [block.text], center: true }];
    case "bullet":
      return [{ cells: [`- ${block.text}`] }];
    case "contents":
      return block.entries.map((e) => ({
        cells: [`${e.text}    ${e.page ? toThaiDigits(String(e.page)) : ""}`],
      }));
    case "table":
      return [
        ...block.header.map((cells) => ({
          cells,
          header: true,
          box: true,
          center: true,
          bold: true,
        })),
        ...block.rows.map((cells) => ({ cells, box: true })),
      ];
    default:
      return [{ cells: [block.text] }];
  }
}
