import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readChanges } from "../../src/cli/changes";
import { applyRevision } from "../../src/excel/amend";
import { readBook } from "../../src/excel/readBook";
import {
  cellAddress,
  PlanError,
  planAddition,
  planAmendment,
  planChange,
  planRelocation,
  planRevision,
  readPlan,
  STANDARD_WORK_PLANS,
  totalBudget,
  type AdditionRequest,
  type AmendmentRequest,
  type BookSnapshot,
  type ChangeRequest,
  type RelocationRequest,
  type CellRef,
  type CellValue,
  type PlannedRevision,
} from "../../src/plan";
import { emptyForm, toRequest, toRevision, withProject } from "../../src/taskpane/amendmentForm";
import { PROJECT_NAMES } from "../fixtures/seed";
import { sampleEmulator, SEED_AMENDMENTS } from "../fixtures/workbooks";

/**
 * The refusals more than one kind of revision meets are worded once: each kind that can meet one says the same
 * words (Thai and English), only the name, sheet or cell it is about told apart; so do the pane and the command.
 */

const WAS = { document: "เพิ่มเติม ครั้งที่ 1/2566", page: 8, order: 1 };
const ROADS = "แผนงานอุตสาหกรรมและการโยธา";

/** One request of each kind on the sample, what a test is about given over it. */
const move = (book: BookSnapshot, given: Partial<AmendmentRequest> = {}) =>
  planAmendment(book, { ...SEED_AMENDMENTS[0], ...given }, "r");
const change = (book: BookSnapshot, given: Partial<ChangeRequest>) =>
  planChange(book, { ...SEED_AMENDMENTS[0], round: "1/2566", ...given }, "r");
const add = (book: BookSnapshot, given: Partial<AdditionRequest>) =>
  planAddition(
    book,
    {
      round: "1/2567",
      tactic: "6.2",
      workPlan: ROADS,
      project: { name: "โครงการใหม่" },
      budgets: { 2568: 1 },
      ...given,
    },
    "r"
  );
const relocate = (book: BookSnapshot, given: Partial<RelocationRequest>) =>
  planRelocation(
    book,
    { ...SEED_AMENDMENTS[0], round: "3/2566", tactic: "6.2", workPlan: ROADS, ...given },
    "r"
  );

/** The pane's form with the sample's first project chosen, as the pane opens it. */
function paneForm(book: BookSnapshot) {
  const plan = readPlan(book.sheets);
  const form = withProject(
    emptyForm(book, plan, new Date(Date.UTC(2023, 6, 17))),
    plan,
    plan.projects[0]
  );
  return { plan, form };
}

/** A changes file for the command. */
function changesFile(changes: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), "changes-")), "changes.json");
  writeFileSync(file, JSON.stringify(changes));
  return file;
}

/** Every refusal said is the one expected. */
function sameWords(said: { th: string; en: string }[], expected: { th: string; en: string }) {
  for (const words of said) expect(words).toEqual(expected);
}

async function sampleBook(): Promise<BookSnapshot> {
  const emulator = await sampleEmulator();
  return emulator.run((context) => readBook(context));
}

/** The book with one cell typed over, as a user might have left it. */
function withCell(book: BookSnapshot, cell: CellRef, value: CellValue): BookSnapshot {
  return {
    ...book,
    sheets: book.sheets.map((s) => {
      if (s.sheet !== cell.sheet) return s;
      const values = s.values.map((row) => [...row]);
      const r = cell.row - (s.top ?? 0);
      while (values[r].length <= cell.col) values[r].push(null);
      values[r][cell.col] = value;
      return { ...s, values };
    }),
  };
}

/** The refusal a planner throws, Thai and English, with what it is about put as placeholders. */
function refusal(
  plan: () => unknown,
  about: Record<string, string> = {}
): { th: string; en: string } {
  try {
    plan();
  } catch (error) {
    expect(error).toBeInstanceOf(PlanError);
    const blank = (text: string) =>
      Object.entries(about).reduce((t, [name, value]) => t.split(value).join(`<${name}>`), text);
    const { th, en } = (error as PlanError).detail;
    return { th: blank(th), en: blank(en) };
  }
  throw new Error("not refused");
}

