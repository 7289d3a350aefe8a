import { parseThaiDate, shortThaiDate } from "../../src/plan";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("dates as staff type them", () => {
  it.each([
    "17/7/2566",
    "17/7/66",
    "๑๗/๗/๖๖",
    "17-07-2566",
    "17 ก.ค. 66",
    "17 ก.ค. 2566",
    "๑๗ กรกฎาคม ๒๕๖๖",
    "17 กรกฎาคม พ.ศ. 2566",
    "2023-07-17",
  ])("%s is 17 July 2023", (typed) => {
    expect(parseThaiDate(typed)).toEqual(utc(2023, 7, 17));
  });

  it("a Common-Era year after the day and month is refused, with the Buddhist-era year to type", () => {
    expect(() => parseThaiDate("17/7/2023")).toThrow(
      /ใช้ปี ค\.ศ\. 2023: พิมพ์ปี พ\.ศ\. \(๒๕๖๖\) เช่น ๑๗\/๗\/๒๕๖๖.*Common-Era year 2023.*17\/7\/2566/
    );
    expect(() => parseThaiDate("17 ก.ค. 2023")).toThrow(/ค\.ศ\. 2023.*Common-Era/);
  });

  it("a day that does not exist, or no date at all, is refused", () => {
    expect(() => parseThaiDate("31/2/66")).toThrow(/ไม่ใช่วันที่.*not a date/);
    expect(() => parseThaiDate("17 July 2566")).toThrow(/ไม่ใช่วันที่/);
    expect(() => parseThaiDate("17/7")).toThrow(/ไม่ใช่วันที่/);
  });

  it("is written back as staff type it", () => {
    expect(shortThaiDate(parseThaiDate("๑๗ ก.ค. ๖๖"))).toBe("17/7/2566");
  });
});
