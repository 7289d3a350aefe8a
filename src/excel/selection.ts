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
