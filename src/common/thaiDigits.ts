/** Thai digits (๐–๙) and Arabic digits, one for the other, in any text. */
const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";
const THAI_ZERO = 0x0e50;

/** Both go character by character: they are asked of every heading, header, total and summary cell. */
export function toArabicDigits(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < THAI_ZERO || code > THAI_ZERO + 9) continue;
    out += text.slice(from, i) + String.fromCharCode(code - THAI_ZERO + 48);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

export function toThaiDigits(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) continue;
    out += text.slice(from, i) + THAI_DIGITS[code - 48];
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
