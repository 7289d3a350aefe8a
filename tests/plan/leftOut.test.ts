import { spawnSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Emulator, MemoryWorkbook } from "../../src/emulator";
import { writeXlsx } from "../../src/emulator/xlsx";
import { readBook } from "../../src/excel/readBook";
import {
  cellAddress,
  cellKey,
  checkBook,
  isDateFormat,
  leftOut,
  planAmendment,
  readPlan,
  summarise,
  type CellValue,
  type Finding,
  type SheetValues,
} from "../../src/plan";

/** A one-block ผ.02 sheet: headings, a two-row header with these year labels, the projects' rows, a รวม row. */
function block(years: CellValue[], projects: CellValue[][], total?: CellValue[]): CellValue[][] {
  return [
    ["1. ยุทธศาสตร์การพัฒนาคุณภาพชีวิต"],
    ["1.1 กลยุทธ์ส่งเสริมสุขภาพ"],
    ["(1) แผนงานสาธารณสุข"],
    ["ที่", "โครงการ", "เป้าหมาย", "งบประมาณ"],
    [null, null, null, ...years],
    ...projects.map((budgets, i) => [i + 1, `โครงการ ${i + 1}`, "-", ...budgets]),
    ...(total ? [["รวม", `${projects.length} โครงการ`, null, ...total]] : []),
  ];
}
const sheet = (values: CellValue[][], extra: Partial<SheetValues> = {}): SheetValues => ({
  sheet: "ผ.02",
  values,
  ...extra,
});
const where = (findings: Finding[]) =>
  findings.map((f) => [f.code, f.cell ? cellAddress({ ...f.cell, sheet: "" }) : f.row + 1]);

/** The plan's total, what is left out, and whether the checker reports every one of those. */
function read(sheets: SheetValues[]) {
  const plan = readPlan(sheets);
  const out = leftOut(sheets, plan);
  const checked = checkBook(sheets, plan);
  for (const item of out) expect(checked).toContainEqual(item);
  return { plan, total: summarise(plan).total.totalBudget, out, checked };
}

