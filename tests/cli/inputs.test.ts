import { copyFileSync, existsSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import type { CellValue } from "../../src/common/cellValue";
import { MemoryWorkbook } from "../../src/emulator";
import { readXlsx, writeXlsx } from "../../src/emulator/xlsx";
import { SAMPLE_FILE } from "../../scripts/make-sample";
import { PROJECT_NAMES } from "../fixtures/seed";
import { privateFile, run, runUnprivileged, tempFolder, writeJson } from "./run";

const dir = tempFolder("local-plan-inputs-");
const file = (name: string, data: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};
const seedChange = (project: unknown = PROJECT_NAMES[0]) => ({
  project,
  move: { from: 2566, to: 2567 },
  was: { document: "เพิ่มเติม ครั้งที่ 1/2566", page: 8, order: 1 },
});
const changes = (...list: unknown[]) =>
  writeJson(dir, { round: "2/2566", approvedOn: "17/7/2566", changes: list });
const out = () => join(dir, `out-${Math.random().toString(36).slice(2)}.xlsx`);
/** Every command on one input: each must refuse it with exit 2, the message, and no stack trace. */
const everyCommand = (input: string) => [
  ["summary", input],
  ["check", input],
  ["amend", input, "--changes", changes(seedChange()), "--out", out()],
  ["document", input, "--round", "2/2566", "--out", join(dir, "never.docx")],
];
const refused = (args: string[], message: RegExp) => {
  const result = run(args);
  expect([args[0], result.status]).toEqual([args[0], 2]);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at |jszip|stuk\.github|Error:/i);
  return result;
};

/** The sample with each text cell passed through `edit`, saved as a new .xlsx. */
async function sampleWith(
  name: string,
  edit: (value: unknown, sheet: string, row: number, col: number) => unknown
): Promise<string> {
  const workbook = await readXlsx(readFileSync(SAMPLE_FILE));
  for (const sheet of workbook.sheets) {
    sheet.rows.forEach((cells, r) =>
      (cells ?? []).forEach((cell, c) => {
        const value = edit(cell?.value, sheet.name, r, c) as CellValue;
        if (cell && value !== cell.value) sheet.editableCell(r, c)!.value = value;
      })
    );
  }
  return file(name, await writeXlsx(workbook));
}

describe("local-plan names the cause of every bad input", () => {
  jest.setTimeout(120000);

  it("says .xls, .ods and .csv are not read and how to save as .xlsx, also when renamed .xlsx", async () => {
    const ods = new JSZip();
    ods.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
    ods.file("content.xml", "<office:document-content/>");
    const odsBytes = await ods.generateAsync({ type: "uint8array" });
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
    ]);
    const notRead = /ไม่อ่าน.*บันทึกเป็น.*\.xlsx.*not read.*Save As/;
    for (const args of everyCommand(file("plan.ods", odsBytes))) refused(args, notRead);
    for (const input of [
      file("plan.xls", ole),
      file("plan.csv", "ที่,โครงการ,2566\n1,ถนน,100000\n"),
      file("ods-renamed.xlsx", odsBytes),
      file("xls-renamed.xlsx", ole),
    ]) {
      refused(["check", input], notRead);
    }
  });

  it("refuses a blank workbook and an unrelated zip in every command: ไม่พบแผน (No plan found)", async () => {
    const blank = new MemoryWorkbook();
    blank.addSheet("Sheet1");
    const zip = new JSZip();
    zip.file("notes.txt", "not a workbook");
    for (const input of [
      file("blank.xlsx", await writeXlsx(blank)),
      file("unrelated.xlsx", await zip.generateAsync({ type: "uint8array" })),
    ]) {
      for (const args of everyCommand(input)) refused(args, /ไม่พบแผน.*No plan found/);
    }
  });

  it("says a file it may not read is not permitted, in Thai", () => {
    const locked = privateFile(join(dir, "locked.xlsx"), readFileSync(SAMPLE_FILE));
    const result = runUnprivileged(["check", locked]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/ไม่มีสิทธิ์อ่านไฟล์.*Permission denied/);
  });

  it("reads a changes file with a UTF-8 byte-order mark, and matches names that differ only by invisible characters", () => {
    const withBom = changes(seedChange());
    writeFileSync(withBom, `\uFEFF${readFileSync(withBom, "utf8")}`);
    const result = run(["amend", SAMPLE_FILE, "--changes", withBom, "--out", out()]);
    expect([result.status, result.stderr]).toEqual([0, ""]);

    // A zero-width space typed into the name, and ำ typed as ํ + า (as some keyboards and PDFs give it).
    const typed = PROJECT_NAMES[1].replace("ระบบ", "ระ\u200bบบ").replace("ำ", "\u0e4d\u0e32");
    expect(typed).not.toBe(PROJECT_NAMES[1]);
    const invisible = run([
      "amend",
      SAMPLE_FILE,
      "--changes",
      changes(seedChange(typed)),
      "--out",
      out(),
    ]);
    expect([invisible.status, invisible.stderr]).toEqual([0, ""]);
  });

  it("names the change that fails (its place in the file and its project), and a file applied twice as already recorded", () => {
    const target = out();
    const second = run([
      "amend",
      SAMPLE_FILE,
      "--changes",
      changes(seedChange(), seedChange("โครงการที่ไม่มีในแผน")),
      "--out",
      target,
    ]);
    expect(second.status).toBe(2);
    expect(second.stderr).toMatch(/รายการที่ 2 \(โครงการ "โครงการที่ไม่มีในแผน"\): ไม่พบโครงการ/);
    expect(second.stderr).toMatch(/Change 2 \(project "โครงการที่ไม่มีในแผน"\)/);
    expect(existsSync(target)).toBe(false);

    const number = refused(
      ["amend", SAMPLE_FILE, "--changes", changes(seedChange(5)), "--out", target],
      /รายการที่ 1: project 5 ต้องเป็นชื่อโครงการ.*must be the project's name/
    );
    expect(number.stderr.trim().split("\n")).toHaveLength(1);
    const budgets = writeJson(dir, {
      kind: "เปลี่ยนแปลง",
      round: "3/2566",
      changes: [{ project: PROJECT_NAMES[1], budgets: "500000", was: { document: "เดิม" } }],
    });
    refused(
      ["amend", SAMPLE_FILE, "--changes", budgets, "--out", target],
      /รายการที่ 1: budgets ต้องเป็น \{"ปี": งบประมาณ\}/
    );

    const once = changes(seedChange());
    const first = out();
    expect(run(["amend", SAMPLE_FILE, "--changes", once, "--out", first]).status).toBe(0);
    refused(["amend", first, "--changes", once, "--out", out()], /บันทึกไว้ใน.*แล้ว.*already recorded/);
  });

  it("says usage errors and a missing sheet in Thai and English", () => {
    refused(
      ["amend", SAMPLE_FILE, "--out", out()],
      /ต้องระบุตัวเลือก --changes <json>.*required option/
    );
    refused(["frobnicate"], /ไม่รู้จักคำสั่ง frobnicate.*unknown command/);
    refused(
      ["summary", SAMPLE_FILE, "--sheet"],
      /ตัวเลือก --sheet <name> ต้องมีค่าตามหลัง.*argument missing/
    );
    refused(["check"], /ยังไม่ได้ระบุ file.*missing required argument/);
    refused(
      ["summary", SAMPLE_FILE, "--sheet", "ผ.09"],
      /ไม่พบชีต "ผ.09".*ชีตที่มี: ผ.01, ผ.02.*No sheet "ผ.09"/
    );
  });

  it("takes a file named -x.xlsx as a file, with or without --", () => {
    copyFileSync(SAMPLE_FILE, join(dir, "-x.xlsx"));
    const bare = run(["summary", "-x.xlsx", "--json"], { cwd: dir });
    expect([bare.status, bare.stderr]).toEqual([0, ""]);
    expect(JSON.parse(bare.stdout).total.totalBudget).toBe(1700000);
    const dashed = run(["check", "--", "-x.xlsx"], { cwd: dir });
    expect(dashed.status).toBe(0);
  });
});

