import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { writeXlsx } from "../../src/emulator/xlsx";
import { applyAmendment } from "../../src/excel/amend";
import { saveDocumentSettings } from "../../src/excel/documentSettings";
import { readBook } from "../../src/excel/readBook";
import { SEED_SETTINGS } from "../fixtures/seedDocument";
import { sampleEmulator, SEED_AMENDMENTS } from "../fixtures/workbooks";

const dir = mkdtempSync(join(tmpdir(), "local-plan-document-"));
const run = (...args: string[]) =>
  spawnSync(process.execPath, ["bin/local-plan.js", ...args], { encoding: "utf8" });

/** The sample after the seed's amendments, with the office profile and register kept in the workbook. */
async function seedBook(settings = SEED_SETTINGS): Promise<string> {
  const emulator = await sampleEmulator();
  for (const [i, request] of SEED_AMENDMENTS.entries()) {
    const book = await emulator.run((context) => readBook(context));
    await emulator.run((context) =>
      applyAmendment(context, book, request, { id: `s${i}`, at: new Date(0) })
    );
  }
  await emulator.run((context) => saveDocumentSettings(context, settings));
  const file = join(dir, `book-${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(file, await writeXlsx(emulator.workbook, emulator.formulas));
  return file;
}

describe("local-plan document", () => {
  jest.setTimeout(60000);

  it("writes the round's document as .docx from the book and its kept profile", async () => {
    const out = join(dir, "round.docx");
    const result = run("document", await seedBook(), "--round", "2/2566", "--out", out);
    expect([result.status, result.stderr]).toEqual([0, ""]);
    expect(result.stdout).toContain("แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ - ๒๕๗๐) แก้ไข ครั้งที่ ๒/๒๕๖๖");
    const xml = await (
      await JSZip.loadAsync(readFileSync(out))
    )
      .file("word/document.xml")!
      .async("string");
    expect(xml).toContain("ประกาศ ณ วันที่ ๑๗ กรกฎาคม พ.ศ. ๒๕๖๖");
    expect(xml).toContain("(นายสมชาย ปี่แก้ว)");
  });

  it("refuses an announcement given before the round's registered approval, writing no file", async () => {
    const out = join(dir, "early.docx");
    const result = run(
      "document",
      await seedBook(),
      "--round",
      "2/2566",
      "--announced",
      "1/7/2566",
      "--out",
      out
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/วันที่ประกาศ ๑\/๗\/๒๕๖๖ ก่อนวันที่เห็นชอบ ๑๗\/๗\/๒๕๖๖/);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses, writing no file, a round the book does not hold or a profile with a field missing", async () => {
    const book = await seedBook();
    const missingRound = join(dir, "no-round.docx");
    const noRound = run("document", book, "--round", "9/2566", "--out", missingRound);
    expect(noRound.status).toBe(2);
    expect(noRound.stderr).toMatch(/ไม่พบแก้ไข ครั้งที่ ๙\/๒๕๖๖ ในสมุดงาน/);
    expect(existsSync(missingRound)).toBe(false);

    const partial = await seedBook({
      ...SEED_SETTINGS,
      profile: { ...SEED_SETTINGS.profile, province: "" },
    });
    const noProfile = join(dir, "no-profile.docx");
    const result = run("document", partial, "--round", "2/2566", "--out", noProfile);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/ยังไม่มีข้อมูลหน่วยงาน: จังหวัด.*missing: Province/);
    expect(existsSync(noProfile)).toBe(false);
  });
});
