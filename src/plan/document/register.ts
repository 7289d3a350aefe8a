import { parseThaiDate, shortThaiDate } from "../dates";
import { message, planError, type Message } from "../messages";
import type { CellValue, SheetValues } from "../model";
import type { BookSnapshot } from "../model";
import { DOCUMENT_SHEET, LOG_SHEET } from "../addinSheets";
import { loggedRounds } from "../amend/log";
import { parseRound, roundLabel, sameRound, type Round } from "../amend/rounds";

/**
 * What a round's document needs that the plan does not hold: the office's profile (asked once, editable) and the
 * register of rounds with their dates, including rounds from before the add-in, entered by hand. Both live in a
 * hidden sheet of the workbook, written as staff would type them (dates "6/2/2566").
 */
export interface OfficeProfile {
  organisation: string;
  district: string;
  province: string;
  executiveName: string;
  executiveTitle: string;
}

export const PROFILE_FIELDS: { key: keyof OfficeProfile; label: Message }[] = [
  { key: "organisation", label: message("ชื่อองค์กรปกครองส่วนท้องถิ่น", "Local government") },
  { key: "district", label: message("อำเภอ", "District") },
  { key: "province", label: message("จังหวัด", "Province") },
  { key: "executiveName", label: message("ชื่อผู้บริหาร (ผู้ลงนาม)", "Executive (signer)") },
  { key: "executiveTitle", label: message("ตำแหน่งผู้บริหาร", "Executive's title") },
];

/** A round of the plan: when the executive approved it, when it was announced, when its document was made. */
export interface RoundRecord {
  round: Round;
  approvedOn?: Date;
  announcedOn?: Date;
  /** Set when the round's document was built: the round is closed, no revision joins it after. */
  documentedOn?: Date;
}

export interface DocumentSettings {
  profile: Partial<OfficeProfile>;
  rounds: RoundRecord[];
}

const TITLE = "ข้อมูลสำหรับจัดทำเอกสารแผน (แก้ไขได้)";
const ROUNDS_HEADER = ["ครั้งที่", "วันที่ผู้บริหารเห็นชอบ", "วันที่ประกาศ", "วันที่จัดทำเอกสาร"];

const text = (v: CellValue) => (v === null || v === undefined ? "" : String(v).trim());
const date = (v: CellValue) => (text(v) ? parseThaiDate(text(v)) : undefined);

export function readSettings(sheet: SheetValues | undefined): DocumentSettings {
  const settings: DocumentSettings = { profile: {}, rounds: [] };
  if (!sheet) return settings;
  let inRounds = false;
  for (const row of sheet.values) {
    const [first, second, third, fourth] = row.map(text);
    if (first === ROUNDS_HEADER[0]) {
      inRounds = true;
      continue;
    }
    if (inRounds && first) {
      settings.rounds.push({
        round: parseRound(first),
        approvedOn: date(second),
        announcedOn: date(third),
        documentedOn: date(fourth),
      });
      continue;
    }
    const field = PROFILE_FIELDS.find((f) => f.label.th === first);
    if (field) settings.profile[field.key] = second;
  }
  return settings;
}

export function settingsRows(settings: DocumentSettings): CellValue[][] {
  const when = (d?: Date) => (d ? shortThaiDate(d) : "");
  return [
    [TITLE, ""],
    ...PROFILE_FIELDS.map((f) => [f.label.th, settings.profile[f.key] ?? ""]),
    ["", ""],
    ROUNDS_HEADER,
    ...sortRounds(settings.rounds).map((r) => [
      roundLabel(r.round, false),
      when(r.approvedOn),
      when(r.announcedOn),
      when(r.documentedOn),
    ]),
  ];
}

/** Rounds in the order they were announced (approval date where there is no announcement yet). */
export function sortRounds<R extends RoundRecord>(rounds: readonly R[]): R[] {
  const at = (r: R) => (r.announcedOn ?? r.approvedOn)?.getTime() ?? Infinity;
  return [...rounds].sort((a, b) => at(a) - at(b));
}

/** Adds or replaces a round's record. */
export function withRound(settings: DocumentSettings, record: RoundRecord): DocumentSettings {
  const rounds = settings.rounds.filter((r) => !sameRound(r.round, record.round));
  return { ...settings, rounds: sortRounds([...rounds, record]) };
}

/** The office profile and the register as the book keeps them in their hidden sheet. */
export function bookSettings(book: BookSnapshot): DocumentSettings {
  return readSettings(book.sheets.find((s) => s.sheet === DOCUMENT_SHEET));
}

/** A round of the register, with how many revisions of it the add-in's log holds. */
export interface RegisteredRound extends RoundRecord {
  revisions: number;
}

/**
 * The register of rounds is the rounds: those entered in the register sheet (earlier rounds, typed by hand, and the
 * announcement dates) joined with every round a revision recorded in the log, pane or command, with the approval
 * date the revision gave. A date typed in the register sheet wins over the log's.
 */
export function roundRegister(
  book: BookSnapshot,
  settings: DocumentSettings = bookSettings(book)
): RegisteredRound[] {
  const register: RegisteredRound[] = settings.rounds.map((r) => ({ ...r, revisions: 0 }));
  for (const logged of loggedRounds(book.sheets.find((s) => s.sheet === LOG_SHEET))) {
    const record = register.find((r) => sameRound(r.round, logged.round));
    if (!record) register.push({ ...logged, round: { ...logged.round } });
    else {
      record.revisions += logged.revisions;
      record.approvedOn ??= logged.approvedOn;
    }
  }
  return sortRounds(register);
}

/** The profile with every field filled, or an error naming what is missing. */
export function completeProfile(profile: Partial<OfficeProfile>): OfficeProfile {
  const missing = PROFILE_FIELDS.filter((f) => !profile[f.key]?.trim());
  if (missing.length > 0) {
    throw planError(
      `ยังไม่มีข้อมูลหน่วยงาน: ${missing.map((f) => f.label.th).join(", ")}`,
      `The office profile is missing: ${missing.map((f) => f.label.en).join(", ")}`
    );
  }
  return profile as OfficeProfile;
}
