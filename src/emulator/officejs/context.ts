/* global TextEncoder */
import type { FormulaEngine } from "../formulas";
import type { MemoryWorkbook } from "../model";
import {
  gated,
  refuseBlocked,
  underMember,
  type ExcelApiLevel,
  type GateContext,
  type Platform,
} from "./apiGate";
import {
  generalException,
  invalidArgument,
  itemNotFound,
  notLoaded,
  OfficeError,
  payloadTooLarge,
  protectedSheet,
} from "./errors";
import type { Workbook } from "./workbook";

/** What one sync carried, as Excel on the web would count it. */
export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  /** Commands that may change the workbook (everything but loads). */
  writes: number;
  /** The error code when Excel refused or stopped the batch. */
  failed?: string;
}

/**
 * A write command made to fail as Excel fails one: with an Office error code, the commands before it in the batch
 * kept, none after it run (another workbook taking focus, a sheet that cannot be added, a busy host).
 */
export interface InjectedFailure {
  /** The sync, counted from 1 since the emulator's counts were last reset. */
  sync: number;
  /** The write command within that sync, counted from 1 (loads are not counted). */
  write: number;
  code?: "GeneralException" | "InvalidArgument" | "ItemNotFound" | "AccessDenied";
  /** Fail every later sync too, at its first write command (a host that keeps failing); otherwise only once. */
  repeat?: boolean;
}

export interface EmulatorOptions {
  /** Refuse a sync whose request or response is larger than this (Excel on the web: 5 MB). */
  payloadLimit?: number;
  /** Fail a command of a sync, to test what the add-in leaves when Excel stops a batch half-way. */
  failAt?: InjectedFailure;
  /**
   * The Excel it stands in for: "1.14" (Excel 2021), "1.17" (Excel 2024), "latest" (Microsoft 365, the default).
   * A member of a later set fails at sync with ApiNotFound; isSetSupported answers by it.
   */
  excelApi?: ExcelApiLevel;
  /** Microsoft 365 on the desktop (the default) or on the web, for the sets only one of them has. */
  platform?: Platform;
}

const INJECTED: Record<NonNullable<InjectedFailure["code"]>, () => OfficeError> = {
  GeneralException: generalException,
  InvalidArgument: () => invalidArgument(),
  ItemNotFound: () => itemNotFound("injected"),
  AccessDenied: () => protectedSheet("injected"),
};

/** The emulated host: the workbook, its formulas, and what every sync carried. */
export interface Host {
  workbook: MemoryWorkbook;
  formulas: FormulaEngine;
  options: EmulatorOptions;
  syncs: SyncRecord[];
  /** Office.context.requirements.isSetSupported of this host. */
  supports(name: string, minVersion?: string): boolean;
  /** Called after a sync that wrote something, so a view of the workbook can refresh. */
  changed(): void;
}

interface Operation {
  apply: () => unknown;
  /** Loads read; everything else may change the workbook. */
  /** Bytes the request would carry for this operation. */
  requestBytes: number;
  /** Set for loads: the result's size counts toward the response. */
  isLoad: boolean;
  /** The member, on the way to this operation, that the host lacks: the operation fails with ApiNotFound. */
  blocked?: string;
}

const encoder = new TextEncoder();

/**
 * The UTF-8 length of a value's JSON, as Office.js would send it. Grids (a sheet's values: millions of cells in a
 * large book) are counted cell by cell without making the JSON; other objects are made into it.
 */
export function byteSize(value: unknown): number {
  return value === undefined ? 0 : jsonBytes(value);
}

function jsonBytes(value: unknown): number {
  if (Array.isArray(value)) return value.every(Array.isArray) ? gridBytes(value) : listBytes(value);
  if (typeof value === "string") return stringBytes(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value).length : 4;
  if (typeof value === "boolean") return value ? 4 : 5;
  if (value === null) return 4;
  return encoder.encode(JSON.stringify(value) ?? "").length;
}

/** The brackets and commas of a list of `count` items. */
const listFrame = (count: number) => 2 + Math.max(0, count - 1);

function listBytes(items: readonly unknown[]): number {
  let bytes = listFrame(items.length);
  for (const item of items) bytes += item === undefined ? 4 : jsonBytes(item);
  return bytes;
}

