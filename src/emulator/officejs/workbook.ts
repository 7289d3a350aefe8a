import { parseAddress } from "../../common/a1";
import type { MemorySheet } from "../model";
import { gated } from "./apiGate";
import { ClientObject, loadCollection, RequestContext, type Host } from "./context";
import { alreadyExists, invalidArgument, itemNotFound, notLoaded } from "./errors";
import { areaAddress, Range } from "./range";
import { checkSheetName, Worksheet } from "./worksheet";

export class Workbook {
  readonly worksheets: WorksheetCollection;
  readonly names: NamedItemCollection;

  constructor(readonly context: RequestContext) {
    this.worksheets = new WorksheetCollection(context);
    this.names = new NamedItemCollection(context);
    return gated(this, "Workbook", context);
  }

  /** The selection the host (the workbench's grid) last set; A1 of the active sheet when none. */
  getSelectedRange(): Range {
    const host = this.context.host;
    const sheetOf = () => {
      const selection = host.workbook.selection;
      return (
        (selection && host.workbook.sheet(selection.sheet)) ||
        host.workbook.sheets[host.workbook.activeSheet]
      );
    };
    const worksheet = new Worksheet(this.context, sheetOf);
    return new Range(
      this.context,
      () => {
        const selection = host.workbook.selection;
        const sheet = sheetOf();
        if (!sheet) return undefined;
        return {
          sheet,
          area:
            selection?.sheet === sheet.name ? selection.area : { row: 0, col: 0, rows: 1, cols: 1 },
        };
      },
      () => worksheet
    );
  }
}

export class WorksheetCollection extends ClientObject {
  static readonly excelClass = "WorksheetCollection";
  protected readonly scalarProperties = ["items"];
  private itemProxies?: Worksheet[];

  protected read(property: string): unknown {
    if (property !== "items")
      throw invalidArgument(`WorksheetCollection has no property ${property}`);
    return this.host().workbook.sheets.map((s) => s.name);
  }

  private host(): Host {
    return this.context.host;
  }

  /** load("items/name") loads each sheet's name; items are proxies bound to the sheets there at sync. */
  load(spec?: Parameters<ClientObject["load"]>[0]): this {
    loadCollection(
      this.context,
      spec,
      () => this.host().workbook.sheets.map((sheet) => new Worksheet(this.context, () => sheet)),
      (proxies) => (this.itemProxies = proxies)
    );
    return this;
  }

  get items(): Worksheet[] {
    if (!this.itemProxies) throw notLoaded("items");
    return this.itemProxies;
  }

  getItem(key: string): Worksheet {
    return new Worksheet(this.context, () => this.host().workbook.sheet(key));
  }

  getItemOrNullObject(key: string): Worksheet {
    return new Worksheet(this.context, () => this.host().workbook.sheet(key), true);
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(
      this.context,
      () => this.host().workbook.sheets[this.host().workbook.activeSheet]
    );
  }

  add(name?: string): Worksheet {
    let added: MemorySheet | undefined;
    this.context.enqueue(() => {
      const workbook = this.host().workbook;
      let sheetName = name;
      for (
        let n = workbook.sheets.length + 1;
        !sheetName || (name === undefined && workbook.sheet(sheetName));
        n++
      ) {
        sheetName = `Sheet${n}`;
      }
      checkSheetName(sheetName);
      if (workbook.sheet(sheetName)) throw alreadyExists(sheetName);
      added = workbook.addSheet(sheetName);
      this.host().formulas.addSheet(sheetName);
    }, name ?? null);
    return new Worksheet(this.context, () => added);
  }

  getCount(): { value: number } {
    const result = { value: 0 };
    this.context.enqueue(() => (result.value = this.host().workbook.sheets.length), null, true);
    return result;
  }
}

export class NamedItem extends ClientObject {
  static readonly excelClass = "NamedItem";
  protected readonly scalarProperties = ["name", "formula", "comment", "type"];
  constructor(
    context: RequestContext,
    private readonly key: string,
    nullable = false
  ) {
    super(context);
    if (nullable) this.trackNull();
  }
  private item() {
    const item = this.context.host.workbook.names.find(
      (n) => n.name.toLowerCase() === this.key.toLowerCase()
    );
    if (!item) throw itemNotFound(`Name ${this.key}`);
    return item;
  }
  protected isNull(): boolean {
    return !this.context.host.workbook.names.some(
      (n) => n.name.toLowerCase() === this.key.toLowerCase()
    );
  }
  protected read(property: string): unknown {
    const item = this.item();
    switch (property) {
      case "name":
        return item.name;
      case "formula":
        return item.formula;
      case "comment":
        return item.comment ?? "";
      case "type":
        return "Range";
      default:
        throw invalidArgument(`NamedItem has no property ${property}`);
    }
  }
  get name(): string {
    return this.get("name");
  }
  get formula(): string {
    return this.get("formula");
  }
  set formula(formula: string) {
    this.write(() => (this.item().formula = formula), formula);
  }
  get comment(): string {
    return this.get("comment");
  }
  getRange(): Range {
    const place = () => {
      const { sheet, row, col, rows, cols } = parseAddress(this.item().formula.replace(/^=/, ""));
      const target = this.context.host.workbook.sheet(sheet);
      if (!target) throw itemNotFound(`Sheet ${sheet}`);
      return { sheet: target, area: { row, col, rows, cols } };
    };
    const worksheet = new Worksheet(this.context, () => place().sheet);
    return new Range(this.context, place, () => worksheet);
  }
  delete(): void {
    this.write(() => {
      const names = this.context.host.workbook.names;
      names.splice(names.indexOf(this.item()), 1);
    });
  }
}

export class NamedItemCollection extends ClientObject {
  static readonly excelClass = "NamedItemCollection";
  protected readonly scalarProperties = ["items"];
  protected read(): unknown {
    return this.context.host.workbook.names.map((n) => ({ ...n }));
  }
  get items(): { name: string; formula: string; comment?: string }[] {
    return this.get("items");
  }
  add(name: string, reference: Range | string, comment?: string): NamedItem {
    this.context.enqueue(
      () => {
        const names = this.context.host.workbook.names;
        if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name))
          throw invalidArgument(`"${name}" is not a valid name.`);
        if (names.some((n) => n.name.toLowerCase() === name.toLowerCase()))
          throw alreadyExists(name);
        const formula = typeof reference === "string" ? reference : `=${absolute(reference)}`;
        names.push({ name, formula: formula.startsWith("=") ? formula : `=${formula}`, comment });
      },
      { name, comment }
    );
    return new NamedItem(this.context, name);
  }
  getItem(name: string): NamedItem {
    return new NamedItem(this.context, name);
  }
  getItemOrNullObject(name: string): NamedItem {
    return new NamedItem(this.context, name, true);
  }
}

function absolute(range: Range): string {
  const { sheet, area } = range.place();
  return areaAddress(sheet.name, area);
}

/** A request context over the emulated host, as Excel.run gives one. */
export function createContext(host: Host): RequestContext {
  const context = new RequestContext(host);
  context.workbook = new Workbook(context);
  return context;
}
