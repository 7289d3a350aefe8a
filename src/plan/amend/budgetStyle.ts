import type { CellValue } from "../model";
import { formatAmount, tryParseAmount } from "../thaiNumerals";

/**
 * How a sheet writes its budgets, so an edit looks like the cells around it: Thai-digit text (๑,๔๐๐,๐๐๐),
 * Arabic text (1,400,000), or numbers; and what it writes for no budget ("-", "๐", 0 or nothing).
 */
export interface BudgetStyle {
  digits: "thai" | "arabic" | "number";
  zero: CellValue;
  /** What typed amounts end with: ".-" ("500,000.-", no satang) or nothing. */
  suffix?: string;
}

/** The ".-" a typed amount ends with, if any. */
function suffixOf(value: CellValue): string | undefined {
  return typeof value === "string" && /\.-\s*$/.test(value) ? ".-" : undefined;
}

const THAI = /[๐-๙]/;

function digitsOf(value: CellValue): BudgetStyle["digits"] | undefined {
  if (typeof value === "number") return "number";
  if (typeof value !== "string" || !tryParseAmount(value)) return undefined;
  return THAI.test(value) ? "thai" : "arabic";
}

/**
 * Learns the style from cells of the same sheet (non-zero ones for digits, zero ones for the zero mark), in their
 * order: the first of each kind decides, so the samples are read only until one of each is found (a large sheet's
 * first block has them).
 */
export function budgetStyleOf(samples: Iterable<CellValue>): BudgetStyle {
  let digits: BudgetStyle["digits"] | undefined;
  let zeroFound = false;
  let zeroCell: CellValue | undefined;
  let typed: CellValue | undefined;
  for (const value of samples) {
    const own = digitsOf(value);
    digits ??= own;
    if (!zeroFound && tryParseAmount(value) === 0) [zeroFound, zeroCell] = [true, value];
    if (typed === undefined && (own === "thai" || own === "arabic")) typed = value;
    if (zeroFound && typed !== undefined) break;
  }
  digits ??= "thai";
  const zero = zeroCell === undefined ? (digits === "number" ? 0 : "-") : zeroCell;
  return { digits, zero: zero === undefined ? null : zero, suffix: suffixOf(typed ?? null) ?? "" };
}

export function renderBudget(amount: number, style: BudgetStyle): CellValue {
  if (amount === 0) return style.zero;
  if (style.digits === "number") return amount;
  return formatAmount(amount, { thaiDigits: style.digits === "thai" }) + (style.suffix ?? "");
}

/** A total cell keeps its own look ("๐" stays "๐", a number stays a number); a blank one takes the sheet's. */
export function renderLike(amount: number, current: CellValue, sheet: BudgetStyle): CellValue {
  if (amount === 0 && tryParseAmount(current) === 0) return current;
  const own =
    digitsOf(current) ??
    (typeof current === "string" && /[0-9]/.test(current) ? "arabic" : undefined);
  const digits = own ?? (typeof current === "string" && THAI.test(current) ? "thai" : sheet.digits);
  if (amount === 0)
    return digits === "number" ? 0 : formatAmount(0, { thaiDigits: digits === "thai" });
  const suffix = typeof current === "string" && own ? (suffixOf(current) ?? "") : sheet.suffix;
  return renderBudget(amount, { ...sheet, digits, suffix });
}
