import {
  fiscalYearBounds,
  fiscalYearOf,
  findYearInText,
  parseFiscalYear,
  spanLabel,
  thaiDate,
} from "../../src/plan";

describe("fiscal years (Buddhist era)", () => {
  it.each([
    [2566, 2566],
    ["2566", 2566],
    ["๒๕๖๖", 2566],
    [2023, 2566],
    ["2023", 2566],
  ])("reads %p as %p", (value, year) => expect(parseFiscalYear(value)).toBe(year));

  it.each(["abc", 66, "25666", ""])("refuses %p", (value) => {
    expect(() => parseFiscalYear(value)).toThrow(/ไม่ใช่ปีงบประมาณ.*not a fiscal year/);
  });

  it("runs from October to September", () => {
    const { start, end } = fiscalYearBounds(2566);
    expect(start.toISOString().slice(0, 10)).toBe("2022-10-01");
    expect(end.toISOString().slice(0, 10)).toBe("2023-09-30");
    expect(fiscalYearOf(new Date(Date.UTC(2022, 9, 1)))).toBe(2566);
    expect(fiscalYearOf(new Date(Date.UTC(2023, 8, 30)))).toBe(2566);
    expect(fiscalYearOf(new Date(Date.UTC(2023, 9, 1)))).toBe(2567);
  });

  it("finds years in header cells and labels spans and dates in Thai", () => {
    expect(findYearInText("๒๕๖๖ (บาท)")).toBe(2566);
    expect(findYearInText("ปี 2567")).toBe(2567);
    expect(findYearInText("งบประมาณ")).toBeUndefined();
    expect(spanLabel([2566, 2567, 2568, 2569, 2570])).toBe("๒๕๖๖–๒๕๗๐");
    expect(thaiDate(new Date(Date.UTC(2023, 6, 17)))).toBe("๑๗ กรกฎาคม ๒๕๖๖");
  });
});
