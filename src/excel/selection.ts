/* global Excel */

/** The sheet and 0-based row of the user's selection, for "use the selected row". */
export async function selectedRow(
  context: Excel.RequestContext
): Promise<{ sheet: string; row: number }> {
  const range = context.workbook.getSelectedRange().load("rowIndex");
  const sheet = range.worksheet.load("name");
  await context.sync();
  return { sheet: sheet.name, row: range.rowIndex };
}

/**
 * Takes the user to a cell: its sheet made active, then the cell selected. Range.select() on a sheet that is not
 * the active one is known to do nothing at times (office-js issue 5118), hence the sync between the two.
 */
export async function selectCell(
  context: Excel.RequestContext,
  cell: { sheet: string; row: number; col: number }
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(cell.sheet);
  sheet.activate();
  await context.sync();
  sheet.getRangeByIndexes(cell.row, cell.col, 1, 1).select();
  await context.sync();
}
