import { Command, CommanderError } from "commander";
import { existsSync } from "fs";
import { extname } from "path";
import {
  bilingual,
  buildRoundDocument,
  checkBook,
  checkAnnouncement,
  sameRound,
  DOCUMENT_SHEET,
  parseRound,
  parseThaiDate,
  readSettings,
  withRound,
  PlanError,
} from "../plan";
import { amendBook } from "./amendCommand";
import { readChanges } from "./changes";
import { checkOutput, readInput, writeWhole, type Files } from "./files";
import { checkReport, findingJson, leftOutLine } from "./findings";
import { readProfile, withProfile } from "./profile";
import { addBooks, bookSummaryJson, bookText, refuseRepeats, summaryInput } from "./summaryCommand";
import { usageMessage } from "./usage";
import { openWorkbook, requirePlan, snapshot } from "./workbooks";

interface Stream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface Io {
  stdout: Stream;
  stderr: Stream;
  /** How files are written (tests inject a disk that fills up). */
  files?: Files;
}

/**
 * What only the commands that write need (the Office.js writer, Word), loaded when first asked for so that
 * `summary` and `check` start without them. A plain require: a dynamic import() would load a second copy of the
 * plan modules under tsx, whose errors the first copy would not know.
 */
function wordWriter(): typeof import("../docx/roundDocx") {
  return require("../docx/roundDocx");
}

/** Exit codes: 0 done, 1 the checker found problems (or the command failed unexpectedly), 2 bad input (nothing written). */
const EXIT = { ok: 0, findings: 1, unexpected: 1, bad: 2 } as const;

function progress(out: Stream, done: number, total: number, file: string): void {
  if (!out.isTTY || total < 2) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  out.write(
    `\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${file.slice(-40).padEnd(40)}`
  );
  if (done === total) out.write("\n");
}

/** Changes between progress lines when stderr is no terminal (a log file, a pipe): one line each, never a bar. */
const CHANGES_PER_LINE = 1000;

/** A long changes file's progress: the bar on a terminal, else a line every thousand changes. */
export function changesProgress(out: Stream, done: number, total: number): void {
  if (out.isTTY) return progress(out, done, total, "บันทึกการแก้ไข (changes)");
  if (total >= CHANGES_PER_LINE && (done % CHANGES_PER_LINE === 0 || done === total))
    out.write(`บันทึกการแก้ไขแล้ว ${done}/${total} รายการ (${done} of ${total} changes written)\n`);
}

/** The extensions an amended book may have: the input's own (.xlsx, or .xlsm kept as .xlsm). */
const workbookExtensions = (input: string) =>
  extname(input).toLowerCase() === ".xlsm" ? [".xlsm"] : [".xlsx"];

/**
 * A file whose name begins with a dash (`-x.xlsx`) is a file, not an option, when it exists; `--` before it
 * works too.
 */
const fileArguments = (argv: string[]) =>
  argv.map((arg) => (/^-[^-]./.test(arg) && existsSync(arg) ? `./${arg}` : arg));

