import { Emulator } from "../../src/emulator";
import { readBook } from "../../src/excel/readBook";
import { bookSummary } from "../../src/cli/summaryCommand";
import {
  checkBook,
  leftOut,
  readPlan,
  summarise,
  type BookSnapshot,
  type CellValue,
  type Project,
} from "../../src/plan";
import {
  fourYearBook,
  municipalityBook,
  olderBook,
  provincialBook,
  roundsBook,
  withinBook,
  type VariantBook,
} from "../fixtures/variantBooks";
import { placeMade, placeRead } from "../fixtures/sheetWriting";
import { withValue } from "../fixtures/workbooks";

const BOOKS: [string, () => VariantBook][] = [
  ["a เทศบาล's hand-named sheets and headings", () => municipalityBook()],
  ["an อบต.'s four-year plan with no numbers and page-break headers", () => fourYearBook()],
  ["an อบจ. with ผ.02/1, ผ.02/2 and ผ.03", () => provincialBook()],
  ["rounds appended under the totals, a hidden copy, a signature sheet", () => roundsBook()],
  ["an older book with ผ.08 and a strategy's รวม", () => olderBook()],
  ["an อบต. numbering tactics within strategies and work plans under tactics", () => withinBook()],
  [
    "the เทศบาล's book with slips planted",
    () => municipalityBook({ wrongTotal: true, wrongSummary: true, letterBudget: true }),
  ],
  [
    "the four-year book with slips planted",
    () => fourYearBook({ wrongTotal: true, wrongLabelCount: true }),
  ],
];

async function read(truth: VariantBook): Promise<BookSnapshot> {
  return new Emulator(truth.workbook).run((context) => readBook(context));
}

const allOf = (plan: ReturnType<typeof readPlan>): Project[] =>
  [plan.projects, ...Object.values(plan.otherForms)].flat() as Project[];

describe.each(BOOKS)("%s", (_, make) => {
  let truth: VariantBook;
  let book: BookSnapshot;
  beforeAll(async () => {
    truth = make();
    book = await read(truth);
  });

  it("reads every project of every form as made, in the plan's years", () => {
    const plan = readPlan(book.sheets);
    expect(plan.years).toEqual(truth.years);
    expect(plan.organisation).toBe(truth.organisation);
    const read = allOf(plan).map((p) => placeRead(p, truth.years));
    const made = truth.projects.map(placeMade);
    expect(read.sort()).toEqual(made.sort());
  });

  it("sums each strategy by year and counts its projects as ผ.01 does, each form apart", () => {
    const plan = readPlan(book.sheets);
    const forms = [...new Set(truth.projects.map((p) => p.form))];
    for (const form of forms) {
      const mine = truth.projects.filter((p) => p.form === form);
      const projects = form === "ผ.02" ? plan.projects : (plan.otherForms[form] ?? []);
      const summary = summarise(plan, projects);
      const strategies = [...new Set(mine.map((p) => p.strategy))].sort();
      expect(summary.strategies.map((s) => s.strategy).sort()).toEqual(strategies);
      for (const s of summary.strategies) {
        const of = mine.filter((p) => p.strategy === s.strategy);
        expect([form, s.strategy, s.budget]).toEqual([
          form,
          s.strategy,
          truth.years.map((_, y) => of.reduce((sum, p) => sum + p.budgets[y], 0)),
        ]);
        expect(s.count).toEqual(
          truth.years.map((_, y) => of.filter((p) => p.budgets[y] > 0).length)
        );
      }
    }
  });

  it("finds exactly the planted slips, and no other", () => {
    const findings = checkBook(book.sheets).map((f) => [f.code, f.sheet, f.row]);
    expect(findings.sort()).toEqual([...truth.findings].sort());
  });

  it("says what the totals leave out, and nothing else", () => {
    expect(
      leftOut(book.sheets)
        .map((f) => [f.code, f.sheet, f.row])
        .sort()
    ).toEqual([...truth.leftOut].sort());
    expect(
      bookSummary(book)
        .leftOut.map((l) => l.finding.code)
        .sort()
    ).toEqual(truth.leftOut.map(([code]) => code).sort());
  });
});

