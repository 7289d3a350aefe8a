/** Thai digits (๐–๙) and Arabic digits, one for the other, in any text. */
const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";
const THAI_DIGIT_PATTERN = /[๐-๙]/g;
const ARABIC_DIGIT_PATTERN = /[0-9]/g;
const THAI_ZERO = 0x0e50;

const HAS_THAI_DIGIT = /[๐-๙]/;

export function toArabicDigits(text: string): string {
  // Most texts hold no Thai digit: the test spares them the copy.
  if (!HAS_THAI_DIGIT.test(text)) return text;
  return text.replace(THAI_DIGIT_PATTERN, (d) =>
    String.fromCharCode(d.charCodeAt(0) - THAI_ZERO + 48)
  );
}

export function toThaiDigits(text: string): string {
  return text.replace(ARABIC_DIGIT_PATTERN, (d) => THAI_DIGITS[Number(d)]);
}
