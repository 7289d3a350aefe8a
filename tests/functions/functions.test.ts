import { budget, check, count, number, summary, thainum } from "../../src/functions/functions";
import { FormulaError } from "../../src/functions/formulaError";
import { budgetIn } from "../../src/plan";
import { seedAfter, seedAsPrinted, seedBefore } from "../fixtures/seed";
import { seedSummary } from "../fixtures/seedTables";

const after = seedAfter() as any[][];
const invocation = (address: string) =>
  ({ parameterAddresses: [address] }) as unknown as CustomFunctions.Invocation;

function formulaError(run: () => unknown): FormulaError {
  try {
    run();
  } catch (error) {
    if (error instanceof FormulaError) return error;
    throw error;
  }
  throw new Error("expected a formula error");
}

describe("PLAN custom functions (plain functions under Node)", () => {
  it("BUDGET and COUNT sum the plan by strategy, year and work plan", () => {
    expect(budget(after)).toBe(1700000);
    expect(budget(after, 4, 2567)).toBe(1400000);
    expect(budget(after, undefined, "๒๕๖๗", "อุตสาหกรรมและการโยธา")).toBe(300000);
    expect(count(after)).toBe(2);
    expect(count(after, "6.2", 2567)).toBe(1);
    expect(count(seedBefore() as any[][], undefined, 2567)).toBe(0);
  });

  it("SUMMARY spills the seed's ผ.01 with Thai digits, header included", () => {
    const table = summary(after, true);
    const seed = seedSummary();
    expect(table.map((row) => row.slice(1))).toEqual(seed.map((row) => row.slice(1)));
  });

  it("SUMMARY gives numbers when thaiDigits is left out", () => {
    expect(summary(after).at(-1)).toEqual([
      "รวมทั้งหมด",
      0,
      0,
      2,
      1700000,
      0,
      0,
      0,
      0,
      0,
      0,
      2,
      1700000,
    ]);
  });

  it("THAINUM and NUMBER convert both ways", () => {
    expect(thainum(1400000)).toBe("๑,๔๐๐,๐๐๐");
    expect(number("๑,๔๐๐,๐๐๐")).toBe(1400000);
    expect(number("-")).toBe(0);
  });

  it("CHECK spills one row per problem with real cell addresses", () => {
    const rows = check(seedAsPrinted() as any[][], invocation("'ผ.02'!A3:L60"));
    expect(rows).toHaveLength(5);
    expect(rows[0]).toEqual([
      "เลขยุทธศาสตร์ไม่ตรง ๒ แถว · ชื่อแผนงานไม่มาตรฐาน ๒ แถว",
      "strategy numbers that disagree: 2 rows · non-standard work-plan names: 2 rows",
      "",
    ]);
    expect(rows[1][0]).toBe("ผ.02 แถว ๑๒");
    expect(rows[3][2]).toBe("แผนงานเคหะและชุมชน");
    expect(check(after)).toEqual([["ไม่พบข้อผิดพลาด", "No problems found", ""]]);
  });

  it("errors are Excel #VALUE! errors with a message, never a wrong number", () => {
    const yearError = formulaError(() => budget(after, undefined, 2571));
    expect(yearError.code).toBe("#VALUE!");
    expect(yearError.message).toContain("ไม่พบปีงบประมาณ 2571 ในแผน (2566–2570)");
    expect(formulaError(() => number("๑๒x")).message).toMatch(/ไม่ใช่ตัวเลข/);
    expect(formulaError(() => thainum("abc")).message).toMatch(/not a number/);
    const broken = after.map((row) => row.map((c) => (c === "๓๐๐,๐๐๐" ? "สามแสน" : c)));
    expect(
      formulaError(() => budget(broken, 6, undefined, undefined, invocation("Plan!B2:M40"))).message
    ).toMatch(/Plan!G\d+ "สามแสน"/);
  });

  it("throws CustomFunctions.Error when Excel's runtime is there", () => {
    class RuntimeError {
      constructor(
        readonly code: string,
        readonly message: string
      ) {}
    }
    const global = globalThis as { CustomFunctions?: unknown };
    global.CustomFunctions = { Error: RuntimeError, ErrorCode: { invalidValue: "#VALUE!" } };
    try {
      expect(() => budget(after, 9)).toThrow(RuntimeError);
    } finally {
      delete global.CustomFunctions;
    }
  });
});

describe("reading the plan argument once", () => {
  it("reuses the plan read for the same values and reads again when a cell changes", () => {
    const { planFromArgument } = jest.requireActual("../../src/functions/planArgument");
    const values = seedAfter() as any[][];
    const first = planFromArgument(values, "'ผ.02'!A1:L34");
    expect(
      planFromArgument(
        values.map((row) => [...row]),
        "'ผ.02'!A1:L34"
      )
    ).toBe(first);
    const changed = values.map((row) => row.map((cell) => (cell === "๓๐๐,๐๐๐" ? "๓๐๐,๐๐๑" : cell)));
    const second = planFromArgument(changed, "'ผ.02'!A1:L34");
    expect(second).not.toBe(first);
    expect(budgetIn(second.projects[1], 2567)).toBe(300001);
    expect(budget(changed)).toBe(1700001);
    expect(planFromArgument(values, "'ผ.02 (2)'!A1:L34")).not.toBe(first);
    // A host that reuses its arrays and changes a cell in place is read again, not answered from the cache.
    const reused = values.map((row) => [...row]);
    const before = planFromArgument(reused, "'ผ.02'!A1:L34");
    reused.forEach((row) => row.forEach((cell, c) => cell === "๓๐๐,๐๐๐" && (row[c] = "๓๐๐,๐๐๒")));
    expect(budgetIn(planFromArgument(reused, "'ผ.02'!A1:L34").projects[1], 2567)).toBe(300002);
    expect(before).not.toBe(planFromArgument(reused, "'ผ.02'!A1:L34"));
  });
});