export async function main(argv: string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  let command = "";
  const program = new Command("local-plan")
    .description(
      "แผนพัฒนาท้องถิ่นในไฟล์ .xlsx: สรุป ผ.01 ตรวจแผน และบันทึกการแก้ไข (Local development plans in .xlsx files)"
    )
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Usage errors are printed in Thai and English below, from the error's code.
      outputError: () => undefined,
    })
    .hook("preAction", (_, action) => {
      command = action.name();
    });

  program
    .command("summary")
    .description("บัญชีสรุปโครงการพัฒนา (ผ.01); several files are added up")
    .argument("<files...>", ".xlsx plan books")
    .option("--sheet <name>", "read only this sheet")
    .option("--json", "print JSON")
    .action(async (files: string[], options: { sheet?: string; json?: boolean }) => {
      const inputs = [];
      for (const [i, file] of files.entries()) {
        const data = readInput(file);
        const book = await snapshot(await openWorkbook(file, data));
        inputs.push(summaryInput(book, file, data, options.sheet));
        progress(io.stderr, i + 1, files.length, file);
      }
      refuseRepeats(inputs);
      const book =
        inputs.length === 1 ? inputs[0].summary : addBooks(inputs.map((input) => input.summary));
      for (const { file, finding } of book.leftOut) io.stderr.write(leftOutLine(file, finding));
      io.stdout.write(
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
      const findings = checkBook(book.sheets, requirePlan(book, file));
      if (options.json) io.stdout.write(`${JSON.stringify(findings.map(findingJson))}\n`);
      else io.stdout.write(checkReport(findings));
      if (findings.length > 0) code = EXIT.findings;
    });

  program
    .command("amend")
    .description("บันทึกการแก้ไขแผน (apply amendments) exactly as the task pane does")
    .argument("<file>", ".xlsx plan book (never modified)")
    .requiredOption("--changes <json>", "CHANGES.json")
    .requiredOption("--out <xlsx>", "where to write the amended book")
    .action(async (file: string, options: { changes: string; out: string }) => {
      checkOutput(options.out, [file, options.changes], workbookExtensions(file));
      const changes = readChanges(options.changes);
      const notices = await amendBook(file, changes, options.out, io.files, (done, total) =>
        changesProgress(io.stderr, done, total)
      );
      io.stdout.write(
        `บันทึกการแก้ไข ${changes.length} รายการ → ${options.out} (${changes.length} change(s) written)\n`
      );
      for (const notice of notices) io.stdout.write(notice);
    });

  program
    .command("document")
    .description("จัดทำเอกสารแผนของครั้งหนึ่ง (the round's document, cover to appendix) as Word")
    .argument("<file>", ".xlsx plan book")
    .requiredOption("--round <round>", 'the round, e.g. "2/2566" or "เพิ่มเติม ครั้งที่ 1/2567"')
    .requiredOption("--out <docx>", "where to write the document")
    .option(
      "--profile <json>",
      "the office profile and register of rounds (else the book's own, from the pane's จัดทำเอกสาร tab)"
    )
    .option(
      "--announced <date>",
      "announcement date of the round, e.g. 17/7/2566, when the register has none"
    )
    .action(
      async (
        file: string,
        options: { round: string; out: string; profile?: string; announced?: string }
      ) => {
        checkOutput(options.out, [file, ...(options.profile ? [options.profile] : [])], [".docx"]);
        const round = parseRound(options.round);
        const given = options.profile ? readProfile(options.profile) : undefined;
        const book = await snapshot(await openWorkbook(file));
        const plan = requirePlan(book, file);
        let settings = readSettings(book.sheets.find((s) => s.sheet === DOCUMENT_SHEET));
        if (given) settings = withProfile(settings, given);
        if (options.announced) {
          const announcedOn = parseThaiDate(options.announced);
          // The round's approval stays as registered; with none, the announcement day stands for it.
          const held = settings.rounds.find((r) => sameRound(r.round, round));
          const approvedOn = held?.approvedOn ?? announcedOn;
          checkAnnouncement(approvedOn, announcedOn);
          settings = withRound(settings, { ...held, round, approvedOn, announcedOn });
        }
        const document = buildRoundDocument({ book, plan, settings, round });
        writeWhole(options.out, await wordWriter().roundDocxBytes(document), io.files);
        io.stdout.write(`${document.title} → ${options.out}\n`);
        for (const warning of document.warnings) io.stderr.write(`${bilingual(warning)}\n`);
      }
    );

  try {
    await program.parseAsync(fileArguments(argv), { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return EXIT.ok;
      // Help asked for by giving no command: commander has printed it.
      if (error.code === "commander.help") return EXIT.bad;
      io.stderr.write(`local-plan: ${usageMessage(error)}\n`);
      return EXIT.bad;
    }
    if (error instanceof PlanError) {
      io.stderr.write(`local-plan: ${bilingual(error.detail)}\n`);
      return EXIT.bad;
    }
    // The reader of the output went away (`| head`): nothing more to say to it.
    if ((error as { code?: string } | undefined)?.code === "EPIPE") return code;
    const name = `local-plan ${command}`.trim();
    const what = String((error as Error)?.message ?? error).split("\n")[0];
    io.stderr.write(
      `${name}: เกิดข้อผิดพลาดที่ไม่คาดคิด โปรดแจ้งผู้ดูแลโปรแกรมพร้อมคำสั่ง "${name}" และไฟล์ที่ใช้ (Unexpected error in ${name}: ${what}; please report it with the command and its files)\n`
    );
    return EXIT.unexpected;
  }
  return code;
}
