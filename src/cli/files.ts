import * as fs from "fs";
import { basename, dirname, extname, resolve } from "path";
import { planError } from "../plan";

/** The file operations the command writes with (tests inject a disk that fills up). */
export type Files = Pick<
  typeof fs,
  "openSync" | "writeSync" | "fsyncSync" | "closeSync" | "renameSync" | "rmSync"
>;

const code = (error: unknown) => (error as { code?: string } | undefined)?.code;

/** The same file, however named: by path, through a symlink, or as a hard link (same device and inode). */
function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  const real = (file: string) => {
    try {
      return fs.realpathSync(file);
    } catch {
      // A file not yet there: where it would be, its folder's links resolved.
      try {
        return resolve(fs.realpathSync(dirname(file)), basename(file));
      } catch {
        return resolve(file);
      }
    }
  };
  if (real(a) === real(b)) return true;
  try {
    const [x, y] = [fs.statSync(a), fs.statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/**
 * Refuses, before anything is read, an output that would destroy an input or cannot be written whole: the
 * input itself, the wrong kind of file, a missing or unwritable folder, a target that is not a plain file.
 */
export function checkOutput(out: string, inputs: string[], extensions: string[]): void {
  const input = inputs.find((file) => sameFile(file, out));
  if (input) {
    throw planError(
      `--out ${out} คือไฟล์ต้นฉบับ ${input}: จะไม่เขียนทับไฟล์ต้นฉบับ ตั้งชื่อไฟล์ผลลัพธ์ใหม่`,
      `--out ${out} is the input ${input}: the command never overwrites the input; name another output file`
    );
  }
  const folder = dirname(resolve(out));
  let folderStat: fs.Stats | undefined;
  try {
    folderStat = fs.statSync(folder);
  } catch {
    folderStat = undefined;
  }
  if (!folderStat?.isDirectory()) {
    throw planError(
      `ไม่พบโฟลเดอร์ ${folder} สำหรับไฟล์ผลลัพธ์ ${out}`,
      `Output folder not found: ${folder} (for ${out})`
    );
  }
  let target: fs.Stats | undefined;
  try {
    target = fs.statSync(out);
  } catch {
    target = undefined;
  }
  if (target && !target.isFile()) {
    throw planError(
      `${out} ไม่ใช่ไฟล์ธรรมดา (เช่น โฟลเดอร์หรืออุปกรณ์) จึงเขียนแทนไม่ได้`,
      `${out} is not a regular file (a folder or a device): it cannot be replaced`
    );
  }
  if (!extensions.includes(extname(out).toLowerCase())) {
    const kinds = extensions.join(" หรือ ");
    throw planError(
      `ไฟล์ผลลัพธ์ ${out} ต้องเป็นไฟล์ ${kinds}`,
      `The output ${out} must be a ${extensions.join(" or ")} file`
    );
  }
  try {
    fs.accessSync(folder, fs.constants.W_OK);
    if (target) fs.accessSync(out, fs.constants.W_OK);
  } catch {
    throw planError(
      `ไม่มีสิทธิ์เขียน ${target ? out : `ในโฟลเดอร์ ${folder}`}`,
      `No permission to write ${target ? out : `in the folder ${folder}`}`
    );
  }
}

/**
 * Writes the file whole or not at all: into a temporary file beside the target, flushed to the disk, then renamed
 * over it. On any failure (a full disk) the temporary file is removed and the target is as it was.
 */
export function writeWhole(target: string, data: Uint8Array, files: Files = fs): void {
  const temporary = resolve(
    dirname(resolve(target)),
    `.${basename(target)}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`
  );
  let fd: number | undefined;
  try {
    fd = files.openSync(temporary, "wx");
    for (let at = 0; at < data.length;) at += files.writeSync(fd, data, at, data.length - at);
    files.fsyncSync(fd);
    files.closeSync(fd);
    fd = undefined;
    files.renameSync(temporary, target);
  } catch (error) {
    if (fd !== undefined) files.closeSync(fd);
    files.rmSync(temporary, { force: true });
    throw writeError(target, error);
  }
}

function writeError(target: string, error: unknown) {
  const kept = "ไฟล์เดิม (ถ้ามี) ยังอยู่ครบ";
  const keptEn = "any earlier file of that name is as it was";
  switch (code(error)) {
    case "ENOSPC":
    case "EDQUOT":
      return planError(
        `พื้นที่ดิสก์เต็ม เขียน ${target} ไม่ได้ ${kept}`,
        `The disk is full: ${target} was not written; ${keptEn}`
      );
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return planError(
        `ไม่มีสิทธิ์เขียน ${target} ${kept}`,
        `No permission to write ${target}; ${keptEn}`
      );
    default:
      return planError(
        `เขียน ${target} ไม่ได้ (${code(error) ?? (error as Error).message}) ${kept}`,
        `Cannot write ${target} (${code(error) ?? (error as Error).message}); ${keptEn}`
      );
  }
}

/** Formats that are not read, and how to make an .xlsx of them. */
const NOT_READ: Record<string, string> = {
  ".xls": "Excel 97-2003 (.xls)",
  ".xlsb": "Excel Binary (.xlsb)",
  ".ods": "OpenDocument (.ods)",
  ".csv": "CSV (.csv)",
  ".numbers": "Numbers (.numbers)",
};

export function formatNotRead(file: string, format: string) {
  return planError(
    `${file}: โปรแกรมไม่อ่านไฟล์แบบ ${format} เปิดไฟล์ใน Excel หรือ LibreOffice Calc แล้วเลือก บันทึกเป็น (Save As) ชนิด "สมุดงาน Excel (.xlsx)"`,
    `${file}: the ${format} format is not read; open it in Excel or LibreOffice Calc and Save As "Excel Workbook (.xlsx)"`
  );
}

/** A file's bytes, or a message that says why they cannot be read: missing, a folder, not permitted. */
function readBytes(file: string): Buffer {
  try {
    if (fs.statSync(file).isDirectory()) {
      throw planError(`${file} เป็นโฟลเดอร์ ไม่ใช่ไฟล์`, `${file} is a folder, not a file`);
    }
    return fs.readFileSync(file);
  } catch (error) {
    switch (code(error)) {
      case "ENOENT":
      case "ENOTDIR":
        throw planError(`ไม่พบไฟล์ ${file}`, `File not found: ${file}`);
      case "EACCES":
      case "EPERM":
        throw planError(`ไม่มีสิทธิ์อ่านไฟล์ ${file}`, `Permission denied: cannot read ${file}`);
      default:
        throw error;
    }
  }
}

/** A workbook's bytes; a format that is not read says how to save it as .xlsx. */
export function readInput(file: string): Buffer {
  const format = NOT_READ[extname(file).toLowerCase()];
  if (format) throw formatNotRead(file, format);
  return readBytes(file);
}

/** A JSON file as editors save it (Windows Notepad starts UTF-8 with a byte-order mark). */
export function readJson(file: string, what: { th: string; en: string }): unknown {
  const text = readBytes(file)
    .toString("utf8")
    .replace(/^\uFEFF/, "");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw planError(
      `อ่าน${what.th} ${file} ไม่ได้: ไม่ใช่ JSON ที่ถูกต้อง (${(error as Error).message})`,
      `Cannot read the ${what.en} ${file}: not valid JSON (${(error as Error).message})`
    );
  }
}
