import { cellAddress } from "../../common/a1";
import type { MemorySheet, PageSetup, Visibility } from "../model";
import { ClientObject, type RequestContext } from "./context";
import { alreadyExists, invalidArgument, itemNotFound } from "./errors";
import { parseRangeAddress, Range, usedArea } from "./range";
import { ShapeCollection } from "./shapes";

/** Excel's rules for sheet names: 1–31 characters, none of : \ / ? * [ ], not starting or ending with '. */
export function checkSheetName(name: string): void {
  if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name)) {
    throw invalidArgument(`The sheet name "${name}" is not valid.`);
  }
}

export class Worksheet extends ClientObject {
  static readonly excelClass = "Worksheet";
  protected readonly scalarProperties = ["name", "position", "visibility", "id"];
  private cached?: MemorySheet;

  constructor(
    context: RequestContext,
    private readonly resolver: () => MemorySheet | undefined,
    nullable = false
  ) {
    super(context);
    if (nullable) this.trackNull();
  }

  /** The sheet, bound at first use in a sync (a later rename keeps the binding, as in Office.js). */
  sheet(): MemorySheet {
    this.cached ??= this.resolver();
    if (!this.cached) throw itemNotFound("Worksheet");
    return this.cached;
  }

  protected isNull(): boolean {
    this.cached ??= this.resolver();
    return this.cached === undefined;
  }

  protected read(property: string): unknown {
    const sheet = this.sheet();
    const workbook = this.context.host.workbook;
    switch (property) {
      case "name":
      case "id":
        return sheet.name;
      case "position":
        return workbook.sheets.indexOf(sheet);
      case "visibility":
        return sheet.visibility;
      default:
        throw invalidArgument(`Worksheet has no property ${property}`);
    }
  }

