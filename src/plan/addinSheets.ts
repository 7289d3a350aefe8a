import { toThaiDigits } from "./thaiNumerals";

/**
 * The sheets the add-in itself writes into an office's book, named in one place so that every reader and writer
 * agrees on them. A leaf: the document's parts and rounds are typed where they are used (a new part that has no
 * sheet name here does not compile in excel/documentSheets.ts).
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

/** The parts of a round's document as print-ready sheets: short, so "ผ.01 ๒-๒๕๖๖" stays within 31 characters. */
const PRINT_SHEETS = {
  cover: "ปก",
  announcement: "ประกาศ",
  contents: "สารบัญ",
  principles: "หลักการและเหตุผล",
  introduction: "บทนำ",
  summary: "ผ.01",
  details: "ผ.02",
  appendix: "ภาคผนวก ก",
} as const;

/** The print-ready sheet of a part of a round's document: "ผ.01 ๒-๒๕๖๖" (a sheet name cannot hold "/"). */
export function printSheetName(
  part: keyof typeof PRINT_SHEETS,
  round: { readonly number: number; readonly year: number }
): string {
  return `${PRINT_SHEETS[part]} ${toThaiDigits(`${round.number}-${round.year}`)}`;
}

const PRINT_SHEET = new RegExp(
  `^(?:${Object.values(PRINT_SHEETS)
    .map((name) => name.replace(/\./g, "\\."))
    .join("|")}) [๐-๙]+-[๐-๙]+$`
);

/** The add-in's working sheets, kept hidden. */
const WORKING_SHEETS: ReadonlySet<string> = new Set([INDEX_SHEET, LOG_SHEET, DOCUMENT_SHEET]);

/**
 * The add-in's sheets that are never plan, even where shown: its working sheets (a book refreshed before the index
 * was hidden still shows it) and the print-ready copies of a round's document (its ผ.02 would count every project
 * twice). Nor are they named as hidden sheets holding projects. The ผ.01 and the appendix it writes are forms of
 * the plan, read as such.
 */
export function neverPlan(sheet: string): boolean {
  return WORKING_SHEETS.has(sheet) || PRINT_SHEET.test(sheet);
}
