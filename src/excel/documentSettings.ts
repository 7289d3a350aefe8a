import { DOCUMENT_SHEET, settingsRows, type DocumentSettings } from "../plan";
import { asCellText } from "./cells";

/* global Excel */

/**
 * Keeps the office profile and the register of rounds in their hidden sheet, rewritten whole (it is a few rows).
 * Two syncs.
 */
export async function saveDocumentSettings(
  context: Excel.RequestContext,
  settings: DocumentSettings
): Promise<void> {
  const existing = context.workbook.worksheets.getItemOrNullObject(DOCUMENT_SHEET);
  await context.sync();
  const sheet = existing.isNullObject ? context.workbook.worksheets.add(DOCUMENT_SHEET) : existing;
  if (existing.isNullObject) sheet.visibility = "Hidden" as Excel.SheetVisibility;
  else sheet.getRange().clear("Contents" as Excel.ClearApplyTo);
  const rows = settingsRows(settings);
  const width = Math.max(...rows.map((r) => r.length));
  const values = rows.map((r) => [...r, ...Array(width - r.length).fill("")].map(asCellText));
  sheet.getRangeByIndexes(0, 0, values.length, width).values = values as never;
  await context.sync();
}
