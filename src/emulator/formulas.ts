import { DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import { MAX_COLUMNS } from "../common/a1";
import type { CellValue } from "../common/cellValue";
import type { MemorySheet, MemoryWorkbook } from "./model";

/**
 * Functions a host adds to the engine, as Excel adds an add-in's custom functions: the workbench, the command
 * line and the tests add the PLAN functions (src/functions/hyperFormulaPlugin.ts); the emulator knows none.
 */
export interface CustomFunctions {
  /** Registers the functions with HyperFormula; called once, before the first engine starts. */
  register(): void;
  /** Names of those that return arrays ("PLAN.SUMMARY"): they spill, and re-spill when their data change. */
  arrayFunctions: readonly string[];
}

const customFunctions: CustomFunctions[] = [];
const registered = new Set<CustomFunctions>();

/** Adds functions to every formula engine; they are registered when the first engine starts. */
export function addCustomFunctions(functions: CustomFunctions): void {
  if (!customFunctions.includes(functions)) customFunctions.push(functions);
}

/**
 * Computes formulas with HyperFormula, mirroring the workbook cell for cell. It starts only when a formula is
 * first written or read from a file, so plain plans cost nothing. HyperFormula is GPL-3.0: this module is used
 * by the emulator (tests, workbench, command line), never by the bundle Excel loads.
 */
export class FormulaEngine {
  private hf?: HyperFormula;
  /** Where the PLAN array formulas are (row × MAX_COLUMNS + column), so a change re-spills them without a scan. */
  private readonly arrays = new Map<MemorySheet, Set<number>>();

  constructor(private readonly workbook: MemoryWorkbook) {}

  get active(): boolean {
    return this.hf !== undefined;
  }

  /** Starts the engine over the whole workbook (once a formula exists). */
  start(): void {
    if (this.hf) return;
    for (const functions of customFunctions) {
      if (!registered.has(functions)) functions.register();
      registered.add(functions);
    }
    // PLAN array formulas go in after the data: their spill size is worked out from the data when they are set.
    for (const sheet of this.workbook.sheets) {
      sheet.rows.forEach((cells, row) => cells?.forEach((_, col) => this.track(sheet, row, col)));
    }
    const sheets = Object.fromEntries(this.workbook.sheets.map((s) => [s.name, contentOf(s)]));
    this.hf = HyperFormula.buildFromSheets(sheets, {
      licenseKey: "gpl-v3",
      useArrayArithmetic: true,
    });
    this.respill();
  }

  addSheet(name: string): void {
    if (this.hf && this.hf.getSheetId(name) === undefined) this.hf.addSheet(name);
  }

  removeSheet(name: string): void {
    const id = this.hf?.getSheetId(name);
    if (id !== undefined) this.hf!.removeSheet(id);
  }

  renameSheet(from: string, to: string): void {
    const id = this.hf?.getSheetId(from);
    if (id !== undefined) this.hf!.renameSheet(id, to);
  }

  /**
   * Mirrors rows inserted (count > 0) or deleted (count < 0): HyperFormula moves its cells and rewrites the
   * references that cross them, and the workbook's formula texts are brought in line, as Excel's are.
   */
  shiftRows(sheet: MemorySheet, at: number, count: number): void {
    const hf = this.hf;
    const id = hf?.getSheetId(sheet.name);
    if (!hf || id === undefined) return;
    if (count > 0) hf.addRows(id, [at, count]);
    else hf.removeRows(id, [at, -count]);
    this.arrays.clear();
    for (const each of this.workbook.sheets) {
      const sheetId = hf.getSheetId(each.name)!;
      each.rows.forEach((cells, row) =>
        cells?.forEach((cell, col) => {
          const formula = cell?.formula && hf.getCellFormula({ sheet: sheetId, row, col });
          if (formula && formula !== cell.formula) each.cellForWrite(row, col).formula = formula;
          this.track(each, row, col);
        })
      );
    }
    this.respill();
  }

  /** Mirrors written cells; HyperFormula recomputes what depends on them. */
  write(sheet: MemorySheet, cells: { row: number; col: number }[]): void {
    const hf = this.hf;
    if (!hf) return;
    const id = hf.getSheetId(sheet.name)!;
    hf.batch(() => {
      for (const { row, col } of cells) {
        hf.setCellContents({ sheet: id, row, col }, [[rawContent(sheet, row, col)]]);
        this.track(sheet, row, col);
      }
    });
    this.respill();
  }

  private track(sheet: MemorySheet, row: number, col: number): void {
    const formula = sheet.cell(row, col)?.formula;
    const key = row * MAX_COLUMNS + col;
    if (formula && isPlanArrayFormula(formula)) {
      if (!this.arrays.has(sheet)) this.arrays.set(sheet, new Set());
      this.arrays.get(sheet)!.add(key);
    } else {
      this.arrays.get(sheet)?.delete(key);
    }
  }

  /**
   * A PLAN array function's spill size is fixed when the formula is parsed; re-entering those formulas after
   * each change lets the spill grow or shrink with the plan, as Excel's does.
   */
  private respill(): void {
    const hf = this.hf!;
    hf.batch(() => {
      for (const [sheet, keys] of this.arrays) {
        const id = hf.getSheetId(sheet.name);
        if (id === undefined || !this.workbook.sheets.includes(sheet)) {
          this.arrays.delete(sheet);
          continue;
        }
        for (const key of keys) {
          const [row, col] = [Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS];
          hf.setCellContents({ sheet: id, row, col }, [
            [forHyperFormula(sheet.cell(row, col)!.formula!)],
          ]);
        }
      }
    });
  }

  /** The computed value of a cell: its formula's result, or what a neighbouring formula spilled into it. */
  value(sheet: MemorySheet, row: number, col: number): CellValue | undefined {
    const hf = this.hf;
    if (!hf) return undefined;
    const id = hf.getSheetId(sheet.name);
    if (id === undefined) return undefined;
    const value = hf.getCellValue({ sheet: id, row, col });
    if (value instanceof DetailedCellError) return value.value;
    return value as CellValue;
  }

  /** How far formulas reach on a sheet, spills included: Excel counts spilled cells in the used range. */
  extent(sheet: MemorySheet): { rows: number; cols: number } | undefined {
    const id = this.hf?.getSheetId(sheet.name);
    if (id === undefined) return undefined;
    const { width, height } = this.hf!.getSheetDimensions(id);
    return { rows: height, cols: width };
  }

  /** The message behind an error value (#VALUE! "ไม่พบปีงบประมาณ…"), as Excel shows it on hover. */
  errorMessage(sheet: MemorySheet, row: number, col: number): string | undefined {
    const id = this.hf?.getSheetId(sheet.name);
    const value = id === undefined ? undefined : this.hf!.getCellValue({ sheet: id, row, col });
    return value instanceof DetailedCellError ? value.message : undefined;
  }
}

const isPlanArrayFormula = (formula: string) =>
  customFunctions.some((set) => set.arrayFunctions.some((f) => formula.toUpperCase().includes(f)));

/** A sheet's contents for HyperFormula, PLAN array formulas left out (they are set once the data is in). */
function contentOf(sheet: MemorySheet): RawCellContent[][] {
  return Array.from({ length: sheet.rows.length }, (_, r) =>
    Array.from({ length: sheet.rows[r]?.length ?? 0 }, (_, c) => {
      const formula = sheet.cell(r, c)?.formula;
      return formula && isPlanArrayFormula(formula) ? null : rawContent(sheet, r, c);
    })
  );
}

/** What HyperFormula is given for a cell: formulas as formulas, text always as text (never parsed as a number). */
function rawContent(sheet: MemorySheet, row: number, col: number): RawCellContent {
  const cell = sheet.cell(row, col);
  if (!cell) return null;
  if (cell.formula) return forHyperFormula(cell.formula);
  if (typeof cell.value === "string") return cell.value === "" ? null : `'${cell.value}`;
  return (cell.value ?? null) as RawCellContent;
}

/** HyperFormula knows TRUE() and FALSE() but not Excel's bare TRUE and FALSE. */
export function forHyperFormula(formula: string): string {
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\b(TRUE|FALSE)\b(?!\s*\()/gi, "$1()")))
    .join("");
}
