import type { MemorySheet } from "./model";
import { attributeOf, endsName } from "./xlsxScan";

/**
 * Finding a row element in a sheet's <sheetData> by halving the text, as Excel writes rows: in ascending order,
 * each with its number (r). A change to a few rows of a 200,000-row sheet, or of one formatted down to row
 * 1,048,576, then rewrites those rows alone and leaves the rest of the text as one slice either side of them.
 */

/** A row element found: where it starts and ends, where its start tag ends, and its number (1-based). */
export interface RowElement {
  start: number;
  tagEnd: number;
  end: number;
  number: number;
}

/** The first row element starting in [from, before), undefined when none; null when it has no number. */
function rowFrom(xml: string, from: number, before: number): RowElement | null | undefined {
  for (
    let at = xml.indexOf("<row", from);
    at >= 0 && at < before;
    at = xml.indexOf("<row", at + 4)
  ) {
    if (!endsName(xml.charCodeAt(at + 4))) continue;
    const tagEnd = xml.indexOf(">", at);
    const number = Number(attributeOf(xml.slice(at, tagEnd), "r"));
    if (!(number > 0)) return null;
    const end =
      xml.charCodeAt(tagEnd - 1) === 47
        ? tagEnd + 1
        : xml.indexOf("</row>", tagEnd) + "</row>".length;
    return { start: at, tagEnd, end, number };
  }
  return undefined;
}

/**
 * The first row element in [from, before) whose number is `number` or more (the element of that row, or the one
 * a new row goes before), undefined when there is none; null when a row without a number makes halving unsafe.
 */
export function rowAtOrAfter(
  xml: string,
  number: number,
  from: number,
  before: number
): RowElement | null | undefined {
  let best: RowElement | undefined;
  let low = from;
  let high = before;
  while (low < high) {
    const middle = low + ((high - low) >> 1);
    const found = rowFrom(xml, middle, high);
    if (found === null) return null;
    if (found === undefined) high = middle;
    else if (found.number >= number) {
      best = found;
      high = middle;
    } else low = found.end;
  }
  return best;
}

/**
 * The rows of a sheet that may differ from the sheet as read (by index): cells not the very ones read, or a formula
 * (its result may have moved), a height or hidden state changed. Every other row goes back as the file had it.
 */
export function rowsToWrite(base: MemorySheet, sheet: MemorySheet): number[] {
  const rows: number[] = [];
  const count = Math.max(
    sheet.rows.length,
    base.rows.length,
    sheet.rowHeights.length,
    base.rowHeights.length,
    sheet.hiddenRows.length,
    base.hiddenRows.length
  );
  for (let r = 0; r < count; r++) {
    const now = sheet.rows[r];
    const was = base.rows[r];
    let same =
      sheet.rowHeights[r] === base.rowHeights[r] &&
      Boolean(sheet.hiddenRows[r]) === Boolean(base.hiddenRows[r]) &&
      (now?.length ?? 0) === (was?.length ?? 0);
    for (let c = 0; same && now && c < now.length; c++)
      same = now[c] === was![c] && !now[c]?.formula;
    if (!same) rows.push(r);
  }
  return rows;
}