describe("a work plan that is not standard", () => {
  const kinds: [string, (book: BookSnapshot, workPlan: string) => PlannedRevision][] = [
    ["เพิ่มเติม", (book, workPlan) => add(book, { workPlan })],
    ["ย้ายแผนงาน", (book, workPlan) => relocate(book, { workPlan })],
  ];

  it("is refused in the same words by every kind that puts a project under a work plan, the twelve offered by name", async () => {
    const book = await sampleBook();
    const said = kinds.map(([, plan]) => refusal(() => plan(book, "แผนงานอวกาศ")));
    for (const words of said) expect(words).toEqual(said[0]);
    expect(said[0].th).toMatch(/^"แผนงานอวกาศ" ไม่ใช่แผนงานมาตรฐาน แผนงานมาตรฐานได้แก่ /);
    expect(said[0].en).toMatch(
      /^"แผนงานอวกาศ" is not a standard work plan\. The standard work plans: /
    );
    for (const { name } of STANDARD_WORK_PLANS) {
      expect(said[0].th).toContain(name);
      expect(said[0].en).toContain(name);
    }
  });

  it("offers the standard name a slip stands for, in the same words for every kind", async () => {
    const book = await sampleBook();
    const said = kinds.map(([, plan]) => refusal(() => plan(book, "แผนงานคณะและชุมชน")));
    for (const words of said) expect(words).toEqual(said[0]);
    expect(said[0].th).toContain(
      '"แผนงานคณะและชุมชน" ไม่ใช่แผนงานมาตรฐาน (หมายถึง "แผนงานเคหะและชุมชน" หรือไม่)'
    );
    expect(said[0].en).toContain('(did you mean "แผนงานเคหะและชุมชน"?)');
    // The seed's other slip (work-plans.md): ยุทธศาสตร์ typed for อุตสาหกรรม.
    expect(refusal(() => kinds[0][1](book, "แผนงานยุทธศาสตร์และการโยธา")).th).toContain(
      '(หมายถึง "แผนงานอุตสาหกรรมและการโยธา" หรือไม่)'
    );
  });
});

describe("a name already on the sheet", () => {
  it("is refused in the same words by an addition, a change of name and a move to a block where the name is", async () => {
    const book = await sampleBook();
    const plan = readPlan(book.sheets);
    const [first, second] = plan.projects;
    const taken = { name: second.name, sheet: second.sheet };
    const added = refusal(
      () =>
        add(book, {
          tactic: second.tactic,
          workPlan: second.workPlan,
          project: { name: second.name },
        }),
      taken
    );
    const renamed = refusal(() => change(book, { set: { name: second.name } }), taken);
    // The second project renamed as the first: moving the first into the second's block would make two of one name.
    const clash = withCell(book, second.nameCell, first.name);
    const moved = refusal(
      () =>
        relocate(clash, {
          project: { sheet: first.sheet, row: first.row },
          tactic: second.tactic,
          workPlan: second.workPlan,
        }),
      { name: first.name, sheet: second.sheet }
    );
    sameWords([added, renamed, moved], {
      th: 'ชื่อ "<name>" มีอยู่แล้วในชีต <sheet>: ใช้ชื่ออื่น',
      en: '"<name>" is already a project on <sheet>; use another name',
    });
  });
});

describe("a budget cell that is not a number", () => {
  it("is refused in the same words by a move, a change, a relocation and a PLAN total over it", async () => {
    const sample = await sampleBook();
    const project = readPlan(sample.sheets).projects[0];
    const cell = { sheet: project.sheet, row: project.row, col: project.budgetColumns.get(2566)! };
    const book = withCell(sample, cell, "๑๒๓x");
    const said = [
      () => move(book, { from: 2566, to: 2567 }),
      () => change(book, { budgets: { 2566: 100 } }),
      () => relocate(book, {}),
      () => totalBudget(readPlan(book.sheets), { year: 2566 }),
    ].map((plan) => refusal(plan));
    sameWords(said, {
      th: `งบประมาณปี 2566 ที่ ${cellAddress(cell)} "๑๒๓x" ไม่ใช่ตัวเลข: แก้ไขเซลล์ก่อน`,
      en: `The 2566 budget at ${cellAddress(cell)} "๑๒๓x" is not a number; fix the cell first`,
    });
  });
});

describe("an amount given that is not whole baht", () => {
  const kinds = (amount: unknown): [string, (book: BookSnapshot) => PlannedRevision][] => [
    ["แก้ไข", (book) => move(book, { amount })],
    ["เปลี่ยนแปลง", (book) => change(book, { budgets: { 2568: amount } })],
    ["เพิ่มเติม", (book) => add(book, { budgets: { 2568: amount } })],
  ];
  // What the amount is of: the amount moved, or the year's budget.
  const what = { th: /^(จำนวนเงิน|งบประมาณปี 2568) /, en: /^(Amount|The 2568 budget) / };

  it.each([
    ["not a number", "หนึ่งแสน", 'th "หนึ่งแสน" ไม่ใช่ตัวเลข', 'en "หนึ่งแสน" is not a number'],
    [
      "satang",
      "100.50",
      'th "100.50" มีเศษสตางค์: งบประมาณเป็นบาทเต็ม',
      'en "100.50" has satang; budgets are in whole baht',
    ],
  ])(
    "(%s) is refused in the same words by every kind that takes an amount",
    async (_, amount, th, en) => {
      const book = await sampleBook();
      const said = kinds(amount).map(([, plan]) => refusal(() => plan(book)));
      for (const words of said) {
        expect(words.th.replace(what.th, "th ")).toBe(th);
        expect(words.en.replace(what.en, "en ")).toBe(en);
      }
    }
  );
});

