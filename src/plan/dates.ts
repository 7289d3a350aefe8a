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

/** A year as typed: Buddhist era (2566) unless it is plainly Common Era (2023). */
const commonEra = (year: number) => (year > 2400 ? year - BUDDHIST_ERA_OFFSET : year);

function utcDate(year: number, month: number, day: number): Date | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/**
 * Reads a date as staff type it: "17/7/2566", "๑๗/๗/๒๕๖๖", "17-07-2566", "17 กรกฎาคม 2566", "๑๗ ก.ค. ๒๕๖๖", or ISO
 * "2023-07-17". Years are Buddhist era unless they are plainly Common Era. A date that does not exist is an error.
 */
export function parseThaiDate(text: string): Date {
  const t = toArabicDigits(String(text ?? ""))
    .trim()
    .replace(/\s+/g, " ");
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const worded = /^(\d{1,2}) (\S+) (?:พ\.ศ\. ?)?(\d{4})$/.exec(t);
  let date: Date | undefined;
  if (iso) date = utcDate(commonEra(Number(iso[1])), Number(iso[2]), Number(iso[3]));
  else if (numeric)
    date = utcDate(commonEra(Number(numeric[3])), Number(numeric[2]), Number(numeric[1]));
  else if (worded) {
    const month = Math.max(THAI_MONTHS.indexOf(worded[2]), SHORT_MONTHS.indexOf(worded[2])) + 1;
    if (month > 0) date = utcDate(commonEra(Number(worded[3])), month, Number(worded[1]));
  }
  if (!date) {
    throw planError(
      `"${text}" ไม่ใช่วันที่ (พิมพ์เป็น วัน/เดือน/ปี พ.ศ. เช่น ๑๗/๗/๒๕๖๖)`,
      `"${text}" is not a date (type day/month/Buddhist-era year, e.g. 17/7/2566)`
    );
  }
  return date;
}
