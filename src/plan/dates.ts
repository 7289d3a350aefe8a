import { BUDDHIST_ERA_OFFSET } from "./fiscalYear";
import { planError } from "./messages";
import { toArabicDigits, toThaiDigits } from "./thaiNumerals";

/**
 * Dates as Thai offices write them: Buddhist-era years, "17/7/2566" typed, "๑๗ กรกฎาคม ๒๕๖๖" printed. Dates
 * are kept as UTC midnights so a date never moves with the time zone.
 */
const THAI_MONTHS = [
  "มกราคม",
  "กุมภาพันธ์",
  "มีนาคม",
  "เมษายน",
  "พฤษภาคม",
  "มิถุนายน",
  "กรกฎาคม",
  "สิงหาคม",
  "กันยายน",
  "ตุลาคม",
  "พฤศจิกายน",
  "ธันวาคม",
];

/** 2023-07-17 → "๑๗ กรกฎาคม ๒๕๖๖", as the announcement is dated. */
export function thaiDate(date: Date, thaiDigits = true): string {
  const text = `${date.getUTCDate()} ${THAI_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear() + BUDDHIST_ERA_OFFSET}`;
  return thaiDigits ? toThaiDigits(text) : text;
}

/** 2023-07-17 → "17/7/2566", as staff type a date. */
export function shortThaiDate(date: Date): string {
  return `${date.getUTCDate()}/${date.getUTCMonth() + 1}/${date.getUTCFullYear() + BUDDHIST_ERA_OFFSET}`;
}

const SHORT_MONTHS = [
  "ม.ค.",
  "ก.พ.",
  "มี.ค.",
  "เม.ย.",
  "พ.ค.",
  "มิ.ย.",
  "ก.ค.",
  "ส.ค.",
  "ก.ย.",
  "ต.ค.",
  "พ.ย.",
  "ธ.ค.",
];

function utcDate(year: number, month: number, day: number): Date | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/**
 * A year as staff type it after the day and month: Buddhist era in four digits (2566) or two (66, as in 17/7/66,
 * the 2500s); a Common-Era year (2023) is refused, since 17/7/2023 beside 17/7/2566 is too easily a slip.
 */
function buddhistYear(typed: string, text: string): number {
  const year = Number(typed);
  if (typed.length === 2) return 2500 + year;
  if (year >= 2400) return year;
  const be = year + BUDDHIST_ERA_OFFSET;
  throw planError(
    `"${text}" ใช้ปี ค.ศ. ${year}: พิมพ์ปี พ.ศ. (${toThaiDigits(String(be))}) เช่น ${toThaiDigits(text.replace(typed, String(be)))}`,
    `"${text}" has the Common-Era year ${year}: type the Buddhist-era year (${be}), e.g. ${text.replace(typed, String(be))}`
  );
}

/**
 * Reads a date as staff type it: "17/7/2566", "17/7/66", "๑๗/๗/๒๕๖๖", "17-07-2566", "17 กรกฎาคม 2566",
 * "๑๗ ก.ค. ๖๖", or ISO "2023-07-17" (Common Era by its form, as files exchange dates). Years after the day and
 * month are Buddhist era; a Common-Era one, or a date that does not exist, is an error with the reason.
 */
export function parseThaiDate(text: string): Date {
  const t = toArabicDigits(String(text ?? ""))
    .trim()
    .replace(/\s+/g, " ");
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(t);
  const worded = /^(\d{1,2}) ?([^\d\s]+?) ?(?:พ\.ศ\. ?)?(\d{4}|\d{2})$/.exec(t);
  let date: Date | undefined;
  if (iso) {
    const year = Number(iso[1]);
    date = utcDate(year > 2400 ? year - BUDDHIST_ERA_OFFSET : year, Number(iso[2]), Number(iso[3]));
  } else if (numeric) {
    const year = buddhistYear(numeric[3], t) - BUDDHIST_ERA_OFFSET;
    date = utcDate(year, Number(numeric[2]), Number(numeric[1]));
  } else if (worded) {
    const month = Math.max(THAI_MONTHS.indexOf(worded[2]), SHORT_MONTHS.indexOf(worded[2])) + 1;
    const year = buddhistYear(worded[3], t) - BUDDHIST_ERA_OFFSET;
    if (month > 0) date = utcDate(year, month, Number(worded[1]));
  }
  if (!date) {
    throw planError(
      `"${text}" ไม่ใช่วันที่ (พิมพ์เป็น วัน/เดือน/ปี พ.ศ. เช่น ๑๗/๗/๒๕๖๖ หรือ ๑๗/๗/๖๖)`,
      `"${text}" is not a date (type day/month/Buddhist-era year, e.g. 17/7/2566 or 17/7/66)`
    );
  }
  return date;
}
