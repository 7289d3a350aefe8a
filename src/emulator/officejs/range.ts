import { cellAddress, MAX_COLUMNS, parseAddress, quoteSheet } from "../../common/a1";
import type { CellValue } from "../../common/cellValue";
import { areasOverlap, type Area, type Cell, type MemorySheet } from "../model";
import { formatCellText } from "../numberFormat";
import type { FormulaEngine } from "../formulas";
import { forEachCell, type Grid, type Place, type PlaceResolver } from "./areas";
import { ClientObject, type RequestContext } from "./context";
import { RangeFormat } from "./rangeFormat";
import { invalidArgument, itemNotFound, protectedSheet, sizeMismatch } from "./errors";
import type { Worksheet } from "./worksheet";

/** What a cell keeps besides its value: what Range.clear("Formats") removes and copyFrom("Formats") copies. */
const FORMAT_KEYS = [
  "numberFormat",
  "font",
  "wrapText",
  "horizontalAlignment",
  "verticalAlignment",
  "borders",
] as const;

function structuredCopy<T>(value: T): T {
  return typeof value === "object" && value !== null ? ({ ...value } as T) : value;
}

/**
 * Copies the formats of one area over another, the source repeated over a larger destination as Excel pastes; a
 * cell with a format alone gives the file's look. A destination cell with that very look already (a column's, over
 * a row inserted there) is left as it is, with no cell of its own; one left with no cell but another look from the
 * file has the file's formats cleared (a run of such cells in a row, one clear).
 */
function copyFormats(fromSheet: MemorySheet, from: Area, sheet: MemorySheet, area: Area): void {
  const width = Math.min(from.cols, area.cols);
  const clears: Area[] = [];
  for (let r = 0; r < area.rows; r++) {
    for (let c = 0; c < width; c++) {
      const model = fromSheet.look(from.row + (r % from.rows), from.col + c);
      const row = area.row + r;
      const col = area.col + c;
      if (model === sheet.look(row, col)) continue;
      const target = model ? sheet.cellForWrite(row, col) : sheet.editableCell(row, col);
      if (target) {
        for (const key of FORMAT_KEYS) {
          if (model?.[key] === undefined) delete target[key];
          else (target as unknown as Record<string, unknown>)[key] = structuredCopy(model[key]);
        }
        sheet.dropIfEmpty(row, col);
      }
      if (sheet.cell(row, col) || !sheet.look(row, col)) continue;
      const last = clears.at(-1);
      if (last?.row === row && last.col + last.cols === col) last.cols++;
      else clears.push({ row, col, rows: 1, cols: 1 });
    }
  }
  for (const clear of clears) sheet.formatsCleared(clear);
}

/** A 2-D input must match the range; a single value is applied to every cell, as in Office.js. */
function shaped<T>(input: T | T[][], area: Area): (r: number, c: number) => T {
  if (!Array.isArray(input)) return () => input;
  if (
    input.length !== area.rows ||
    input.some((row) => !Array.isArray(row) || row.length !== area.cols)
  ) {
    throw sizeMismatch();
  }
  return (r, c) => input[r][c];
}

/** What getRowProperties gives of a row. */
export interface RowProperties {
  rowIndex?: number;
  rowHidden?: boolean;
  format?: { rowHeight?: number };
}

export function areaAddress(sheet: string, area: Area): string {
  const first = cellAddress({ sheet: "", row: area.row, col: area.col });
  const last = cellAddress({
    sheet: "",
    row: area.row + area.rows - 1,
    col: area.col + area.cols - 1,
  });
  return `${quoteSheet(sheet)}!${first}${area.rows * area.cols > 1 ? `:${last}` : ""}`;
}

export class Range extends ClientObject {
  static readonly excelClass = "Range";
  protected readonly scalarProperties = [
    "address",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
    "cellCount",
    "values",
    "formulas",
    "text",
    "numberFormat",
    "top",
    "left",
    "width",
    "height",
  ] as const;
  private cached?: Place;

