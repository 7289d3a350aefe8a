/**
 * The scale figures of `npm run bench`: many changes in one file on a large book, one change on a very large one,
 * and a three-project sheet formatted down to Excel's last row, each a `local-plan amend` in a process of its own
 * (so its peak memory is its own).
 */
import { execFileSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { performance } from "perf_hooks";
import { MAX_ROWS } from "../src/common/a1";
import { MemoryWorkbook } from "../src/emulator";
import { writeXlsx } from "../src/emulator/xlsx";
import { main } from "../src/cli/main";
import { generatePlan } from "./generatePlan";

export function bookOf(values: unknown[][]): MemoryWorkbook {
  const workbook = new MemoryWorkbook();
  const sheet = workbook.addSheet("ผ.02");
  values.forEach((row, r) =>
    row.forEach(
      (v, c) => v !== null && v !== undefined && (sheet.cellForWrite(r, c).value = v as never)
    )
  );
  return workbook;
}

/** Moves of 2566's budget to 2567 for the first `count` projects that have one. */
function movesFile(values: unknown[][], count: number, dir: string): string {
  const names: string[] = [];
  for (const row of values) {
    if (names.length === count) break;
    if (typeof row[0] === "string" && /^[๐-๙]+$/.test(row[0]) && row[4] !== "-")
      names.push(String(row[1]));
  }
  const file = join(dir, `changes-${count}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      round: "1/2567",
      approvedOn: "1/3/2567",
      changes: names.map((project, i) => ({
        project,
        move: { from: 2566, to: 2567 },
        reason: "ย้ายปี",
        was: { document: "แผนพัฒนาท้องถิ่น", page: 1, order: i + 1 },
        now: { page: 1, order: i + 1 },
      })),
    })
  );
  return file;
}

/** A book of `projects` in the ผ.02 shape as .xlsx, and a file of `changes` moves on it. */
async function planFiles(projects: number, changes: number, dir: string) {
  const values = generatePlan(projects);
  const book = join(dir, `plan-${projects}.xlsx`);
  writeFileSync(book, await writeXlsx(bookOf(values)));
  return { book, rows: values.length, changes: movesFile(values, changes, dir) };
}

/** Three projects on a sheet whose cells carry a border down to row 1,048,576, as a sheet formatted whole. */
async function formattedFiles(dir: string) {
  const values = generatePlan(3);
  const workbook = bookOf(values);
  workbook.sheets[0].cellForWrite(values.length, 0).borders = { top: "Continuous" };
  const zip = await JSZip.loadAsync(await writeXlsx(workbook));
  const part = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(part)!.async("string");
  const style = /<c r="A\d+" s="(\d+)"\/>/.exec(xml)![1];
  const rows: string[] = [];
  for (let r = values.length + 2; r <= MAX_ROWS; r++)
    rows.push(`<row r="${r}"><c r="A${r}" s="${style}"/><c r="L${r}" s="${style}"/></row>`);
  zip.file(part, xml.replace("</sheetData>", `${rows.join("")}</sheetData>`));
  const book = join(dir, "formatted.xlsx");
  writeFileSync(book, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
  return { book, changes: movesFile(values, 1, dir) };
}

const quiet = { stdout: { write: () => true }, stderr: { write: () => true } };

/** One `amend` in this process: seconds and peak resident memory. */
async function amendHere(book: string, changes: string): Promise<void> {
  const out = join(mkdtempSync(join(tmpdir(), "scale-out-")), "out.xlsx");
  const start = performance.now();
  const code = await main(["amend", book, "--changes", changes, "--out", out], quiet);
  const seconds = (performance.now() - start) / 1000;
  console.log(JSON.stringify({ code, seconds, peakMB: process.resourceUsage().maxRSS / 1024 }));
}

function amendInChild(
  book: string,
  changes: string
): { code: number; seconds: number; peakMB: number } {
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", "bench/scale.ts", "amend", book, changes],
    { encoding: "utf8", maxBuffer: 1 << 24 }
  );
  return JSON.parse(out.trim().split("\n").at(-1)!);
}

const figures = (r: { code: number; seconds: number; peakMB: number }) =>
  `${r.seconds.toFixed(1).padStart(6)} s, peak ${r.peakMB.toFixed(0)} MB${r.code === 0 ? "" : ` (exit ${r.code})`}`;

/** The figures, or only those of one part ("changes", "large", "formatted"). */
export async function scale(only?: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "scale-"));
  const part = (name: string) => !only || only === name;
  console.log(
    "\nScale: local-plan amend, each in a process of its own (aims beside each: issue 18)"
  );
  for (const [projects, changes] of !part("changes")
    ? []
    : [
        [10000, 1000],
        [10000, 10000],
      ]) {
    const files = await planFiles(projects, changes, dir);
    const run = amendInChild(files.book, files.changes);
    console.log(
      `${changes.toLocaleString("en-US")} changes on a ${projects.toLocaleString("en-US")}-project book: ${figures(run)}, ${((run.seconds * 1000) / changes).toFixed(1)} ms a change (aim: linear, 10,000 in < 60 s)`
    );
  }
  if (part("large")) {
    const large = await planFiles(165000, 1, dir);
    console.log(
      `one change on a ${large.rows.toLocaleString("en-US")}-row book: ${figures(amendInChild(large.book, large.changes))} (aim: < 5 s, < 1 GB)`
    );
  }
  if (part("formatted")) {
    const plain = await planFiles(3, 1, dir);
    console.log(
      `one change on a three-project book:${" ".repeat(37)}${figures(amendInChild(plain.book, plain.changes))}`
    );
    const formatted = await formattedFiles(dir);
    console.log(
      `one change on a three-project sheet formatted down to row 1,048,576: ${figures(amendInChild(formatted.book, formatted.changes))} (aim: as a three-project book)`
    );
  }
}

if (require.main === module) {
  const [mode, book, changes] = process.argv.slice(2);
  void (mode === "amend" ? amendHere(book, changes) : scale(mode));
}
