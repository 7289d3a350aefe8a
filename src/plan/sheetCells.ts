import type { CellRef, Finding, SheetValues } from "./model";

/**
 * Where a sheet's values sit and where what is read of them is reported: the reader counts rows and columns in its
 * grid, findings and cells name the sheet's own (the grid starts at the used range's first cell).
 */
export class SheetCells {
  readonly top: number;
  readonly left: number;

  constructor(
    readonly sheet: SheetValues,
    readonly findings: Finding[]
  ) {
    this.top = sheet.top ?? 0;
    this.left = sheet.left ?? 0;
  }

  ref(r: number, c: number): CellRef {
    return { sheet: this.sheet.sheet, row: this.top + r, col: this.left + c };
  }

  finding(
    code: Finding["code"],
    r: number,
    what: Finding["what"],
    extra: Partial<Finding> = {}
  ): void {
    this.findings.push({ code, sheet: this.sheet.sheet, row: this.top + r, what, ...extra });
  }
}