describe("a project already in the round", () => {
  it("is refused in the same words for an addition made twice and a project revised twice", async () => {
    const emulator = await sampleEmulator();
    const apply = async (plan: (book: BookSnapshot) => PlannedRevision, id: string) => {
      const book = await emulator.run((context) => readBook(context));
      return emulator.run((context) =>
        applyRevision(context, book, plan(book), { id, at: new Date(0) })
      );
    };
    const addition = {
      round: "1/2567",
      tactic: "6.2",
      workPlan: "แผนงานอุตสาหกรรมและการโยธา",
      project: { name: "โครงการซ่อมถนนสายใน" },
      budgets: { 2568: 500000 },
    };
    await apply((book) => planAddition(book, addition, "a1"), "a1");
    await apply((book) => planAmendment(book, SEED_AMENDMENTS[0], "m1"), "m1");
    const book = await emulator.run((context) => readBook(context));
    // The same name again in the round, to a work plan whose sheet does not hold it yet.
    const added = refusal(
      () => planAddition(book, { ...addition, workPlan: "แผนงานการศึกษา" }, "a2"),
      {
        name: addition.project.name,
        round: "เพิ่มเติม ครั้งที่ ๑/๒๕๖๗",
        roundEn: "เพิ่มเติม ครั้งที่ 1/2567",
      }
    );
    const moved = refusal(() => move(book, { from: 2567, to: 2568 }), {
      name: PROJECT_NAMES[0],
      round: "แก้ไข ครั้งที่ ๒/๒๕๖๖",
      roundEn: "แก้ไข ครั้งที่ 2/2566",
    });
    sameWords([added, moved], {
      th: 'โครงการ "<name>" บันทึกไว้แล้วใน<round>: ยกเลิกรายการเดิมก่อน หรือบันทึกในครั้งถัดไป',
      en: '"<name>" is already recorded in <roundEn>; undo that first or record it in the next round',
    });
  });
});

describe("a page or ลำดับที่ that is not a whole number from 1", () => {
  it("is refused in the same words by the pane's form, the command's changes file and a request made in code", async () => {
    const book = await sampleBook();
    const { plan, form } = paneForm(book);
    const pane = refusal(() => toRequest({ ...form, wasPage: "๒ก" }, plan), { value: "๒ก" });
    const file = changesFile({
      round: "2/2566",
      changes: [
        {
          project: PROJECT_NAMES[0],
          move: { from: 2566, to: 2567 },
          was: { ...WAS, page: "๒ก" },
        },
      ],
    });
    const command = refusal(() => readChanges(file), { value: "๒ก" });
    const inCode = refusal(() => move(book, { was: { ...WAS, page: 2.5 } }), { value: "2.5" });
    expect(command).toEqual({
      th: `ไฟล์การแก้ไข ${file}: รายการที่ 1: ${pane.th}`,
      en: `Changes file ${file}: change 1: ${pane.en}`,
    });
    sameWords([pane, inCode], {
      th: 'หน้า (เดิม) "<value>" ต้องเป็นจำนวนเต็มบวก',
      en: 'Page (before) "<value>" must be a positive whole number',
    });
    // The ใหม่ side and the ลำดับที่ are named as such.
    expect(refusal(() => move(book, { now: { order: 0 } })).en).toBe(
      'Order (now) "0" must be a positive whole number'
    );
  });
});

describe("a revision that does not name the document the project stood in", () => {
  it("is refused in the same words from the pane's empty field and from a changes file that leaves it out", async () => {
    const book = await sampleBook();
    const { plan, form } = paneForm(book);
    const pane = refusal(() => toRevision(book, { ...form, wasDocument: "" }, plan, "r"));
    const file = changesFile({
      round: "2/2566",
      changes: [{ project: PROJECT_NAMES[0], move: { from: 2566, to: 2567 } }],
    });
    const command = refusal(() => planRevision(book, readChanges(file)[0], "r"));
    expect(command).toEqual(pane);
    expect(pane.en).toBe("Name the document the project stood in (e.g. เพิ่มเติม ครั้งที่ 1/2566)");
  });
});
