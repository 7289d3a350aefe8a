import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Emulator, MemoryWorkbook } from "../../src/emulator";
import { writeXlsx } from "../../src/emulator/xlsx";
import { SAMPLE_FILE } from "../../scripts/make-sample";
import { PROJECT_NAMES, seedAsPrinted } from "../fixtures/seed";
import { seedSummary } from "../fixtures/seedTables";
import { parseAmount } from "../../src/plan";

const dir = mkdtempSync(join(tmpdir(), "local-plan-"));
const run = (...args: string[]) =>
  spawnSync(process.execPath, ["bin/local-plan.js", ...args], { encoding: "utf8" });
const changesFile = (changes: unknown) => {
  const file = join(dir, `changes-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof changes === "string" ? changes : JSON.stringify(changes));
  return file;
};
const amend = (input: string, changes: string, out: string) =>
  run("amend", input, "--changes", changes, "--out", out);
/**
 * `amend` that succeeds into `name` in the test folder, its output checked clean: the amended book's
 * `summary --json` and what amend printed.
 */
function amendedSummary(input: string, changes: string, name: string) {
  const out = join(dir, name);
  const result = amend(input, changes, out);
  expect([result.status, result.stderr]).toEqual([0, ""]);
  expect(run("check", out).status).toBe(0);
  return { out, printed: result.stdout, summary: JSON.parse(run("summary", out, "--json").stdout) };
}
/** A changes file adding projects in round เพิ่มเติม 1/2567. */
const additions = (...changes: unknown[]) =>
  changesFile({ kind: "เพิ่มเติม", round: "1/2567", changes });
const seedChange = (overrides: Record<string, unknown> = {}) => ({
  project: PROJECT_NAMES[0],
  move: { from: 2566, to: 2567 },
  was: { document: "เพิ่มเติม ครั้งที่ 1/2566", page: 8, order: 1 },
  now: { page: 5, order: 1 },
  ...overrides,
});
const SEED_CHANGES = {
  round: "2/2566",
  approvedOn: "2023-07-17",
  changes: [
    seedChange(),
    {
      project: { strategy: "6", workPlan: "แผนงานอุตสาหกรรมและการโยธา", order: 1 },
      move: { from: 2566, to: 2567, amount: 300000 },
      was: { document: "เพิ่มเติม ครั้งที่ 1/2566", page: 11, order: 1 },
      now: { page: 6, order: 1 },
    },
  ],
};

describe("the local-plan command", () => {
  jest.setTimeout(60000);

  it("summary --json of the sample, amended with the seed's two changes, equals the seed's ผ.01", () => {
    const out = join(dir, "amended.xlsx");
    const amended = amend(SAMPLE_FILE, changesFile(SEED_CHANGES), out);
    expect(amended.stderr).toBe("");
    expect(amended.status).toBe(0);
    const summary = run("summary", out, "--json");
    expect(summary.status).toBe(0);
    const json = JSON.parse(summary.stdout);
    const seed = seedSummary();
    const figures = (row: string[]) => row.slice(1).map((cell) => parseAmount(cell));
    expect(json.years).toEqual([2566, 2567, 2568, 2569, 2570]);
    const asRow = (f: {
      count: number[];
      budget: number[];
      totalCount: number;
      totalBudget: number;
    }) => [...f.count.flatMap((c, i) => [c, f.budget[i]]), f.totalCount, f.totalBudget];
    expect(json.rows.map((r: never) => asRow(r))).toEqual([figures(seed[2]), figures(seed[4])]);
    expect(json.strategies.map((s: { strategy: string }) => s.strategy)).toEqual(["4", "6"]);
    expect(asRow(json.total)).toEqual(figures(seed[6]));
    expect(json.rows[0]).toMatchObject({
      strategy: "4",
      tactic: "4.3",
      workPlan: "แผนงานเคหะและชุมชน",
    });
    expect(run("check", out).status).toBe(0);
  });

  it("check exits 1 and lists the seed's slips with sheet, row and cell", async () => {
    const workbook = new MemoryWorkbook();
    const sheet = workbook.addSheet("ผ.02");
    seedAsPrinted().forEach((row, r) =>
      row.forEach((v, c) => v !== null && (sheet.cellForWrite(r, c).value = v))
    );
    const file = join(dir, "printed.xlsx");
    writeFileSync(file, await writeXlsx(workbook));
    const result = run("check", file, "--json");
    expect(result.status).toBe(1);
    const findings = JSON.parse(result.stdout);
    expect(findings.map((f: { code: string }) => f.code)).toEqual([
      "strategy-number",
      "strategy-number",
      "work-plan-name",
      "work-plan-name",
    ]);
    expect(findings[2]).toMatchObject({ sheet: "ผ.02", row: 12, suggestion: "แผนงานเคหะและชุมชน" });
    expect(new Emulator(workbook)).toBeDefined();
  });

  it("amend with kind เปลี่ยนแปลง changes a project's details and budgets, เพิ่มเติม adds one; an unknown kind is refused", () => {
    const changed = amendedSummary(
      SAMPLE_FILE,
      changesFile({
        kind: "เปลี่ยนแปลง",
        round: "3/2566",
        approvedOn: "1/8/2566",
        changes: [
          {
            project: PROJECT_NAMES[1],
            set: { unit: "กองคลัง" },
            budgets: { 2566: 250000, 2567: 50000 },
            was: { document: "เพิ่มเติม ครั้งที่ 1/2566", page: 11, order: 1 },
          },
        ],
      }),
      "changed.xlsx"
    );
    expect(changed.summary.total.budget).toEqual([1650000, 50000, 0, 0, 0]);

    const refused = join(dir, "refused.xlsx");
    const unknown = amend(SAMPLE_FILE, changesFile({ ...SEED_CHANGES, kind: "ทบทวน" }), refused);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/kind "ทบทวน" ไม่รู้จัก/);
    expect(existsSync(refused)).toBe(false);

    const added = amendedSummary(
      changed.out,
      additions({
        tactic: "6.2",
        workPlan: "แผนงานอุตสาหกรรมและการโยธา",
        project: { name: "โครงการจัดทำระบบสารสนเทศ", unit: "สำนักปลัด" },
        budgets: { 2569: 400000 },
      }),
      "added.xlsx"
    );
    expect(added.summary.total.budget).toEqual([1650000, 50000, 0, 400000, 0]);

    const moved = amendedSummary(
      SAMPLE_FILE,
      changesFile({
        round: "3/2566",
        changes: [
          {
            project: PROJECT_NAMES[0],
            moveTo: { tactic: "6.2", workPlan: "แผนงานอุตสาหกรรมและการโยธา" },
            was: { document: "เพิ่มเติม ครั้งที่ 1/2566", page: 8, order: 1 },
          },
        ],
      }),
      "relocated.xlsx"
    );
    expect(
      moved.summary.rows.map((r: { tactic: string; totalBudget: number }) => [
        r.tactic,
        r.totalBudget,
      ])
    ).toEqual([["6.2", 1700000]]);
  });

  it("amend adds a project where no sheet holds its tactic and work plan: a new sheet and a new ผ.01 row in the .xlsx, summed and checked", () => {
    // The ผ.01 gets the new work plan's row: the checker finds nothing.
    const { printed, summary } = amendedSummary(
      SAMPLE_FILE,
      additions({
        tactic: "6.2",
        workPlan: "แผนงานการศึกษา",
        project: { name: "โครงการห้องสมุดประชาชน" },
        budgets: { 2568: 300000 },
      }),
      "new-sheet.xlsx"
    );
    expect(printed).toMatch(/สร้างชีตใหม่ "ผ.02 \(2\)" ตามแบบชีต "ผ.02"/);
    expect(printed).not.toMatch(/ไม่มีแถว/);
    expect(summary.total.budget).toEqual([1700000, 0, 300000, 0, 0]);
    expect(
      summary.rows.map((r: { tactic: string; workPlan: string }) => `${r.tactic} ${r.workPlan}`)
    ).toContain("6.2 แผนงานการศึกษา");
  });

  const bad: [string, unknown, RegExp][] = [
    [
      "a project that is not found (closest names given)",
      { ...SEED_CHANGES, changes: [seedChange({ project: "โครงการซ่อมแซมโรงเรียน" })] },
      /ไม่พบโครงการ.*ชื่อที่ใกล้เคียง: "โครงการซ่อมแซมปรับปรุง/,
    ],
    [
      "a year outside the plan",
      { ...SEED_CHANGES, changes: [seedChange({ move: { from: 2566, to: 2571 } })] },
      /ไม่พบปีงบประมาณ 2571 ในแผน \(2566–2570\)/,
    ],
    [
      "an amount above what the year holds",
      {
        ...SEED_CHANGES,
        changes: [seedChange({ move: { from: 2566, to: 2567, amount: 2000000 } })],
      },
      /เกินงบประมาณปี ๒๕๖๖/,
    ],
    [
      "a move to the same year",
      { ...SEED_CHANGES, changes: [seedChange({ move: { from: 2566, to: "๒๕๖๖" } })] },
      /ปีเดียวกัน/,
    ],
    ["a malformed file", "{ not json", /อ่านไฟล์การแก้ไข.*ไม่ได้/],
    ["a bad round", { ...SEED_CHANGES, round: "สอง" }, /ไม่ใช่ครั้งที่ของการแก้ไข/],
    [
      "the second change failing after the first succeeded",
      { ...SEED_CHANGES, changes: [seedChange(), seedChange({ move: { from: 2567, to: 2568 } })] },
      /บันทึกไว้แล้วใน/,
    ],
  ];
  it.each(bad)(
    "refuses %s: exit 2, a clear message, no output file, input untouched",
    (_, changes, message) => {
      const out = join(dir, `bad-${Math.random().toString(36).slice(2)}.xlsx`);
      const before = readFileSync(SAMPLE_FILE);
      const result = amend(SAMPLE_FILE, changesFile(changes), out);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(existsSync(out)).toBe(false);
      expect(readFileSync(SAMPLE_FILE).equals(before)).toBe(true);
    }
  );

  it("refuses a missing input file and bad usage with exit 2", () => {
    expect(run("summary", join(dir, "nope.xlsx")).status).toBe(2);
    expect(run("summary", join(dir, "nope.xlsx")).stderr).toMatch(/ไม่พบไฟล์/);
    expect(run("amend", SAMPLE_FILE).status).toBe(2);
    expect(run("frobnicate").status).toBe(2);
  });
});
