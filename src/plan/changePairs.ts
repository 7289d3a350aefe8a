import type { CellValue } from "./model";
import { normaliseLine } from "./lines";

/**
 * A เปลี่ยนแปลง book prints a changed project twice: as it stood (เดิม) and as it stands now (เปลี่ยนแปลง). A
 * marker row or a cell of its own row says which; only the new row counts, and the old one is kept as what
 * it changed.
 */
export type PairSide = "old" | "new";

const OLD = /^\(?\s*เดิม\s*\)?$/;
const NEW = /^\(?\s*(เปลี่ยนแปลง|ใหม่|แก้ไขใหม่|เปลี่ยนแปลงใหม่)\s*\)?$/;

/**
 * The words every side's text holds, as typed: cleaning a line only folds white space and drops a leading bullet,
 * so a cell without any of them never names a side, and most of a project row's cells need no cleaning to say so.
 */
const SIDE_WORD = /เดิม|ใหม่|เปลี่ยนแปลง/;

/** The side a text names: "เดิม", "(เดิม)"; "เปลี่ยนแปลง", "ใหม่", "แก้ไขใหม่". */
export function pairSide(text: string): PairSide | undefined {
  if (OLD.test(text)) return "old";
  if (NEW.test(text)) return "new";
  return undefined;
}

/** The side a project row's own cells name (a column such as หมายเหตุ), other than its name's. */
export function rowPairSide(row: readonly CellValue[], nameCol: number): PairSide | undefined {
  for (let c = 0; c < row.length; c++) {
    const value = row[c];
    if (c === nameCol || typeof value !== "string" || value.length > 20 || !SIDE_WORD.test(value))
      continue;
    const side = pairSide(normaliseLine(value));
    if (side) return side;
  }
  return undefined;
}
