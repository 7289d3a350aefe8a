import { changesProgress } from "../../src/cli/main";

describe("the progress of a long changes file", () => {
  it("prints a line every thousand changes, Thai then English, when stderr is no terminal", () => {
    const lines: string[] = [];
    const out = { write: (text: string) => lines.push(text) };
    for (let done = 1; done <= 2500; done++) changesProgress(out, done, 2500);
    expect(lines).toEqual([
      "บันทึกการแก้ไขแล้ว 1000/2500 รายการ (1000 of 2500 changes written)\n",
      "บันทึกการแก้ไขแล้ว 2000/2500 รายการ (2000 of 2500 changes written)\n",
      "บันทึกการแก้ไขแล้ว 2500/2500 รายการ (2500 of 2500 changes written)\n",
    ]);
  });

  it("says nothing for a short file, and draws the bar on a terminal", () => {
    const quiet: string[] = [];
    for (let done = 1; done <= 999; done++)
      changesProgress({ write: (text: string) => quiet.push(text) }, done, 999);
    expect(quiet).toEqual([]);
    const bar: string[] = [];
    changesProgress({ write: (text: string) => bar.push(text), isTTY: true }, 1, 2);
    expect(bar.join("")).toContain("1/2 บันทึกการแก้ไข (changes)");
  });
});
