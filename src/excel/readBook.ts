import type { SheetValues } from "../plan";

/* global Excel */

/** What the add-in needs of a workbook to read the plan: every sheet's used values and where they sit. */
export interface BookValues {
  sheets: SheetValues[];
}

/**
 * Reads every sheet's used range in two syncs whatever the number of sheets: one for the sheet list,
 * one for all the values. The values are what the plan reader and the checker work on.
 */
export async function readBook(context: Excel.RequestContext): Promise<BookValues> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const used = worksheets.items.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("values,rowIndex,columnIndex");
    return { name: sheet.name, range };
  });
  await context.sync();
  return {
    sheets: used
      .filter(({ range }) => !range.isNullObject)
      .map(({ name, range }) => ({
        sheet: name,
        values: range.values,
        top: range.rowIndex,
        left: range.columnIndex,
      })),
  };
}
