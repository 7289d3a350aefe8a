import { Emulator } from "../../src/emulator";
import { readBook } from "../../src/excel/readBook";
import { bookSummary } from "../../src/cli/summaryCommand";
import {
  budgetIn,
  checkBook,
  readPlan,
  type BookSnapshot,
  type CellValue,
  type Project,
  type SheetValues,
} from "../../src/plan";
import { figureColumn } from "../../src/plan/summaryTables";
import { generateRoundBook, ROUND_YEARS, type RoundBook } from "../fixtures/roundBook";
import { placeMade, placeRead } from "../fixtures/sheetWriting";
import { withValue } from "../fixtures/workbooks";

let truth: RoundBook;
let book: BookSnapshot;

beforeAll(async () => {
  truth = generateRoundBook();
  book = await new Emulator(truth.workbook).run((context) => readBook(context));
});

describe("a round book as a small office files it (issue 19)", () => {
  it("reads every project of every form as made, and no summary row as one", () => {
    const plan = readPlan(book.sheets);
    const all: Project[] = [plan.projects, ...Object.values(plan.otherForms)].flat() as Project[];
    const read = all.map((p) => placeRead(p, ROUND_YEARS));
    const made = truth.projects.map(placeMade);
    expect(read.sort()).toEqual(made.sort());
    expect(all.some((p) => p.sheet === truth.pivotSheet)).toBe(false);
    expect(plan.findings.filter((f) => f.sheet === truth.pivotSheet)).toEqual([]);
  });

  it("gives a sheet titled เพิ่มเติม ฉบับที่ 3 ประจำปีงบประมาณ พ.ศ. 2567 that round, and a run under a รวม its text box's", () => {
    const plan = readPlan(book.sheets);
    const rounds = plan.projects.map((p) => p.round);
    const run = plan.projects.findIndex((p) => p.name === "โครงการขุดลอกคลองหมู่ที่ 3");
    expect(rounds[run]).toBe("เพิ่มเติม ครั้งที่ 2/2567");
    expect(new Set(rounds.filter((_, i) => i !== run))).toEqual(new Set(["เพิ่มเติม ครั้งที่ 3/2567"]));
  });

  it("gives a run under a รวม its text box's round when the block's own projects were all moved away", () => {
    // A block left with no project (its one project relocated: the row emptied, the รวม ๐ โครงการ), a later
    // round's project typed under its รวม with that round's text box, and the round's own run and รวม below.
    const sheet: SheetValues = {
      sheet: "ผ.02",
      textBoxes: [{ text: "เพิ่มเติม ครั้งที่ 1/2567", row: 10 }],
      values: [
        ["รายละเอียดโครงการพัฒนา"],
        ["แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ - ๒๕๗๐)"],
        ["องค์การบริหารส่วนตำบลทดสอบ"],
        ["1. ยุทธศาสตร์ที่ทดสอบ 1"],
        ["1.1 กลยุทธ์ทดสอบ"],
        ["(1) แผนงานบริหารงานทั่วไป"],
        ["ที่", "โครงการ", "วัตถุประสงค์", "เป้าหมาย", "งบประมาณ"],
        ["", "", "", "", "๒๕๖๖ (บาท)", "๒๕๖๗ (บาท)", "๒๕๖๘ (บาท)", "๒๕๖๙ (บาท)", "๒๕๗๐ (บาท)"],
        ["", "", "", "", "-", "-", "", "-", ""],
        ["รวม", "๐ โครงการ", "-", "-", "๐", "๐", "๐", "๐", "๐"],
        ["๑", "โครงการภายหลัง 1-1", "-", "-", "-", "-", 10000, 10000, "-"],
        ["เพิ่มเติม ครั้งที่ 1/2567"],
        ["2", "โครงการเพิ่ม 0", "", "", 10000, "-", "-", "-", "-"],
        ["รวม", "2 โครงการ", "", "", 10000, 0, 10000, 10000, 0],
      ],
    };
    const plan = readPlan([sheet]);
    expect(plan.projects.map((p) => [p.name, p.round])).toEqual([
      ["โครงการภายหลัง 1-1", "เพิ่มเติม ครั้งที่ 1/2567"],
      ["โครงการเพิ่ม 0", "เพิ่มเติม ครั้งที่ 1/2567"],
    ]);
    expect(checkBook([sheet])).toEqual([]);
  });

  it("keeps a sheet named ผ.02-2 in ผ.02/2, whatever its title's words, and checks its รวม against its own projects", () => {
    const summary = bookSummary(book);
    expect(Object.keys(summary.otherForms).sort()).toEqual(["ผ.02/2", "ผ.03"]);
    expect(summary.otherForms["ผ.02/2"].total.totalBudget).toBe(6500000 + 9800000);
    const sheet = "ผ.02-2 ขอหน่วยงานอื่น";
    const total = readPlan(book.sheets).totals.find((t) => t.sheet === sheet)!;
    expect(total.projects.map((p) => p.name)).toHaveLength(2);
    // A slip in that รวม is found, as on a ผ.02 sheet.
    const slipped = withValue(book.sheets, sheet, total.row, 6, 6600000);
    expect(
      checkBook(slipped)
        .filter((f) => f.sheet === sheet)
        .map((f) => f.code)
    ).toEqual(["total-mismatch"]);
  });

  it("finds exactly the planted slips: the รวม that leaves out the later round (once), a sheet total, the pivot's figure", () => {
    const findings = checkBook(book.sheets);
    expect(findings.map((f) => [f.code, f.sheet, f.row]).sort()).toEqual(
      [...truth.findings].sort()
    );
    const leftOut = findings.find((f) => f.sheet === truth.leftOut.sheet)!;
    const [a, b] = truth.leftOut.later.map((r) => r + 1);
    expect(leftOut.what.th).toBe(
      `ยอดรวมแถว ${truth.leftOut.total + 1} ไม่รวมโครงการแถว ${a}, ${b} ที่เพิ่มภายหลัง`
    );
    expect(leftOut.what.en).toBe(
      `The total on row ${truth.leftOut.total + 1} leaves out the projects added later on row ${a}, ${b}`
    );
    const pivot = findings.find((f) => f.sheet === truth.pivotSheet)!;
    expect(pivot.what.th).toBe(
      "สรุปครุภัณฑ์ แถว ๓ (แผนงานการศึกษา) ไม่ตรงกับรายละเอียดโครงการ: ปี ๒๕๖๘ งบประมาณ ๔๐,๐๐๐ (ควรเป็น ๓๕,๐๐๐)"
    );
    expect(pivot.what.en).toBe(
      "สรุปครุภัณฑ์ row 3 (แผนงานการศึกษา) differs from the project details: 2568 budget 40,000 (should be 35,000)"
    );
  });

  it("reads the ผ.01's numbered, tagged lines as their forms': a slip in the ผ.02/2 line is one finding on that row", () => {
    const summary = book.sheets.find((s) => s.sheet === truth.summarySheet)!;
    const line = summary.values.findIndex((r) => String(r[0]).includes("(ผ.02/2)"));
    // Its 2568 budget (column G) and the 5-year budget (M) both typed 100,000 too high.
    const slipped = withValue(
      withValue(book.sheets, truth.summarySheet, line, 6, 6600000),
      truth.summarySheet,
      line,
      12,
      16400000
    );
    const findings = checkBook(slipped).filter((f) => f.sheet === truth.summarySheet);
    // The strategy's รวม and รวมทั้งสิ้น, right by the details of both forms, only echo the line's slip.
    expect(findings.map((f) => [f.code, f.row])).toEqual([["summary-mismatch", line]]);
    expect(findings[0].what.th).toContain(
      "ปี ๒๕๖๘ งบประมาณ ๖,๖๐๐,๐๐๐ (ควรเป็น ๖,๕๐๐,๐๐๐), รวม ๕ ปี งบประมาณ ๑๖,๔๐๐,๐๐๐ (ควรเป็น ๑๖,๓๐๐,๐๐๐)"
    );
  });

  it("checks the count a รวมทั้งสิ้น's label gives as the sum of yearly counts", () => {
    const summary = book.sheets.find((s) => s.sheet === truth.summarySheet)!;
    const last = summary.values.length - 1;
    const label = String(summary.values[last][0]);
    const slipped = withValue(book.sheets, truth.summarySheet, last, 0, label.replace(/\d+/, "12"));
    const [finding] = checkBook(slipped).filter((f) => f.sheet === truth.summarySheet);
    expect(finding.code).toBe("summary-mismatch");
    expect(finding.what.en).toMatch(/the label's project count 12 \(should be \d+\)/);
  });
});

describe("summaries and later projects the reader was not designed around", () => {
  const HEADINGS = ["1. ยุทธศาสตร์การพัฒนาเศรษฐกิจ", "1.1 กลยุทธ์ส่งเสริมอาชีพ", "(1) แผนงานการเกษตร"];
  const HEADER: CellValue[][] = [
    ["ลำดับที่", "ชื่อโครงการ", "เป้าหมาย", "งบประมาณ", null],
    [null, null, null, "ปีงบประมาณ 2566", "ปีงบประมาณ 2567"],
  ];
  const detail: SheetValues = {
    sheet: "เกษตร",
    values: [
      ...HEADINGS.map((t) => [t]),
      ...HEADER,
      [1, "โครงการส่งเสริมปลูกผักปลอดสาร", "5 กลุ่ม", 40000, 40000],
      [2, "โครงการอบรมเกษตรกร", "100 คน", 0, 25000],
      [null, null, "รวมงบประมาณ", 40000, 65000],
      [null, null, "รวมจำนวนโครงการ", 1, 2],
      [1, "โครงการธนาคารปุ๋ยอินทรีย์", "1 แห่ง", 0, 30000],
    ],
  };

  it("reports a รวมงบประมาณ and รวมจำนวนโครงการ pair that leaves out a project typed under it as one finding", () => {
    const findings = checkBook([detail]);
    expect(findings.map((f) => [f.code, f.row, f.what.th])).toEqual([
      ["total-mismatch", 7, "ยอดรวมแถว 8, 9 ไม่รวมโครงการแถว 10 ที่เพิ่มภายหลัง"],
    ]);
    // Typed to include it, the pair is right.
    const fixed = detail.values.map((r, i) =>
      i === 7
        ? [null, null, "รวมงบประมาณ", 40000, 95000]
        : i === 8
          ? [null, null, "รวมจำนวนโครงการ", 1, 3]
          : r
    );
    expect(checkBook([{ ...detail, values: fixed }])).toEqual([]);
  });

  it("compares an English pivot of strategies (Count of / Sum of, Grand Total) with the plan and never reads it as plan", () => {
    const pivot: SheetValues = {
      sheet: "Pivot",
      values: [
        ["ยุทธศาสตร์", "Count of 2566", "Sum of 2566", "Count of 2567", "Sum of 2567"],
        ["1. ยุทธศาสตร์การพัฒนาเศรษฐกิจ", 1, 40000, 3, 95000],
        ["Grand Total", 1, 40000, 3, 90000],
      ],
    };
    const plan = readPlan([detail, pivot]);
    expect(plan.projects.map((p) => p.sheet)).toEqual(["เกษตร", "เกษตร", "เกษตร"]);
    const findings = checkBook([detail, pivot]).filter((f) => f.sheet === "Pivot");
    // Its grand total adds up neither its row nor the details: a total typed wrong.
    expect(findings.map((f) => [f.code, f.row])).toEqual([["summary-total", 2]]);
    expect(findings[0].what.en).toBe(
      'Pivot row 3 "Grand Total" does not add up the rows it closes: 2567 budget 90,000 (should be 95,000)'
    );
  });

  it("never reads a table whose project cells hold numbers as projects", () => {
    const counts: SheetValues = {
      sheet: "นับ",
      values: [
        ["แผนงาน", "โครงการ", "2566", "2567"],
        ["แผนงานการเกษตร", 3, 40000, 95000],
        ["รวมทั้งหมด", 3, 40000, 95000],
      ],
    };
    const plan = readPlan([counts]);
    expect(plan.projects).toEqual([]);
    expect(plan.findings).toEqual([]);
  });
});

describe("round books as offices file them (issue 19, item 5)", () => {
  const TITLE = ["แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)"];
  const HEADINGS = [
    ["2. ยุทธศาสตร์การพัฒนาคุณภาพชีวิต"],
    ["2.1 กลยุทธ์ส่งเสริมการศึกษา"],
    ["(1) แผนงานการศึกษา"],
  ];

  it("counts only the เปลี่ยนแปลง row of a changed project, marked by a column, and keeps its เดิม row as what it changed", () => {
    const values: CellValue[][] = [
      TITLE,
      ...HEADINGS,
      ["ที่", "โครงการ", "เป้าหมาย", "งบประมาณ", null, "หมายเหตุ"],
      [null, null, null, "2566", "2567"],
      [1, "โครงการอาหารกลางวัน", "เด็ก 50 คน", 300000, 300000, "เดิม"],
      [1, "โครงการอาหารกลางวัน", "เด็ก 60 คน", 300000, 360000, "เปลี่ยนแปลง"],
      [2, "โครงการจ้างครูพี่เลี้ยง", "2 คน", 0, 200000, null],
    ];
    const plan = readPlan([{ sheet: "เปลี่ยนแปลง", values }]);
    expect(plan.projects.map((p) => [p.name, p.target, budgetIn(p, 2567)])).toEqual([
      ["โครงการอาหารกลางวัน", "เด็ก 60 คน", 360000],
      ["โครงการจ้างครูพี่เลี้ยง", "2 คน", 200000],
    ]);
    expect(plan.projects[0].was).toEqual({
      row: 6,
      amounts: [300000, 300000, 0, 0, 0].slice(0, 2),
    });
    expect(checkBook([{ sheet: "เปลี่ยนแปลง", values }])).toEqual([]);
  });

  it("reads a pair marked by rows of their own (เดิม, เปลี่ยนแปลง) the same way", () => {
    const values: CellValue[][] = [
      ...HEADINGS,
      ["ที่", "โครงการ", "เป้าหมาย", "2566 (บาท)", "2567 (บาท)"],
      ["(เดิม)"],
      [1, "โครงการอาหารกลางวัน", "เด็ก 50 คน", 300000, 300000],
      ["(เปลี่ยนแปลง)"],
      [1, "โครงการอาหารกลางวัน", "เด็ก 60 คน", 300000, 360000],
    ];
    const [project, ...more] = readPlan([{ sheet: "S", values }]).projects;
    expect(more).toEqual([]);
    expect([project.row, project.was?.row, budgetIn(project, 2567)]).toEqual([7, 5, 360000]);
  });

  it("sums a round book headed with fewer years than its plan into the plan's years: its ผ.01 shows the plan's span", () => {
    const values: CellValue[][] = [
      TITLE,
      ["เพิ่มเติม ฉบับที่ 1 ประจำปีงบประมาณ พ.ศ. 2569"],
      ...HEADINGS,
      ["ที่", "โครงการ", "เป้าหมาย", "งบประมาณ"],
      [null, null, null, "2569", "2570"],
      [1, "โครงการห้องสมุดชุมชน", "1 แห่ง", 150000, 0],
    ];
    const plan = readPlan([{ sheet: "เพิ่มเติม", values }]);
    expect(plan.years).toEqual([2566, 2567, 2568, 2569, 2570]);
    const summary = bookSummary({ sheets: [{ sheet: "เพิ่มเติม", values }] } as BookSnapshot).plan;
    expect(summary.years).toEqual([2566, 2567, 2568, 2569, 2570]);
    expect(summary.total.budget).toEqual([0, 0, 0, 150000, 0]);
    expect(plan.projects[0].round).toBe("เพิ่มเติม ครั้งที่ 1/2569");
  });
});

describe("a summary's figure columns, by their words", () => {
  it.each([
    ["โครงการ 2566", "count"],
    ["นับจำนวน ของ โครงการ 2566", "count"],
    ["Count of งบประมาณ 2566", "count"],
    ["งบประมาณ 2566", "budget"],
    ["ผลรวม ของ งบประมาณ 2566", "budget"],
    ["Sum of 2566", "budget"],
    ["จำนวนเงิน 2566 (บาท)", "budget"],
  ])("%p is a %p column", (text, kind) => {
    expect(figureColumn(text)).toEqual({ year: 2566, kind });
  });

  it("a year alone, or words with no year, name no figure column", () => {
    expect(figureColumn("2566")).toBeUndefined();
    expect(figureColumn("จำนวนโครงการ")).toBeUndefined();
  });

  it("a year in Thai digits, typed over lines with no-break spaces, still names its column", () => {
    expect(figureColumn("\u00a0จำนวนโครงการ\n๒๕๖๖ ")).toEqual({ year: 2566, kind: "count" });
    expect(figureColumn("- งบประมาณ\t๒๕๖๖\u00a0(บาท)")).toEqual({ year: 2566, kind: "budget" });
    expect(figureColumn("งบประมาณ ๒๕ ๖๖")).toBeUndefined();
  });
});
