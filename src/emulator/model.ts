import type { CellValue } from "../plan";

/**
 * The in-memory workbook behind the emulator: what Excel keeps per cell and per sheet, no more than the
 * add-in reads or writes. The Office.js proxies (officejs/) and the .xlsx reader and writer (xlsx.ts) share it.
 */

export interface Font {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
}

export type BorderSide = "top" | "bottom" | "left" | "right";
export type BorderStyle = "Continuous" | "Dash" | "Dot" | "Double" | "None";

export interface Cell {
  /** The typed value, or the last computed value of a formula. */
  value: CellValue;
  /** "=SUM(A1:A3)" when the cell holds a formula. */
  formula?: string;
  numberFormat?: string;
  font?: Font;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  borders?: Partial<Record<BorderSide, BorderStyle>>;
  note?: string;
}

export interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface PageSetup {
  orientation?: "Portrait" | "Landscape";
  paperSize?: string;
  /** "$1:$5" */
  printTitleRows?: string;
  fitToWidth?: boolean;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export class MemorySheet {
  readonly rows: (Cell | undefined)[][] = [];
  merges: Area[] = [];
  /** Column widths and row heights in points, as Office.js gives them. */
  columnWidths: number[] = [];
  rowHeights: number[] = [];
  visibility: Visibility = "Visible";
  protected = false;
  pageSetup: PageSetup = {};

  constructor(public name: string) {}

  cell(row: number, col: number): Cell | undefined {
    return this.rows[row]?.[col];
  }

  /** The cell, created empty when it is not there yet. */
  cellForWrite(row: number, col: number): Cell {
    const cells = (this.rows[row] ??= []);
    return (cells[col] ??= { value: null });
  }

  /** The smallest area holding every cell with a value (or, unless valuesOnly, any formatting). */
  usedArea(valuesOnly: boolean): Area | undefined {
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    this.rows.forEach((cells, r) =>
      cells?.forEach((cell, c) => {
        if (!cell || !isUsed(cell, valuesOnly)) return;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      })
    );
    return bottom < 0
      ? undefined
      : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }
}

function isUsed(cell: Cell, valuesOnly: boolean): boolean {
  const hasValue =
    cell.formula !== undefined ||
    (cell.value !== null && cell.value !== undefined && cell.value !== "");
  if (valuesOnly) return hasValue;
  return (
    hasValue ||
    Object.keys(cell).some(
      (k) => k !== "value" && (cell as unknown as Record<string, unknown>)[k] !== undefined
    )
  );
}

export interface NamedReference {
  name: string;
  /** "=Sheet1!$A$1:$L$40" */
  formula: string;
  comment?: string;
}

export class MemoryWorkbook {
  sheets: MemorySheet[] = [];
  names: NamedReference[] = [];
  activeSheet = 0;
  selection?: { sheet: string; area: Area };

  sheet(name: string): MemorySheet | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  addSheet(name: string): MemorySheet {
    const sheet = new MemorySheet(name);
    this.sheets.push(sheet);
    return sheet;
  }
}

export function areasOverlap(a: Area, b: Area): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.col < b.col + b.cols &&
    b.col < a.col + a.cols
  );
}
