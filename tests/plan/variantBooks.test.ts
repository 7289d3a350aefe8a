import { Emulator } from "../../src/emulator";
import { readBook } from "../../src/excel/readBook";
import { bookSummary } from "../../src/cli/summaryCommand";
import {
  budgetIn,
  checkBook,
  leftOut,
  readPlan,
  summarise,
  type BookSnapshot,
  type Project,
} from "../../src/plan";
import {
  fourYearBook,
  municipalityBook,
  olderBook,
  provincialBook,
  roundsBook,
  type VariantBook,
} from "../fixtures/variantBooks";

const BOOKS: [string, () => VariantBook][] = [
  ["a เทศบาล's hand-named sheets and headings", () => municipalityBook()],
  ["an อบต.'s four-year plan with no numbers and page-break headers", () => fourYearBook()],
  ["an อบจ. with ผ.02/1, ผ.02/2 and ผ.03", () => provincialBook()],
  ["rounds appended under the totals, a hidden copy, a signature sheet", () => roundsBook()],
  ["an older book with ผ.08 and a strategy's รวม", () => olderBook()],
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
    const read = allOf(plan).map((p) => [
      p.sheet,
      p.form,
      p.strategy,
      p.tactic,
      p.workPlan,
      p.name,
      p.row,
      truth.years.map((y) => budgetIn(p, y)),
    ]);
    const made = truth.projects.map((t) => [
      t.sheet,
      t.form,
      t.strategy,
      t.tactic,
      t.workPlan,
      t.name,
      t.row,
      t.budgets,
    ]);
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