  get name(): string {
    return this.get("name");
  }
  set name(name: string) {
    this.write(() => {
      const sheet = this.sheet();
      checkSheetName(name);
      const other = this.context.host.workbook.sheet(name);
      if (other && other !== sheet) throw alreadyExists(name);
      this.context.host.formulas.renameSheet(sheet.name, name);
      sheet.name = name;
    }, name);
  }
  get id(): string {
    return this.get("id");
  }
  get position(): number {
    return this.get("position");
  }
  set position(position: number) {
    this.write(() => {
      const sheets = this.context.host.workbook.sheets;
      const sheet = this.sheet();
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.max(0, Math.min(position, sheets.length)), 0, sheet);
    }, position);
  }
  get visibility(): Visibility {
    return this.get("visibility");
  }
  set visibility(visibility: Visibility) {
    this.write(() => {
      const sheet = this.sheet();
      const visible = this.context.host.workbook.sheets.filter(
        (s) => s.visibility === "Visible" && s !== sheet
      );
      if (visibility !== "Visible" && visible.length === 0)
        throw invalidArgument("A workbook must keep one visible sheet.");
      sheet.visibility = visibility;
    }, visibility);
  }

  getRange(address?: string): Range {
    return new Range(
      this.context,
      () => {
        const sheet = this.sheet();
        if (address === undefined)
          return { sheet, area: { row: 0, col: 0, rows: 1048576, cols: 16384 } };
        const { sheet: named, area } = parseRangeAddress(address);
        if (named && named.toLowerCase() !== sheet.name.toLowerCase())
          throw invalidArgument(`${address} is not on ${sheet.name}`);
        return { sheet, area };
      },
      () => this
    );
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): Range {
    return new Range(
      this.context,
      () => ({
        sheet: this.sheet(),
        area: { row: startRow, col: startColumn, rows: rowCount, cols: columnCount },
      }),
      () => this
    );
  }

  getCell(row: number, column: number): Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRange(valuesOnly = false): Range {
    return new Range(
      this.context,
      () => {
        const sheet = this.sheet();
        return {
          sheet,
          area: usedArea(this.context, sheet, valuesOnly) ?? {
            row: 0,
            col: 0,
            rows: 1,
            cols: 1,
          },
        };
      },
      () => this
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(
      this.context,
      () => {
        const sheet = this.resolver();
        const area = sheet && usedArea(this.context, sheet, valuesOnly);
        return sheet && area ? { sheet, area } : undefined;
      },
      () => this,
      true
    );
  }

  /**
   * A copy of the sheet (ExcelApi 1.7) named as Excel names one ("Sheet1 (2)"), placed by positionType: "After" or
   * "Before" relativeTo, "Beginning", "End"; "None" puts it right after the original. Relative to the sheet itself
   * Excel refuses with InvalidArgument (OfficeDev/office-js #775), and so does the emulator.
   */
  copy(positionType = "None", relativeTo?: Worksheet): Worksheet {
    let added: MemorySheet | undefined;
    this.context.enqueue(() => {
      const host = this.context.host;
      const sheets = host.workbook.sheets;
      const source = this.sheet();
      if (relativeTo?.sheet() === source && (positionType === "After" || positionType === "Before"))
        throw invalidArgument();
      let name = "";
      for (let n = 2; !name || host.workbook.sheet(name); n++) {
        const suffix = ` (${n})`;
        name = source.name.replace(/ \(\d+\)$/, "").slice(0, 31 - suffix.length) + suffix;
      }
      added = source.copy(name);
      const anchor = relativeTo ? sheets.indexOf(relativeTo.sheet()) : sheets.indexOf(source);
      const at =
        positionType === "Beginning"
          ? 0
          : positionType === "End"
            ? sheets.length
            : positionType === "Before"
              ? anchor
              : anchor + 1;
      sheets.splice(at, 0, added);
      host.formulas.addSheet(name);
      const cells = added.rows.flatMap((row, r) =>
        (row ?? []).flatMap((cell, col) => (cell ? [{ row: r, col }] : []))
      );
      host.formulas.write(added, cells);
    }, positionType);
    return new Worksheet(this.context, () => added);
  }

  delete(): void {
    this.write(() => {
      const workbook = this.context.host.workbook;
      const sheet = this.sheet();
      if (workbook.sheets.filter((s) => s !== sheet && s.visibility === "Visible").length === 0) {
        throw invalidArgument("A workbook must keep one visible sheet.");
      }
      workbook.sheets = workbook.sheets.filter((s) => s !== sheet);
      workbook.activeSheet = Math.min(workbook.activeSheet, workbook.sheets.length - 1);
      this.context.host.formulas.removeSheet(sheet.name);
    });
  }

  activate(): void {
    this.write(() => {
      const workbook = this.context.host.workbook;
      workbook.activeSheet = workbook.sheets.indexOf(this.sheet());
    });
  }

  private protectionProxy?: WorksheetProtection;
  get protection(): WorksheetProtection {
    return (this.protectionProxy ??= new WorksheetProtection(this));
  }

  private pageLayoutProxy?: PageLayout;
  get pageLayout(): PageLayout {
    return (this.pageLayoutProxy ??= new PageLayout(this));
  }

  private shapesProxy?: ShapeCollection;
  get shapes(): ShapeCollection {
    return (this.shapesProxy ??= new ShapeCollection(this));
  }

  private notesProxy?: NoteCollection;
  get notes(): NoteCollection {
    return (this.notesProxy ??= new NoteCollection(this));
  }
}

export class WorksheetProtection extends ClientObject {
  static readonly excelClass = "WorksheetProtection";
  protected readonly scalarProperties = ["protected"];
  constructor(private readonly worksheet: Worksheet) {
    super(worksheet.context);
  }
  protected read(): unknown {
    return this.worksheet.sheet().protected;
  }
  get protected(): boolean {
    return this.get("protected");
  }
  protect(): void {
    this.write(() => (this.worksheet.sheet().protected = true));
  }
  unprotect(): void {
    this.write(() => (this.worksheet.sheet().protected = false));
  }
}

