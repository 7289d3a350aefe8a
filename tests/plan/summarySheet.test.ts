import { readSummarySheet } from "../../src/plan";
import { seedSummary } from "../fixtures/seedTables";

describe("finding a typed ผ.01 among a sheet's cells", () => {
  it("finds its header whatever the label cell's text begins with before ยุทธศาสตร์: spaces, a bullet", () => {
    const plain = readSummarySheet({ sheet: "ผ.01", values: [["สรุป"], ...seedSummary()] })!;
    expect(plain.rows.length).toBeGreaterThan(2);
    for (const before of [" ", "\u00a0", "\n", "- ", "• ", "▶"]) {
      const values = [["สรุป"], ...seedSummary()];
      values[1] = [`${before}${values[1][0]}`, ...values[1].slice(1)];
      const typed = readSummarySheet({ sheet: "ผ.01", values })!;
      expect(typed.rows).toEqual(plain.rows);
    }
    const other = [["สรุป"], ...seedSummary()];
    other[1] = [`ก${other[1][0]}`, ...other[1].slice(1)];
    expect(readSummarySheet({ sheet: "ผ.01", values: other })).toBeUndefined();
  });
});
