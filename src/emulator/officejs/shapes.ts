import {
  TEXT_BOX_FILL,
  TEXT_BOX_FONT_SIZE,
  TEXT_BOX_LINE,
  type MemorySheet,
  type Shape as MemoryShape,
} from "../model";
import { ClientObject, loadCollection, type RequestContext } from "./context";
import { invalidArgument, itemNotFound, notLoaded } from "./errors";
import type { Worksheet } from "./worksheet";

/**
 * A worksheet's shapes (Office.js ExcelApi 1.9): what the add-in reads of text boxes (form labels, amendment
 * marks) and the text box it adds to mark an amended project. Positions are in points from the sheet's corner;
 * a shape keeps the cells it spans, so a position written moves it to the cell under that point.
 */
export class ShapeCollection extends ClientObject {
  static readonly excelClass = "ShapeCollection";
  protected readonly scalarProperties = ["items"];
  private itemProxies?: Shape[];

  constructor(private readonly worksheet: Worksheet) {
    super(worksheet.context);
  }

  protected read(): unknown {
    return this.worksheet.sheet().shapes.length;
  }

  /** load("items/name,items/textFrame/textRange/text") loads each shape's properties in the same sync. */
  load(spec?: Parameters<ClientObject["load"]>[0]): this {
    loadCollection(
      this.context,
      spec,
      () => {
        const sheet = this.worksheet.sheet();
        return sheet.shapes.map(
          (shape) =>
            new Shape(
              this.context,
              () => sheet,
              () => shape
            )
        );
      },
      (proxies) => (this.itemProxies = proxies)
    );
    return this;
  }

  get items(): Shape[] {
    if (!this.itemProxies) throw notLoaded("items");
    return this.itemProxies;
  }

  /**
   * A text box at the sheet's top-left corner, filled white and outlined as Excel makes one; set its position,
   * size, fill and line afterwards, as in Office.js.
   */
  addTextBox(text = ""): Shape {
    const created: { shape?: MemoryShape } = {};
    this.write(() => {
      const sheet = this.worksheet.sheet();
      // Names are looked for, not collected: a sheet amended ten thousand times has as many text boxes.
      const taken = (name: string) => sheet.shapes.some((s) => s.name === name);
      let n = sheet.shapes.length + 1;
      while (taken(`TextBox ${n}`)) n++;
      created.shape = {
        name: `TextBox ${n}`,
        type: "GeometricShape",
        text,
        area: { row: 0, col: 0, rows: 1, cols: 2 },
        fill: TEXT_BOX_FILL,
        line: TEXT_BOX_LINE,
      };
      sheet.shapes.push(created.shape);
    }, text);
    return new Shape(this.context, this.sheetOf, () => created.shape);
  }

  getCount(): { value: number } {
    const result = { value: 0 };
    this.context.enqueue(() => (result.value = this.worksheet.sheet().shapes.length), null, true);
    return result;
  }

  getItem(key: string): Shape {
    return new Shape(this.context, this.sheetOf, () => this.find(key));
  }

  getItemOrNullObject(key: string): Shape {
    return new Shape(this.context, this.sheetOf, () => this.find(key), true);
  }

  private readonly sheetOf = () => this.worksheet.sheet();

  private find(key: string): MemoryShape | undefined {
    return this.worksheet.sheet().shapes.find((s) => s.name === key);
  }
}

export class Shape extends ClientObject {
  static readonly excelClass = "Shape";
  protected readonly scalarProperties = ["id", "name", "type", "top", "left", "width", "height"];

  constructor(
    context: RequestContext,
    private readonly sheet: () => MemorySheet,
    private readonly resolver: () => MemoryShape | undefined,
    nullable = false
  ) {
    super(context);
    if (nullable) this.trackNull();
  }

  shape(): MemoryShape {
    const shape = this.resolver();
    if (!shape) throw itemNotFound("Shape");
    return shape;
  }

  protected isNull(): boolean {
    return this.resolver() === undefined;
  }

  protected read(property: string): unknown {
    const sheet = this.sheet();
    switch (property) {
      case "id":
      case "name":
        return this.shape().name;
      case "type":
        return this.shape().type;
      case "top":
      case "left":
      case "height":
      case "width":
        return sheet.shapePosition(this.shape())[property];
      default:
        throw invalidArgument(`Shape has no property ${property}`);
    }
  }

  /** Queues a change of the shape in the workbook. */
  place(change: (shape: MemoryShape, sheet: MemorySheet) => void, payload: unknown = null): void {
    this.write(() => change(this.shape(), this.sheet()), payload);
  }

  get id(): string {
    return this.get("id");
  }
  get name(): string {
    return this.get("name");
  }
  set name(name: string) {
    this.place((shape) => (shape.name = name), name);
  }
  get type(): string {
    return this.get("type");
  }
  get top(): number {
    return this.get("top");
  }
  set top(top: number) {
    this.place((shape, sheet) => sheet.placeShape(shape, { top }), top);
  }
  get left(): number {
    return this.get("left");
  }
  set left(left: number) {
    this.place((shape, sheet) => sheet.placeShape(shape, { left }), left);
  }
  get height(): number {
    return this.get("height");
  }
  set height(height: number) {
    this.place((shape, sheet) => sheet.placeShape(shape, { height }), height);
  }
  get width(): number {
    return this.get("width");
  }
  set width(width: number) {
    this.place((shape, sheet) => sheet.placeShape(shape, { width }), width);
  }

