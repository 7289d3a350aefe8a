import { budgetStyleOf, renderBudget, renderLike } from "../../src/plan/amend/budgetStyle";

describe("writing a budget as the sheet writes them", () => {
  it("learns Thai or Arabic digits, numbers, the zero mark and the baht dash (.-) from the cells", () => {
    expect(budgetStyleOf(["๑,๔๐๐,๐๐๐", "-"])).toEqual({ digits: "thai", zero: "-", suffix: "" });
    expect(budgetStyleOf([1400000, 0])).toEqual({ digits: "number", zero: 0, suffix: "" });
    const dashed = budgetStyleOf(["-", "500,000.-", "1,200,000.-"]);
    expect(dashed).toEqual({ digits: "arabic", zero: "-", suffix: ".-" });
    expect(renderBudget(300000, dashed)).toBe("300,000.-");
    expect(renderBudget(0, dashed)).toBe("-");
    expect(renderBudget(300000, budgetStyleOf(["๕๐๐,๐๐๐.-"]))).toBe("๓๐๐,๐๐๐.-");
  });

  it("keeps a total cell's own look: its dash, or none; a blank takes the sheet's", () => {
    const dashed = budgetStyleOf(["500,000.-"]);
    expect(renderLike(800000, "๕๐๐,๐๐๐", dashed)).toBe("๘๐๐,๐๐๐");
    expect(renderLike(800000, "500,000.-", budgetStyleOf(["๕๐๐,๐๐๐"]))).toBe("800,000.-");
    expect(renderLike(800000, "", dashed)).toBe("800,000.-");
    expect(renderLike(3, "", { ...dashed, suffix: "" })).toBe("3");
    expect(renderLike(0, "500,000.-", dashed)).toBe("0");
  });
});

describe("learning a sheet's style from its first cells", () => {
  it("reads the cells only until it has its digits, zero mark and dash, the first of each deciding", () => {
    let read = 0;
    function* cells() {
      for (const value of ["-", "500,000.-", "๑,๒๐๐,๐๐๐", 0, "0"]) {
        read++;
        yield value;
      }
      throw new Error("read past what decides the style");
    }
    expect(budgetStyleOf(cells())).toEqual({ digits: "arabic", zero: "-", suffix: ".-" });
    expect(read).toBe(2);
  });

  it("takes a first empty cell as no zero mark, not the next one", () => {
    expect(budgetStyleOf([1400000, undefined, "๐"])).toEqual({
      digits: "number",
      zero: 0,
      suffix: "",
    });
    expect(budgetStyleOf([1400000, null, "๐"])).toEqual({
      digits: "number",
      zero: null,
      suffix: "",
    });
  });
});
