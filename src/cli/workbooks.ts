import JSZip from "jszip";
import { addCustomFunctions, Emulator } from "../emulator";
import { readXlsx, writeXlsx } from "../emulator/xlsx";
import { PLAN_FUNCTIONS } from "../functions/hyperFormulaPlugin";
import { readBook } from "../excel/readBook";
import { planError, readPlan, type BookSnapshot, type Plan } from "../plan";
import { nativeZip } from "./nativeZip";
import { formatNotRead, readInput, writeWhole, type Files } from "./files";

// Books may hold =PLAN.SUMMARY formulas: the command computes them as Excel with the add-in would.
addCustomFunctions(PLAN_FUNCTIONS);

export const noPlan = (file: string, why: { th: string; en: string }) =>
  planError(`ไม่พบแผนใน ${file}: ${why.th}`, `No plan found in ${file}: ${why.en}`);

/** Why bytes that are no .xlsx are not one, in words a user knows (never the zip library's own text). */
async function notAWorkbook(file: string, data: Buffer) {
  // Excel 97-2003 files, and workbooks saved with a password, are OLE compound files.
  if (data.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    return planError(
      `${file} เป็นไฟล์ Excel 97-2003 (.xls) หรือสมุดงานที่ตั้งรหัสผ่าน ซึ่งโปรแกรมไม่อ่าน: เปิดใน Excel เอารหัสผ่านออก (ถ้ามี) แล้วบันทึกเป็น (Save As) "สมุดงาน Excel (.xlsx)"`,
      `${file} is an Excel 97-2003 (.xls) file or a password-protected workbook, which is not read: open it in Excel, remove any password and Save As "Excel Workbook (.xlsx)"`
    );
  }
  const zip = await JSZip.loadAsync(data).catch(() => undefined);
  if (!zip) {
    return planError(
      `เปิด ${file} ไม่ได้: ไม่ใช่ไฟล์ .xlsx (ไฟล์เสียหรือเป็นไฟล์ชนิดอื่น)`,
      `Cannot open ${file}: not an .xlsx file (damaged, or a file of another kind)`
    );
  }
  return noPlan(file, {
    th: "เป็นไฟล์บีบอัด (zip) แต่ไม่ใช่สมุดงาน Excel",
    en: "a zip file, but not an Excel workbook",
  });
}

/** Opens an .xlsx into the emulator; a missing or unreadable file is a clear error, not a stack trace. */
export async function openWorkbook(file: string, data = readInput(file)): Promise<Emulator> {
  // An OpenDocument file starts with its uncompressed "mimetype" entry, whatever its name says.
  if (data.subarray(30, 38).toString("latin1") === "mimetype") {
    if (data.subarray(38, 120).toString("latin1").includes("opendocument")) {
      throw formatNotRead(file, "OpenDocument (.ods)");
    }
  }
  try {
    return new Emulator(await readXlsx(data, nativeZip));
  } catch {
    throw await notAWorkbook(file, data);
  }
}

/** The book's values, read by the add-in's own Excel code. */
export function snapshot(emulator: Emulator): Promise<BookSnapshot> {
  return emulator.run((context) => readBook(context));
}

/** The book's plan; a book holding none (blank, or some other workbook) is refused in every command. */
export function requirePlan(book: BookSnapshot, file: string): Plan {
  const plan = readPlan(book.sheets);
  const forms = Object.values(plan.otherForms).some((projects) => projects && projects.length > 0);
  if (plan.projects.length === 0 && !forms) {
    throw noPlan(file, {
      th: "ไม่มีตาราง ที่ | โครงการ | งบประมาณรายปี ในแบบ ผ.02 หรือตารางโครงการ",
      en: "no ผ.02 table (ที่ | โครงการ | yearly budgets) or project table",
    });
  }
  return plan;
}

export async function saveWorkbook(emulator: Emulator, file: string, files?: Files): Promise<void> {
  writeWhole(file, await writeXlsx(emulator.workbook, emulator.formulas), files);
}
