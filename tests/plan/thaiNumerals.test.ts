import {
  foldsTo,
  foldText,
  formatAmount,
  parseAmount,
  PlanError,
  toArabicDigits,
  toThaiDigits,
  tryParseAmount,
} from "../../src/plan";

describe("Thai numerals", () => {
  it.each([
    ["๑,๔๐๐,๐๐๐", 1400000],
    ["1,400,000", 1400000],
    [1400000, 1400000],
    [" ๕๐๐,๐๐๐ ", 500000],
    [" 1,632,820 ", 1632820],
    ["10,500,000.00", 10500000],
    ["-", 0],
    [" -   ", 0],
    ["", 0],
    ["   ", 0],
    [null, 0],
    [undefined, 0],
    ["๓๐๐,๐๐๐ บาท", 300000],
    ["500,000.-", 500000],
    ["๕๐๐,๐๐๐.- บาท", 500000],
    ["500,000.-บาท", 500000],
  ])("reads %p as %p", (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });

  it.each(["๑๒x", "abc", "1,40,000", "1.2.3", "500,000-", ".-", true])(
    "refuses %p, naming the cell",
    (text) => {
      expect(tryParseAmount(text)).toBeUndefined();
      expect(() => parseAmount(text, "ผ.02!F12")).toThrow(PlanError);
      expect(() => parseAmount(text, "ผ.02!F12")).toThrow(/ผ\.02!F12.*ไม่ใช่ตัวเลข.*not a number/);
    }
  );

  it("writes numbers in Thai digits with separators, Arabic on request", () => {
    expect(formatAmount(1400000)).toBe("๑,๔๐๐,๐๐๐");
    expect(formatAmount(0)).toBe("๐");
    expect(formatAmount(1250.5)).toBe("๑,๒๕๐.๕๐");
    expect(formatAmount(1400000, { thaiDigits: false })).toBe("1,400,000");
  });

  it("converts digits both ways and round-trips", () => {
    expect(toThaiDigits("2566-2570")).toBe("๒๕๖๖-๒๕๗๐");
    expect(toArabicDigits("หน้า ๑๑ ลำดับที่ ๑")).toBe("หน้า 11 ลำดับที่ 1");
    for (const n of [0, 7, 300000, 1234567.25]) expect(parseAmount(formatAmount(n))).toBe(n);
  });
});

describe("foldText", () => {
  it("compares names as they show: spaces, invisible characters and ำ typed in two parts aside", () => {
    const name = "โครงการพัฒนาระบบ รับชำระค่าบริการ";
    for (const typed of [
      "โครงการพัฒนาระบบรับชำระค่าบริการ",
      "โครงการพัฒนา\u200bระบบ รับชำระค่าบริการ\ufeff",
      "โครงการพัฒนาระบบ รับช\u0e4d\u0e32ระค่าบริการ",
      "โครงการ\u200dพัฒนาระบบ\n รับชำระค่าบริการ",
    ]) {
      expect(foldText(typed)).toBe(foldText(name));
    }
    expect(foldText("โครงการพัฒนาระบบ รับชาระค่าบริการ")).not.toBe(foldText(name));
  });
});

describe("foldText and foldsTo, as the three replacements they stand for", () => {
  /** The fold spelt as its definition: Arabic digits, white space and invisible characters gone, ํา made ำ. */
  const byDefinition = (text: string) =>
    toArabicDigits(text)
      .replace(/[\s\u00a0\u200b-\u200d\u2060\ufeff]+/g, "")
      .replace(/\u0e4d\u0e32/g, "\u0e33");

  it("folds every character as the definition does", () => {
    for (let code = 0; code <= 0xffff; code++) {
      const text = `ก${String.fromCharCode(code)}ข`;
      expect(foldText(text)).toBe(byDefinition(text));
    }
  });

  it("folds and compares texts of the characters that fold, in any order, as the definition does", () => {
    const alphabet = [
      "\u0e4d",
      "\u0e32",
      "\u0e33",
      " ",
      "\n",
      "\u00a0",
      "\u200b",
      "\ufeff",
      "๑",
      "1",
      "ก",
      "\ud83d",
    ];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 5000; i++) {
      const length = Math.floor(random() * 10);
      const text = Array.from(
        { length },
        () => alphabet[Math.floor(random() * alphabet.length)]
      ).join("");
      const folded = byDefinition(text);
      expect(foldText(text)).toBe(folded);
      expect(foldsTo(text, folded)).toBe(true);
      expect(foldsTo(text, folded + "ก")).toBe(false);
      expect(foldsTo(text, folded.slice(1))).toBe(folded === "");
    }
  });

  it("folds a cell's longest text whole", () => {
    const text = "ก ๑".repeat(20000);
    expect(foldText(text)).toBe("ก1".repeat(20000));
    expect(foldsTo(text, "ก1".repeat(20000))).toBe(true);
  });
});
