import { planError } from "./messages";

import { toArabicDigits, toThaiDigits } from "../common/thaiDigits";

export { toArabicDigits, toThaiDigits };

/** ๐ in Unicode: Thai digits are ๐ + 0…9. */
const THAI_ZERO = 0x0e50;

/** ํ and า: typed one after the other (white space between aside) they show as ำ. */
const NIKHAHIT = 0x0e4d;
const SARA_AA = 0x0e32;
const SARA_AM = 0x0e33;

/** What folding drops: white space (as \s, and the no-break space) and invisible characters. */
function foldedAway(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200d) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** A kept character as it folds: a Thai digit its Arabic one. */
const foldedDigit = (code: number) =>
  code >= THAI_ZERO && code <= THAI_ZERO + 9 ? code - THAI_ZERO + 48 : code;

/** Where the texts folded go, one character code at a time (a name longer than this gets its own). */
let foldBuffer = new Uint16Array(256);

/**
 * Text as compared when staff may have typed it either way: digits Arabic, spaces and line breaks gone, and what
 * shows the same whatever was typed: invisible characters (zero-width space and joiners, the byte-order mark)
 * dropped, and ำ typed as its two parts (nikhahit ํ then sara aa า, as some keyboards and PDF copies give it) made one.
 * One pass over the text, none made when nothing folds: every project name of a large plan is folded.
 */
export function foldText(text: string): string {
  if (foldBuffer.length < text.length) foldBuffer = new Uint16Array(text.length);
  const out = foldBuffer;
  let n = 0;
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (foldedAway(code)) changed = true;
    else if (code === SARA_AA && n > 0 && out[n - 1] === NIKHAHIT) {
      out[n - 1] = SARA_AM;
      changed = true;
    } else {
      out[n] = foldedDigit(code);
      changed ||= out[n] !== code;
      n++;
    }
  }
  if (!changed) return text;
  // In pieces: a call takes only so many arguments, and a cell may hold 32,767 characters.
  let folded = "";
  for (let from = 0; from < n; from += 8192)
    folded += String.fromCharCode(...out.subarray(from, Math.min(n, from + 8192)));
  return folded;
}

/**
 * foldText(text) === folded, for a folded text, without making the fold: a name looked up among the names of a
 * large plan is compared with each. From the end: the names of a plan share their first words ("โครงการก่อสร้าง…")
 * and differ in their last (a village, a number). Read backwards, า after ํ (white space between aside) is ำ.
 */
export function foldsTo(text: string, folded: string): boolean {
  let j = folded.length - 1;
  for (let i = text.length - 1; i >= 0; i--) {
    let code = text.charCodeAt(i);
    // A folded text holds nothing folding drops or changes, so a character equal to its own is kept (า aside).
    if (code === folded.charCodeAt(j) && code !== SARA_AA) {
      j--;
      continue;
    }
    if (foldedAway(code)) continue;
    if (code === SARA_AA) {
      let before = i - 1;
      while (before >= 0 && foldedAway(text.charCodeAt(before))) before--;
      if (text.charCodeAt(before) === NIKHAHIT) [code, i] = [SARA_AM, before];
    }
    if (j < 0 || folded.charCodeAt(j--) !== foldedDigit(code)) return false;
  }
  return j === -1;
}

/** Cells that mean "no budget": empty, blanks, or a dash as offices type it. */
const NOTHING = /^[\s\u00a0]*[-–—]?[\s\u00a0]*$/;
const AMOUNT = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/**
 * Reads a budget or count cell as staff type it: 1400000, "1,400,000", "๑,๔๐๐,๐๐๐", " 1,632,820 ",
 * "10,500,000.00", "500,000.-", "-", empty. Returns undefined when the text is not a number, so callers can name the cell.
 */
export function tryParseAmount(value: unknown): number | undefined {
  if (value === null || value === undefined) return 0;
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "boolean") return undefined;
  const text = String(value);
  const quick = quickAmount(text);
  if (quick !== undefined) return quick;
  if (NOTHING.test(text)) return 0;
  // "500,000.-" and "500,000.-บาท": the dash says "no satang", as amounts in baht are written in Thai documents.
  const compact = toArabicDigits(text.replace(/[\s\u00a0]/g, "")).replace(/(\.-|บาท)+$/, "");
  if (!AMOUNT.test(compact)) return undefined;
  return Number(compact.replace(/,/g, ""));
}

/**
 * The common cells ("๑,๔๐๐,๐๐๐", "1400000", "-") read without regular expressions, digit by digit, since a
 * large plan has hundreds of thousands of them. Anything else (spaces, decimals, บาท) takes the careful path.
 */
function quickAmount(text: string): number | undefined {
  if (text === "-" || text === "") return 0;
  let amount = 0;
  let digitsInGroup = 0;
  let grouped = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit =
      code >= 48 && code <= 57
        ? code - 48
        : code >= THAI_ZERO && code <= THAI_ZERO + 9
          ? code - THAI_ZERO
          : -1;
    if (digit >= 0) {
      amount = amount * 10 + digit;
      digitsInGroup++;
    } else if (
      code === 44 &&
      digitsInGroup > 0 &&
      (grouped ? digitsInGroup === 3 : digitsInGroup <= 3)
    ) {
      grouped = true;
      digitsInGroup = 0;
    } else {
      return undefined;
    }
  }
  if (digitsInGroup === 0 || (grouped && digitsInGroup !== 3)) return undefined;
  return amount;
}

/** Like tryParseAmount, but a cell that is not a number is an error that names the cell. */
export function parseAmount(value: unknown, where = ""): number {
  const amount = tryParseAmount(value);
  if (amount === undefined) {
    const at = where ? ` ${where}` : "";
    throw planError(
      `ค่า "${String(value)}"${at} ไม่ใช่ตัวเลข`,
      `"${String(value)}"${at} is not a number`
    );
  }
  return amount;
}

export interface NumberStyle {
  /** Thai digits (๑,๔๐๐,๐๐๐) as the printed forms use; false for Arabic (1,400,000). */
  thaiDigits?: boolean;
}

/** 1400000 → "๑,๔๐๐,๐๐๐"; fractions keep two decimals as budgets do. */
export function formatAmount(amount: number, style: NumberStyle = {}): string {
  const text =
    Number.isInteger(amount) && Math.abs(amount) < 1e15
      ? groupThousands(amount)
      : withDecimals(amount);
  return style.thaiDigits === false ? text : toThaiDigits(text);
}

function groupThousands(whole: number): string {
  const digits = String(Math.abs(whole));
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ",";
    out += digits[i];
  }
  return whole < 0 ? `-${out}` : out;
}

function withDecimals(amount: number): string {
  return amount.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** Reads a small whole number written in either digit set ("๑๒", "12"), e.g. an order or a page. */
export function parseWholeNumber(text: string): number | undefined {
  const arabic = toArabicDigits(text.trim());
  return /^\d+$/.test(arabic) ? Number(arabic) : undefined;
}
