import { Emulator } from "../../src/emulator";
import { readXlsx, writeXlsx } from "../../src/emulator/xlsx";
import { readBook } from "../../src/excel/readBook";
import {
  checkBook,
  readPlan,
  reportSummary,
  summarise,
  type BookSnapshot,
  type Project,
} from "../../src/plan";
import { generateOfficeBook, OFFICE_YEARS, type OfficeBook } from "../fixtures/officeBook";

let truth: OfficeBook;
let book: BookSnapshot;
let syncs: number;

beforeAll(async () => {
  truth = generateOfficeBook();
  const emulator = new Emulator(truth.workbook);
  book = await emulator.run((context) => readBook(context));
  syncs = emulator.syncs.length;
});

const asRead = (p: Project) => [
  p.sheet,
  p.form,
  p.strategy,
  p.tactic,
  p.workPlan,
  p.name,
  OFFICE_YEARS.map((y) => p.budgets[y] ?? 0),
  p.round,
  p.marks,
  p.row,
];

function allProjects(plan: ReturnType<typeof readPlan>): Project[] {
  return [
    ...plan.projects,
    ...(plan.otherForms["ผ.02/2"] ?? []),
    ...(plan.otherForms["ผ.02/1"] ?? []),
    ...(plan.otherForms["ผ.03"] ?? []),
  ];
}

describe("a book built from how real offices type their plans", () => {
  it("is the size of a real one and is read in 3 syncs (the third for its text boxes)", () => {
    expect(truth.workbook.sheets.length).toBeGreaterThanOrEqual(40);
    expect(truth.projects.length).toBeGreaterThan(1000);
    expect(syncs).toBe(3);
    expect(book.sheets.find((s) => s.sheet === "02.1 โครงการชุมชน")!.textBoxes).toEqual([
      { text: "แบบ ผ.02/1", row: 0, name: "TextBox 1" },
    ]);
  });

  it("reads every project of every form as it was made: headings, joined names, budgets, rounds, marks", () => {
    const plan = readPlan(book.sheets);
    expect(allProjects(plan).map(asRead)).toEqual(
      truth.projects.map((t) => [
        t.sheet,
        t.form,
        t.strategy,
        t.tactic,
        t.workPlan,
        t.name,
        t.budgets,
        t.round,
        t.marks,
        t.row,
      ])
    );
    expect(plan.organisation).toBe("เทศบาลเมืองตัวอย่างบนดอย");
  });

  it("sums the plan without the other forms, and each other form on its own", () => {
    const plan = readPlan(book.sheets);
    const sum = (form: string) =>
      OFFICE_YEARS.map((_, y) =>
        truth.projects.filter((p) => p.form === form).reduce((s, p) => s + p.budgets[y], 0)
      );
    expect(summarise(plan).total.budget).toEqual(sum("ผ.02"));
    for (const form of ["ผ.02/1", "ผ.02/2", "ผ.03"] as const)
      expect(summarise(plan, plan.otherForms[form]).total.budget).toEqual(sum(form));
  });

  it("finds exactly the planted slips, ranked with the ผ.01 first, under one counting line", () => {
    const findings = checkBook(book.sheets);
    const key = (f: { code: string; sheet: string; row: number }) =>
      `${f.code} ${f.sheet} ${f.row}`;
    expect(findings.map(key).sort()).toEqual(truth.findings.map(key).sort());
    expect(findings.slice(0, 4).map((f) => f.code)).toEqual([
      "summary-mismatch",
      "summary-total",
      "summary-without-details",
      "details-without-summary",
    ]);
    const wrong = truth.wrongSummaryFigure;
    expect(findings[0].cell).toEqual({ sheet: "ผ.01", row: wrong.row, col: wrong.col });
    expect(findings[0].what.en).toContain(`add up to ${wrong.right.toLocaleString("en-US")}`);
    expect(reportSummary(findings).th).toBe(
      "ผ.01 ไม่ตรงรายละเอียด 1 แถว · ยอดรวมใน ผ.01 ไม่ตรง 1 แถว · แถว ผ.01 ไม่มีรายละเอียด 1 แถว · " +
        "รายละเอียดไม่มีแถว ผ.01 1 แถว · ยอดรวมในชีตไม่ตรง 1 แถว · งบประมาณไม่ใช่ตัวเลข 2 แถว · " +
        "งบประมาณผสานเซลล์ข้ามปี 1 แถว · ลำดับที่ซ้ำ 1 แถว · เลขยุทธศาสตร์ไม่ตรง 1 แถว · กลยุทธ์ไม่มีเลขที่ 4 แถว"
    );
  });

  it("reads the same from its .xlsx file: text boxes and merges survive the file", async () => {
    const file = await readXlsx(await writeXlsx(truth.workbook));
    const fromFile = await new Emulator(file).run((context) => readBook(context));
    expect(allProjects(readPlan(fromFile.sheets)).map(asRead)).toEqual(
      allProjects(readPlan(book.sheets)).map(asRead)
    );
    expect(checkBook(fromFile.sheets)).toEqual(checkBook(book.sheets));
  });
});
