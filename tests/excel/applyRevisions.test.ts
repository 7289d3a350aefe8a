import { Emulator } from "../../src/emulator";
import { applyRevision } from "../../src/excel/amend";
import { applyRevisions } from "../../src/excel/applyRevisions";
import * as readBookModule from "../../src/excel/readBook";
import { readBook } from "../../src/excel/readBook";
import {
  budgetIn,
  checkBook,
  planAddition,
  planAmendment,
  planChange,
  planRelocation,
  readPlan,
  type PlannedRevision,
  type BookSnapshot,
  toThaiDigits,
  type Plan,
} from "../../src/plan";
import { generateOfficeBook } from "../fixtures/officeBook";
import { PROJECT_NAMES } from "../fixtures/seed";
import { sampleEmulator, snapshotOf } from "../fixtures/workbooks";

type Request = (book: BookSnapshot, plan: Plan, id: string) => PlannedRevision;
const AT = new Date(0);

/** The old way: each revision planned on the book read afresh. */
async function oneByOne(emulator: Emulator, requests: Request[]): Promise<void> {
  for (const [i, request] of requests.entries()) {
    const book = await emulator.run((context) => readBook(context));
    const revision = request(book, readPlan(book.sheets), `r${i}`);
    await emulator.run((context) =>
      applyRevision(context, book, revision, { id: `r${i}`, at: AT })
    );
  }
}

async function inOneRun(emulator: Emulator, requests: Request[]): Promise<number[]> {
  const progress: number[] = [];
  await applyRevisions(
    emulator,
    requests,
    (book, plan, request, i) => request(book, plan, `r${i}`),
    {
      id: (i) => `r${i}`,
      at: AT,
      onProgress: (done) => progress.push(done),
    }
  );
  return progress;
}

const move =
  (project: string, from: number, to: number, round = "1/2567", amount?: number): Request =>
  (book, plan, id) =>
    planAmendment(
      book,
      { round, project, from, to, amount, was: { document: "แผนพัฒนาท้องถิ่น" }, now: {} },
      id,
      plan
    );

