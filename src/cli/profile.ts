import {
  checkAnnouncement,
  parseRound,
  parseThaiDate,
  planError,
  PlanError,
  PROFILE_FIELDS,
  roundLabel,
  sameRound,
  withRound,
  type DocumentSettings,
  type OfficeProfile,
  type RoundRecord,
} from "../plan";
import { readJson } from "./files";

/**
 * Reads PROFILE.json for `local-plan document --profile`: the office profile and the register of rounds that the
 * pane keeps in the book's hidden sheet, for books that never met the pane:
 * {"organisation":"…","district":"…","province":"…","executiveName":"…","executiveTitle":"…",
 *  "rounds":[{"round":"เพิ่มเติม ครั้งที่ 1/2566","approvedOn":"6/2/2566","announcedOn":"6/2/2566"}, …]}
 * Every field is checked, and a mistake is named with its place in the file.
 */
export function readProfile(file: string): DocumentSettings {
  const data = readJson(file, { th: "ไฟล์ข้อมูลหน่วยงาน", en: "profile file" });
  const bad = (th: string, en: string) =>
    planError(`ไฟล์ข้อมูลหน่วยงาน ${file}: ${th}`, `Profile file ${file}: ${en}`);
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw bad("ต้องเป็นออบเจกต์ JSON { … }", "must be a JSON object { … }");
  }
  const root = data as Record<string, unknown>;
  const known = [...PROFILE_FIELDS.map((f) => f.key as string), "rounds"];
  const unknown = Object.keys(root).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    throw bad(
      `ไม่รู้จัก ${unknown.join(", ")} (ใช้ได้: ${known.join(", ")})`,
      `unknown ${unknown.join(", ")} (known: ${known.join(", ")})`
    );
  }
  const profile: Partial<OfficeProfile> = {};
  for (const field of PROFILE_FIELDS) {
    const value = root[field.key];
    if (typeof value !== "string" || value.trim() === "") {
      throw bad(
        `${field.key} (${field.label.th}) ต้องเป็นข้อความที่ไม่ว่าง`,
        `${field.key} (${field.label.en}) must be a text, not empty`
      );
    }
    profile[field.key] = value.trim();
  }
  const rounds = root.rounds ?? [];
  if (!Array.isArray(rounds)) {
    throw bad("rounds ต้องเป็นรายการ [ … ]", "rounds must be a list [ … ]");
  }
  const records = rounds.map((entry: unknown, i): RoundRecord => {
    const where = `rounds[${i}]`;
    const record = (entry ?? {}) as Record<string, unknown>;
    const field = <T>(key: string, read: (text: string) => T): T | undefined => {
      const value = record[key];
      if (value === undefined || value === "") return undefined;
      try {
        if (typeof value !== "string") throw planError("ไม่ใช่ข้อความ", "not a text");
        return read(value);
      } catch (error) {
        if (!(error instanceof PlanError)) throw error;
        throw bad(`${where}.${key}: ${error.detail.th}`, `${where}.${key}: ${error.detail.en}`);
      }
    };
    const round = field("round", (text) => parseRound(text));
    if (!round) throw bad(`${where} ไม่มี round`, `${where} has no round`);
    const approvedOn = field("approvedOn", parseThaiDate);
    const announcedOn = field("announcedOn", parseThaiDate);
    try {
      checkAnnouncement(approvedOn, announcedOn);
    } catch (error) {
      const { th, en } = (error as PlanError).detail;
      throw bad(`${where}: ${th}`, `${where}: ${en}`);
    }
    return { round, approvedOn, announcedOn };
  });
  records.forEach((record, i) => {
    const earlier = records.findIndex((r) => sameRound(r.round, record.round));
    if (earlier < i) {
      throw bad(
        `rounds[${i}] ซ้ำกับ rounds[${earlier}] (${roundLabel(record.round)})`,
        `rounds[${i}] repeats rounds[${earlier}] (${roundLabel(record.round, false)})`
      );
    }
  });
  return { profile, rounds: records };
}

/** The file's profile in place of the book's, and its rounds over the book's register (the file's win). */
export function withProfile(book: DocumentSettings, file: DocumentSettings): DocumentSettings {
  return file.rounds.reduce(withRound, { ...book, profile: file.profile });
}
