import type { CommanderError } from "commander";
import { bilingual } from "../plan";

/** What commander's usage errors say, in Thai; the name it quotes ('--out <xlsx>', 'file') is put in. */
const THAI: Record<string, (name: string) => string> = {
  "commander.unknownCommand": (name) =>
    `ไม่รู้จักคำสั่ง ${name} (คำสั่งที่มี: summary, check, amend, document)`,
  "commander.unknownOption": (name) => `ไม่รู้จักตัวเลือก ${name}`,
  "commander.missingArgument": (name) => `ยังไม่ได้ระบุ ${name}`,
  "commander.optionMissingArgument": (name) => `ตัวเลือก ${name} ต้องมีค่าตามหลัง`,
  "commander.missingMandatoryOptionValue": (name) => `ต้องระบุตัวเลือก ${name}`,
  "commander.excessArguments": () => "ระบุไฟล์หรือค่ามากเกินไป",
  "commander.invalidArgument": (name) => `ค่าของ ${name} ไม่ถูกต้อง`,
};

/** A usage error in Thai and English, with where to read how the command is used. */
export function usageMessage(error: CommanderError): string {
  const en = error.message.replace(/^error:\s*/, "");
  const name = /'([^']+)'/.exec(en)?.[1] ?? "";
  const th = THAI[error.code]?.(name) ?? "ใช้คำสั่งไม่ถูกต้อง";
  return `${bilingual({ th, en })}\n  ดูวิธีใช้ (usage): local-plan --help, local-plan <คำสั่ง> --help`;
}
