import { existsSync, readFileSync, writeFileSync } from "fs";
import { addCustomFunctions, Emulator } from "../emulator";
import { readXlsx, writeXlsx } from "../emulator/xlsx";
import { PLAN_FUNCTIONS } from "../functions/hyperFormulaPlugin";
import { readBook } from "../excel/readBook";
import { planError, type BookSnapshot } from "../plan";

// Books may hold =PLAN.SUMMARY formulas: the command computes them as Excel with the add-in would.
addCustomFunctions(PLAN_FUNCTIONS);

/** Opens an .xlsx into the emulator; a missing or unreadable file is a clear error, not a stack trace. */
export async function openWorkbook(file: string): Promise<Emulator> {
  if (!existsSync(file)) throw planError(`ไม่พบไฟล์ ${file}`, `File not found: ${file}`);
  try {
    return new Emulator(await readXlsx(readFileSync(file)));
  } catch (error) {
    throw planError(
      `เปิดไฟล์ ${file} ไม่ได้: ไม่ใช่ไฟล์ .xlsx ที่อ่านได้`,
      `Cannot open ${file}: not a readable .xlsx (${(error as Error).message})`
    );
  }
}

/** The book's values, read by the add-in's own Excel code. */
export function snapshot(emulator: Emulator): Promise<BookSnapshot> {
  return emulator.run((context) => readBook(context));
}

export async function saveWorkbook(emulator: Emulator, file: string): Promise<void> {
  writeFileSync(file, await writeXlsx(emulator.workbook, emulator.formulas));
}