describe("what the totals leave out is named", () => {
  it("reads a year headed in the Common Era beside Buddhist-era ones as its Buddhist-era year, and says so", () => {
    const { plan, total, checked, out } = read([
      sheet(
        block(
          ["2023 (บาท)", "2567 (บาท)"],
          [
            [250000, 100],
            [1000, 0],
          ]
        )
      ),
    ]);
    expect(plan.years).toEqual([2566, 2567]);
    expect(total).toBe(251100);
    expect(where(checked.filter((f) => f.code === "common-era-year"))).toEqual([
      ["common-era-year", "D5"],
    ]);
    expect(checked[0].what.th).toBeTruthy();
    expect(checked.find((f) => f.code === "common-era-year")!.what.th).toContain("2566");
    expect(out).toEqual([]);
  });

  it("a blank year label between year columns is a finding naming the column, and its cells are listed as left out", () => {
    const { total, out } = read([
      sheet(
        block(
          ["2566", null, "2568"],
          [
            [100, 1400000, 5],
            [0, "-", 7],
          ]
        )
      ),
    ]);
    expect(total).toBe(112);
    expect(where(out)).toEqual([
      ["year-column", "E5"],
      ["year-column", "E6"],
    ]);
    expect(out[0].what.th).toContain("คอลัมน์งบประมาณ E");
    expect(out[0].what.en).toContain("between 2566–2568");
    expect(out[1].what.th).toContain("1400000");
  });

  it("a year typed twice leaves the second column's cells out, each listed", () => {
    const { plan, total, out } = read([
      sheet(
        block(
          ["2566", "2567", "2567", "2569"],
          [
            [1, 2, 300000, 4],
            [1, 2, 0, 4],
            [1, 2, 500, 4],
          ]
        )
      ),
    ]);
    expect(plan.years).toEqual([2566, 2567, 2569]);
    expect(total).toBe(21);
    expect(where(out)).toEqual([
      ["year-column", "F5"],
      ["year-column", "F6"],
      ["year-column", "F8"],
    ]);
    expect(out[0].what.en).toContain("Year 2567 heads both column E and column F");
  });

  it("a budget header repeated on every block names the column once", () => {
    const values = [
      ...block(["2566", null, "2568"], [[1, 0, 1]], [1, 0, 1]),
      ...block(["2566", null, "2568"], [[1, 0, 1]], [1, 0, 1]),
    ];
    expect(where(read([sheet(values)]).out)).toEqual([["year-column", "E5"]]);
  });

  it.each([
    ["#REF!", "unreadable-budget"],
    ["#DIV/0!", "unreadable-budget"],
    ["ไม่มี", "unreadable-budget"],
    ["1,4OO,000", "unreadable-budget"],
    [-250000, "negative-budget"],
    ["-1,000", "negative-budget"],
    [2e12, "budget-too-large"],
    ["1".repeat(400), "budget-too-large"],
  ])("a budget cell holding %p is %p: listed as left out, never summed", (value, code) => {
    const { total, out } = read([
      sheet(
        block(
          ["2566", "2567"],
          [
            [value, 100],
            [7, 0],
          ]
        )
      ),
    ]);
    expect(total).toBe(107);
    expect(where(out)).toEqual([[code, "D6"]]);
    expect(Number.isFinite(total)).toBe(true);
  });

  it("a budget merged across two years is listed as left out", () => {
    const values = block(
      ["2566", "2567"],
      [
        [500000, null],
        [7, 0],
      ]
    );
    const { total, out } = read([
      sheet(values, { merges: [{ row: 5, col: 3, rows: 1, cols: 2 }] }),
    ]);
    expect(total).toBe(7);
    expect(where(out)).toEqual([["merged-budget", "D6"]]);
  });

  it("a hidden sheet holding projects is listed as left out", () => {
    const { out } = read([
      sheet(block(["2566"], [[1]])),
      { sheet: "ผ.02 (เก่า)", values: block(["2566"], [[5]]), hidden: true },
    ]);
    expect(where(out)).toEqual([["hidden-sheet", 1]]);
  });

  it("a number shown as a date is a finding, never baht", () => {
    const values = block(
      ["2566", "2567"],
      [
        [45123, 100],
        [7, 0],
      ]
    );
    const { total, out } = read([sheet(values, { dateCells: new Set([cellKey(5, 3)]) })]);
    expect(total).toBe(107);
    expect(where(out)).toEqual([["date-budget", "D6"]]);
  });

  it.each([
    ["d/m/yyyy", true],
    ["[$-th-TH]d mmmm bbbb", true],
    ["[$-1070000]d/mm/yy;@", true],
    ["h:mm", true],
    ["General", false],
    ["#,##0", false],
    ['#,##0 "บาท"', false],
    ["[$-D000041E]#,##0.00", false],
    ['_-* #,##0_-;-* #,##0_-;_-* "-"??_-;_-@_-', false],
    ["0.00E+00", false],
  ])("the number format %p shows a date: %p", (format, date) => {
    expect(isDateFormat(format)).toBe(date);
  });

  it("reads which numbers are dates from the workbook's number formats, through Office.js", async () => {
    const workbook = new MemoryWorkbook();
    const target = workbook.addSheet("ผ.02");
    block(
      ["2566", "2567"],
      [
        [45123, 100],
        [7, 0],
      ]
    ).forEach((row, r) =>
      row.forEach((v, c) => v !== null && (target.cellForWrite(r, c).value = v))
    );
    target.cellForWrite(5, 3).numberFormat = "d/m/yyyy";
    target.cellForWrite(5, 4).numberFormat = "#,##0";
    const book = await new Emulator(workbook).run((context) => readBook(context));
    const { total, out } = read(book.sheets);
    expect(total).toBe(107);
    expect(where(out)).toEqual([["date-budget", "D6"]]);
  });
});

describe("an amendment on a book holding an impossible figure", () => {
  it("refuses with the reason rather than write NaN or Infinity", () => {
    const huge = "9".repeat(400);
    const values = block(["2566", "2567"], [[300000, 0]], [huge, 0]);
    const book = { sheets: [sheet(values)] };
    const amend = () =>
      planAmendment(
        book,
        {
          round: "1/2567",
          project: "โครงการ 1",
          from: 2566,
          to: 2567,
          was: { document: "แผนพัฒนาท้องถิ่น" },
          now: {},
        },
        "t"
      );
    expect(amend).toThrow(/D7.*(เกิน|beyond)/);
  });
});

describe("through the command", () => {
  jest.setTimeout(60000);
  it("summary's total leaves a negative budget out and check reports it (exit 1)", async () => {
    const workbook = new MemoryWorkbook();
    const target = workbook.addSheet("ผ.02");
    block(
      ["2566", "2567"],
      [
        [-250000, 100],
        [7, 0],
      ]
    ).forEach((row, r) =>
      row.forEach((v, c) => v !== null && (target.cellForWrite(r, c).value = v))
    );
    const file = join(mkdtempSync(join(tmpdir(), "left-out-")), "book.xlsx");
    writeFileSync(file, await writeXlsx(workbook));
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ["bin/local-plan.js", ...args], { encoding: "utf8" });
    const summary = run("summary", file, "--json");
    expect(JSON.parse(summary.stdout).total.totalBudget).toBe(107);
    const check = run("check", file);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain("'ผ.02'!D6");
    expect(check.stdout).toContain("ติดลบ");
  });
});
