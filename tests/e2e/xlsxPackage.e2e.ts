import { execFileSync } from "child_process";
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { main } from "../../src/cli/main";
import { nativeZip } from "../../src/cli/nativeZip";
import { MemoryWorkbook } from "../../src/emulator";
import { readXlsx, writeXlsx } from "../../src/emulator/xlsx";
import { buildFeatureBook, NEW_WORK_PLAN } from "../fixtures/featureBook";

const ARTIFACTS = "artifacts/e2e";
const run = (command: string, ...args: string[]) =>
  execFileSync(command, args, { encoding: "utf8", timeout: 120000 });
const quiet = { write: () => true };

/**
 * The feature book (logo, chart, pivot table, macros, notes, links, rules) amended by `local-plan amend` with a
 * budget moved and a project on a new work plan (a sheet copied, a ผ.01 row inserted), opened by another
 * program: LibreOffice reads the package and prints every sheet, the header and footer and the round's mark.
 */
describe("an amended .xlsm in LibreOffice", () => {
  it("opens and prints: the moved budget, the new sheet's project, the header, the footer", async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const input = join(ARTIFACTS, "feature-book.xlsm");
    writeFileSync(input, await buildFeatureBook());
    const changes = join(ARTIFACTS, "feature-book-changes.json");
    writeFileSync(changes, JSON.stringify(NEW_WORK_PLAN));
    const amended = join(ARTIFACTS, "feature-book-amended.xlsm");
    const code = await main(["amend", input, "--changes", changes, "--out", amended], {
      stdout: quiet,
      stderr: quiet,
    });
    expect(code).toBe(0);
    run("soffice", "--headless", "--convert-to", "pdf", "--outdir", ARTIFACTS, amended);
    const pdf = amended.replace(/\.xlsm$/, ".pdf");
    expect(Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", pdf))![1])).toBeGreaterThanOrEqual(4);
    const text = run("pdftotext", pdf, "-");
    expect(text).toContain("โครงการห้องสมุดประชาชน");
    expect(text).toContain("แผนงานการศึกษา");
    expect(text).toMatch(/หน้า 2/); // ผ.02's footer (&P); ผ.01 has none
    // The round's mark on the new sheet (pdftotext splits Thai vowels above a consonant, so the round only).
    expect(text).toContain("๑/๒๕๖๗");
    run(
      "pdftoppm",
      "-f",
      "2",
      "-l",
      "2",
      "-r",
      "60",
      "-png",
      pdf,
      join(ARTIFACTS, "feature-book-page")
    );
  });

  it("reads a large sheet saved in deflated chunks: every row, the changed cells as written", async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const made = new MemoryWorkbook();
    const sheet = made.addSheet("ผ.02");
    for (let r = 0; r < 60000; r++) {
      sheet.cellForWrite(r, 0).value = `โครงการที่ ${r + 1}`;
      sheet.cellForWrite(r, 1).value = r * 1000;
    }
    // Read with Node's zlib and saved: the sheet's part (beyond 4 M characters) goes out in chunks.
    const workbook = await readXlsx(await writeXlsx(made), nativeZip);
    workbook.sheets[0].cellForWrite(0, 1).value = 123456;
    workbook.sheets[0].cellForWrite(59999, 0).value = "โครงการสุดท้าย แก้ไข";
    const saved = join(ARTIFACTS, "large-chunked.xlsx");
    const bytes = await writeXlsx(workbook);
    const part = await (
      await JSZip.loadAsync(bytes)
    )
      .file("xl/worksheets/sheet1.xml")!
      .async("string");
    expect(part.length).toBeGreaterThan(1 << 22);
    writeFileSync(saved, bytes);
    run(
      "soffice",
      "--headless",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76",
      "--outdir",
      ARTIFACTS,
      saved
    );
    const rows = readFileSync(saved.replace(/\.xlsx$/, ".csv"), "utf8")
      .trimEnd()
      .split("\n");
    expect(rows).toHaveLength(60000);
    expect([rows[0], rows[1], rows[59999]]).toEqual([
      "โครงการที่ 1,123456",
      "โครงการที่ 2,1000",
      "โครงการสุดท้าย แก้ไข,59999000",
    ]);
  }, 180000);
});
