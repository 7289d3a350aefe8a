/**
 * The scale figures of `npm run bench`: many changes in one file on a large book, one change on a very large
 * one, and a small sheet formatted to Excel's last row, each through the `local-plan` code path in this process.
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { performance } from "perf_hooks";
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

const quiet = { stdout: { write: () => true }, stderr: { write: () => true } };

export async function amendRun(
  projects: number,
  changes: number
): Promise<{ s: number; code: number }> {
  const dir = mkdtempSync(join(tmpdir(), "scale-"));
  const values = generatePlan(projects);
  const book = join(dir, "book.xlsx");
  writeFileSync(book, await writeXlsx(bookOf(values)));
  const file = movesFile(values, changes, dir);
  const start = performance.now();
  const code = await main(
    ["amend", book, "--changes", file, "--out", join(dir, "out.xlsx")],
    quiet
  );
  return { s: (performance.now() - start) / 1000, code };
}

if (require.main === module) {
  const [projects, changes] = process.argv.slice(2).map(Number);
  amendRun(projects, changes).then((r) => console.log(projects, changes, r));
}
