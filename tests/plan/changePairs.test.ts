import fc from "fast-check";
import { pairSide, rowPairSide } from "../../src/plan/changePairs";
import { normaliseLine } from "../../src/plan/lines";

describe("the side a project row's cells name (เดิม / เปลี่ยนแปลง)", () => {
  it("reads a side typed with spaces, no-break spaces, tabs, line breaks and a bullet", () => {
    expect(rowPairSide(["๑", "โครงการ", "\u00a0(เดิม)\n"], 1)).toBe("old");
    expect(rowPairSide(["๑", "โครงการ", "- ( ใหม่ )"], 1)).toBe("new");
    expect(rowPairSide(["๑", "โครงการ", "▶\tเปลี่ยนแปลง\u00a0"], 1)).toBe("new");
    expect(rowPairSide(["๑", "โครงการ", "•แก้ไขใหม่"], 1)).toBe("new");
    expect(rowPairSide(["๑", "เดิม", "500,000", "-"], 1)).toBeUndefined();
  });

  it("names the side a cleaned cell names, whatever white space and bullets surround the words", () => {
    const piece = fc.constantFrom(
      "เดิม",
      "ใหม่",
      "เปลี่ยนแปลง",
      "แก้ไข",
      "(",
      ")",
      " ",
      "\u00a0",
      "\t",
      "\n",
      "\r",
      "-",
      "▶",
      "•",
      "\ufeff",
      "\u2003",
      "ก",
      "1"
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const cell = pieces.join("");
        const expected = cell.length > 20 ? undefined : pairSide(normaliseLine(cell));
        expect(rowPairSide(["๑", "ชื่อ", cell], 1)).toBe(expected);
      }),
      { numRuns: 3000 }
    );
  });
});
