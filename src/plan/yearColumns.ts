import { cellAddress, columnLetters } from "../common/a1";
import type { TableHeader, YearColumnNote } from "./header";
import { message } from "./messages";
import type { CellRef, CellValue, Finding } from "./model";

/** The years either side of a column under งบประมาณ, as a person finds it ("between 2566 and 2568"). */
function yearsBeside(header: TableHeader, col: number): string {
  let before: number | undefined;
  let after: number | undefined;
  for (const [year, c] of header.budget) {
    if (c < col && (before === undefined || c > header.budget.get(before)!)) before = year;
    if (c > col && (after === undefined || c < header.budget.get(after)!)) after = year;
  }
  return before !== undefined && after !== undefined ? `${before}–${after}` : "";
}

/** What the checker says of a year column read otherwise than as typed, at its header cell. */
export function yearColumnFinding(
  note: YearColumnNote,
  header: TableHeader,
  cell: CellRef,
  left: number
): Finding {
  const letter = columnLetters(cell.col);
  const base = {
    code: note.kind === "common-era" ? "common-era-year" : "year-column",
    sheet: cell.sheet,
    row: cell.row,
    cell,
  } as const;
  if (note.kind === "common-era") {
    return {
      ...base,
      what: message(
        `หัวคอลัมน์ ${letter} "${note.typed}" เป็นปี ค.ศ.: อ่านเป็นปีงบประมาณ พ.ศ. ${note.year}`,
        `Column ${letter} is headed "${note.typed}", a Common-Era year; read as fiscal year ${note.year}`
      ),
      suggestion: message(`พิมพ์หัวคอลัมน์เป็น พ.ศ. ${note.year}`, `Head it ${note.year}`),
    };
  }
  if (note.kind === "repeated") {
    const first = columnLetters(left + header.budget.get(note.year!)!);
    return {
      ...base,
      what: message(
        `ปี ${note.year} ซ้ำในหัวคอลัมน์ ${first} และ ${letter}: งบประมาณในคอลัมน์ ${letter} ไม่ได้นับรวม`,
        `Year ${note.year} heads both column ${first} and column ${letter}; the budgets in column ${letter} are not counted`
      ),
      suggestion: message("แก้หัวคอลัมน์ให้เป็นปีที่ถูกต้อง", "Correct the column's year"),
    };
  }
  const between = yearsBeside(header, cell.col - left);
  return {
    ...base,
    what: message(
      `คอลัมน์งบประมาณ ${letter}${between ? ` (ระหว่างปี ${between})` : ""} ไม่มีปีในหัวคอลัมน์: งบประมาณในคอลัมน์นี้ไม่ได้นับรวม`,
      `Budget column ${letter}${between ? ` (between ${between})` : ""} has no year in its header; its budgets are not counted`
    ),
    suggestion: message("พิมพ์ปีงบประมาณในหัวคอลัมน์", "Type the fiscal year in its header"),
  };
}

/** A budget typed under a column with no year of its own: named, never summed. */
export function strayCellFinding(note: YearColumnNote, cell: CellRef, value: CellValue): Finding {
  const at = cellAddress(cell);
  const why =
    note.kind === "repeated"
      ? message(`ปี ${note.year} ซ้ำ`, `year ${note.year} repeated`)
      : message("หัวคอลัมน์ไม่มีปี", "no year in the header");
  return {
    code: "year-column",
    sheet: cell.sheet,
    row: cell.row,
    cell,
    what: message(
      `งบประมาณ "${String(value)}" ที่ ${at} อยู่ในคอลัมน์ที่ไม่รู้ปี (${why.th}): ไม่ได้นับรวม`,
      `Budget "${String(value)}" at ${at} is in a column of no known year (${why.en}); not counted`
    ),
  };
}
