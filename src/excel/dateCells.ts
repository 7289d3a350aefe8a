import { cellKey, isDateFormat, type SheetValues } from "../plan";
import { isPayloadError } from "./cells";

/* global Excel */

/** A column of a sheet's used range that holds a number somewhere, rows `from` to `from + rows - 1`. */
interface NumberColumn {
  sheet: number;
  col: number;
  from: number;
  rows: number;
}

/** The columns of each sheet that hold numbers, cut into pieces of at most `cells` cells. */
function numberColumns(sheets: readonly SheetValues[], cells: number): NumberColumn[] {
  const pieces: NumberColumn[] = [];
  sheets.forEach((sheet, i) => {
    if (sheet.hidden) return;
    // One pass over the rows: a large sheet has hundreds of thousands.
    const numbers: boolean[] = [];
    for (const row of sheet.values)
      for (let col = 0; col < row.length; col++)
        if (typeof row[col] === "number") numbers[col] = true;
    for (let col = 0; col < numbers.length; col++) {
      if (!numbers[col]) continue;
      for (let from = 0; from < sheet.values.length; from += cells)
        pieces.push({ sheet: i, col, from, rows: Math.min(cells, sheet.values.length - from) });
    }
  });
  return pieces;
}

/**
 * Marks the numbers shown as dates (Office.js hands a date over as its serial number; only the number format
 * says it is one), so that the reader never takes a date for baht. Only the columns that hold numbers are asked
 * for their formats, in syncs of at most `cells` cells (Excel on the web's payload limit); none when no sheet holds
 * a number.
 */
export async function attachDateCells(
  context: Excel.RequestContext,
  worksheets: readonly Excel.Worksheet[],
  names: readonly string[],
  sheets: SheetValues[],
  cells: number
): Promise<SheetValues[]> {
  const pieces = numberColumns(sheets, cells);
  const dates = sheets.map(() => new Set<number>());
  // A column repeats a few formats over thousands of cells.
  const formats = new Map<string, boolean>();
  const isDate = (format: string) => {
    let known = formats.get(format);
    if (known === undefined) formats.set(format, (known = isDateFormat(format)));
    return known;
  };
  for (let start = 0; start < pieces.length;) {
    let load = 0;
    const batch: { piece: NumberColumn; range: Excel.Range }[] = [];
    for (
      ;
      start < pieces.length && (batch.length === 0 || load + pieces[start].rows <= cells);
      start++
    ) {
      const piece = pieces[start];
      const sheet = sheets[piece.sheet];
      const worksheet = worksheets[names.indexOf(sheet.sheet)];
      const range = worksheet
        .getRangeByIndexes(
          (sheet.top ?? 0) + piece.from,
          (sheet.left ?? 0) + piece.col,
          piece.rows,
          1
        )
        .load("numberFormat");
      batch.push({ piece, range });
      load += piece.rows;
    }
    try {
      // One sync per batch on purpose: each response must stay under the payload limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      // Formats answer larger than values: start again in pieces half the size while Excel still refuses.
      if (!isPayloadError(error) || cells <= 1) throw error;
      return attachDateCells(context, worksheets, names, sheets, Math.floor(cells / 2));
    }
    for (const { piece, range } of batch) {
      const sheet = sheets[piece.sheet];
      range.numberFormat.forEach(([format], r) => {
        const row = piece.from + r;
        if (typeof sheet.values[row][piece.col] === "number" && isDate(String(format)))
          dates[piece.sheet].add(cellKey((sheet.top ?? 0) + row, (sheet.left ?? 0) + piece.col));
      });
    }
  }
  return sheets.map((sheet, i) => (dates[i].size > 0 ? { ...sheet, dateCells: dates[i] } : sheet));
}
