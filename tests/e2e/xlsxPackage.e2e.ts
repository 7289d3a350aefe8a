import { execFileSync } from "child_process";
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { main } from "../../src/cli/main";
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
});