export class PageLayout extends ClientObject {
  static readonly excelClass = "PageLayout";
  protected readonly scalarProperties = ["orientation", "paperSize"];
  constructor(private readonly worksheet: Worksheet) {
    super(worksheet.context);
  }
  protected read(property: string): unknown {
    const setup = this.worksheet.sheet().pageSetup;
    return property === "orientation"
      ? (setup.orientation ?? "Portrait")
      : (setup.paperSize ?? "Letter");
  }
  private setup(change: Partial<PageSetup>): void {
    this.write(() => Object.assign(this.worksheet.sheet().pageSetup, change), change);
  }
  get orientation(): string {
    return this.get("orientation");
  }
  set orientation(orientation: string) {
    this.setup({ orientation: orientation as PageSetup["orientation"] });
  }
  get paperSize(): string {
    return this.get("paperSize");
  }
  set paperSize(paperSize: string) {
    this.setup({ paperSize });
  }
  /** Rows repeated at the top of every printed page, e.g. "$1:$6". */
  setPrintTitleRows(rows: Range | string): void {
    this.setup({ printTitleRows: typeof rows === "string" ? rows : undefined });
  }
  /** The area printed (ExcelApi 1.9). */
  setPrintArea(area: Range | string): void {
    this.setup({ printArea: typeof area === "string" ? area : undefined });
  }
  set zoom(zoom: { horizontalFitToPages?: number }) {
    this.setup({ fitToWidth: zoom.horizontalFitToPages === 1 });
  }
}

/** Excel notes (the yellow sticky notes; Office.js ExcelApi 1.18), one per cell. */
export class NoteCollection extends ClientObject {
  static readonly excelClass = "NoteCollection";
  protected readonly scalarProperties = ["items"];
  constructor(private readonly worksheet: Worksheet) {
    super(worksheet.context);
  }
  protected read(): unknown {
    const sheet = this.worksheet.sheet();
    const notes: { address: string; content: string }[] = [];
    sheet.rows.forEach((cells, row) =>
      cells?.forEach((cell, col) => {
        if (cell?.note)
          notes.push({ address: cellAddress({ sheet: sheet.name, row, col }), content: cell.note });
      })
    );
    return notes;
  }
  get items(): { address: string; content: string }[] {
    return this.get("items");
  }
  add(cellAddress: Range | string, content: string): void {
    this.write(() => {
      const sheet = this.worksheet.sheet();
      const area =
        typeof cellAddress === "string"
          ? parseRangeAddress(cellAddress).area
          : cellAddress.place().area;
      sheet.cellForWrite(area.row, area.col).note = content;
    }, content);
  }
  /** The note of a cell, by the cell's address. */
  getItem(key: string): Note {
    return new Note(this.worksheet, key);
  }
  getItemOrNullObject(key: string): Note {
    return new Note(this.worksheet, key, true);
  }
}

export class Note extends ClientObject {
  static readonly excelClass = "Note";
  protected readonly scalarProperties = ["content"];
  constructor(
    private readonly worksheet: Worksheet,
    private readonly key: string,
    nullable = false
  ) {
    super(worksheet.context);
    if (nullable) this.trackNull();
  }
  private find() {
    const { area } = parseRangeAddress(this.key);
    const cell = this.worksheet.sheet().cell(area.row, area.col);
    return cell?.note ? cell : undefined;
  }
  private cell() {
    const cell = this.find();
    if (!cell) throw itemNotFound(`Note ${this.key}`);
    return cell;
  }
  /** The note's cell, to change. */
  private editable() {
    this.cell();
    const { area } = parseRangeAddress(this.key);
    return this.worksheet.sheet().editableCell(area.row, area.col)!;
  }
  protected isNull(): boolean {
    return this.find() === undefined;
  }
  protected read(): unknown {
    return this.cell().note;
  }
  get content(): string {
    return this.get("content");
  }
  set content(content: string) {
    this.write(() => (this.editable().note = content), content);
  }
  delete(): void {
    this.write(() => {
      delete this.editable().note;
      const { area } = parseRangeAddress(this.key);
      this.worksheet.sheet().dropIfEmpty(area.row, area.col);
    });
  }
}
