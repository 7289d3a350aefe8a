import { cellAddress, planError, type AmendmentMark, type NewSheet } from "../plan";
import { notesSupported, protectionCheck } from "./cells";
import { MARK_CELLS } from "./mark";

/* global Excel */

/** Fits the rows the revision wrote on its new sheet to their text (the template's row heights came along). */
export function fitNewRows(context: Excel.RequestContext, sheet: NewSheet): void {
  fitRows(context.workbook.worksheets.getItem(sheet.name), sheet);
}

function fitRows(worksheet: Excel.Worksheet, sheet: NewSheet): void {
  worksheet
    .getRange(`${sheet.keepRows + 1}:${sheet.keepRows + sheet.blockRows}`)
    .format.autofitRows();
}

/** Refuses, before anything is written, a new sheet whose name is taken or whose template is protected. */
export function newSheetCheck(
  context: Excel.RequestContext,
  sheet: NewSheet | undefined
): () => void {
  if (!sheet) return () => undefined;
  const taken = context.workbook.worksheets.getItemOrNullObject(sheet.name).load("name");
  // A copy of a protected sheet is protected too: nothing could be written into it.
  const refuseProtected = protectionCheck(context, [sheet.template]);
  return () => {
    refuseProtected();
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
 * header, column widths, page set-up and form label), everything under the header cleared, the project and รวม
 * rows given the look of the template's first project row, and the copied amendment marks and notes of the
 * template's projects dropped. The copy goes to the end and is then moved after the tactic's last sheet: Excel
 * refuses a copy placed relative to the sheet copied (OfficeDev/office-js #775), which the template is when the
 * tactic has one sheet. One sync; returns the range under the mark, loaded.
 */
export async function makeSheet(
  context: Excel.RequestContext,
  sheet: NewSheet,
  mark: AmendmentMark
): Promise<Excel.Range> {
  const worksheets = context.workbook.worksheets;
  const template = worksheets.getItem(sheet.template);
  const copy = template.copy("End" as Excel.WorksheetPositionType);
  copy.name = sheet.name;
  const after = worksheets.getItem(sheet.after).load("position");
  copy.getRange(`${sheet.keepRows + 1}:1048576`).clear("All" as Excel.ClearApplyTo);
  const model = template.getRange(`${sheet.modelRow + 1}:${sheet.modelRow + 1}`);
  for (let row = sheet.keepRows + 1; row < sheet.keepRows + sheet.blockRows; row++)
    copy.getRange(`${row + 1}:${row + 1}`).copyFrom(model, "Formats" as Excel.RangeCopyType);
  // The template's row heights came along: fitted now so the mark is placed on the rows as they will be.
  fitRows(copy, sheet);
  const shapes = copy.shapes.load("items/name,items/top");
  const keepTop = copy.getRangeByIndexes(sheet.keepRows, 0, 1, 1).load("top");
  const markAt = copy
    .getRangeByIndexes(mark.row, mark.firstCol, 1, mark.lastCol - mark.firstCol + 1)
    .load(MARK_CELLS);
  const notes = notesSupported()
    ? sheet.noteCells.map((cell) =>
        copy.notes.getItemOrNullObject(cellAddress({ ...cell, sheet: "" })).load("content")
      )
    : [];
  await context.sync();
  copy.position = after.position + 1;
  for (const shape of shapes.items) if (shape.top >= keepTop.top) shape.delete();
  for (const note of notes) if (!note.isNullObject) note.delete();
  return markAt;
}
