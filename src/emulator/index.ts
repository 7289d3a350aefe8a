/* global Excel, Office */
import { FormulaEngine } from "./formulas";
import { MemoryWorkbook } from "./model";
import type { EmulatorOptions, Host, SyncRecord } from "./officejs/context";
import { requirementSets } from "./officejs/apiGate";
import { createContext } from "./officejs/workbook";

export { MemoryWorkbook, MemorySheet } from "./model";
export { addCustomFunctions, type CustomFunctions } from "./formulas";
export type { EmulatorOptions, InjectedFailure, SyncRecord } from "./officejs/context";
export type { ExcelApiLevel } from "./officejs/apiGate";
export { OfficeError } from "./officejs/errors";

/** Excel on the web refuses a request or response over 5 MB. */
export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/**
 * The workbook emulator: an in-memory workbook behind the part of Office.js the add-in uses. `excel` has the
 * shape of the global `Excel` namespace, so the add-in's own `Excel.run` code runs on it unchanged.
 */
export class Emulator implements Host {
  readonly formulas: FormulaEngine;
  readonly syncs: SyncRecord[] = [];
  readonly supports: (name: string, minVersion?: string) => boolean;

  constructor(
    readonly workbook: MemoryWorkbook = new MemoryWorkbook(),
    readonly options: EmulatorOptions = {}
  ) {
    this.supports = requirementSets(options.excelApi, options.platform);
    this.formulas = new FormulaEngine(workbook);
    if (workbook.sheets.some((s) => s.rows.some((cells) => cells?.some((c) => c?.formula))))
      this.formulas.start();
  }

  /** Excel.run: a fresh request context, the batch, then a last sync for whatever the batch left queued. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = createContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pending) await context.sync();
    return result;
  };

  /** An object shaped like the `Excel` namespace, to install as globalThis.Excel in the workbench or a CLI. */
  get excel(): typeof Excel {
    return { run: this.run } as unknown as typeof Excel;
  }

  /**
   * An object shaped like the part of the `Office` namespace the add-in asks (Office.context.requirements), to
   * install as globalThis.Office beside `excel`: the add-in then sees this host's requirement sets.
   */
  get office(): typeof Office {
    const isSetSupported = this.supports;
    return { context: { requirements: { isSetSupported } } } as unknown as typeof Office;
  }

  private readonly listeners = new Set<() => void>();

  /** Subscribes to changes; returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    for (const listener of this.listeners) listener();
  }

  /** Counts syncs from here on, for tests and the benchmark. */
  resetCounts(): void {
    this.syncs.length = 0;
  }
}
