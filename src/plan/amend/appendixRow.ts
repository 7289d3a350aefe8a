import type { BookSnapshot, CellValue, Plan, SheetValues } from "../model";
import { toArabicDigits } from "../thaiNumerals";
import type { AppendixWrite } from "./revision";
import { APPENDIX_SHEET } from "../addinSheets";
import { appendixLayout, appendixTitleLines } from "./appendixText";
import { roundLabel, roundsIn, sameRound, type Round } from "./rounds";

/**
 * The appendix sheet for a round: ภาคผนวก ก while it is new or holds this round; a later round gets a sheet of
 * its own ("ภาคผนวก ก แก้ไข ๓-๒๕๖๖", since a sheet name cannot hold "/"), so no earlier appendix is touched.
 */
export function appendixSheetName(book: BookSnapshot, round: Round): string {
  const first = book.sheets.find((s) => s.sheet === APPENDIX_SHEET);
  if (!first || holdsRound(first, round)) return APPENDIX_SHEET;
  return `${APPENDIX_SHEET} ${roundLabel(round).replace(" ครั้งที่", "").replace("/", "-")}`;
}

/**
 * Whether a snapshot of the first appendix sheet holds a round, worked out once: rows appended to it in a file of
 * many changes are of a round it holds, and a round it does not hold goes to a sheet of its own.
 */
const heldRounds = new WeakMap<SheetValues, Map<string, boolean>>();

function holdsRound(sheet: SheetValues, round: Round): boolean {
  let held = heldRounds.get(sheet);
  if (!held) heldRounds.set(sheet, (held = new Map()));
  const key = roundLabel(round, false);
  let holds = held.get(key);
  if (holds === undefined) held.set(key, (holds = findRound(sheet, round)));
  return holds;
}

function findRound(sheet: SheetValues, round: Round): boolean {
  return sheet.values.some((cells) =>
    cells.some((c) => typeof c === "string" && roundsIn(c).some((r) => sameRound(r, round)))
  );
}

/** The appendix's data rows: those whose ลำดับ is a number. */
export function appendixRows(sheet: SheetValues): (readonly CellValue[])[] {
  return sheet.values.filter(isAppendixRow);
}

function isAppendixRow(cells: readonly CellValue[]): boolean {
  return /^\d+$/.test(toArabicDigits(String(cells[0] ?? "")).trim());
}

/** How many data rows a snapshot of an appendix holds, counting only the rows added since it was last asked. */
const countedSoFar = new WeakMap<SheetValues, { rows: number; count: number }>();

export function appendixRowCount(sheet: SheetValues): number {
  let known = countedSoFar.get(sheet);
  if (!known) countedSoFar.set(sheet, (known = { rows: 0, count: 0 }));
  for (; known.rows < sheet.values.length; known.rows++)
    if (isAppendixRow(sheet.values[known.rows])) known.count++;
  return known.count;
}

export function appendixWrite(
  sheet: string,
  existing: SheetValues | undefined,
  plan: Plan,
  round: Round,
  row: CellValue[]
): AppendixWrite {
  const { header, widths } = appendixLayout(plan, round.kind);
  if (!existing) {
    const lines: CellValue[][] = [...appendixTitleLines(plan, round), header, row];
    return { sheet, create: true, firstRow: 0, lines, headerLine: lines.length - 2, widths };
  }
  const lastRow = (existing.top ?? 0) + existing.values.length;
  return { sheet, create: false, firstRow: lastRow, lines: [row], widths };
}
