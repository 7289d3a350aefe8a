import { execFileSync } from "child_process";
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { roundDocxBytes } from "../../src/docx/roundDocx";
import { seedRoundDocument } from "../fixtures/seedDocument";

const ARTIFACTS = "artifacts/e2e";
const run = (command: string, ...args: string[]) =>
  execFileSync(command, args, { encoding: "utf8", timeout: 120000 });

/** The seed round's .docx opened by another program: LibreOffice (Debian's), converted to PDF and looked at. */
describe("the round's document in LibreOffice", () => {
  it("prints on 11 A4 pages, portrait then landscape, numbered as the สารบัญ says", async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const docx = join(ARTIFACTS, "round-2-2566.docx");
    writeFileSync(docx, await roundDocxBytes(await seedRoundDocument()));
    run("soffice", "--headless", "--convert-to", "pdf", "--outdir", ARTIFACTS, docx);
    const pdf = docx.replace(/\.docx$/, ".pdf");
    const pages = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", pdf))![1]);
    expect(pages).toBe(11);
    const orientation = (page: number) => {
      const [, w, h] = /size:\s+([\d.]+) x ([\d.]+)/.exec(
        run("pdfinfo", "-f", String(page), "-l", String(page), pdf)
      )!;
      return Number(w) > Number(h) ? "landscape" : "portrait";
    };
    expect(Array.from({ length: pages }, (_, i) => orientation(i + 1))).toEqual([
      ...Array(6).fill("portrait"),
      ...Array(5).fill("landscape"),
    ]);
    const firstLine = (page: number) =>
      run("pdftotext", "-f", String(page), "-l", String(page), pdf, "-").trim().split("\n")[0];
    expect([4, 5, 7, 8, 10].map(firstLine)).toEqual(["๑", "๒", "๔", "๕", "๗"]);
    // The appendix table's page, for a person to look at.
    run(
      "pdftoppm",
      "-f",
      "11",
      "-l",
      "11",
      "-r",
      "80",
      "-png",
      pdf,
      join(ARTIFACTS, "appendix-page")
    );
  });
});
