import { message, planError, type CellRef, type CellValue } from "../plan";

/* global Excel, Office */

/**
 * The ExcelApi version the add-in cannot run without (manifest.xml declares it beside SharedRuntime 1.1, which no
 * Excel before it has): whatever it calls from a later set is asked for with apiSupported first.
 */
export const MINIMUM_EXCEL_API = "1.10";

/**
 * Excel notes (the yellow sticky notes) came with ExcelApi 1.18. Where Excel is older the amendment is recorded
 * without its note, and the pane says so (NO_NOTES).
 */
export function notesSupported(): boolean {
  return apiSupported("1.18");
}

export const NO_NOTES = message(
  "Excel รุ่นนี้ไม่มีบันทึกย่อ (notes ต้องมี ExcelApi 1.18): บันทึกการแก้ไขครบแล้วแต่ไม่มีบันทึกย่อ กล่องข้อความบนแถวของโครงการ ภาคผนวก และประวัติการแก้ไขบันทึกไว้แล้ว",
  "This Excel has no notes (ExcelApi 1.18 needed): the amendment is recorded without its note; the text box over the project's row, the appendix and the history are written"
);

/** True when Excel has the ExcelApi version (where there is no Office object, as in the command line: all). */
export function apiSupported(version: string): boolean {
  return (
    typeof Office === "undefined" ||
    Office.context?.requirements?.isSetSupported("ExcelApi", version) !== false
  );
}

export function cellRange(context: Excel.RequestContext, ref: CellRef): Excel.Range {
  return context.workbook.worksheets.getItem(ref.sheet).getRangeByIndexes(ref.row, ref.col, 1, 1);
}

/**
 * User text is written as text: Excel turns a value that starts with "=" into a formula, so such text gets
 * Excel's quote prefix, which Excel keeps out of the cell's value.
 */
export function asCellText(value: CellValue): CellValue {
  return typeof value === "string" && value.startsWith("=") ? `'${value}` : value;
}

/** Values compared as Excel gives them back: empty cells are "", numbers stay numbers. */
export function sameValue(a: CellValue, b: CellValue): boolean {
  const norm = (v: CellValue) => (v === null || v === undefined ? "" : v);
  return norm(a) === norm(b);
}

/**
 * Queues a load of the sheets' protection; after the sync, the returned check refuses, with a message naming the
 * sheet, when one of them is protected (Excel would refuse the first write there, half-way through the batch).
 */
export function protectionCheck(
  context: Excel.RequestContext,
  sheets: Iterable<string>
): () => void {
  const loaded = [...new Set(sheets)].map((name) => ({
    name,
    protection: context.workbook.worksheets.getItem(name).protection.load("protected"),
  }));
  return () => {
    const locked = loaded.find((s) => s.protection.protected);
    if (locked) {
      throw planError(
        `ชีต "${locked.name}" ถูกป้องกันไว้ ยกเลิกการป้องกันชีตก่อน`,
        `Sheet "${locked.name}" is protected; unprotect it first`
      );
    }
  };
}

export const THAI_FONT = "TH Sarabun New";

/** A4 landscape, as the plan documents are printed, scaled to the page's width. */
export function printLandscape(sheet: Excel.Worksheet, titleRows?: string): void {
  sheet.pageLayout.orientation = "Landscape" as Excel.PageOrientation;
  sheet.pageLayout.paperSize = "A4" as Excel.PaperType;
  sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (titleRows) sheet.pageLayout.setPrintTitleRows(titleRows);
}

export function printFont(range: Excel.Range, size = 16): void {
  range.format.font.name = THAI_FONT;
  range.format.font.size = size;
}

export function boxBorders(range: Excel.Range): void {
  for (const edge of [
    "EdgeTop",
    "EdgeBottom",
    "EdgeLeft",
    "EdgeRight",
    "InsideHorizontal",
    "InsideVertical",
  ] as const) {
    range.format.borders.getItem(edge as Excel.BorderIndex).style =
      "Continuous" as Excel.BorderLineStyle;
  }
}

/** Thai vowels and tone marks above and below the line take no width of their own. */
const COMBINING = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g;
/** TH Sarabun New at 16 pt: about 8.5 pt a character (a safe side), 24 pt a line as Excel spaces it. */
const POINTS_PER_CHARACTER = 8.5;
const POINTS_PER_LINE = 24;

/**
 * A row height that shows all the wrapped text of a row, for programs that do not fit rows themselves
 * (LibreOffice, and Excel when a file says the height). Excel also re-fits it with autofitRows.
 */
export function wrappedRowHeight(texts: readonly unknown[], widths: readonly number[]): number {
  const lines = texts.map((text, i) => {
    const visible = String(text ?? "").replace(COMBINING, "").length;
    const perLine = Math.max(1, Math.floor((widths[i] ?? 48) / POINTS_PER_CHARACTER));
    return Math.ceil(visible / perLine);
  });
  return Math.max(1, ...lines) * POINTS_PER_LINE;
}

/** A column width (points) that shows each text whole on one line, and never less than `least`. */
export function fittingWidth(texts: readonly unknown[], least: number): number {
  const widest = Math.max(0, ...texts.map((t) => String(t ?? "").replace(COMBINING, "").length));
  return Math.max(least, Math.ceil(widest * POINTS_PER_CHARACTER + 8));
}

/** Excel on the web refuses a batch too large to send or to answer (both codes: Office.js error codes). */
const PAYLOAD_CODES = ["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"];

export function isPayloadError(error: unknown): boolean {
  return PAYLOAD_CODES.includes(String((error as { code?: string })?.code));
}