/**
 * A grid's rows, a text the same as the one above it counted as that one was: a plan's columns repeat theirs
 * (its objectives, units, dashes) down tens of thousands of rows.
 */
function gridBytes(rows: readonly unknown[][]): number {
  let bytes = listFrame(rows.length);
  let above: readonly unknown[] = [];
  const sizes: number[] = [];
  for (const row of rows) {
    bytes += listFrame(row.length);
    for (let c = 0; c < row.length; c++) {
      const item = row[c];
      if (typeof item !== "string" || item !== above[c])
        sizes[c] = item === undefined ? 4 : jsonBytes(item);
      bytes += sizes[c];
    }
    above = row;
  }
  return bytes;
}

/** A string's JSON in UTF-8: quotes, escapes (\n, \u0001, a lone surrogate) and one to four bytes a character. */
function stringBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Thai first: a plan's texts are mostly Thai letters.
    if (code >= 0x800 && code < 0xd800) bytes += 3;
    else if (code < 0x20)
      bytes += code === 8 || code === 9 || code === 10 || code === 12 || code === 13 ? 2 : 6;
    else if (code === 0x22 || code === 0x5c) bytes += 2;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) ((bytes += 4), i++);
      else bytes += 6;
    } else if (code >= 0xdc00 && code <= 0xdfff) bytes += 6;
    else bytes += 3;
  }
  return bytes;
}

/** Per-operation overhead of the JSON protocol (object path, method name). */
const OPERATION_BYTES = 64;

/**
 * Office.js's request context: calls on proxies queue operations; sync() sends them as one batch, applies the
 * writes and fills in what was loaded. An error stops the batch where it happened, as in Excel.
 */
export class RequestContext implements GateContext {
  private queue: Operation[] = [];
  blocked?: string;
  /** Set by createContext (workbook.ts), which knows the proxies. */
  workbook!: Workbook;

  constructor(readonly host: Host) {}

  /** Answers worked out in this sync since its last write, by what they are of and their name. */
  private readonly unchanged = new Map<object, Map<string, unknown>>();

  /**
   * What `work` answers of `owner`, worked out once until a write of this sync (or the next sync) may change it:
   * every used range of a sheet in a batch asks for the same area, and a large sheet's takes a pass over its cells.
   */
  sinceLastWrite<T>(owner: object, name: string, work: () => T): T {
    let answers = this.unchanged.get(owner);
    if (!answers) this.unchanged.set(owner, (answers = new Map()));
    if (!answers.has(name)) answers.set(name, work());
    return answers.get(name) as T;
  }

  /** True when operations wait for the next sync. */
  get pending(): boolean {
    return this.queue.length > 0;
  }

  enqueue(apply: () => unknown, payload: unknown = null, isLoad = false): void {
    this.queue.push({
      apply,
      requestBytes: OPERATION_BYTES + (payload === null ? 0 : byteSize(payload)),
      isLoad,
      blocked: this.blocked,
    });
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    const limit = this.host.options.payloadLimit ?? Infinity;
    const requestBytes = queue.reduce((n, op) => n + op.requestBytes, 0);
    const record: SyncRecord = {
      requestBytes,
      responseBytes: 0,
      operations: queue.length,
      writes: 0,
    };
    this.host.syncs.push(record);
    const failure = this.failureFor(this.host.syncs.length);
    try {
      if (requestBytes > limit) throw payloadTooLarge(requestBytes, limit, "request");
      // The workbook may have changed since the last sync.
      this.unchanged.clear();
      // A step may queue more (a collection's items loading their properties): they run in this sync too.
      for (let i = 0; i < queue.length; i++) {
        refuseBlocked(queue[i].blocked);
        if (!queue[i].isLoad && ++record.writes === failure?.write) {
          throw INJECTED[failure.code ?? "GeneralException"]();
        }
        const result = queue[i].apply();
        if (queue[i].isLoad) record.responseBytes += byteSize(result);
        else this.unchanged.clear();
      }
      if (record.responseBytes > limit)
        throw payloadTooLarge(record.responseBytes, limit, "response");
    } catch (error) {
      record.failed = (error as OfficeError).code ?? "Error";
      throw error;
    } finally {
      this.queue = [];
      if (queue.some((op) => !op.isLoad)) this.host.changed();
    }
  }

