import { cellAddress, parseAddress, quoteSheet, type CellValue } from "../../plan";
import {
  areasOverlap,
  type Area,
  type BorderSide,
  type BorderStyle,
  type Cell,
  type Font,
  type MemorySheet,
} from "../model";
import { formatCellText } from "../numberFormat";
import type { FormulaEngine } from "../formulas";
import { ClientObject, type RequestContext } from "./context";
import { invalidArgument, itemNotFound, protectedSheet, sizeMismatch } from "./errors";
import type { Worksheet } from "./worksheet";

/** Where a range is, worked out at sync time (a used range depends on the cells then). */
export interface Place {
  sheet: MemorySheet;
  area: Area;
}
export type PlaceResolver = () => Place | undefined;

type Grid = CellValue[][];

/** Runs over every cell of an area, row by row. */
function forEachCell(
  area: Area,
  visit: (row: number, col: number, r: number, c: number) => void
): void {
  for (let r = 0; r < area.rows; r++)
    for (let c = 0; c < area.cols; c++) visit(area.row + r, area.col + c, r, c);
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
    const grid = <T>(cellValue: (cell: Cell | undefined, row: number, col: number) => T): T[][] =>
      Array.from({ length: area.rows }, (_, r) =>
        Array.from({ length: area.cols }, (_, c) =>
          cellValue(sheet.cell(area.row + r, area.col + c), area.row + r, area.col + c)
        )
      );
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
        return grid((cell, row, col) => formatCellText(value(cell, row, col), cell?.numberFormat));
      case "numberFormat":
        return grid((cell) => cell?.numberFormat ?? "General");
      default:
        throw invalidArgument(`Range has no property ${property}`);
    }
  }

  get address(): string {
    return this.get("address");
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
        }
        written.push({ row, col });
      });
      const formulas = this.context.host.formulas;
      if (anyFormula && !formulas.active) formulas.start();
      else formulas.write(sheet, written);
    }, input);
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
        cells.forEach((cell, col) => {
          if (!cell || col < area.col || col >= area.col + area.cols) return;
          if (applyTo !== "Formats") {
            cell.value = null;
            cell.formula = undefined;
          }
          if (applyTo !== "Contents") {
            for (const key of [
              "numberFormat",
              "font",
              "wrapText",
              "horizontalAlignment",
              "verticalAlignment",
              "borders",
            ] as const) {
              delete cell[key];
            }
          }
          cleared.push({ row, col });
        });
      });
      if (applyTo !== "Contents") sheet.merges = sheet.merges.filter((m) => !areasOverlap(m, area));
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

  getUsedRange(valuesOnly = false): Range {
    return new Range(
      this.context,
      () => usedWithin(this.context.host.formulas, this.place(), valuesOnly, true),
      this.worksheetProxy
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(
      this.context,
      () => usedWithin(this.context.host.formulas, this.place(), valuesOnly, false),
      this.worksheetProxy,
      true
    );
  }

  get worksheet(): Worksheet {
    return this.worksheetProxy();
  }

  private formatProxy?: RangeFormat;
  get format(): RangeFormat {
    return (this.formatProxy ??= new RangeFormat(this));
  }
}

