import { message } from "./messages";
import type { Plan } from "./model";
import { toArabicDigits } from "./thaiNumerals";

/** A tactic line typed without its number ("กลยุทธ์ส่งเสริมและพัฒนาทรัพยากรการบริหาร…"), where it was read. */
export interface UnnumberedTactic {
  sheet: string;
  /** 0-based sheet row of the line. */
  row: number;
  name: string;
  /** The number of the strategy line above it, when that line had one. */
  strategyNumber?: string;
}

const fold = (name: string) =>
  name.replace(/[\s\u00a0]/g, "").replace(/^(กลยุทธ์|แนวทางการพัฒนา)/, "");

/**
 * Gives numberless tactic lines their number: from the same tactic's name numbered elsewhere in the book, else from
 * the sheet's name ("ยุทธ1.1…", "1.2 ผง.…"). Each is reported, with where the number came from.
 */
export function resolveTacticNumbers(plan: Plan, unnumbered: readonly UnnumberedTactic[]): void {
  if (unnumbered.length === 0) return;
  const known = new Map<string, string>();
  for (const p of [...plan.projects, ...Object.values(plan.otherForms).flat()]) {
    if (p.tactic && p.tacticName) known.set(fold(p.tacticName), p.tactic);
  }
  for (const line of unnumbered) {
    const fromBook = known.get(fold(line.name));
    const fromSheet = /(\d+)\s*\.\s*(\d+)/.exec(toArabicDigits(line.sheet));
    const number = fromBook ?? (fromSheet ? `${Number(fromSheet[1])}.${Number(fromSheet[2])}` : "");
    const source = fromBook
      ? message("จากชื่อกลยุทธ์เดียวกันในชีตอื่น", "from the same tactic on another sheet")
      : fromSheet
        ? message("จากชื่อชีต", "from the sheet's name")
        : undefined;
    for (const p of [...plan.projects, ...Object.values(plan.otherForms).flat()]) {
      if (p.sheet !== line.sheet || p.tactic || p.tacticName !== line.name) continue;
      p.tactic = number;
      if (number) p.strategy = line.strategyNumber ?? number.split(".")[0];
    }
    const short = line.name.length > 50 ? `${line.name.slice(0, 50)}…` : line.name;
    plan.findings.push({
      code: "heading-number",
      sheet: line.sheet,
      row: line.row,
      what: source
        ? message(
            `บรรทัดกลยุทธ์ "${short}" ไม่มีเลขที่: อ่านเป็นกลยุทธ์ ${number} ${source.th}`,
            `Tactic line "${short}" has no number; read as tactic ${number} ${source.en}`
          )
        : message(
            `บรรทัดกลยุทธ์ "${short}" ไม่มีเลขที่ และหาเลขที่จากที่อื่นไม่ได้`,
            `Tactic line "${short}" has no number, and none could be found elsewhere`
          ),
      suggestion: number ? message(`${number} ${line.name}`, `${number} ${line.name}`) : undefined,
    });
  }
}
