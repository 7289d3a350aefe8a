import { Command, CommanderError } from "commander";
import { writeFileSync } from "fs";
import {
  bilingual,
  buildRoundDocument,
  cellAddress,
  checkBook,
  DOCUMENT_SHEET,
  parseRound,
  parseThaiDate,
  planAddition,
  planAmendment,
  planChange,
  planRelocation,
  readPlan,
  readSettings,
  withRound,
  groupFindings,
  PlanError,
  reportSummary,
  rowsLabel,
  type Finding,
} from "../plan";
import { readChanges } from "./changes";
import { addBooks, bookSummary, bookSummaryJson, bookText } from "./summaryCommand";
import { openWorkbook, saveWorkbook, snapshot } from "./workbooks";

interface Output {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

/**
 * What only the commands that write need (the Office.js writer, Word), loaded when first asked for so that
 * `summary` and `check` start without them. A plain require: a dynamic import() would load a second copy of the
 * plan modules under tsx, whose errors the first copy would not know.
 */
function writers(): typeof import("../excel/amend") & typeof import("../docx/roundDocx") {
  return { ...require("../excel/amend"), ...require("../docx/roundDocx") };
}

/** Exit codes: 0 done, 1 the checker found problems, 2 bad input (nothing written). */
const EXIT = { ok: 0, findings: 1, bad: 2 } as const;

function findingJson(f: Finding) {
  return {
    code: f.code,
    sheet: f.sheet,
    row: f.row + 1,
    ...(f.cell ? { cell: cellAddress({ ...f.cell, sheet: "" }) } : {}),
    message: f.what,
    ...(f.suggestion ? { suggestion: f.suggestion.th } : {}),
  };
}

/** The findings as a person reads them: one counting line, then each kind on each sheet, most serious first. */
function checkReport(findings: Finding[]): string {
  const summary = reportSummary(findings);
  const lines = [summary.th, summary.en];
  for (const group of groupFindings(findings)) {
    lines.push(
      "",
      `── ${group.sheet} · ${group.kind.th} ${rowsLabel(group.findings).th} (${group.kind.en}: ${rowsLabel(group.findings).en})`
    );
    for (const f of group.findings) {
      const where = f.cell ? cellAddress(f.cell) : `${f.sheet}!${f.row + 1}:${f.row + 1}`;
      lines.push(`${where}  ${f.what.th}${f.suggestion ? ` → ${f.suggestion.th}` : ""}`);
      lines.push(`    ${f.what.en}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function progress(out: Output["stderr"], done: number, total: number, file: string): void {
  if (!out.isTTY || total < 2) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  out.write(
    `\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${file.slice(-40).padEnd(40)}`
  );
  if (done === total) out.write("\n");
}

export async function main(argv: string[], out: Output): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command("local-plan")
    .description(
      "แผนพัฒนาท้องถิ่นในไฟล์ .xlsx: สรุป ผ.01 ตรวจแผน และบันทึกการแก้ไข (Local development plans in .xlsx files)"
    )
    .exitOverride()
    .configureOutput({
      writeOut: (s) => out.stdout.write(s),
      writeErr: (s) => out.stderr.write(s),
    });

  program
    .command("summary")
    .description("บัญชีสรุปโครงการพัฒนา (ผ.01); several files are added up")
    .argument("<files...>", ".xlsx plan books")
    .option("--sheet <name>", "read only this sheet")
    .option("--json", "print JSON")
    .action(async (files: string[], options: { sheet?: string; json?: boolean }) => {
      const summaries = [];
      for (const [i, file] of files.entries()) {
        summaries.push(bookSummary(await snapshot(await openWorkbook(file)), options.sheet));
        progress(out.stderr, i + 1, files.length, file);
      }
      const book = summaries.length === 1 ? summaries[0] : addBooks(summaries);
      const summary = book.plan;
      if (summary.rows.length === 0) {
        throw new PlanError({
          th: `ไม่พบแผนใน ${files.join(", ")}`,
          en: `No plan found in ${files.join(", ")}`,
        });
      }
      out.stdout.write(
        options.json ? `${JSON.stringify(bookSummaryJson(book))}\n` : `${bookText(book)}\n`
      );
    });

  program
    .command("check")
    .description("ตรวจแผน (check the plan); exit 1 when it finds problems")
    .argument("<file>", ".xlsx plan book")
    .option("--json", "print JSON")
    .action(async (file: string, options: { json?: boolean }) => {
      const book = await snapshot(await openWorkbook(file));
      const findings = checkBook(book.sheets);
      if (options.json) out.stdout.write(`${JSON.stringify(findings.map(findingJson))}\n`);
      else out.stdout.write(checkReport(findings));
      if (findings.length > 0) code = EXIT.findings;
    });

  program
    .command("amend")
    .description("บันทึกการแก้ไขแผน (apply amendments) exactly as the task pane does")
    .argument("<file>", ".xlsx plan book (never modified)")
    .requiredOption("--changes <json>", "CHANGES.json")
    .requiredOption("--out <xlsx>", "where to write the amended book")
    .action(async (file: string, options: { changes: string; out: string }) => {
      const changes = readChanges(options.changes);
      const { applyRevision } = writers();
      const emulator = await openWorkbook(file);
      // Every change is applied in memory first; the output is written only when all of them succeed.
      const notices: string[] = [];
      for (const [i, change] of changes.entries()) {
        const book = await snapshot(emulator);
        const id = `${Date.now().toString(36)}-${i + 1}`;
        const revision =
          change.kind === "move"
            ? planAmendment(book, change.request, id)
            : change.kind === "change"
              ? planChange(book, change.request, id)
              : change.kind === "add"
                ? planAddition(book, change.request, id)
                : planRelocation(book, change.request, id);
        await emulator.run((context) =>
          applyRevision(context, book, revision, { id, at: new Date() })
        );
        notices.push(...revision.notices.map((n) => `${i + 1}: ${bilingual(n)}\n`));
      }
      await saveWorkbook(emulator, options.out);
      out.stdout.write(
        `บันทึกการแก้ไข ${changes.length} รายการ → ${options.out} (${changes.length} change(s) written)\n`
      );
      for (const notice of notices) out.stdout.write(notice);
    });

  program
    .command("document")
    .description("จัดทำเอกสารแผนของครั้งหนึ่ง (the round's document, cover to appendix) as Word")
    .argument("<file>", ".xlsx plan book with its office profile (the pane's จัดทำเอกสาร tab)")
    .requiredOption("--round <round>", 'the round, e.g. "2/2566" or "เพิ่มเติม ครั้งที่ 1/2567"')
    .requiredOption("--out <docx>", "where to write the document")
    .option(
      "--announced <date>",
      "announcement date of the round, e.g. 17/7/2566, when the register has none"
    )
    .action(async (file: string, options: { round: string; out: string; announced?: string }) => {
      const book = await snapshot(await openWorkbook(file));
      const round = parseRound(options.round);
      let settings = readSettings(book.sheets.find((s) => s.sheet === DOCUMENT_SHEET));
      if (options.announced) {
        const date = parseThaiDate(options.announced);
        settings = withRound(settings, { round, approvedOn: date, announcedOn: date });
      }
      const document = buildRoundDocument({ book, plan: readPlan(book.sheets), settings, round });
      const { roundDocxBytes } = writers();
      writeFileSync(options.out, await roundDocxBytes(document));
      out.stdout.write(`${document.title} → ${options.out}\n`);
      for (const warning of document.warnings) out.stderr.write(`${bilingual(warning)}\n`);
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.bad;
    if (error instanceof PlanError) {
      out.stderr.write(`local-plan: ${bilingual(error.detail)}\n`);
      return EXIT.bad;
    }
    throw error;
  }
  return code;
}
