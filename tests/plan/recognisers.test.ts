import {
  neverPlan,
  plainProject,
  printSheetName,
  INDEX_SHEET,
  LOG_SHEET,
  DOCUMENT_SHEET,
} from "../../src/plan";
import { projectNumber, ReadProject } from "../../src/plan/readProject";
import { NO_HEADING } from "../../src/plan/headingBlock";
import { totalScope } from "../../src/plan/totalScopes";

describe("the number under ที่ (readProject.ts)", () => {
  it("reads Arabic and Thai digits, a trailing dot or bracket, a whole number; nothing else", () => {
    expect(["1", "๑", " 12. ", "3)", "๒๐", 7, 1234].map(projectNumber)).toEqual([
      "1",
      "1",
      "12",
      "3",
      "20",
      "7",
      "1234",
    ]);
    for (const value of ["", "-", "1.1", "ก", "123456", 0, 1.5, -2, null, true])
      expect(projectNumber(value as never)).toBeUndefined();
  });
});

describe("a project as the reader makes it (readProject.ts)", () => {
  const block = {
    ...NO_HEADING,
    tactic: "1.1",
    form: "ผ.02" as const,
    round: "",
    headingLines: [],
    sheet: "ผ.02",
    budgetColumns: new Map([[2566, 5]]),
    years: [2566],
    textColumns: { name: 1 },
    nameCol: 1,
  };

  it("keeps its texts as typed and cleans them when first asked, and a spread leaves them behind", () => {
    const project = new ReadProject(block, "1", [0], 9);
    project.typeTexts(["1", "  ถนน   สายใหม่ ", " • เพื่อการสัญจร  "], {
      name: 1,
      objective: 2,
    } as never);
    expect(project.name).toBe("ถนน สายใหม่");
    expect(project.objective).toBe("เพื่อการสัญจร");
    // What the lint rule in src forbids: the copy has no objective.
    expect("objective" in { ...project }).toBe(false);
  });

  it("shares its block's fields until given one of its own; a plain copy holds them all", () => {
    const [first, second] = [
      new ReadProject(block, "1", [0], 9),
      new ReadProject(block, "2", [0], 10),
    ];
    expect(first.nameCell).toEqual({ sheet: "ผ.02", row: 9, col: 1 });
    expect(second.nameCell).toEqual({ sheet: "ผ.02", row: 10, col: 1 });
    second.tactic = "1.2";
    second.round = "เพิ่มเติม ครั้งที่ 1/2567";
    expect([first.tactic, first.round, second.tactic, second.round]).toEqual([
      "1.1",
      "",
      "1.2",
      "เพิ่มเติม ครั้งที่ 1/2567",
    ]);
    expect(block.tactic).toBe("1.1");
    first.amounts[0] = 5;
    expect(second.amounts).toEqual([0]);
    const copy = plainProject(second, { order: "3" });
    expect(copy).toMatchObject({
      order: "3",
      form: "ผ.02",
      sheet: "ผ.02",
      tactic: "1.2",
      round: "เพิ่มเติม ครั้งที่ 1/2567",
      years: [2566],
      budgetColumns: new Map([[2566, 5]]),
      textColumns: { name: 1 },
      nameCell: { sheet: "ผ.02", row: 10, col: 1 },
    });
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
  });
});

describe("what a รวม sums (totalScopes.ts)", () => {
  it("names its scope by its words", () => {
    expect(
      [
        "รวม",
        "รวมงบประมาณ",
        "รวมทั้งสิ้น",
        "รวมทั้งหมด",
        "รวมยุทธศาสตร์ที่ 1",
        "รวมกลยุทธ์ 1.1",
        "รวมแนวทาง 2.1",
      ].map(totalScope)
    ).toEqual(["block", "block", "sheet", "sheet", "strategy", "tactic", "tactic"]);
  });
});

describe("the add-in's own sheets (addinSheets.ts)", () => {
  it("are its working sheets and its print-ready copies, never an office's own sheets", () => {
    const round = { kind: "แก้ไข" as const, number: 2, year: 2566 };
    expect(printSheetName("details", round)).toBe("ผ.02 ๒-๒๕๖๖");
    for (const name of [INDEX_SHEET, LOG_SHEET, DOCUMENT_SHEET, printSheetName("summary", round)])
      expect(neverPlan(name)).toBe(true);
    for (const name of [
      "ผ.02",
      "ผ.01",
      "ภาคผนวก ก",
      "ภาคผนวก ก แก้ไข ๓-๒๕๖๖",
      "ผ.02 (2)",
      "ผ.02 2-2566",
    ])
      expect(neverPlan(name)).toBe(false);
  });
});