  constructor(
    context: RequestContext,
    private readonly resolver: PlaceResolver,
    private readonly worksheetProxy: () => Worksheet,
    nullable = false
  ) {
    super(context);
    if (nullable) this.trackNull();
  }

  /** The range's place, bound at its first use in a sync as Office.js binds a proxy. */
  place(): Place {
    this.cached ??= this.resolver();
    if (!this.cached) throw itemNotFound("Range");
    return this.cached;
  }

  protected isNull(): boolean {
    this.cached ??= this.resolver();
    return this.cached === undefined;
  }

  private derived(compute: (place: Place) => Area): Range {
    return new Range(
      this.context,
      () => {
        const place = this.place();
        return { sheet: place.sheet, area: compute(place) };
      },
      this.worksheetProxy
    );
  }

  protected read(property: string): unknown {
    const { sheet, area } = this.place();
    const host = this.context.host;
    // Loops, not Array.from: a large book's used range is millions of cells.
    const grid = <T>(cellValue: (cell: Cell | undefined, row: number, col: number) => T): T[][] => {
      const rows: T[][] = [];
      for (let row = area.row; row < area.row + area.rows; row++) {
        const cells = sheet.rows[row];
        const line: T[] = [];
        for (let col = area.col; col < area.col + area.cols; col++)
          line.push(cellValue(cells?.[col], row, col));
        rows.push(line);
      }
      return rows;
    };
    const value = (cell: Cell | undefined, row: number, col: number): CellValue => {
      if (host.formulas.active && (!cell || cell.formula || cell.value === null)) {
        const computed = host.formulas.value(sheet, row, col);
        if (computed !== undefined && computed !== null) return computed;
      }
      return cell?.value ?? "";
    };
    switch (property) {
      case "address":
        return areaAddress(sheet.name, area);
      case "rowIndex":
        return area.row;
      case "columnIndex":
        return area.col;
      case "rowCount":
        return area.rows;
      case "columnCount":
        return area.cols;
      case "cellCount":
        return area.rows * area.cols;
      case "values":
        return grid(value);
      case "formulas":
        return grid((cell, row, col) => cell?.formula ?? value(cell, row, col));
      case "text":
        return grid((cell, row, col) => {
          const shown = value(cell, row, col);
          // An empty cell shows nothing whatever its format: the file's look is asked for a value alone.
          const look = cell ?? (shown === "" ? undefined : sheet.look(row, col));
          return formatCellText(shown, look?.numberFormat);
        });
      case "numberFormat":
        return grid((cell, row, col) => (cell ?? sheet.look(row, col))?.numberFormat ?? "General");
      case "top":
      case "left":
      case "height":
      case "width":
        return sheet.position(area)[property];
      default:
        throw invalidArgument(`Range has no property ${property}`);
    }
  }

