import { parseAddress, type SheetValues, type TextBox } from "../plan";
import { apiSupported } from "./cells";

/* global Excel */

/**
 * What a sheet holds besides its values that the reader needs: merged areas (a budget merged across two years)
 * and text boxes (form labels such as "แบบ ผ.02/1", amendment marks such as "แก้ไข ครั้งที่ 2 / 2568").
 * Both are queued with the values' sync; the text of text boxes and the rows under them take one more sync,
 * only in books that have text boxes: loading the text frame of a picture or a table fails the whole batch with
 * InvalidArgument (OfficeDev/office-js #5360, #4380), so text is asked only of shapes known to be geometric.
 */
export interface SheetExtras {
  merges?: Excel.RangeAreas;
  shapes?: Excel.ShapeCollection;
}

export function queueExtras(sheet: Excel.Worksheet): SheetExtras {
  return {
    merges: apiSupported("1.13")
      ? sheet.getUsedRange(true).getMergedAreasOrNullObject().load("address")
      : undefined,
    shapes: apiSupported("1.9")
      ? sheet.shapes.load("items/name,items/type,items/top,items/height")
      : undefined,
  };
}

/** Adds merges and text boxes to the sheets read; one sync when any sheet has a shape that can hold text. */
export async function attachExtras(
  context: Excel.RequestContext,
  sheets: SheetValues[],
  extras: Map<string, { sheet: Excel.Worksheet; extras: SheetExtras }>
): Promise<SheetValues[]> {
  const pending: { values: SheetValues; shapes: Excel.Shape[]; rowTops: Excel.Range[] }[] = [];
  for (const values of sheets) {
    const found = extras.get(values.sheet);
    if (!found) continue;
    const { merges, shapes } = found.extras;
    if (merges && !merges.isNullObject) values.merges = areasOf(merges.address);
    const texts = (shapes?.items ?? []).filter((s) => s.type === "GeometricShape");
    if (texts.length === 0) continue;
    for (const shape of texts) shape.textFrame.textRange.load("text");
    // A shape says where it is in points; the rows' tops turn that into a row.
    const bottom = (values.top ?? 0) + values.values.length + 1;
    const rowTops = Array.from({ length: bottom }, (_, r) =>
      found.sheet.getRangeByIndexes(r, 0, 1, 1).load("top")
    );
    pending.push({ values, shapes: texts, rowTops });
  }
  if (pending.length === 0) return sheets;
  await context.sync();
  for (const { values, shapes, rowTops } of pending) {
    const tops = rowTops.map((r) => r.top);
    values.textBoxes = shapes.map((shape): TextBox => ({
      text: shape.textFrame.textRange.text,
      row: rowAt(tops, shape.top + shape.height / 2),
      name: shape.name,
    }));
  }
  return sheets;
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
