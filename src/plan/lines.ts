import type { FormKind } from "./model";
import { toArabicDigits } from "./thaiNumerals";

/**
 * Recognises the one-line texts of a plan sheet: heading lines, round markers, titles and form labels.
 * Texts arrive as typed: Thai or Arabic digits, leading spaces, a bullet dash.
 */

/** Trims, folds runs of white space and drops a leading bullet ("- ", "▶"); digits stay as typed. */
const NEEDS_CLEANING = /^[-▶•\s\u00a0]|[\s\u00a0]$|[\s\u00a0]{2}|[\n\t\r\u00a0]/;

export function normaliseLine(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  return text
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .replace(/^[-▶•]\s*/, "");
}

/** A digit in either set; numbers captured with it are returned in Arabic digits. */
const D = "[0-9๐-๙]";
const re = (source: string) => new RegExp(source);
const STRATEGY_NUMBERED = re(`^(${D}+)\\s*\\.\\s*(ยุทธศาสตร์.*)$`);
const TACTIC = re(`^(${D}+)\\s*\\.\\s*(${D}+)\\s*\\.?\\s*((?:กลยุทธ์|แนวทาง).*)$`);
const WORK_PLAN = re(`^\\(\\s*(${D}+)\\s*\\)\\s*((?:แผนงาน|ผง\\.).*)$`);
const arabic = (digits: string) => String(Number(toArabicDigits(digits)));

export interface NumberedLine {
  number: string;
  name: string;
}

/** "4. ยุทธศาสตร์…" (number may be wrong) or a linkage-lettered "ช. ยุทธศาสตร์…" (no number). */
export function strategyLine(line: string): { number?: string; name: string } | undefined {
  const numbered = STRATEGY_NUMBERED.exec(line);
  if (numbered) return { number: arabic(numbered[1]), name: numbered[2].trim() };
  const lettered = /^[ก-ฮ]\s*\.\s*(ยุทธศาสตร์.*)$/.exec(line);
  return lettered ? { name: lettered[1].trim() } : undefined;
}

/** "4.3 กลยุทธ์…" (also แนวทางการพัฒนา in older books). */
export function tacticLine(line: string): NumberedLine | undefined {
  const match = TACTIC.exec(line);
  return match
    ? { number: `${arabic(match[1])}.${arabic(match[2])}`, name: match[3].trim() }
    : undefined;
}

/** "(1) แผนงาน…" or "(1) ผง.…" */
export function workPlanLine(line: string): NumberedLine | undefined {
  const match = WORK_PLAN.exec(line);
  return match ? { number: arabic(match[1]), name: match[2].trim() } : undefined;
}

/** A linkage line ก.–ช. (national strategy, NESDP, SDGs, province…) that is not the strategy line. */
export function linkageLine(line: string): boolean {
  return /^[ก-ฮ]\s*\.\s/.test(line) || /^[ก-ฮ]\./.test(line);
}

const ROUND_WORDS = /^(เพิ่มเติม|เปลี่ยนแปลง|แก้ไข|ทบทวน)\s*(ครั้งที่|\(?ฉบับที่)/;

/** A row holding only "เพิ่มเติม ครั้งที่ 2/2567" (or เปลี่ยนแปลง/แก้ไข/ทบทวน) divides the sheet into rounds. */
export function roundMarker(line: string): string | undefined {
  return ROUND_WORDS.test(line) ? line : undefined;
}

export function organisationLine(line: string): boolean {
  return /^(องค์การบริหารส่วนตำบล|องค์การบริหารส่วนจังหวัด|เทศบาล)/.test(line);
}

export function planTitleLine(line: string): boolean {
  return /^แผนพัฒนาท้องถิ่น/.test(line);
}

export type SectionKind = FormKind | "ผ.01" | "appendix";

/** A form label or title that starts a section of another form ("แบบ ผ.02/2", "บัญชีครุภัณฑ์"). */
export function sectionOf(text: string): SectionKind | undefined {
  const line = toArabicDigits(text).replace(/\s/g, "");
  if (/ผ\.?0?2[/_-]2|ประสานโครงการพัฒนาจังหวัด/.test(line)) return "ผ.02/2";
  if (/ผ\.?0?2[/_-]1|ประสานโครงการพัฒนาองค์การบริหารส่วนจังหวัด/.test(line)) return "ผ.02/1";
  if (/ผ\.?0?3(?!\d)|ผ\.?0?8(?!\d)|บัญชีครุภัณฑ์|ครุภัณฑ์/.test(line)) return "ผ.03";
  if (/ผ\.?0?1(?!\d)|บัญชีสรุปโครงการ/.test(line)) return "ผ.01";
  if (/ภาคผนวก|บัญชีรายการแก้ไข|บัญชีโครงการและรายละเอียดการแก้ไข/.test(line)) return "appendix";
  if (/ผ\.?0?2(?![/_\d-])|รายละเอียดโครงการพัฒนา/.test(line)) return "ผ.02";
  return undefined;
}