  get address(): string {
    return this.get("address");
  }
  /** Points from the sheet's top-left corner, as Office.js gives them (ExcelApi 1.3). */
  get top(): number {
    return this.get("top");
  }
  get left(): number {
    return this.get("left");
  }
  get width(): number {
    return this.get("width");
  }
  get height(): number {
    return this.get("height");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get text(): string[][] {
    return this.get("text");
  }

  get values(): Grid {
    return this.get("values");
  }
  /** Strings that start with "=" become formulas, as in Excel. */
  set values(input: Grid) {
    this.writeCells(input);
  }

  get formulas(): Grid {
    return this.get("formulas");
  }
  set formulas(input: Grid) {
    this.writeCells(input);
  }

  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(input: string[][]) {
    this.editCells(input, (cell, format) => {
      cell.numberFormat = format === "General" ? undefined : format;
    });
  }

  /** Queues an edit of every cell of the range, refused on a protected sheet and for a mis-sized array. */
  editCells<T>(
    input: T | T[][],
    edit: (cell: Cell, value: T) => void,
    payload: unknown = input
  ): void {
    this.write(() => {
      const { sheet, area } = this.place();
      const at = shaped(input, area);
      if (sheet.protected) throw protectedSheet(sheet.name);
      forEachCell(area, (row, col, r, c) => edit(sheet.cellForWrite(row, col), at(r, c)));
    }, payload);
  }

  private writeCells(input: Grid | CellValue): void {
    this.write(() => {
      const { sheet, area } = this.place();
      const at = shaped(input as CellValue | CellValue[][], area);
      if (sheet.protected) throw protectedSheet(sheet.name);
      const written: { row: number; col: number }[] = [];
      let anyFormula = false;
      forEachCell(area, (row, col, r, c) => {
        const value = at(r, c);
        const cell = sheet.cellForWrite(row, col);
        if (typeof value === "string" && value.startsWith("=") && value.length > 1) {
          cell.formula = value;
          cell.value = null;
          anyFormula = true;
        } else if (typeof value === "string" && value.startsWith("'")) {
          // Excel's quote prefix: the rest is stored as text, whatever it looks like.
          cell.formula = undefined;
          cell.value = value.slice(1);
        } else {
          cell.formula = undefined;
          cell.value = value === undefined ? null : value;
          // An empty value with no format leaves the cell as if never written, as in Excel.
          sheet.dropIfEmpty(row, col);
        }
        written.push({ row, col });
      });
      const formulas = this.context.host.formulas;
      if (anyFormula && !formulas.active) formulas.start();
      else formulas.write(sheet, written);
    }, input);
  }

  /**
   * Copies another range's formats here (Office.js Range.copyFrom, ExcelApi 1.9; copyType "Formats" only in this
   * emulator), the source repeated over a larger destination as Excel pastes it.
   */
  copyFrom(source: Range, copyType = "All"): void {
    this.write(() => {
      if (copyType !== "Formats") throw invalidArgument("The emulator copies formats only.");
      const { sheet, area } = this.place();
      if (sheet.protected) throw protectedSheet(sheet.name);
      const from = source.place();
      copyFormats(from.sheet, from.area, sheet, area);
    }, copyType);
  }

  /**
   * Inserts cells here, shifting the sheet down (Office.js Range.insert); whole rows only in this emulator. The new
   * rows take the formats of the row above, as Excel's Insert does by default (VBA's CopyOrigin defaults to
   * xlFormatFromLeftOrAbove; the UI's "Format Same As Above"); a row inserted at the top takes none.
   */
  insert(shift: "Down" | "Right"): Range {
    this.shiftRows(shift, "Down", 1);
    return this;
  }

  /** Deletes the cells, shifting the sheet up (Office.js Range.delete); whole rows only in this emulator. */
  delete(shift: "Up" | "Left"): void {
    this.shiftRows(shift, "Up", -1);
  }

  private shiftRows(shift: string, rowWise: string, sign: 1 | -1): void {
    this.write(() => {
      const { sheet, area } = this.place();
      if (sheet.protected) throw protectedSheet(sheet.name);
      if (shift !== rowWise || area.col !== 0 || area.cols < MAX_COLUMNS)
        throw invalidArgument("The emulator inserts and deletes whole rows only.");
      sheet.shiftRows(area.row, sign * area.rows);
      this.context.host.formulas.shiftRows(sheet, area.row, sign * area.rows);
      if (sign > 0 && area.row > 0)
        copyFormats(sheet, { ...area, row: area.row - 1, rows: 1 }, sheet, area);
    }, shift);
  }

  merge(across = false): void {
    this.write(() => {
      const { sheet, area } = this.place();
      if (sheet.protected) throw protectedSheet(sheet.name);
      const merges = across
        ? Array.from({ length: area.rows }, (_, r) => ({
            row: area.row + r,
            col: area.col,
            rows: 1,
            cols: area.cols,
          }))
        : [area];
      sheet.merges = sheet.merges
        .filter((m) => !areasOverlap(m, area))
        .concat(merges.filter((m) => m.rows * m.cols > 1));
    });
  }

  unmerge(): void {
    this.write(() => {
      const { sheet, area } = this.place();
      if (sheet.protected) throw protectedSheet(sheet.name);
      sheet.merges = sheet.merges.filter((m) => !areasOverlap(m, area));
    });
  }

  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.write(() => {
      const { sheet, area } = this.place();
      if (sheet.protected) throw protectedSheet(sheet.name);
      const cleared: { row: number; col: number }[] = [];
      // Only cells that exist can hold anything: a whole-sheet clear costs what the sheet holds, not its area.
      sheet.rows.forEach((cells, row) => {
        if (!cells || row < area.row || row >= area.row + area.rows) return;
        cells.forEach((_, col) => {
          if (col < area.col || col >= area.col + area.cols) return;
          const cell = sheet.editableCell(row, col);
          if (!cell) return;
          if (applyTo !== "Formats") {
            cell.value = null;
            cell.formula = undefined;
          }
          if (applyTo !== "Contents") {
            for (const key of FORMAT_KEYS) delete cell[key];
          }
          sheet.dropIfEmpty(row, col);
          cleared.push({ row, col });
        });
      });
      if (applyTo !== "Contents") {
        sheet.merges = sheet.merges.filter((m) => !areasOverlap(m, area));
        sheet.formatsCleared(area);
      }
      this.context.host.formulas.write(sheet, cleared);
    });
  }

