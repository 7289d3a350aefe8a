import { checkPlan, readPlan, type CellValue } from "../../src/plan";
import { seedAfter, seedAsPrinted, seedBefore } from "../fixtures/seed";

const check = (values: CellValue[][]) => checkPlan(readPlan([{ sheet: "ผ.02", values }]));

describe("the plan checker", () => {
  it("finds the seed's slips: strategy ๓ under tactic ๔.๓ and the two misspelt work plans", () => {
    const findings = check(seedAsPrinted());
    const strategy = findings.filter((f) => f.code === "strategy-number");
    const workPlans = findings.filter((f) => f.code === "work-plan-name");
    expect(strategy[0].what.th).toContain("๓. ยุทธศาสตร์การบริหารจัดการทรัพยากรธรรมชาติและสิ่งแวดล้อม");
    expect(strategy[0].what.th).toContain("อ่านเป็นยุทธศาสตร์ที่ 4");
    expect(workPlans.map((f) => [f.what.th, f.suggestion?.th])).toEqual([
      ['"แผนงานคณะและชุมชน" ไม่ใช่ชื่อแผนงานมาตรฐาน', "แผนงานเคหะและชุมชน"],
      ['"แผนงานยุทธศาสตร์และการโยธา" ไม่ใช่ชื่อแผนงานมาตรฐาน', "แผนงานอุตสาหกรรมและการโยธา"],
    ]);
    // The second page labels its strategy line ช.: read as strategy 6 and reported too.
    expect(strategy[1].what.th).toContain("ช. ยุทธศาสตร์การบริหารจัดการองค์กร");
    expect(findings).toHaveLength(4);
    const printedRow = seedAsPrinted().findIndex((r) => String(r[0]).includes("๓. ยุทธศาสตร์"));
    expect(strategy[0].row).toBe(printedRow);
  });

  it("finds nothing in the corrected plans", () => {
    expect(check(seedAfter())).toEqual([]);
    expect(check(seedBefore())).toEqual([]);
  });

  it("reports a รวม row that disagrees with the projects above it", () => {
    const values = seedAfter().map((row) =>
      row[0] === "รวม" && row[5] === "๓๐๐,๐๐๐" ? row.map((c, i) => (i === 5 ? "๓๕๐,๐๐๐" : c)) : row
    );
    const [finding] = check(values);
    expect(finding.code).toBe("total-mismatch");
    expect(finding.what.en).toMatch(/says 350,000 but the projects above add up to 300,000/);
    expect(finding.suggestion?.th).toBe("๓๐๐,๐๐๐");
    expect(finding.cell?.col).toBe(5);
  });

  it("reports a wrong project count in the รวม row", () => {
    const values = seedAfter().map((row) =>
      row[0] === "รวม" ? row.map((c, i) => (i === 1 ? "๒ โครงการ" : c)) : row
    );
    expect(check(values).map((f) => f.code)).toEqual(["total-mismatch", "total-mismatch"]);
  });

  it("reports a number repeated within one numbering run and budget cells that are not numbers", () => {
    const values: CellValue[][] = [
      ["1. ยุทธศาสตร์ก"],
      ["1.1 กลยุทธ์ข"],
      ["(1) แผนงานการศึกษา"],
      ["ที่", "โครงการ", "2566 (บาท)", "2567 (บาท)"],
      ["1", "โครงการ ก", "100", "abc"],
      ["2", "โครงการ ข", "200", "-"],
      ["2", "โครงการ ค", "200", "#REF!"],
    ];
    const findings = check(values);
    expect(findings.map((f) => [f.code, f.row])).toEqual([
      ["unreadable-budget", 4],
      ["unreadable-budget", 6],
      ["duplicate-order", 6],
    ]);
    expect(findings[0].cell).toEqual({ sheet: "ผ.02", row: 4, col: 3 });
  });

  it("takes a restart at 1 (a later round numbered afresh, no marker row) as a new run, not a duplicate", () => {
    const values: CellValue[][] = [
      ["1. ยุทธศาสตร์ก"],
      ["1.1 กลยุทธ์ข"],
      ["(1) แผนงานการศึกษา"],
      ["ที่", "โครงการ", "2566 (บาท)", "2567 (บาท)"],
      ...["1", "2", "3", "1", "2", "1"].map((n, i) => [n, `โครงการ ${i}`, "100", "-"]),
    ];
    expect(check(values)).toEqual([]);
  });

  it("accepts the standard variants of work-plan names", () => {
    for (const variant of [
      "แผนงานการศาสนา วัฒนธรรม และนันทนาการ",
      "แผนงานรักษาความสงบภายใน",
      "ผง.สาธารณสุข",
      "แผนงานเคหะและชุมชน ",
    ]) {
      const values: CellValue[][] = [
        ["1. ยุทธศาสตร์ก"],
        ["1.1 กลยุทธ์ข"],
        [`(1) ${variant}`],
        ["ที่", "โครงการ", "2566"],
        ["1", "ก", "1"],
      ];
      expect(check(values)).toEqual([]);
    }
  });
});