/** The sheet's used area as Excel sees it: the cells, and what formulas spill beyond them. */
export function usedArea(
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
  formulas: FormulaEngine,
  place: Place,
  valuesOnly: boolean,
  orFirstCell: boolean
): Place | undefined {
  const used = usedArea(formulas, place.sheet, valuesOnly);
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

/** The one value all cells share, or null when they differ (Office.js reads a mixed range as null). */
function uniform<T>(place: Place, pick: (cell: Cell | undefined) => T): T | null {
  let first: T | undefined;
  let mixed = false;
  forEachCell(place.area, (row, col) => {
    const v = pick(place.sheet.cell(row, col));
    if (first === undefined) first = v;
    else if (v !== first) mixed = true;
  });
  return mixed ? null : (first as T);
}

export class RangeFormat extends ClientObject {
  protected readonly scalarProperties = [
    "wrapText",
    "columnWidth",
    "rowHeight",
    "horizontalAlignment",
    "verticalAlignment",
  ];
  constructor(private readonly range: Range) {
    super(range.context);
  }

  protected read(property: string): unknown {
    const place = this.range.place();
    const { sheet, area } = place;
    switch (property) {
      case "wrapText":
        return uniform(place, (c) => c?.wrapText ?? false);
      case "horizontalAlignment":
        return uniform(place, (c) => c?.horizontalAlignment ?? "General");
      case "verticalAlignment":
        return uniform(place, (c) => c?.verticalAlignment ?? "Bottom");
      case "columnWidth": {
        const widths = Array.from(
          { length: area.cols },
          (_, i) => sheet.columnWidths[area.col + i] ?? DEFAULT_COLUMN_WIDTH
        );
        return widths.every((w) => w === widths[0]) ? widths[0] : null;
      }
      case "rowHeight": {
        const heights = Array.from(
          { length: area.rows },
          (_, i) => sheet.rowHeights[area.row + i] ?? DEFAULT_ROW_HEIGHT
        );
        return heights.every((h) => h === heights[0]) ? heights[0] : null;
      }
      default:
        throw invalidArgument(`RangeFormat has no property ${property}`);
    }
  }

  get wrapText(): boolean {
    return this.get("wrapText");
  }
  set wrapText(value: boolean) {
    this.range.editCells(value, (cell, v) => (cell.wrapText = v));
  }
  get horizontalAlignment(): string {
    return this.get("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this.range.editCells(value, (cell, v) => (cell.horizontalAlignment = v));
  }
  get verticalAlignment(): string {
    return this.get("verticalAlignment");
  }
  set verticalAlignment(value: string) {
    this.range.editCells(value, (cell, v) => (cell.verticalAlignment = v));
  }
  get columnWidth(): number {
    return this.get("columnWidth");
  }
  set columnWidth(points: number) {
    this.write(() => {
      const { sheet, area } = this.range.place();
      for (let i = 0; i < area.cols; i++) sheet.columnWidths[area.col + i] = points;
    }, points);
  }
  get rowHeight(): number {
    return this.get("rowHeight");
  }
  set rowHeight(points: number) {
    this.write(() => {
      const { sheet, area } = this.range.place();
      for (let i = 0; i < area.rows; i++) sheet.rowHeights[area.row + i] = points;
    }, points);
  }

  autofitRows(): void {
    // Row heights follow the text in Excel; the emulator has no fonts to measure, so it leaves them as they are.
  }

  private fontProxy?: RangeFont;
  get font(): RangeFont {
    return (this.fontProxy ??= new RangeFont(this.range));
  }

  private bordersProxy?: RangeBorderCollection;
  get borders(): RangeBorderCollection {
    return (this.bordersProxy ??= new RangeBorderCollection(this.range));
  }
}

/** Excel's defaults: Calibri 11, 8.43 characters (64 px = 48 pt) wide, 15 pt high. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;
const DEFAULT_FONT: Required<Font> = {
  name: "Calibri",
  size: 11,
  bold: false,
  italic: false,
  color: "#000000",
};

export class RangeFont extends ClientObject {
  protected readonly scalarProperties = ["name", "size", "bold", "italic", "color"];
  constructor(private readonly range: Range) {
    super(range.context);
  }
  protected read(property: string): unknown {
    const key = property as keyof Font;
    return uniform(this.range.place(), (cell) => cell?.font?.[key] ?? DEFAULT_FONT[key]);
  }
  private setFont<K extends keyof Font>(key: K, value: Font[K]): void {
    this.range.editCells(value, (cell, v) => (cell.font = { ...cell.font, [key]: v }));
  }
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.setFont("name", value);
  }
  get size(): number {
    return this.get("size");
  }
  set size(value: number) {
    this.setFont("size", value);
  }
  get bold(): boolean {
    return this.get("bold");
  }
  set bold(value: boolean) {
    this.setFont("bold", value);
  }
  get italic(): boolean {
    return this.get("italic");
  }
  set italic(value: boolean) {
    this.setFont("italic", value);
  }
  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    this.setFont("color", value);
  }
}

type BorderIndex =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

export class RangeBorderCollection {
  constructor(private readonly range: Range) {}
  getItem(index: BorderIndex): RangeBorder {
    return new RangeBorder(this.range, index);
  }
}

/** The cell sides a border index touches within an area. */
function sidesOf(index: BorderIndex, area: Area, r: number, c: number): BorderSide[] {
  switch (index) {
    case "EdgeTop":
      return r === 0 ? ["top"] : [];
    case "EdgeBottom":
      return r === area.rows - 1 ? ["bottom"] : [];
    case "EdgeLeft":
      return c === 0 ? ["left"] : [];
    case "EdgeRight":
      return c === area.cols - 1 ? ["right"] : [];
    case "InsideHorizontal":
      return [
        ...(r > 0 ? (["top"] as const) : []),
        ...(r < area.rows - 1 ? (["bottom"] as const) : []),
      ];
    case "InsideVertical":
      return [
        ...(c > 0 ? (["left"] as const) : []),
        ...(c < area.cols - 1 ? (["right"] as const) : []),
      ];
  }
}

export class RangeBorder extends ClientObject {
  protected readonly scalarProperties = ["style"];
  constructor(
    private readonly range: Range,
    private readonly index: BorderIndex
  ) {
    super(range.context);
  }
  protected read(): unknown {
    const { sheet, area } = this.range.place();
    const styles = new Set<string>();
    forEachCell(area, (row, col, r, c) => {
      for (const side of sidesOf(this.index, area, r, c))
        styles.add(sheet.cell(row, col)?.borders?.[side] ?? "None");
    });
    return styles.size === 1 ? [...styles][0] : null;
  }
  get style(): BorderStyle {
    return this.get("style");
  }
  set style(style: BorderStyle) {
    this.write(() => {
      const { sheet, area } = this.range.place();
      if (sheet.protected) throw protectedSheet(sheet.name);
      forEachCell(area, (row, col, r, c) => {
        const sides = sidesOf(this.index, area, r, c);
        if (sides.length === 0) return;
        const cell = sheet.cellForWrite(row, col);
        cell.borders = { ...cell.borders };
        for (const side of sides) cell.borders[side] = style;
      });
    }, style);
  }
  /** Weight is accepted for compatibility; the emulator keeps one (thin) weight. */
  set weight(_weight: string) {}
}

export function parseRangeAddress(address: string): { sheet: string; area: Area } {
  try {
    const { sheet, row, col, rows, cols } = parseAddress(address);
    return { sheet, area: { row, col, rows, cols } };
  } catch {
    throw invalidArgument(`Invalid range address: ${address}`);
  }
}