describe("local-plan summary never prints a total that silently leaves something out", () => {
  jest.setTimeout(120000);

  it("refuses the same book twice, by content or by organisation and plan, naming both files", async () => {
    const copy = join(dir, "copy.xlsx");
    copyFileSync(SAMPLE_FILE, copy);
    refused(
      ["summary", SAMPLE_FILE, copy],
      new RegExp(`${SAMPLE_FILE} และ .*copy\\.xlsx เป็นสมุดงานเดียวกัน.*same workbook`)
    );
    const amended = out();
    expect(
      run(["amend", SAMPLE_FILE, "--changes", changes(seedChange()), "--out", amended]).status
    ).toBe(0);
    refused(["summary", SAMPLE_FILE, amended], /เป็นแผนเดียวกัน.*same plan/);

    const other = await sampleWith("bo-nok.xlsx", (v) =>
      typeof v === "string" ? v.replace(/คลองวาฬ/g, "บ่อนอก") : v
    );
    const both = run(["summary", SAMPLE_FILE, other, "--json"]);
    expect([both.status, both.stderr]).toEqual([0, ""]);
    expect(JSON.parse(both.stdout).total.totalBudget).toBe(3400000);
  });

  it("refuses a file with no plan among several, naming it", async () => {
    const blank = new MemoryWorkbook();
    blank.addSheet("Sheet1");
    const empty = file("empty.xlsx", await writeXlsx(blank));
    refused(
      ["summary", SAMPLE_FILE, empty],
      /ไม่พบแผนใน .*empty\.xlsx.*No plan found in .*empty\.xlsx/
    );
  });

  it("prints a warning line for each budget cell it leaves out, and lists them in --json", async () => {
    let replaced = 0;
    const broken = await sampleWith("ref.xlsx", (v, sheet, _row, col) =>
      sheet === "ผ.02" && col === 4 && v === "๑,๔๐๐,๐๐๐" && replaced++ === 0 ? "#REF!" : v
    );
    expect(replaced).toBeGreaterThan(0);
    const text = run(["summary", broken]);
    expect(text.status).toBe(0);
    expect(text.stderr).toMatch(
      /คำเตือน .*ref\.xlsx 'ผ\.02'!E\d+: ไม่ได้นับรวม — งบประมาณปี 2566 "#REF!" ไม่ใช่ตัวเลข.*Warning: left out/
    );
    const json = run(["summary", broken, "--json"]);
    const leftOut = JSON.parse(json.stdout).leftOut;
    expect(leftOut).toEqual([
      expect.objectContaining({
        file: broken,
        code: "unreadable-budget",
        sheet: "ผ.02",
        cell: expect.stringMatching(/^E\d+$/),
      }),
    ]);
    expect(JSON.parse(run(["summary", SAMPLE_FILE, "--json"]).stdout).leftOut).toEqual([]);
  });
});
