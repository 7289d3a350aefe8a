import type { Area, BorderSide, BorderStyle, Font } from "../model";
import { gated } from "./apiGate";
import { forEachCell, uniform } from "./areas";
import { ClientObject } from "./context";
import { invalidArgument, protectedSheet } from "./errors";
import type { Range } from "./range";

export class RangeFormat extends ClientObject {
  static readonly excelClass = "RangeFormat";
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
        const widths = Array.from({ length: area.cols }, (_, i) => sheet.columnWidth(area.col + i));
        return widths.every((w) => w === widths[0]) ? widths[0] : null;
      }
      case "rowHeight": {
        const heights = Array.from({ length: area.rows }, (_, i) => sheet.rowHeight(area.row + i));
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

  /**
   * Row heights follow the text in Excel. The emulator has no fonts to measure: a row none of whose cells wraps
   * goes back to one line (the default height); a row that wraps keeps its height.
   */
  autofitRows(): void {
    this.write(() => {
      const { sheet, area } = this.range.place();
      for (let row = area.row; row < area.row + area.rows; row++) {
        if (!(sheet.rows[row] ?? []).some((cell) => cell?.wrapText)) delete sheet.rowHeights[row];
      }
    });
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
const DEFAULT_FONT: Required<Font> = {
  name: "Calibri",
  size: 11,
  bold: false,
  italic: false,
  color: "#000000",
};

export class RangeFont extends ClientObject {
  static readonly excelClass = "RangeFont";
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
  constructor(private readonly range: Range) {
    return gated(this, "RangeBorderCollection", range.context);
  }
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
  static readonly excelClass = "RangeBorder";
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
        styles.add(sheet.look(row, col)?.borders?.[side] ?? "None");
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
