/**
 * The sheets the add-in itself writes into an office's book, named in one place so that every reader and writer
 * agrees on them.
 */

/** The ผ.01 the add-in writes where the book has none typed (refresh updates a typed one, whatever its name). */
export const SUMMARY_SHEET = "ผ.01";

/** ภาคผนวก ก, the list of revisions; a later round's appendix gets a sheet of its own (appendixRow.ts). */
export const APPENDIX_SHEET = "ภาคผนวก ก";

/**
 * The sheet a live ผ.01 over a plan on many sheets reads through (one row per project, linked to the detail
 * cells): a copy of the plan.
 */
export const INDEX_SHEET = "ดัชนีแผน";

/** The amendment log (amend/log.ts): one row per cell an amendment changed, for Undo. */
export const LOG_SHEET = "บันทึกการแก้ไขแผน";

/** The office profile and the register of rounds (document/register.ts). */
export const DOCUMENT_SHEET = "ข้อมูลจัดทำเอกสาร";

/**
 * The add-in's working sheets, kept hidden: never read as plan even where shown (a book refreshed before the index
 * was hidden still shows it), and never named as a hidden sheet holding projects. The ผ.01 and the appendix are
 * forms of the printed plan and are read as such.
 */
const WORKING_SHEETS: ReadonlySet<string> = new Set([INDEX_SHEET, LOG_SHEET, DOCUMENT_SHEET]);

export function isWorkingSheet(sheet: string): boolean {
  return WORKING_SHEETS.has(sheet);
}
