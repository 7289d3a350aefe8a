import { cellAddress, planError, type AmendmentMark, type NewSheet } from "../plan";
import { apiSupported, notesSupported } from "./cells";

/* global Excel */

/** Refuses, before anything is written, a new sheet this Excel cannot copy or whose name is taken. */
export function newSheetCheck(
  context: Excel.RequestContext,
  sheet: NewSheet | undefined
): () => void {
  if (!sheet) return () => undefined;
  if (!apiSupported("1.7")) {
    throw planError(
      "Excel รุ่นนี้คัดลอกชีตไม่ได้ (ต้องมี ExcelApi 1.7): เพิ่มชีตของแผนงานนี้เองก่อน",
      "This Excel cannot copy a sheet (ExcelApi 1.7 needed); add the work plan's sheet by hand first"
    );
  }
  const taken = context.workbook.worksheets.getItemOrNullObject(sheet.name).load("name");
  return () => {
    if (!taken.isNullObject) {
      throw planError(
        `มีชีตชื่อ "${sheet.name}" อยู่แล้ว: อ่านแผนใหม่แล้วลองอีกครั้ง`,
        `A sheet named "${sheet.name}" exists already; read the plan again and retry`
      );
    }
  };
}

/**
 * Makes the new sheet as staff make one: a copy of the tactic's sheet (Worksheet.copy keeps its title block,
 * header, column widths, page set-up and form label), everything under the header emptied. The rows the revision
 * writes keep the template's row formats; below them all is cleared, and the copied amendment marks and notes
 * of the template's projects go. One sync; returns the range under the mark, loaded, when shapes are supported.
 */
export async function makeSheet(
  context: Excel.RequestContext,
  sheet: NewSheet,
  mark: AmendmentMark
): Promise<Excel.Range | undefined> {
  const worksheets = context.workbook.worksheets;
  const copy = worksheets
    .getItem(sheet.template)
    .copy("After" as Excel.WorksheetPositionType, worksheets.getItem(sheet.after));
  copy.name = sheet.name;
  const rows = (from: number, to?: number) => copy.getRange(`${from + 1}:${to ?? 1048576}`);
  rows(sheet.keepRows, sheet.keepRows + sheet.formatRows).clear("Contents" as Excel.ClearApplyTo);
  rows(sheet.keepRows + sheet.formatRows).clear("All" as Excel.ClearApplyTo);
  const shapes = apiSupported("1.9") ? copy.shapes.load("items/name,items/top") : undefined;
  const keepTop = shapes ? copy.getRangeByIndexes(sheet.keepRows, 0, 1, 1).load("top") : undefined;
  const markAt = shapes
    ? copy
        .getRangeByIndexes(mark.row, mark.firstCol, 1, mark.lastCol - mark.firstCol + 1)
        .load("top,left,width,height")
    : undefined;
  const notes = notesSupported()
    ? sheet.noteCells.map((cell) =>
        copy.notes.getItemOrNullObject(cellAddress({ ...cell, sheet: "" })).load("content")
      )
    : [];
  await context.sync();
  for (const shape of shapes?.items ?? []) if (shape.top >= keepTop!.top) shape.delete();
  for (const note of notes) if (!note.isNullObject) note.delete();
  return markAt;
}
