import { planError } from "./messages";
import { toArabicDigits, toThaiDigits } from "./thaiNumerals";

/** The Buddhist era runs 543 years ahead of the Common Era. */
export const BUDDHIST_ERA_OFFSET = 543;

/**
 * A fiscal year in the Buddhist era, as Thai budgets name it: 2566, "๒๕๖๖", "2566", or a Common-Era
 * year (2023 → 2566). Anything else is an error.
 */
export function parseFiscalYear(value: unknown): number {
  const text =
    typeof value === "number" ? String(value) : toArabicDigits(String(value ?? "")).trim();
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (year >= 2400 && year <= 2700) return year;
  if (year >= 1857 && year <= 2157) return year + BUDDHIST_ERA_OFFSET;
  throw planError(
    `"${String(value)}" ไม่ใช่ปีงบประมาณ (เช่น 2566 หรือ ๒๕๖๖)`,
    `"${String(value)}" is not a fiscal year (e.g. 2566)`
  );
}

/** Fiscal year 2566 runs from 1 October 2022 to 30 September 2023. */
export function fiscalYearBounds(year: number): { start: Date; end: Date } {
  const ce = year - BUDDHIST_ERA_OFFSET;
  return { start: new Date(Date.UTC(ce - 1, 9, 1)), end: new Date(Date.UTC(ce, 8, 30)) };
}

export function fiscalYearOf(date: Date): number {
  const ce = date.getUTCFullYear() + (date.getUTCMonth() >= 9 ? 1 : 0);
  return ce + BUDDHIST_ERA_OFFSET;
}

/** Finds a Buddhist-era year written in a header cell: "๒๕๖๖ (บาท)", "ปี 2567", 2568. */
export function findYearInText(value: unknown): number | undefined {
  const match = /(?:^|\D)(2[45]\d\d)(?:\D|$)/.exec(toArabicDigits(String(value ?? "")));
  return match ? Number(match[1]) : undefined;
}

export function yearLabel(year: number, thaiDigits = true): string {
  return thaiDigits ? toThaiDigits(String(year)) : String(year);
}

/** "๒๕๖๖–๒๕๗๐" */
export function spanLabel(years: readonly number[], thaiDigits = true): string {
  if (years.length === 0) return "";
  return `${yearLabel(years[0], thaiDigits)}–${yearLabel(years[years.length - 1], thaiDigits)}`;
}
