import { message, parseAddress, type SheetValues, type TextBox } from "../plan";
import { apiSupported } from "./cells";

/* global Excel, OfficeExtension */

/**
 * What a sheet holds besides its values that the reader needs: merged areas (a budget merged across two years)
 * and text boxes (form labels such as "แบบ ผ.02/1", amendment marks such as "แก้ไข ครั้งที่ 2 / 2568").
 * The shapes' kinds and places come with the sheet list (SHAPES_WITH_SHEETS); their text and the rows' heights
 * with the values. Text is asked only of shapes known to be geometric: loading the text frame of a picture or a
 * table fails the whole batch with InvalidArgument (OfficeDev/office-js #5360, #4380).
 */
export interface SheetExtras {
  merges?: Excel.RangeAreas;
  boxes?: { shapes: Excel.Shape[]; rows: OfficeExtension.ClientResult<Excel.RowProperties[]> };
}

/** Added to the sheet list's load, so that the shapes are known before the values' sync. */
export const SHAPES_WITH_SHEETS =
  ",items/shapes/items/name,items/shapes/items/type,items/shapes/items/top,items/shapes/items/height";

/**
 * Merged areas come with ExcelApi 1.13 (getMergedAreasOrNullObject), and no earlier member tells them. Without
 * them a budget merged across two years reads as the first year's: said with the book, never passed over.
 */
export function mergesReadable(): boolean {
  return apiSupported("1.13");
}

export const NO_MERGES = message(
  "Excel รุ่นนี้อ่านเซลล์ที่ผสานไม่ได้ (ต้องมี ExcelApi 1.13): งบประมาณที่ผสานเซลล์คร่อมสองปีจะนับเป็นของปีแรกโดยไม่มีการแจ้ง ตรวจแผนใน Excel รุ่นใหม่กว่าหรือด้วยคำสั่ง local-plan check",
  "This Excel cannot read merged cells (ExcelApi 1.13 needed): a budget merged across two years counts as the first year's without a finding; check the plan in a newer Excel or with local-plan check"
);

/** Queues, with the values, the merged areas and the text boxes' texts and rows of a sheet from the loaded list. */
export function queueExtras(sheet: Excel.Worksheet): SheetExtras {
  const merges = mergesReadable()
    ? sheet.getUsedRange(true).getMergedAreasOrNullObject().load("address")
    : undefined;
  const shapes = sheet.shapes.items.filter((s) => s.type === "GeometricShape");
  if (shapes.length === 0) return { merges };
  for (const shape of shapes) shape.textFrame.textRange.load("text");
  // A shape says where it is in points; the heights of the rows from the first turn that into a row. Rows down to
  // the last value only: a sheet formatted down to row 1,048,576 would otherwise send a million heights.
  const rows = sheet
    .getRangeByIndexes(0, 0, 1, 1)
    .getBoundingRect(sheet.getUsedRange(true))
    .getRowProperties({ rowHidden: true, format: { rowHeight: true } });
  return { merges, boxes: { shapes, rows } };
}

/** Adds what queueExtras brought to the sheets read. */
export function attachExtras(
  sheets: SheetValues[],
  extras: ReadonlyMap<string, SheetExtras>
): SheetValues[] {
  for (const values of sheets) {
    const { merges, boxes } = extras.get(values.sheet) ?? {};
    if (merges && !merges.isNullObject) values.merges = areasOf(merges.address);
    if (!boxes) continue;
    const tops = rowTops(boxes.rows.value);
    values.textBoxes = boxes.shapes.map((shape): TextBox => ({
      text: shape.textFrame.textRange.text,
      row: rowAt(tops, shape.top + shape.height / 2),
      name: shape.name,
    }));
  }
  return sheets;
}

/**
 * The top of each row in points (the heights above it added up, a hidden row taking none), then the bottom of the
 * last: a text box below the values falls on no row of theirs.
 */
function rowTops(rows: Excel.RowProperties[]): number[] {
  const tops: number[] = [];
  let top = 0;
  for (const row of rows) {
    tops.push(top);
    if (!row.rowHidden) top += row.format?.rowHeight ?? 0;
  }
  tops.push(top);
  return tops;
}

function rowAt(tops: number[], points: number): number {
  let row = 0;
  while (row + 1 < tops.length && tops[row + 1] <= points) row++;
  return row;
}

function areasOf(address: string): SheetValues["merges"] {
  return address.split(",").map((a) => {
    const { row, col, rows, cols } = parseAddress(a.trim());
    return { row, col, rows, cols };
  });
}