describe("the rules these books brought", () => {
  it("checks the count a รวม's own label gives, in one cell across ที่ and โครงการ", async () => {
    const truth = fourYearBook({ wrongLabelCount: true });
    const [finding] = checkBook((await read(truth)).sheets).filter((f) => f.sheet === "ผ.02");
    expect(finding.what.en).toBe(
      `"รวม 26 โครงการ" at 'ผ.02'!A${finding.row + 1} says 26 but the projects above add up to 25`
    );
  });

  it("reads the count in รวมยุทธศาสตร์ที่ 1 (5 โครงการ) as 5, and a slip in it as one finding", async () => {
    const book = await read(olderBook());
    const sheet = book.sheets.find((s) => s.sheet === "ยุทธศาสตร์ที่ 1")!;
    const r = sheet.values.findIndex((v) => String(v[0]).startsWith("รวมยุทธศาสตร์"));
    const row = (sheet.top ?? 0) + r;
    // The table starts in column B: the label is there.
    expect(sheet.left).toBe(1);
    expect(readPlan(book.sheets).totals.find((t) => t.row === row)!.countCell?.cell.col).toBe(1);
    const slipped = withValue(book.sheets, sheet.sheet, r, 0, "รวมยุทธศาสตร์ที่ 1 (6 โครงการ)");
    expect(checkBook(slipped).map((f) => [f.code, f.row])).toEqual([["total-mismatch", row]]);
  });

  it("closes a ผ.01 of strategy rows with one รวม over them all: a slip in it is the total's own", async () => {
    const book = await read(fourYearBook());
    const sheet = book.sheets.find((s) => s.sheet === "ผ.01")!;
    const last = sheet.values.length - 1;
    const slipped = withValue(book.sheets, "ผ.01", last, 2, "๑");
    const findings = checkBook(slipped);
    expect(findings.map((f) => [f.code, f.sheet, f.row])).toEqual([
      ["summary-total", "ผ.01", last],
    ]);
  });

  it("takes a tactic joined to its strategy line, and needs no strategy line for a later block of the sheet", async () => {
    const plan = readPlan((await read(municipalityBook())).sheets);
    const road = plan.projects.find((p) => p.sheet === "ยุทธ 1")!;
    expect([road.strategy, road.strategyName, road.tactic, road.tacticName]).toEqual([
      "1",
      "ยุทธศาสตร์ที่ 1 การพัฒนาโครงสร้างพื้นฐาน",
      "1.1",
      "การก่อสร้างและบำรุงรักษาถนน",
    ]);
    // The printed heading is kept as typed, one line.
    expect(road.headingLines.at(-2)).toBe(
      "ยุทธศาสตร์ที่ 1 การพัฒนาโครงสร้างพื้นฐาน กลยุทธ์ที่ 1.1 การก่อสร้างและบำรุงรักษาถนน"
    );
  });

  it("keeps a strategy's name whole where it speaks of แนวทาง with a number that starts no tactic", () => {
    const values: CellValue[][] = [
      ["ยุทธศาสตร์ที่ 3 การพัฒนาเศรษฐกิจตามแนวทาง 4 ด้าน"],
      ["3.1 กลยุทธ์ส่งเสริมอาชีพ"],
      ["(1) แผนงานการเกษตร"],
      ["ที่", "โครงการ", "เป้าหมาย", "2566"],
      [1, "โครงการ ก", "x", 100],
    ];
    const [project] = readPlan([{ sheet: "S", values }]).projects;
    expect([project.strategyName, project.tactic]).toEqual([
      "ยุทธศาสตร์ที่ 3 การพัฒนาเศรษฐกิจตามแนวทาง 4 ด้าน",
      "3.1",
    ]);
  });

  it("keeps a budget typed on a row with no number under a numbered project as that project's, and says so", async () => {
    const book = await read(municipalityBook());
    const sheet = book.sheets.find((s) => s.sheet === "Sheet3")!;
    const first = sheet.values.findIndex((r) => r[1] === "โครงการอาหารกลางวันเด็กเล็ก");
    const values = [
      ...sheet.values.slice(0, first + 1),
      [null, "(ต่อ)", null, null, null, 5000],
      ...sheet.values.slice(first + 1),
    ];
    const plan = readPlan([{ ...sheet, values }]);
    expect(plan.projects.map((p) => p.name)).toEqual([
      "โครงการอาหารกลางวันเด็กเล็ก (ต่อ)",
      "โครงการจัดซื้อสื่อการเรียนการสอน",
    ]);
    expect(plan.findings.map((f) => f.code)).toEqual(["budget-on-continuation"]);
  });
});

