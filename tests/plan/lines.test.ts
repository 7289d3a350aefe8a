import fc from "fast-check";
import { normaliseLine, tacticLine, workPlanLine } from "../../src/plan/lines";

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

describe("heading lines as offices number them", () => {
  it.each([
    ["กลยุทธ์ที่ 2 ส่งเสริมสวัสดิการ", { number: "", within: "2", name: "ส่งเสริมสวัสดิการ" }],
    ["แนวทางการพัฒนาที่ ๓ : พัฒนาแหล่งน้ำ", { number: "", within: "3", name: "พัฒนาแหล่งน้ำ" }],
    ["กลยุทธ์ที่ 2.1 : ส่งเสริมสวัสดิการ", { number: "2.1", name: "ส่งเสริมสวัสดิการ" }],
  ])("tactic %p", (line, read) => {
    expect(tacticLine(line)).toEqual(read);
  });

  it.each([
    ["2.1.1 แผนงานสังคมสงเคราะห์", "1"],
    ["1.2 แผนงานการศึกษา", "2"],
    ["3 แผนงานการเกษตร", "3"],
    ["(๒) แผนงานการเกษตร", "2"],
    ["ด้านบริการชุมชนและสังคม แผนงานสาธารณสุข", ""],
  ])("work plan %p, numbered %p", (line, number) => {
    expect(workPlanLine(line)?.number).toBe(number);
    expect(workPlanLine(line)?.name).toMatch(/^แผนงาน\S/);
  });

  it("a round is never a work plan, and a tactic's name with a number in it is not a tactic numbered within", () => {
    expect(workPlanLine("แผนงานการศึกษา เพิ่มเติม ครั้งที่ 2/2567")).toBeUndefined();
    expect(tacticLine("กลยุทธ์การพัฒนาไทยแลนด์ 4.0")).toEqual({
      number: "",
      name: "กลยุทธ์การพัฒนาไทยแลนด์ 4.0",
    });
  });
});