  /** The failure to inject into this sync, used up unless it repeats. */
  private failureFor(sync: number): InjectedFailure | undefined {
    const failure = this.host.options.failAt;
    if (!failure || sync < failure.sync) return undefined;
    if (sync === failure.sync) return failure;
    return failure.repeat ? { ...failure, write: 1 } : undefined;
  }

  /** Office.js has it for long-lived proxies; the emulator keeps every proxy valid, so it only counts. */
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };
}

type LoadSpec = string | string[] | Record<string, unknown> | undefined;

/** Turns load("a,b/c"), load(["a"]), load({a: true, b: {c: true}}) into property paths. */
export function loadPaths(spec: LoadSpec, defaults: readonly string[]): string[] {
  if (spec === undefined) return [...defaults];
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => loadPaths(s, defaults));
  const paths: string[] = [];
  for (const [key, value] of Object.entries(spec)) {
    if (key === "$all") paths.push(...defaults);
    else if (value === true) paths.push(key);
    else if (typeof value === "object" && value !== null) {
      for (const sub of loadPaths(value as LoadSpec, [])) paths.push(`${key}/${sub}`);
    }
  }
  return paths;
}

/**
 * Queues the load of a collection: at sync its items become proxies (made by `items`), and each loads the
 * "items/…" paths asked for in the same sync, as load("items/name") does in Office.js.
 */
export function loadCollection<T extends ClientObject>(
  context: RequestContext,
  spec: LoadSpec,
  items: () => T[],
  loaded: (proxies: T[]) => void
): void {
  const itemPaths = loadPaths(spec, ["items"])
    .filter((p) => p.startsWith("items/"))
    .map((p) => p.slice("items/".length));
  context.enqueue(
    () => {
      const proxies = items();
      if (itemPaths.length > 0) for (const proxy of proxies) proxy.load(itemPaths.join(","));
      loaded(proxies);
      return proxies.length;
    },
    "items",
    true
  );
}

/**
 * A proxy for an Excel object. Scalar properties must be loaded and synced before they are read; writes are
 * queued until sync. Navigation properties (format, font, worksheet) need no load.
 */
export abstract class ClientObject {
  private readonly loaded = new Map<string, unknown>();
  private nullState?: boolean;
  private nullable = false;

  /** The class's name in Office.js, whose members' requirement sets the gate looks up. */
  static readonly excelClass: string;

  constructor(readonly context: RequestContext) {
    // The name is set on each class: a bundler may rename the classes themselves.
    return gated(this, (new.target as typeof ClientObject).excelClass ?? new.target.name, context);
  }

  /** The properties load() with no argument brings. */
  protected abstract readonly scalarProperties: readonly string[];

  /** The current value of a property in the workbook, computed at sync. */
  protected abstract read(property: string): unknown;

  load(spec?: LoadSpec): this {
    // A navigation property's paths go to it in one load: a collection loaded twice would make its items twice.
    const nested = new Map<string, string[]>();
    for (const path of loadPaths(spec, this.scalarProperties)) {
      const slash = path.indexOf("/");
      if (slash > 0) {
        const name = path.slice(0, slash);
        nested.set(name, [...(nested.get(name) ?? []), path.slice(slash + 1)]);
        continue;
      }
      const queue = () =>
        this.context.enqueue(
          () => {
            if (this.nullable && this.isNull()) return null;
            const value = this.read(path);
            this.loaded.set(path, value);
            return value;
          },
          path,
          true
        );
      underMember(this.context, this, path, "get", queue);
    }
    for (const [name, paths] of nested)
      (this as unknown as Record<string, ClientObject>)[name].load(paths.join(","));
    return this;
  }

  protected get<T>(property: string): T {
    if (!this.loaded.has(property)) throw notLoaded(property);
    return this.loaded.get(property) as T;
  }

  /** Queues a write; `apply` runs at sync. */
  protected write(apply: () => void, payload: unknown = null): void {
    this.context.enqueue(apply, payload);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  // Null objects (getItemOrNullObject and friends).

  /** Overridden by objects that can be null: true when the item does not exist at sync time. */
  protected isNull(): boolean {
    return false;
  }

  /** Marks the object as one that can be null; its isNullObject is known after the next sync. */
  protected trackNull(): void {
    this.nullable = true;
    this.context.enqueue(
      () => {
        this.nullState = this.isNull();
        return this.nullState;
      },
      null,
      true
    );
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }
}

export { OfficeError };
