import type { MemorySheet, Shape as MemoryShape } from "../model";
import { ClientObject, loadCollection, type RequestContext } from "./context";
import { invalidArgument, itemNotFound, notLoaded } from "./errors";
import type { Worksheet } from "./worksheet";

/**
 * A worksheet's shapes (Office.js ExcelApi 1.9): what the add-in reads of text boxes (form labels, amendment
 * marks) and the text box it adds to mark an amended project. Positions are in points from the sheet's corner;
 * a shape keeps the cells it spans, so a position written moves it to the cell under that point.
 */
export class ShapeCollection extends ClientObject {
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

  /** A text box at the sheet's top-left corner; set its position and size afterwards, as in Office.js. */
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
      };
      sheet.shapes.push(created.shape);
    }, text);
    return new Shape(this.context, this.sheetOf, () => created.shape);
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
    const { area } = this.shape();
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
        return sheet.position(area)[property];
      default:
        throw invalidArgument(`Shape has no property ${property}`);
    }
  }

  private place(change: (shape: MemoryShape, sheet: MemorySheet) => void, payload: unknown): void {
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
  set top(points: number) {
    this.place((shape, sheet) => (shape.area.row = sheet.rowAt(points)), points);
  }
  get left(): number {
    return this.get("left");
  }
  set left(points: number) {
    this.place((shape, sheet) => (shape.area.col = sheet.columnAt(points)), points);
  }
  get height(): number {
    return this.get("height");
  }
  set height(points: number) {
    this.place((shape, sheet) => {
      const bottom = sheet.rowAt(sheet.rowTop(shape.area.row) + points - 0.01);
      shape.area.rows = Math.max(1, bottom - shape.area.row + 1);
    }, points);
  }
  get width(): number {
    return this.get("width");
  }
  set width(points: number) {
    this.place((shape, sheet) => {
      const right = sheet.columnAt(sheet.columnLeft(shape.area.col) + points - 0.01);
      shape.area.cols = Math.max(1, right - shape.area.col + 1);
    }, points);
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

export class TextRange extends ClientObject {
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
}
