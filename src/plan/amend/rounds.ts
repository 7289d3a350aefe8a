import { planError } from "../messages";
import { toArabicDigits, toThaiDigits } from "../thaiNumerals";

/** A round of changes to the plan: แก้ไข ครั้งที่ 2/2566 (the second amendment recorded in fiscal year 2566). */
export interface Round {
  kind: "แก้ไข" | "เพิ่มเติม" | "เปลี่ยนแปลง" | "ทบทวน";
  number: number;
  year: number;
}

/**
 * Reads "2/2566", "๒/๒๕๖๖" or "แก้ไข ครั้งที่ ๒/๒๕๖๖"; a bare number is a round of the kind given (แก้ไข unless
 * said), a text that names its kind keeps it.
 */
export function parseRound(text: string, kind: Round["kind"] = "แก้ไข"): Round {
  const match = /^(แก้ไข|เพิ่มเติม|เปลี่ยนแปลง|ทบทวน)?\s*(?:ครั้งที่)?\s*(\d{1,3})\s*\/\s*(\d{4})$/.exec(
    toArabicDigits(String(text ?? "")).trim()
  );
  if (!match || Number(match[2]) < 1 || Number(match[3]) < 2400) {
    throw planError(
      `"${text}" ไม่ใช่ครั้งที่ของการแก้ไข (เช่น ๒/๒๕๖๖)`,
      `"${text}" is not a round (e.g. 2/2566, แก้ไข ครั้งที่ ๒/๒๕๖๖)`
    );
  }
  return {
    kind: (match[1] as Round["kind"]) ?? kind,
    number: Number(match[2]),
    year: Number(match[3]),
  };
}

/** The round a request gives: read when typed ("2/2566" a round of the kind given), as it is when already read. */
export function roundOf(round: Round | string, kind?: Round["kind"]): Round {
  return typeof round === "string" ? parseRound(round, kind) : round;
}

/** "แก้ไข ครั้งที่ ๒/๒๕๖๖" */
export function roundLabel(round: Round, thaiDigits = true): string {
  const text = `${round.kind} ครั้งที่ ${round.number}/${round.year}`;
  return thaiDigits ? toThaiDigits(text) : text;
}

export function sameRound(a: Round, b: Round): boolean {
  return a.kind === b.kind && a.number === b.number && a.year === b.year;
}

/**
 * The round to propose for a new amendment: the one after the last amendment recorded (in the log or in the
 * book's titles), numbering afresh in a new fiscal year.
 */
export function nextRound(
  recorded: readonly Round[],
  fiscalYear: number,
  kind: Round["kind"] = "แก้ไข"
): Round {
  // Each kind is numbered on its own within the fiscal year.
  const same = recorded.filter((r) => r.kind === kind && r.year === fiscalYear);
  const last = Math.max(0, ...same.map((r) => r.number));
  return { kind, number: last + 1, year: fiscalYear };
}

/** Every round named in a text: "แก้ไข ครั้งที่ ๑/๒๕๖๖ … เพิ่มเติม ครั้งที่ 2/2566". */
export function roundsIn(text: string): Round[] {
  const found: Round[] = [];
  const pattern = /(แก้ไข|เพิ่มเติม|เปลี่ยนแปลง|ทบทวน)\s*ครั้งที่\s*(\d{1,3})\s*\/\s*(\d{4})/g;
  for (const m of toArabicDigits(text).matchAll(pattern)) {
    found.push({ kind: m[1] as Round["kind"], number: Number(m[2]), year: Number(m[3]) });
  }
  return found;
}
