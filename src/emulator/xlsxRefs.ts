import { columnIndex, columnLetters } from "../common/a1";
import type { SheetEdit } from "./model";

/**
 * Rows inserted or deleted, replayed over the references an .xlsx keeps outside the cells the emulator models
 * (merges, conditional formats, validations, hyperlinks, defined names, print areas, drawing anchors, chart
 * series), the way Excel moves them: a reference below the insertion moves down, a range that spans it grows,
 * one inside deleted rows is gone.
 */

export type RowShift = Extract<SheetEdit, { kind: "shift" }>;

export const shiftsOf = (edits: SheetEdit[]): RowShift[] =>
  edits.filter((e): e is RowShift => e.kind === "shift");

/** Where a row (0-based) of the file is after the shift, or undefined when it was deleted. */
export function shiftRow(row: number, { at, count }: RowShift): number | undefined {
  if (count > 0) return row >= at ? row + count : row;
  if (row < at) return row;
  return row >= at - count ? row + count : undefined;
}

/** A range of rows [first, last] after the shift; undefined when every row of it was deleted. */
export function shiftSpan(
  first: number,
  last: number,
  shift: RowShift
): [number, number] | undefined {
  if (shift.count > 0) return [shiftRow(first, shift)!, shiftRow(last, shift)!];
  const end = shift.at - shift.count;
  if (first >= shift.at && last < end) return undefined;
  const a = first < shift.at ? first : first >= end ? first + shift.count : shift.at;
  const b = last < shift.at ? last : last >= end ? last + shift.count : shift.at - 1;
  return [a, b];
}

const CELL = /^(\$?)([A-Z]{1,3})(\$?)(\d+)$/;
const ROW = /^(\$?)(\d+)$/;

/** "A1", "$B$3:C9", "$5:$6" moved by the shift; "#REF!" when deleted; columns-only ("A:C") as they are. */
function shiftArea(area: string, shift: RowShift): string | undefined {
  const [from, to = from] = area.split(":");
  const a = CELL.exec(from) ?? ROW.exec(from);
  const b = CELL.exec(to) ?? ROW.exec(to);
  if (!a || !b) return area;
  const rowOf = (m: RegExpExecArray) => Number(m[m.length - 1]) - 1;
  const span = shiftSpan(rowOf(a), rowOf(b), shift);
  if (!span) return undefined;
  const write = (m: RegExpExecArray, row: number) =>
    m.length === 5 ? `${m[1]}${m[2]}${m[3]}${row + 1}` : `${m[1]}${row + 1}`;
  const first = write(a, span[0]);
  return area.includes(":") ? `${first}:${write(b, span[1])}` : first;
}

/** A space-separated list of areas (sqref, ref): deleted ones dropped; "" when all are gone. */
export function shiftSqref(sqref: string, shift: RowShift): string {
  return sqref
    .split(/\s+/)
    .filter(Boolean)
    .map((area) => shiftArea(area, shift))
    .filter((a): a is string => a !== undefined)
    .join(" ");
}

/** A sheet reference prefix ("'ผ.02'!", "Data!") as the sheet's name; "" for none. */
function sheetOfPrefix(prefix: string | undefined): string {
  if (!prefix) return "";
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

// A quoted string (kept as it is), or an optional sheet prefix and an area of cells or whole rows.
const FORMULA_REF =
  /("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[\p{L}\p{N}_.]+)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|\$?\d+:\$?\d+)(?![\p{L}\p{N}_(!])/gu;

/**
 * Moves the references of a formula text that point at `sheet`: those qualified with its name, and the
 * unqualified ones when the formula lives on that sheet (`local`). A deleted reference becomes #REF!, as in Excel.
 */
export function shiftFormula(
  formula: string,
  sheet: string,
  local: boolean,
  shift: RowShift
): string {
  return formula.replace(FORMULA_REF, (all, quoted, prefix, area, offset: number) => {
    if (quoted) return all;
    const before = formula[offset - 1];
    if (before && /[\p{L}\p{N}_$]/u.test(before)) return all; // part of a name such as LOG10
    const target = sheetOfPrefix(prefix);
    if (target ? target.toLowerCase() !== sheet.toLowerCase() : !local) return all;
    const moved = shiftArea(area, shift);
    return `${prefix ?? ""}${moved ?? "#REF!"}`;
  });
}

export const cellRef = (row: number, col: number) => `${columnLetters(col)}${row + 1}`;

/**
 * A shared formula's text for one of its cells (ECMA-376 18.3.1.40): the master's, with every relative row and
 * column moved by the cell's distance from the master; absolute ($) parts stay, whole rows move by rows only.
 */
export function slideFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  const slide = (reference: string) => {
    const cell = CELL.exec(reference);
    if (cell) {
      const col = cell[1] ? cell[2] : columnLetters(columnIndex(cell[2]) + cols);
      const row = cell[3] ? cell[4] : String(Number(cell[4]) + rows);
      return `${cell[1]}${col}${cell[3]}${row}`;
    }
    const row = ROW.exec(reference)!;
    return row[1] ? reference : String(Number(row[2]) + rows);
  };
  return formula.replace(FORMULA_REF, (all, quoted, prefix, area, offset: number) => {
    if (quoted) return all;
    const before = formula[offset - 1];
    if (before && /[\p{L}\p{N}_$]/u.test(before)) return all;
    return `${prefix ?? ""}${area.split(":").map(slide).join(":")}`;
  });
}
