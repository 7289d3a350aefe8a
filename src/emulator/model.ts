import type { CellValue } from "../common/cellValue";
import type { Look } from "./xlsxLooks";

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

function copyCell(cell: Cell): Cell {
  return {
    ...cell,
    font: cell.font && { ...cell.font },
    borders: cell.borders && { ...cell.borders },
  };
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
  /** "A1:L40" */
  printArea?: string;
  fitToWidth?: boolean;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

/**
 * A drawing object over the cells (Office.js ShapeType; a text box is a geometric shape with text). Kept, as
 * .xlsx keeps it, by the cells it spans; Office.js's points are worked out from the row heights and widths.
 */
export interface Shape {
  name: string;
  type: "GeometricShape" | "Image" | "Line";
  text: string;
  area: Area;
  /** The drawing anchor it was read from ("twoCellAnchor#0"), so that saving keeps that anchor's XML. */
  anchor?: string;
  /** Points the shape stops short of its area's edges (an .xlsx anchor's offsets): none when it fills the cells. */
  inset?: Inset;
  /** Fill and outline colours ("#FFFFFF"), null for none; left out: what Excel gives a new text box. */
  fill?: string | null;
  line?: string | null;
  /** The text's size in points; left out: Excel's 11. */
  fontSize?: number;
}

export interface Inset {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** What Excel gives a new text box (Insert → Text Box, shapes.addTextBox): a white fill and a grey outline. */
export const TEXT_BOX_FILL = "#FFFFFF";
export const TEXT_BOX_LINE = "#808080";
export const TEXT_BOX_FONT_SIZE = 11;

/**
 * What changed a sheet's layout since it was read, in order: rows inserted or deleted, and areas whose formats
 * were cleared (a cell with formats only is not in the model, so clearing it leaves no trace in the cells). The
 * .xlsx writer replays it over the file's own XML.
 */
export type SheetEdit =
  { kind: "shift"; at: number; count: number } | { kind: "clearFormats"; area: Area };

/**
 * The look a cell has in the file a sheet was read from, by its place in that file (0-based; row undefined for a row
 * inserted since, which has its column's): the formats of a cell the model does not hold (a format alone), found
 * when asked (xlsxCellLooks).
 */
export type FileLooks = (row: number | undefined, col: number) => Look | undefined;

/** Excel's defaults in points: a row of the default font, a column of 8.43 characters. */
export const DEFAULT_ROW_HEIGHT = 15;
export const DEFAULT_COLUMN_WIDTH = 48;

export class MemorySheet {
  readonly rows: (Cell | undefined)[][] = [];
  merges: Area[] = [];
  /** Column widths and row heights in points, as Office.js gives them. */
  columnWidths: number[] = [];
  rowHeights: number[] = [];
  /** Rows the user hid: they keep their height but take no room on the sheet (shapes and ranges sit as shown). */
  hiddenRows: boolean[] = [];
  visibility: Visibility = "Visible";
  protected = false;
  pageSetup: PageSetup = {};
  shapes: Shape[] = [];
  edits: SheetEdit[] = [];
  /** The looks of the file the sheet (or the one it was copied from) was read from; `edits` say where its rows went. */
  fileLooks?: FileLooks;
  /** The sheet this one was copied from, as read from a file (its XML is the copy's starting point). */
  copiedFrom?: MemorySheet;
  /**
   * Set once the sheet shares its cells with a copy (copy() makes none of its own): the cells it has made or copied
   * since, which alone it may change. Any other is copied before it is written, so neither sheet sees the other's
   * writes, and a 200,000-row sheet is copied in the time of its rows, not of its cells.
   */
  private owned?: Set<Cell>;

  constructor(public name: string) {}

  /** A copy under another name, as Excel copies a sheet: cells, formats, notes, merges, sizes, page set-up, shapes. */
  copy(name: string): MemorySheet {
    const copy = new MemorySheet(name);
    this.rows.forEach((cells, r) => {
      if (!cells) return;
      // Frozen, so that a cell changed in place, not through editableCell, fails aloud instead of changing both.
      for (const cell of cells) if (cell) Object.freeze(cell);
      copy.rows[r] = cells.slice();
    });
    this.owned = new Set();
    copy.owned = new Set();
    copy.merges = this.merges.map((m) => ({ ...m }));
    copy.columnWidths = [...this.columnWidths];
    copy.rowHeights = [...this.rowHeights];
    copy.hiddenRows = [...this.hiddenRows];
    copy.pageSetup = { ...this.pageSetup };
    copy.shapes = this.shapes.map((s) => ({
      ...s,
      area: { ...s.area },
      inset: s.inset && { ...s.inset },
    }));
    copy.edits = [...this.edits];
    copy.fileLooks = this.fileLooks;
    copy.copiedFrom = this.copiedFrom ?? this;
    return copy;
  }

  /**
   * Whole rows inserted at (count > 0) or deleted from (count < 0) a row, as Excel shifts the sheet: cells with
   * their formats and notes, row heights, merged areas and shapes below move; deleted rows take theirs with them.
   */
  shiftRows(at: number, count: number): void {
    const moveRow = (row: number) => (row >= at ? row + count : row);
    this.edits.push({ kind: "shift", at, count });
    for (const list of [this.rows, this.rowHeights, this.hiddenRows] as unknown[][]) {
      if (at >= list.length) continue; // nothing below to move
      if (count > 0) list.splice(at, 0, ...Array<undefined>(count));
      else list.splice(at, -count);
    }
    const gone = (area: Area) => count < 0 && area.row >= at && area.row + area.rows <= at - count;
    this.merges = this.merges.filter((m) => !gone(m)).map((m) => ({ ...m, row: moveRow(m.row) }));
    this.shapes = this.shapes
      .filter((s) => !gone(s.area))
      .map((s) => ({ ...s, area: { ...s.area, row: moveRow(s.area.row) } }));
  }

  /** Notes that an area's formats were cleared (Range.clear "All" or "Formats"). */
  formatsCleared(area: Area): void {
    this.edits.push({ kind: "clearFormats", area: { ...area } });
  }

  rowHeight(row: number): number {
    return this.rowHeights[row] ?? DEFAULT_ROW_HEIGHT;
  }

  /** The room a row takes on the sheet: none when hidden. */
  shownHeight(row: number): number {
    return this.hiddenRows[row] ? 0 : this.rowHeight(row);
  }

  columnWidth(col: number): number {
    return this.columnWidths[col] ?? DEFAULT_COLUMN_WIDTH;
  }

  /** Where an area is in points from the sheet's top-left corner, as Office.js gives ranges and shapes. */
  position(area: Area): { top: number; left: number; height: number; width: number } {
    const top = this.rowTop(area.row);
    const left = this.columnLeft(area.col);
    return {
      top,
      left,
      height: this.rowTop(area.row + area.rows) - top,
      width: this.columnLeft(area.col + area.cols) - left,
    };
  }

  /** Where a shape is in points: its cells, less what it stops short of their edges. */
  shapePosition(shape: Shape): { top: number; left: number; height: number; width: number } {
    const cells = this.position(shape.area);
    const inset = shape.inset ?? { top: 0, left: 0, bottom: 0, right: 0 };
    return {
      top: cells.top + inset.top,
      left: cells.left + inset.left,
      height: Math.max(0, cells.height - inset.top - inset.bottom),
      width: Math.max(0, cells.width - inset.left - inset.right),
    };
  }

  /**
   * Places a shape at points, as Office.js's top/left/height/width do: the cells it falls on become its area and
   * the rest its inset (the setters give one side at a time; the others keep where they are).
   */
  placeShape(
    shape: Shape,
    place: Partial<{ top: number; left: number; height: number; width: number }>
  ): void {
    const now = this.shapePosition(shape);
    const top = place.top ?? now.top;
    const left = place.left ?? now.left;
    const height = Math.max(0.01, place.height ?? now.height);
    const width = Math.max(0.01, place.width ?? now.width);
    const row = this.rowAt(top);
    const col = this.columnAt(left);
    const lastRow = Math.max(row, this.rowAt(top + height - 0.01));
    const lastCol = Math.max(col, this.columnAt(left + width - 0.01));
    shape.area = { row, col, rows: lastRow - row + 1, cols: lastCol - col + 1 };
    const inset = {
      top: top - this.rowTop(row),
      left: left - this.columnLeft(col),
      bottom: this.rowTop(lastRow + 1) - (top + height),
      right: this.columnLeft(lastCol + 1) - (left + width),
    };
    const round = (n: number) => Math.max(0, Math.round(n * 100) / 100);
    if (Object.values(inset).some((n) => round(n) > 0))
      shape.inset = {
        top: round(inset.top),
        left: round(inset.left),
        bottom: round(inset.bottom),
        right: round(inset.right),
      };
    else delete shape.inset;
  }

  /** Points from the top of the sheet to the top of the row. */
  rowTop(row: number): number {
    let top = 0;
    for (let r = 0; r < row; r++) top += this.shownHeight(r);
    return top;
  }

  columnLeft(col: number): number {
    let left = 0;
    for (let c = 0; c < col; c++) left += this.columnWidth(c);
    return left;
  }

  /** The row a point from the top falls in. */
  rowAt(points: number): number {
    let row = 0;
    for (let top = this.shownHeight(0); top <= points; top += this.shownHeight(row)) row++;
    return row;
  }

  columnAt(points: number): number {
    let col = 0;
    for (let left = this.columnWidth(0); left <= points; left += this.columnWidth(col)) col++;
    return col;
  }

  cell(row: number, col: number): Cell | undefined {
    return this.rows[row]?.[col];
  }

  /**
   * A cell's formats as Excel gives them: the cell's own when the model holds it, else those the file gives its
   * place, followed back through the rows inserted and deleted since (an inserted row's: its column's), none where
   * the formats were cleared since.
   */
  look(row: number, col: number): Look | undefined {
    return this.cell(row, col) ?? this.fileLook(row, col);
  }

  private fileLook(row: number, col: number): Look | undefined {
    if (!this.fileLooks) return undefined;
    let at: number | undefined = row;
    for (let i = this.edits.length - 1; i >= 0; i--) {
      const edit = this.edits[i];
      if (edit.kind === "clearFormats") {
        const { area } = edit;
        const inside =
          at >= area.row &&
          at < area.row + area.rows &&
          col >= area.col &&
          col < area.col + area.cols;
        if (inside) return undefined;
      } else if (edit.count < 0) {
        if (at >= edit.at) at -= edit.count;
      } else if (at >= edit.at + edit.count) at -= edit.count;
      else if (at >= edit.at) at = undefined;
      if (at === undefined) break;
    }
    return this.fileLooks(at, col);
  }

  /** Forgets a cell left with nothing (no value, formula, format or note), as if it had never been written. */
  dropIfEmpty(row: number, col: number): void {
    const cell = this.rows[row]?.[col];
    if (cell && !isUsed(cell, false)) delete this.rows[row][col];
  }

  /** The cell, to change it; undefined when there is none. */
  editableCell(row: number, col: number): Cell | undefined {
    const cells = this.rows[row];
    const cell = cells?.[col];
    if (!cell || !this.owned || this.owned.has(cell)) return cell;
    const own = copyCell(cell);
    this.owned.add(own);
    return (cells[col] = own);
  }

  /** The cell, to change it, created empty when it is not there yet. */
  cellForWrite(row: number, col: number): Cell {
    const made = this.editableCell(row, col);
    if (made) return made;
    const cell: Cell = { value: null };
    this.owned?.add(cell);
    return ((this.rows[row] ??= [])[col] = cell);
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