describe("a form the book names otherwise than its words", () => {
  it("compares the ผ.01's `ผ.02/1 ประสานโครงการพัฒนาจังหวัด` section with the sheets the book labels ผ.02/1", async () => {
    const truth = provincialBook();
    const book = await read(truth);
    expect(readPlan(book.sheets).formNames).toEqual({ "ผ.02/2": "ผ.02/1" });
    const summary = book.sheets.find((s) => s.sheet === "ผ.01")!;
    const title = summary.values.findIndex((r) => r[0] === "ผ.02/1 ประสานโครงการพัฒนาจังหวัด");
    const line = title + 2;
    // Its 2568 budget (column G) typed 1,000,000 too high: one finding, the section's รวมทั้งสิ้น only echoing it.
    const slipped = withValue(book.sheets, "ผ.01", line, 6, 96000000);
    const findings = checkBook(slipped);
    expect(findings.map((f) => [f.code, f.row])).toEqual([["summary-mismatch", line]]);
    expect(findings[0].what.en).toContain("2568 budget 96,000,000 (should be 95,000,000)");
  });
});

describe("a row with a budget the reader cannot place", () => {
  const sheet = (...rows: CellValue[][]) => ({
    sheet: "ยุทธ1",
    values: [
      ["1. ยุทธศาสตร์การพัฒนาเศรษฐกิจ"],
      ["1.1 กลยุทธ์ส่งเสริมอาชีพ"],
      ["(1) แผนงานการเกษตร"],
      ["ที่", "โครงการ", "เป้าหมาย", "2566", "2567"],
      [1, "โครงการส่งเสริมอาชีพ", "1 กลุ่ม", 40000, 0],
      ...rows,
    ],
  });

  it("is named with its cell and said to be left out, never dropped in silence", () => {
    const book = [sheet(["1.1", "โครงการย่อย", "1 กลุ่ม", 0, 25000], ["รวม", null, null, 40000, 0])];
    const findings = checkBook(book);
    expect(findings.map((f) => [f.code, f.row, f.cell && f.cell.col])).toEqual([
      ["loose-row", 5, 4],
    ]);
    expect(findings[0].what.en).toBe(
      `Row 6 ("1.1") holds a budget ('ยุทธ1'!E6) but is no project, continuation or total row; not counted`
    );
    expect(leftOut(book).map((f) => f.code)).toEqual(["loose-row"]);
  });

  it("never takes a total's words under โครงการ (ยอดรวมทั้งสิ้น) for a project with no number", () => {
    const book = [sheet(["รวม", null, null, 40000, 0], [null, "ยอดรวมทั้งสิ้น", null, 40000, 0])];
    expect(readPlan(book).projects.map((p) => p.name)).toEqual(["โครงการส่งเสริมอาชีพ"]);
    expect(checkBook(book).map((f) => [f.code, f.row])).toEqual([["loose-row", 6]]);
  });

  it("passes over a carried-forward row, and a row of dashes", () => {
    const book = [
      sheet(
        [null, "ยอดยกไป", null, 40000, 0],
        ["-", "-", "-", "-", "-"],
        ["รวม", null, null, 40000, 0]
      ),
    ];
    expect(checkBook(book)).toEqual([]);
  });
});