  select(): void {
    this.write(() => {
      const { sheet, area } = this.place();
      this.context.host.workbook.selection = { sheet: sheet.name, area };
    });
  }

  getCell(row: number, column: number): Range {
    return this.derived(({ area }) => ({
      row: area.row + row,
      col: area.col + column,
      rows: 1,
      cols: 1,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this.derived(({ area }) => {
      const resized = { ...area, rows: area.rows + deltaRows, cols: area.cols + deltaColumns };
      if (resized.rows < 1 || resized.cols < 1) throw invalidArgument();
      return resized;
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this.derived(({ area }) => {
      const moved = { ...area, row: area.row + rowOffset, col: area.col + columnOffset };
      if (moved.row < 0 || moved.col < 0) throw invalidArgument();
      return moved;
    });
  }

  getRow(row: number): Range {
    return this.derived(({ area }) => ({
      row: area.row + row,
      col: area.col,
      rows: 1,
      cols: area.cols,
    }));
  }

  /** The smallest range holding this one and another (ExcelApi 1.1); both on one sheet. */
  getBoundingRect(anotherRange: Range): Range {
    return this.derived(({ sheet, area }) => {
      const other = anotherRange.place();
      if (other.sheet !== sheet) throw invalidArgument("The ranges are on different sheets.");
      const row = Math.min(area.row, other.area.row);
      const col = Math.min(area.col, other.area.col);
      return {
        row,
        col,
        rows: Math.max(area.row + area.rows, other.area.row + other.area.rows) - row,
        cols: Math.max(area.col + area.cols, other.area.col + other.area.cols) - col,
      };
    });
  }

  /**
   * Each row's properties (ExcelApi 1.9): its index, whether it is hidden and its height (a hidden row's as it
   * would be shown). The result is filled in at sync, as an Office.js ClientResult is.
   */
  getRowProperties(options: {
    rowIndex?: boolean;
    rowHidden?: boolean;
    format?: { rowHeight?: boolean };
  }): { value: RowProperties[] } {
    const result: { value: RowProperties[] } = { value: [] };
    this.context.enqueue(
      () => {
        const { sheet, area } = this.place();
        result.value = Array.from({ length: area.rows }, (_, r) => ({
          ...(options.rowIndex ? { rowIndex: area.row + r } : {}),
          ...(options.rowHidden ? { rowHidden: Boolean(sheet.hiddenRows[area.row + r]) } : {}),
          ...(options.format?.rowHeight
            ? { format: { rowHeight: sheet.rowHeight(area.row + r) } }
            : {}),
        }));
        return result.value;
      },
      options,
      true
    );
    return result;
  }

  getUsedRange(valuesOnly = false): Range {
    return new Range(
      this.context,
      () => usedWithin(this.context, this.place(), valuesOnly, true),
      this.worksheetProxy
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(
      this.context,
      () => usedWithin(this.context, this.place(), valuesOnly, false),
      this.worksheetProxy,
      true
    );
  }

  /** The merged areas within the range (ExcelApi 1.13); null when there are none. */
  getMergedAreasOrNullObject(): RangeAreas {
    return new RangeAreas(this.context, () => {
      const { sheet, area } = this.place();
      const merges = sheet.merges.filter((m) => areasOverlap(m, area));
      return merges.length > 0 ? { sheet, areas: merges } : undefined;
    });
  }

  get worksheet(): Worksheet {
    return this.worksheetProxy();
  }

  private formatProxy?: RangeFormat;
  get format(): RangeFormat {
    return (this.formatProxy ??= new RangeFormat(this));
  }
}

/** Several areas of one sheet, as Office.js's RangeAreas; only what reading merges needs. */
export class RangeAreas extends ClientObject {
  static readonly excelClass = "RangeAreas";
  protected readonly scalarProperties = ["address", "areaCount"];
  constructor(
    context: RequestContext,
    private readonly resolver: () => { sheet: MemorySheet; areas: Area[] } | undefined
  ) {
    super(context);
    this.trackNull();
  }
  protected isNull(): boolean {
    return this.resolver() === undefined;
  }
  protected read(property: string): unknown {
    const found = this.resolver();
    if (!found) throw itemNotFound("RangeAreas");
    if (property === "areaCount") return found.areas.length;
    if (property === "address")
      return found.areas.map((a) => areaAddress(found.sheet.name, a)).join(",");
    throw invalidArgument(`RangeAreas has no property ${property}`);
  }
  /** "Sheet1!A1:B2,Sheet1!D4:E4" */
  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
}

/** The sheet's used area as Excel sees it: the cells, and what formulas spill beyond them. */
export function usedArea(
  context: RequestContext,
  sheet: MemorySheet,
  valuesOnly: boolean
): Area | undefined {
  return context.sinceLastWrite(sheet, valuesOnly ? "used values" : "used", () =>
    cellsAndSpills(context.host.formulas, sheet, valuesOnly)
  );
}

function cellsAndSpills(
  formulas: FormulaEngine,
  sheet: MemorySheet,
  valuesOnly: boolean
): Area | undefined {
  const used = sheet.usedArea(valuesOnly);
  const reach = formulas.active ? formulas.extent(sheet) : undefined;
  if (!used || !reach || reach.rows === 0) return used;
  const bottom = Math.max(used.row + used.rows, reach.rows);
  const right = Math.max(used.col + used.cols, reach.cols);
  return { row: used.row, col: used.col, rows: bottom - used.row, cols: right - used.col };
}

function usedWithin(
  context: RequestContext,
  place: Place,
  valuesOnly: boolean,
  orFirstCell: boolean
): Place | undefined {
  const used = usedArea(context, place.sheet, valuesOnly);
  const a = place.area;
  if (used && areasOverlap(used, a)) {
    const row = Math.max(used.row, a.row);
    const col = Math.max(used.col, a.col);
    const rows = Math.min(used.row + used.rows, a.row + a.rows) - row;
    const cols = Math.min(used.col + used.cols, a.col + a.cols) - col;
    return { sheet: place.sheet, area: { row, col, rows, cols } };
  }
  return orFirstCell
    ? { sheet: place.sheet, area: { row: a.row, col: a.col, rows: 1, cols: 1 } }
    : undefined;
}

export function parseRangeAddress(address: string): { sheet: string; area: Area } {
  try {
    const { sheet, row, col, rows, cols } = parseAddress(address);
    return { sheet, area: { row, col, rows, cols } };
  } catch {
    throw invalidArgument(`Invalid range address: ${address}`);
  }
}