  private fillProxy?: ShapeFill;
  /** The shape's fill (ExcelApi 1.9). */
  get fill(): ShapeFill {
    return (this.fillProxy ??= new ShapeFill(this));
  }

  private lineProxy?: ShapeLineFormat;
  /** The shape's outline (ExcelApi 1.9). */
  get lineFormat(): ShapeLineFormat {
    return (this.lineProxy ??= new ShapeLineFormat(this));
  }

  private textFrameProxy?: TextFrame;
  get textFrame(): TextFrame {
    return (this.textFrameProxy ??= new TextFrame(this));
  }

  delete(): void {
    this.write(() => {
      const sheet = this.sheet();
      sheet.shapes = sheet.shapes.filter((s) => s !== this.shape());
    });
  }
}

export class TextFrame extends ClientObject {
  static readonly excelClass = "TextFrame";
  protected readonly scalarProperties = ["hasText"];
  constructor(readonly owner: Shape) {
    super(owner.context);
  }
  protected read(): unknown {
    return this.owner.shape().text !== "";
  }
  get hasText(): boolean {
    return this.get("hasText");
  }
  private textRangeProxy?: TextRange;
  get textRange(): TextRange {
    return (this.textRangeProxy ??= new TextRange(this.owner));
  }
}

/** A shape's fill (Office.js ShapeFill, ExcelApi 1.9): solid or none. */
export class ShapeFill extends ClientObject {
  protected readonly scalarProperties = ["type", "foregroundColor"];
  constructor(private readonly owner: Shape) {
    super(owner.context);
  }
  private color(): string | null {
    const { fill } = this.owner.shape();
    return fill === undefined ? TEXT_BOX_FILL : fill;
  }
  protected read(property: string): unknown {
    if (property === "type") return this.color() === null ? "NoFill" : "Solid";
    if (property === "foregroundColor") return this.color() ?? "";
    throw invalidArgument(`ShapeFill has no property ${property}`);
  }
  get type(): string {
    return this.get("type");
  }
  get foregroundColor(): string {
    return this.get("foregroundColor");
  }
  set foregroundColor(color: string) {
    this.setSolidColor(color);
  }
  /** No fill: the cells under the shape show through. */
  clear(): void {
    this.owner.place((shape) => (shape.fill = null));
  }
  setSolidColor(color: string): void {
    this.owner.place((shape) => (shape.fill = color), color);
  }
}

/** A shape's outline (Office.js ShapeLineFormat, ExcelApi 1.9). */
export class ShapeLineFormat extends ClientObject {
  protected readonly scalarProperties = ["visible", "color"];
  constructor(private readonly owner: Shape) {
    super(owner.context);
  }
  private drawn(): string | null {
    const { line } = this.owner.shape();
    return line === undefined ? TEXT_BOX_LINE : line;
  }
  protected read(property: string): unknown {
    if (property === "visible") return this.drawn() !== null;
    if (property === "color") return this.drawn() ?? "";
    throw invalidArgument(`ShapeLineFormat has no property ${property}`);
  }
  get visible(): boolean {
    return this.get("visible");
  }
  set visible(visible: boolean) {
    this.owner.place(
      (shape) => (shape.line = visible ? (shape.line ?? TEXT_BOX_LINE) : null),
      visible
    );
  }
  get color(): string {
    return this.get("color");
  }
  set color(color: string) {
    this.owner.place((shape) => (shape.line = color), color);
  }
}

/** The font of a shape's text (Office.js ShapeFont, ExcelApi 1.9): its size is what the add-in sets. */
export class ShapeFont extends ClientObject {
  protected readonly scalarProperties = ["size"];
  constructor(private readonly owner: Shape) {
    super(owner.context);
  }
  protected read(): unknown {
    return this.owner.shape().fontSize ?? TEXT_BOX_FONT_SIZE;
  }
  get size(): number {
    return this.get("size");
  }
  set size(size: number) {
    this.owner.place((shape) => (shape.fontSize = size), size);
  }
}

export class TextRange extends ClientObject {
  static readonly excelClass = "TextRange";
  protected readonly scalarProperties = ["text"];
  constructor(private readonly owner: Shape) {
    super(owner.context);
  }
  protected read(): unknown {
    const shape = this.owner.shape();
    if (shape.type !== "GeometricShape") throw invalidArgument("This shape has no text frame.");
    return shape.text;
  }
  get text(): string {
    return this.get("text");
  }
  set text(text: string) {
    this.write(() => (this.owner.shape().text = text), text);
  }
  private fontProxy?: ShapeFont;
  get font(): ShapeFont {
    return (this.fontProxy ??= new ShapeFont(this.owner));
  }
}
