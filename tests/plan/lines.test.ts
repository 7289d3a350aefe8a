import fc from "fast-check";
import { normaliseLine } from "../../src/plan/lines";

/** normaliseLine as the one pattern says it: the quick look in front of the pattern must agree with it. */
function byPattern(text: string): string {
  if (!/^[-▶•\s\u00a0]|[\s\u00a0]$|[\s\u00a0]{2}|[\n\t\r\u00a0]/.test(text)) return text;
  return text
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .replace(/^[-▶•]\s*/, "");
}

describe("normaliseLine", () => {
  it("cleans exactly what the pattern cleans, and leaves the usual cell as it is", () => {
    const piece = fc.constantFrom(
      "ก",
      "แผนงาน",
      "๑",
      "1",
      ".",
      " ",
      "  ",
      "\u00a0",
      "\t",
      "\n",
      "\r\n",
      "\v",
      "\u2003",
      "\u3000",
      "\ufeff",
      "-",
      "▶",
      "•",
      "\u0000"
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        expect(normaliseLine(text)).toBe(byPattern(text));
      }),
      { numRuns: 2000 }
    );
    const usual = "๔.๓ กลยุทธ์ จัดให้มีการบริหารจัดการ";
    expect(normaliseLine(usual)).toBe(usual);
    expect(normaliseLine("  - (๑) แผนงาน\r\nการศึกษา ")).toBe("(๑) แผนงาน การศึกษา");
  });
});
