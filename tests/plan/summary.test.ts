import {
  projectCount,
  readPlan,
  summarise,
  summaryTable,
  totalBudget,
  workPlanLabel,
  type CellValue,
} from "../../src/plan";
import { seedAfter, seedBefore, seedBeforeFrom } from "../fixtures/seed";
import { seedSummary, withoutSpaces } from "../fixtures/seedTables";

const plan = (values: CellValue[][]) => readPlan([{ sheet: "ผ.02", values }]);

describe("the summary form ผ.01", () => {
  it("over the after-plan equals the seed's บัญชีสรุปโครงการพัฒนา cell for cell", () => {
    const table = summaryTable(summarise(plan(seedAfter())), { thaiDigits: true });
    const seed = seedSummary();
    expect(table).toHaveLength(seed.length);
    // Header rows word for word; the figures of every row exactly; labels name the same strategy and work plan.
    expect(table.slice(0, 2).map((r) => r.map(withoutSpaces))).toEqual(
      seed.slice(0, 2).map((r) => r.map(withoutSpaces))
    );
    table.slice(2).forEach((row, i) => {
      const seedRow = seed[i + 2];
      expect(row.slice(1)).toEqual(seedRow.slice(1));
      const [label, seedLabel] = [withoutSpaces(row[0]), withoutSpaces(seedRow[0])];
      if (/^รวม/.test(seedLabel)) expect(label).toBe(seedLabel);
      else expect(label.slice(0, 20)).toBe(seedLabel.slice(0, 20));
      if (!/^รวม/.test(seedLabel)) expect(label.endsWith(seedLabel.slice(-20))).toBe(true);
    });
  });

  it("sums tables whose years differ into the plan's years, each budget under its own year", () => {
    const both = readPlan([
      { sheet: "ก", values: seedBefore() },
      { sheet: "ข", values: seedBeforeFrom(2567) },
    ]);
    expect(both.years).toEqual([2566, 2567, 2568, 2569, 2570, 2571]);
    const summary = summarise(both);
    expect(summary.total.budget).toEqual([1700000, 1700000, 0, 0, 0, 0]);
    expect(summary.total.count).toEqual([2, 2, 0, 0, 0, 0]);
    expect(summary.strategies.map((s) => [s.strategy, s.budget.slice(0, 2)])).toEqual([
      ["4", [1400000, 1400000]],
      ["6", [300000, 300000]],
    ]);
  });

  it("over the before-plan shows the same totals in ๒๕๖๖ instead", () => {
    const summary = summarise(plan(seedBefore()));
    expect(summary.total.count).toEqual([2, 0, 0, 0, 0]);
    expect(summary.total.budget).toEqual([1700000, 0, 0, 0, 0]);
    expect(summary.total.totalBudget).toBe(1700000);
    expect(summary.strategies.map((s) => [s.strategy, s.budget[0]])).toEqual([
      ["4", 1400000],
      ["6", 300000],
    ]);
  });

  it("counts a project in every year it has budget, as the ผ.01 form does", () => {
    const values: CellValue[][] = [
      ["2. ยุทธศาสตร์การพัฒนาโครงสร้างพื้นฐาน"],
      ["2.1 กลยุทธ์ก่อสร้างถนน"],
      ["(1) แผนงานอุตสาหกรรมและการโยธา"],
      ["ที่", "โครงการ", "งบประมาณ"],
      [null, null, "2566", "2567", "2568"],
      [1, "โครงการ ก", 100, 200, 300],
      [2, "โครงการ ข", "-", 50, "-"],
      ["(2) แผนงานเคหะและชุมชน"],
      [1, "โครงการ ค", 10, 0, 0],
    ];
    const p = plan(values);
    const summary = summarise(p);
    expect(summary.rows.map((r) => [r.workPlan, r.count, r.totalCount])).toEqual([
      ["แผนงานอุตสาหกรรมและการโยธา", [1, 2, 1], 4],
      ["แผนงานเคหะและชุมชน", [1, 0, 0], 1],
    ]);
    expect(summary.total.totalCount).toBe(5);
    expect(projectCount(p)).toBe(5);
    expect(projectCount(p, { year: 2567 })).toBe(2);
    expect(totalBudget(p, { workPlan: "อุตสาหกรรมและการโยธา" })).toBe(650);
    expect(workPlanLabel(summary.rows[0], { thaiDigits: true })).toBe(
      "๒ ยุทธศาสตร์การพัฒนาโครงสร้างพื้นฐาน ๒.๑ กลยุทธ์ก่อสร้างถนน (๑) แผนงานอุตสาหกรรมและการโยธา"
    );
    const table = summaryTable(summary, { thaiDigits: false });
    expect(table[0]).toEqual([
      "ยุทธศาสตร์ กลยุทธ์ แผนงาน",
      "ปี 2566",
      "",
      "ปี 2567",
      "",
      "ปี 2568",
      "",
      "รวม 3 ปี",
      "",
    ]);
    expect(table.at(-1)).toEqual(["รวมทั้งหมด", 2, 110, 2, 250, 1, 300, 5, 660]);
  });
});

describe("sums by strategy, tactic, year and work plan", () => {
  const after = plan(seedAfter());

  it.each([
    [{}, 1700000],
    [{ strategy: 4 }, 1400000],
    [{ strategy: "๖" }, 300000],
    [{ strategy: "4.3" }, 1400000],
    [{ strategy: "การบริหารจัดการองค์กร" }, 300000],
    [{ year: 2567 }, 1700000],
    [{ year: "๒๕๖๖" }, 0],
    [{ year: 2024 }, 1700000],
    [{ workPlan: "เคหะและชุมชน" }, 1400000],
    [{ workPlan: "แผนงานอุตสาหกรรมและการโยธา", year: 2567 }, 300000],
    [{ strategy: 4, workPlan: "อุตสาหกรรม" }, 0],
  ])("budget %p is %p", (filter, expected) => {
    expect(totalBudget(after, filter)).toBe(expected);
  });

  it("refuses a year outside the plan and names the span", () => {
    expect(() => totalBudget(after, { year: 2571 })).toThrow(
      "ไม่พบปีงบประมาณ 2571 ในแผน (2566–2570)"
    );
  });

  it("refuses a strategy or work plan the plan does not have", () => {
    expect(() => totalBudget(after, { strategy: 9 })).toThrow(/ไม่พบยุทธศาสตร์ "9"/);
    expect(() => totalBudget(after, { workPlan: "งบกลาง" })).toThrow(/ไม่พบแผนงาน "งบกลาง"/);
  });

  it("refuses to sum over a budget cell that is not a number, naming the cell", () => {
    const values = seedAfter().map((row) =>
      row.map((cell) => (cell === "๑,๔๐๐,๐๐๐" ? "๑,๔๐๐,๐๐๐x" : cell))
    );
    const broken = readPlan([{ sheet: "ผ.02", values }]);
    expect(() => totalBudget(broken)).toThrow(/ผ\.02'?!F\d+ "๑,๔๐๐,๐๐๐x" ไม่ใช่ตัวเลข/);
    expect(totalBudget(broken, { strategy: 6 })).toBe(300000);
  });
});
