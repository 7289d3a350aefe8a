import { neverPlan, type BookSnapshot, type SheetValues } from "../plan";
import { isPayloadError } from "./cells";
import { attachDateCells } from "./dateCells";
import {
  attachExtras,
  mergesReadable,
  NO_MERGES,
  queueExtras,
  SHAPES_WITH_SHEETS,
  type SheetExtras,
} from "./sheetDrawings";

/* global Excel */

/** Cells per sync when a book is too large to read at once; halved again while Excel still refuses. */
const FIRST_CHUNK_CELLS = 50_000;

/** The sheets read, with what this Excel could not read of them. */
function snapshot(sheets: SheetValues[]): BookSnapshot {
  return mergesReadable() ? { sheets } : { sheets, notices: [NO_MERGES] };
}

function queueAllExtras(sheets: Excel.Worksheet[], names: string[]): Map<string, SheetExtras> {
  return new Map(sheets.map((sheet, i) => [names[i], queueExtras(sheet)]));
}

/**
 * Reads the values of every sheet, with their merged areas, text boxes and the numbers shown as dates. A book that
 * fits in one response takes three syncs whatever its number of sheets and shapes (the sheet list with its shapes,
 * every used range with the text boxes' texts, the number formats of the columns holding numbers); a larger one
 * is read in row chunks that stay under Excel on the web's payload limit.
 */
export async function readBook(context: Excel.RequestContext): Promise<BookSnapshot> {
  const worksheets = context.workbook.worksheets;
  worksheets.load(`items/name,items/visibility${SHAPES_WITH_SHEETS}`);
  await context.sync();
  const names = worksheets.items.map((s) => s.name);
  // The add-in's working sheets and print-ready copies are no plan, even where shown (addinSheets.ts).
  const hidden = new Set(
    worksheets.items
      .filter((s) => s.visibility !== "Visible" || neverPlan(s.name))
      .map((s) => s.name)
  );
  const used = worksheets.items.map((sheet) =>
    sheet.getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex")
  );
  const extras = queueAllExtras(worksheets.items, names);
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadError(error)) throw error;
    return readInChunks(context, worksheets.items, names, hidden);
  }
  const sheets: SheetValues[] = used.flatMap((range, i) =>
    range.isNullObject
      ? []
      : [
          {
            sheet: names[i],
            values: range.values,
            top: range.rowIndex,
            left: range.columnIndex,
            ...(hidden.has(names[i]) ? { hidden: true } : {}),
          },
        ]
  );
  return snapshot(
    await attachDateCells(
      context,
      worksheets.items,
      names,
      attachExtras(sheets, extras),
      FIRST_CHUNK_CELLS
    )
  );
}

async function readInChunks(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  names: string[],
  hidden: Set<string>
): Promise<BookSnapshot> {
  const areas = sheets.map((s) =>
    s.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount")
  );
  const extras = queueAllExtras(sheets, names);
  await context.sync();
  const result: SheetValues[] = [];
  let budget = FIRST_CHUNK_CELLS;
  for (const [i, shape] of areas.entries()) {
    if (shape.isNullObject) continue;
    const values: unknown[][] = [];
    let row = 0;
    while (row < shape.rowCount) {
      const rows = Math.max(
        1,
        Math.min(shape.rowCount - row, Math.floor(budget / shape.columnCount))
      );
      const chunk = sheets[i]
        .getRangeByIndexes(shape.rowIndex + row, shape.columnIndex, rows, shape.columnCount)
        .load("values");
      try {
        // One sync per chunk on purpose: each response must stay under the payload limit.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (error) {
        if (!isPayloadError(error) || rows === 1) throw error;
        budget = Math.floor(budget / 2);
        continue;
      }
      values.push(...chunk.values);
      row += rows;
    }
    result.push({
      sheet: names[i],
      values: values as SheetValues["values"],
      top: shape.rowIndex,
      left: shape.columnIndex,
      ...(hidden.has(names[i]) ? { hidden: true } : {}),
    });
  }
  return snapshot(
    await attachDateCells(context, sheets, names, attachExtras(result, extras), budget)
  );
}