describe("many revisions in one run", () => {
  jest.setTimeout(60000);

  it("leave the office book exactly as applying each on a book read afresh does: moves, changes, an addition", async () => {
    const truth = generateOfficeBook();
    const first = new Emulator(truth.workbook);
    const second = new Emulator(generateOfficeBook().workbook);
    const book = await first.run((context) => readBook(context));
    const plan = readPlan(book.sheets);
    const names = plan.projects
      .filter((p) => budgetIn(p, 2567) > 0 && p.unreadable.length === 0 && p.row === p.lastRow)
      .map((p) => p.name)
      .filter((name, i, all) => all.indexOf(name) === i && all.lastIndexOf(name) === i)
      .slice(0, 8);
    const place = plan.projects.find((p) => p.name === names[7])!;
    const requests: Request[] = [
      ...names.slice(0, 5).map((name) => move(name, 2567, 2569)),
      (b, p, id) =>
        planChange(
          b,
          {
            round: "เปลี่ยนแปลง ครั้งที่ 1/2567",
            project: names[5],
            set: { target: "เป้าหมายใหม่ ๒ แห่ง" },
            budgets: { 2568: 123456 },
            was: { document: "แผนพัฒนาท้องถิ่น" },
            now: {},
          },
          id,
          p
        ),
      (b, p, id) =>
        planAddition(
          b,
          {
            round: "เพิ่มเติม ครั้งที่ 1/2567",
            tactic: place.tactic,
            workPlan: place.workPlan,
            project: { name: "โครงการที่เพิ่มในรอบเดียวกัน" },
            budgets: { 2568: 50000 },
          },
          id,
          p
        ),
      move(names[6], 2567, 2568, "1/2567", 1000),
      move(names[0], 2569, 2570, "2/2567"),
    ];
    const reads = jest.spyOn(readBookModule, "readBook");
    const progress = await inOneRun(first, requests);
    const readsInOneRun = reads.mock.calls.length;
    reads.mockRestore();
    await oneByOne(second, requests);
    expect(progress).toEqual(requests.map((_, i) => i + 1));
    // The book is read again only after a revision makes a sheet (the log, a round's appendix) or adds a row, and
    // not after the last: once at the start, then after the first move, the change and the addition.
    expect(readsInOneRun).toBe(4);
    expect(snapshotOf(first.workbook)).toEqual(snapshotOf(second.workbook));
    const after = await first.run((context) => readBook(context));
    const findingsOf = (sheets: BookSnapshot["sheets"]) =>
      checkBook(sheets).map((f) => `${f.code} ${f.sheet} ${f.row}`);
    expect(findingsOf(after.sheets)).toEqual(findingsOf(book.sheets));
  });

  it("finds a project by the name a change of the same run gave it, and no longer by its old one", async () => {
    const book = await new Emulator(generateOfficeBook().workbook).run((c) => readBook(c));
    const names = readPlan(book.sheets)
      .projects.filter((p) => budgetIn(p, 2567) > 0 && p.unreadable.length === 0)
      .map((p) => p.name)
      .filter((name, i, all) => all.indexOf(name) === i && all.lastIndexOf(name) === i)
      .slice(0, 12);
    const renamed = "โครงการที่เปลี่ยนชื่อในรอบเดียวกัน";
    const change =
      (project: string, set: Record<string, string>): Request =>
      (b, p, id) =>
        planChange(
          b,
          {
            round: "เปลี่ยนแปลง ครั้งที่ 1/2567",
            project,
            set,
            was: { document: "แผนพัฒนาท้องถิ่น" },
            now: {},
          },
          id,
          p
        );
    // The first change makes the log and the round's appendix (the book is read again); the next ones are followed
    // in place, so the rename comes after the plan's names were looked up ten times (by then from the map of
    // them), and the move after it looks up the new name in that same plan.
    const requests = (moved: string): Request[] => [
      ...names
        .slice(0, 10)
        .map((name, i) =>
          change(name, { target: `เป้าหมายใหม่ ${toThaiDigits(String(i + 1))} แห่ง` })
        ),
      change(names[10], { name: renamed }),
      move(moved, 2567, 2569),
      move(names[11], 2567, 2568),
    ];
    const first = new Emulator(generateOfficeBook().workbook);
    const second = new Emulator(generateOfficeBook().workbook);
    const reads = jest.spyOn(readBookModule, "readBook");
    await inOneRun(first, requests(renamed));
    expect(reads.mock.calls.length).toBe(3);
    reads.mockRestore();
    await oneByOne(second, requests(renamed));
    expect(snapshotOf(first.workbook)).toEqual(snapshotOf(second.workbook));
    await expect(
      inOneRun(new Emulator(generateOfficeBook().workbook), requests(names[10]))
    ).rejects.toThrow(`ไม่พบโครงการ "${names[10]}"`);
  });

  it("refuses the same project twice in one round within the run, as it would across runs", async () => {
    const emulator = await sampleEmulator();
    await expect(
      inOneRun(emulator, [
        move(PROJECT_NAMES[1], 2566, 2567, "2/2566", 1000),
        move(PROJECT_NAMES[1], 2566, 2567, "2/2566", 1000),
      ])
    ).rejects.toThrow(/บันทึกไว้แล้วใน/);
  });

  it("follows a project moved to another work plan, and the ones after it", async () => {
    const first = await sampleEmulator();
    const second = await sampleEmulator();
    const requests: Request[] = [
      (b, p, id) =>
        planRelocation(
          b,
          {
            project: PROJECT_NAMES[0],
            round: "3/2566",
            workPlan: "แผนงานอุตสาหกรรมและการโยธา",
            tactic: "6.2",
            was: { document: "แผนพัฒนาท้องถิ่น" },
            now: {},
          },
          id,
          p
        ),
      move(PROJECT_NAMES[1], 2566, 2567, "3/2566", 1000),
      move(PROJECT_NAMES[0], 2566, 2568, "4/2566", 1000),
    ];
    await inOneRun(first, requests);
    await oneByOne(second, requests);
    expect(snapshotOf(first.workbook)).toEqual(snapshotOf(second.workbook));
  });
});
