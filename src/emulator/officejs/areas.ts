import type { CellValue } from "../../common/cellValue";
import type { Area, MemorySheet } from "../model";
import type { Look } from "../xlsxLooks";

/** Where a range is, worked out at sync time (a used range depends on the cells then). */
export interface Place {
  sheet: MemorySheet;
  area: Area;
}
export type PlaceResolver = () => Place | undefined;

export type Grid = CellValue[][];

/** Runs over every cell of an area, row by row. */
export function forEachCell(
  area: Area,
  visit: (row: number, col: number, r: number, c: number) => void
): void {
  for (let r = 0; r < area.rows; r++)
    for (let c = 0; c < area.cols; c++) visit(area.row + r, area.col + c, r, c);
}

/**
 * The one value all cells' looks share, or null when they differ (Office.js reads a mixed range as null); a cell
 * with a format alone has the file's look (MemorySheet.look).
 */
export function uniform<T>(place: Place, pick: (look: Look | undefined) => T): T | null {
  let first: T | undefined;
  let mixed = false;
  forEachCell(place.area, (row, col) => {
    const v = pick(place.sheet.look(row, col));
    if (first === undefined) first = v;
    else if (v !== first) mixed = true;
  });
  return mixed ? null : (first as T);
}
