import { message, type Message } from "./messages";
import type { FindingCode } from "./model";
import { formatAmount, tryParseAmount } from "./thaiNumerals";

/** More than any local government's plan could hold in one project and year: a slip, never baht. */
export const LARGEST_AMOUNT = 1e12;

/** Why a budget cell is not counted: the finding's kind and its words. */
export interface BudgetProblem {
  code: Extract<
    FindingCode,
    "unreadable-budget" | "date-budget" | "negative-budget" | "budget-too-large"
  >;
  what: Message;
}

/**
 * A project's budget cell as the plan counts it: baht (0 for "-" and empty), or why it is left out. A number shown
 * as a date is a date typed into the wrong cell (Excel keeps it as its serial number), so it is never baht.
 */
export function readBudgetCell(
  value: unknown,
  year: number,
  shownAsDate = false
): number | BudgetProblem {
  const amount = tryParseAmount(value);
  if (amount !== undefined && amount >= 0 && amount <= LARGEST_AMOUNT && !shownAsDate)
    return amount;
  const typed = String(value);
  if (amount === undefined) {
    return {
      code: "unreadable-budget",
      what: message(
        `งบประมาณปี ${year} "${typed}" ไม่ใช่ตัวเลข: ไม่ได้นับรวม`,
        `Budget for ${year} "${typed}" is not a number; not counted`
      ),
    };
  }
  if (shownAsDate && typeof value === "number") {
    return {
      code: "date-budget",
      what: message(
        `งบประมาณปี ${year} เป็นวันที่ (ค่า ${typed}): ไม่ได้นับรวมเป็นเงิน`,
        `Budget for ${year} is formatted as a date (value ${typed}); not counted as baht`
      ),
    };
  }
  if (amount < 0) {
    const shown = formatAmount(amount, { thaiDigits: false });
    return {
      code: "negative-budget",
      what: message(
        `งบประมาณปี ${year} ติดลบ (${shown}): ไม่ได้นับรวม`,
        `Budget for ${year} is negative (${shown}); not counted`
      ),
    };
  }
  if (!Number.isFinite(amount) || amount > LARGEST_AMOUNT) {
    const shown = typed.length > 24 ? `${typed.slice(0, 20)}… (${typed.length} ตัว)` : typed;
    return {
      code: "budget-too-large",
      what: message(
        `งบประมาณปี ${year} "${shown}" เกินกว่างบประมาณใดจะเป็นได้ (เกิน ๑ ล้านล้านบาท): ไม่ได้นับรวม`,
        `Budget for ${year} "${shown}" is beyond any budget (over 10^12 baht); not counted`
      ),
    };
  }
  return amount;
}

/**
 * True for an Excel number format that shows a date or a time ("d/m/yyyy", "[$-th-TH]d mmmm bbbb", "h:mm"):
 * its letters d, m, y, b (Buddhist year), h or s outside quoted text, brackets and escaped characters.
 */
export function isDateFormat(format: string): boolean {
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/[\\_*]./g, "");
  return /[dmyhsb]/i.test(bare);
}

/** A cell's place as one number, for sets of cells (Excel has 16,384 columns). */
export function cellKey(row: number, col: number): number {
  return row * 16384 + col;
}
