import { writeFileSync } from "fs";
import { join } from "path";
import { writeXlsx } from "../../src/emulator/xlsx";
import { budget, check, count, summary } from "../../src/functions/functions";
import {
  fourYearBook,
  municipalityBook,
  provincialBook,
  type VariantBook,
} from "../fixtures/variantBooks";
import { gridOf } from "../fixtures/workbooks";
import { run, tempFolder } from "./run";

const dir = tempFolder("local-plan-variants-");

async function fileOf(name: string, truth: VariantBook): Promise<string> {
  const file = join(dir, `${name}.xlsx`);
  writeFileSync(file, await writeXlsx(truth.workbook));
  return file;
}

const sumBy = (truth: VariantBook, strategy: string, form = "ผ.02") =>
  truth.years.map((_, y) =>
    truth.projects
      .filter((p) => p.form === form && p.strategy === strategy)
      .reduce((s, p) => s + p.budgets[y], 0)
  );

describe("local-plan on books it was not designed around", () => {
  jest.setTimeout(60000);

  it("summary --json sums a เทศบาล's hand-named sheets by strategy and year; check finds nothing (exit 0)", async () => {
    const truth = municipalityBook();
    const file = await fileOf("municipality", truth);
    const result = run(["summary", file, "--json"]);
    expect([result.status, result.stderr]).toEqual([0, ""]);
    const json = JSON.parse(result.stdout);
    expect(json.years).toEqual(truth.years);
    expect(
      json.strategies.map((s: { strategy: string; budget: number[] }) => [s.strategy, s.budget])
    ).toEqual([
      ["1", sumBy(truth, "1")],
      ["2", sumBy(truth, "2")],
    ]);
    expect(json.total.totalCount).toBe(
      truth.projects.reduce((n, p) => n + p.budgets.filter((b) => b > 0).length, 0)
    );
    expect(json.leftOut).toEqual([]);
    const checked = run(["check", file, "--json"]);
    expect([checked.status, JSON.parse(checked.stdout)]).toEqual([0, []]);
  });

  it("check names each planted slip by sheet, row and cell, and summary warns of the budget it leaves out", async () => {
    const truth = municipalityBook({ wrongTotal: true, wrongSummary: true, letterBudget: true });
    const file = await fileOf("municipality-slips", truth);
    const checked = run(["check", file, "--json"]);
    expect(checked.status).toBe(1);
    const findings = JSON.parse(checked.stdout) as {
      code: string;
      sheet: string;
      row: number;
      cell?: string;
    }[];
    expect(findings.map((f) => [f.code, f.sheet, f.row - 1]).sort()).toEqual(
      [...truth.findings].sort()
    );
    expect(findings.find((f) => f.code === "unreadable-budget")!.cell).toBe("F11");
    const summarised = run(["summary", file, "--json"]);
    const json = JSON.parse(summarised.stdout);
    expect(json.leftOut.map((l: { code: string; cell: string }) => [l.code, l.cell])).toEqual([
      ["unreadable-budget", "F11"],
    ]);
    expect(summarised.stderr).toContain("5oo,ooo");
  });

  it("summary --json keeps an อบจ.'s ผ.02/1, ผ.02/2 and ผ.03 apart from the plan, each summed on its own", async () => {
    const truth = provincialBook();
    const json = JSON.parse(run(["summary", await fileOf("province", truth), "--json"]).stdout);
    expect(Object.keys(json.otherForms).sort()).toEqual(["ผ.02/1", "ผ.02/2", "ผ.03"]);
    expect(json.strategies.map((s: { budget: number[] }) => s.budget)).toEqual([
      sumBy(truth, "1"),
      sumBy(truth, "2"),
    ]);
    expect(json.otherForms["ผ.02/1"].total.budget).toEqual(sumBy(truth, "1", "ผ.02/1"));
    expect(json.otherForms["ผ.03"].total.totalBudget).toBe(3200000 + 900000);
  });

  it("check reads a four-year plan with no numbers under ที่ and a header on every printed page: nothing wrong", async () => {
    const truth = fourYearBook();
    const checked = run(["check", await fileOf("four-year", truth), "--json"]);
    expect([checked.status, checked.stdout.trim()]).toEqual([0, "[]"]);
  });
});

describe("PLAN functions over one sheet of such a book", () => {
  it("BUDGET, COUNT and SUMMARY total a sheet with no numbers under ที่ and its header repeated", () => {
    const truth = fourYearBook();
    const grid = gridOf(truth.workbook, "ผ.02") as unknown[][];
    const houses = truth.projects.filter((p) => p.sheet === "ผ.02");
    expect(houses).toHaveLength(25);
    expect(budget(grid)).toBe(houses.reduce((s, p) => s + p.budgets.reduce((a, b) => a + b, 0), 0));
    expect(budget(grid, 1, 2563)).toBe(houses.reduce((s, p) => s + p.budgets[2], 0));
    expect(count(grid, "1.1", "๒๕๖๑")).toBe(houses.filter((p) => p.budgets[0] > 0).length);
    const table = summary(grid);
    expect(table[0].slice(1, 5)).toEqual(["ปี 2561", "", "ปี 2562", ""]);
    expect(table.at(-1)![0]).toBe("รวมทั้งหมด");
  });

  it("CHECK finds nothing on a sheet headed in one cell with strategy and tactic, numbered 1.; and the รวม planted wrong", () => {
    const clean = gridOf(municipalityBook().workbook, "ยุทธ 1") as unknown[][];
    expect(check(clean)).toEqual([["ไม่พบข้อผิดพลาด", "No problems found", ""]]);
    expect(budget(clean, "1.1", 2567)).toBe(500000 + 300000);
    const slipped = gridOf(municipalityBook({ wrongTotal: true }).workbook, "ยุทธ 1") as unknown[][];
    const [line, finding, ...more] = check(slipped);
    expect(line[1]).toBe("sheet totals that disagree: 1 row");
    expect(more).toEqual([]);
    expect(finding[1]).toContain("แต่โครงการด้านบนรวมได้ ๒,๗๕๐,๐๐๐");
  });
});
