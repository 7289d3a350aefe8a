/** A1-style addresses: column letters, quoted sheet names, cells and areas. Shared by the core and the emulator. */

/** A cell of a sheet, 0-based. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Quotes a sheet name as Excel does when it is not a plain identifier ('ยุทธ1.1แผนงาน'!F12). */
export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** "F12" or "'ผ.02'!F12" */
export function cellAddress(ref: CellRef): string {
  const local = `${columnLetters(ref.col)}${ref.row + 1}`;
  return ref.sheet ? `${quoteSheet(ref.sheet)}!${local}` : local;
}

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** Splits "'Sheet 1'!B3:D9", "B3", "A:C" or "1:5" into a sheet name and the 0-based area. */
export function parseAddress(address: string): {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
} {
  const bang = address.lastIndexOf("!");
  const sheet =
    bang < 0
      ? ""
      : address
          .slice(0, bang)
          .replace(/^'(.*)'$/, "$1")
          .replace(/''/g, "'");
  const local = address
    .slice(bang + 1)
    .replace(/\$/g, "")
    .toUpperCase();
  const columns = /^([A-Z]+):([A-Z]+)$/.exec(local);
  if (columns) {
    const col = columnIndex(columns[1]);
    return { sheet, row: 0, col, rows: MAX_ROWS, cols: columnIndex(columns[2]) - col + 1 };
  }
  const rowsOnly = /^(\d+):(\d+)$/.exec(local);
  if (rowsOnly) {
    const row = Number(rowsOnly[1]) - 1;
    return { sheet, row, col: 0, rows: Number(rowsOnly[2]) - row, cols: MAX_COLUMNS };
  }
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(local);
  if (!match) throw new Error(`Not a cell address: ${address}`);
  const col = columnIndex(match[1]);
  const row = Number(match[2]) - 1;
  const endCol = match[3] ? columnIndex(match[3]) : col;
  const endRow = match[4] ? Number(match[4]) - 1 : row;
  if (row < 0 || endRow < row || endCol < col) throw new Error(`Not a cell address: ${address}`);
  return { sheet, row, col, rows: endRow - row + 1, cols: endCol - col + 1 };
}
