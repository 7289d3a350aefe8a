import type { FormKind } from "./model";
import { Remembered } from "./remembered";
import { toArabicDigits } from "./thaiNumerals";

/**
 * Recognises the one-line texts of a plan sheet: heading lines, round markers, titles and form labels.
 * Texts arrive as typed: Thai or Arabic digits, leading spaces, a bullet dash.
 */

/**
 * A first look at a text (every text cell of a plan is asked): anything but Thai letters, printable ASCII and
 * single inner spaces sends it to the full pattern. One native regular-expression scan is faster than a loop of
 * charCodeAt, and the texts of a large plan run to millions of characters.
 */
const SUSPECT = /[^\u0e00-\u0e7f!-~ ]|^[ -]| $| {2}/;

/** Trims, folds runs of white space and drops a leading bullet ("- ", "▶"); digits stay as typed. */
const NEEDS_CLEANING = /^[-▶•\s\u00a0]|[\s\u00a0]$|[\s\u00a0]{2}|[\n\t\r\u00a0]/;

export function normaliseLine(text: string): string {
  if (!SUSPECT.test(text) || !NEEDS_CLEANING.test(text)) return text;
  return text
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .replace(/^[-▶•]\s*/, "");
}

/** A digit in either set; numbers captured with it are returned in Arabic digits. */
const D = "[0-9๐-๙]";
const re = (source: string) => new RegExp(source);
/** "4. ยุทธศาสตร์…", "1) ยุทธศาสตร์…" (ผ.01), "๔ ยุทธศาสตร์…" or "ยุทธศาสตร์ที่ 4 …" */
const STRATEGY_NUMBERED = re(`^(${D}+)\\s*[.)]?\\s*(ยุทธศาสตร์.*)$`);
const STRATEGY_NTH = re(`^ยุทธศาสตร์(?:การพัฒนา)?\\s*ที่\\s*(${D}+)\\s*[.:]?\\s*(.*)$`);
const TACTIC = re(
  `^(?:(?:กลยุทธ์|แนวทาง(?:การพัฒนา)?)\\s*(?:ที่)?\\s*)?(${D}+)\\s*\\.\\s*(${D}+)\\s*[.:]?\\s*((?:กลยุทธ์|แนวทาง)?.*)$`
);
/** "กลยุทธ์ที่ 1 …", "แนวทางการพัฒนาที่ 3 …": a tactic numbered within its strategy. */
const TACTIC_WITHIN = re(
  `^(?:กลยุทธ์|แนวทาง(?:การพัฒนา)?)\\s*ที่\\s*(${D}+)(?!\\s*\\.\\s*${D})\\s*[.:]?\\s*(.*)$`
);
const TACTIC_UNNUMBERED = /^(กลยุทธ์|แนวทางการพัฒนา)(?!\s*ที่\s*[0-9๐-๙])\s*\S/;
/** A work-plan line; its number "(1)", "1.", "1)", or "2.1.1" under its tactic; its area (ด้าน…) may go before it. */
const WORK_PLAN = re(
  `^(?:\\(\\s*(${D}+)\\s*\\)|((?:${D}+\\s*\\.\\s*)*${D}+)\\s*[.)]?)?\\s*(?:ด้าน\\S*\\s+)?((?:แผนงาน|ผง\\.).*)$`
);
const arabic = (digits: string) => String(Number(toArabicDigits(digits)));

/**
 * Lines that link the plan to other plans (ยุทธศาสตร์ชาติ, the NESDP, SDGs, the province's and the district's
 * strategies): they name strategies that are never the plan's own. A lettered or bare line is one when it has
 * any of the broad words; a numbered line ("1. ยุทธศาสตร์…", which an อบจ may word with จังหวัด) only when it
 * names another plan outright.
 */
const OTHER_PLAN =
  /ยุทธศาสตร์\s*(ชาติ|กลุ่ม|(ของ)?\s*จังหวัด)|ยุทธศาสตร์การพัฒนา(ของ)?\s*(อปท|องค์กรปกครองส่วนท้องถิ่น)|แผนพัฒนาเศรษฐกิจ|SDG|Sustainable/i;
const LINKAGE_WORDS =
  /ยุทธศาสตร์\s*ชาติ|แผนพัฒนาเศรษฐกิจ|แผนแม่บท|Sustainable|SDG|จังหวัด|จว\.|อปท|อำเภอ|นโยบาย|ยุทธศาสตร์\s*กลุ่ม/i;

/** A recogniser that reads each distinct line once: the same heading lines open block after block of a book. */
function remembered<T>(recognise: (line: string) => T): (line: string) => T {
  const known = new Remembered<string, T>(4096);
  return (line) => known.get(line, recognise);
}

export function aboutOtherPlans(line: string): boolean {
  return LINKAGE_WORDS.test(line);
}

export interface NumberedLine {
  /** In Arabic digits; empty when the line carries none. */
  number: string;
  name: string;
  /** A tactic numbered within its strategy ("กลยุทธ์ที่ 2"): that number, the strategy's to be put before it. */
  within?: string;
}

/**
 * The plan's own strategy line: "4. ยุทธศาสตร์…" (the number may be wrong), "ยุทธศาสตร์ที่ 4 …", a
 * linkage-lettered "ช. ยุทธศาสตร์…" or a bare "ยุทธศาสตร์การพัฒนา…" (no number). Never a line about another plan.
 */
export const strategyLine = remembered(function strategyLine(
  line: string
): Readonly<{ number?: string; name: string }> | undefined {
  const numbered = STRATEGY_NUMBERED.exec(line);
  if (numbered && !OTHER_PLAN.test(numbered[2]))
    return { number: arabic(numbered[1]), name: numbered[2].trim() };
  const nth = STRATEGY_NTH.exec(line);
  if (nth && !OTHER_PLAN.test(line)) return { number: arabic(nth[1]), name: line };
  const bare = /^(?:[ก-ฮ]\s*\.\s*)?(ยุทธศาสตร์.{3,})$/.exec(line);
  return bare && !aboutOtherPlans(bare[1]) && !/^ยุทธศาสตร์\s*ที่/.test(bare[1])
    ? { name: bare[1].trim() }
    : undefined;
});

/**
 * "4.3 กลยุทธ์…" (also แนวทางการพัฒนา in older books), "กลยุทธ์ที่ 2 …" numbered within its strategy (`within`), or
 * "กลยุทธ์…" with no number (number empty).
 */
export const tacticLine = remembered(function tacticLine(
  line: string
): Readonly<NumberedLine> | undefined {
  const match = TACTIC.exec(line);
  if (match && (/^(กลยุทธ์|แนวทาง)/.test(match[3]) || /^(กลยุทธ์|แนวทาง)/.test(line)))
    return { number: `${arabic(match[1])}.${arabic(match[2])}`, name: match[3].trim() };
  const within = TACTIC_WITHIN.exec(line);
  if (within) return { number: "", within: arabic(within[1]), name: within[2].trim() };
  return TACTIC_UNNUMBERED.test(line) ? { number: "", name: line } : undefined;
});

/** "(1) แผนงาน…", "1. แผนงาน…", "2.1.1 แผนงาน…", "(1) ผง.…" or a bare "แผนงานการศึกษา" (number empty). */
export const workPlanLine = remembered(function workPlanLine(
  line: string
): Readonly<NumberedLine> | undefined {
  const match = WORK_PLAN.exec(line);
  if (!match || /ครั้งที่/.test(line)) return undefined;
  // "2.1.1 แผนงาน…" numbers the work plan under its tactic: its own number is the last.
  const number = match[1] ?? match[2]?.split(".").at(-1);
  return { number: number ? arabic(number) : "", name: match[3].trim() };
});

/** A linkage line ก.–ช. (national strategy, NESDP, SDGs, province…) that is not the strategy line. */
export function linkageLine(line: string): boolean {
  return /^[ก-ฮ]\s*\.\s/.test(line) || /^[ก-ฮ]\./.test(line);
}

/** "… ครั้งที่ 2/2567", "… (ฉบับที่ 3) …", and a title's "… ฉบับที่ 3 ประจำปีงบประมาณ พ.ศ. 2567". */
const ROUND =
  /(เพิ่มเติม|เปลี่ยนแปลง|แก้ไข|ทบทวน)\s*(?:ครั้งที่|\(?ฉบับที่)\s*([0-9๐-๙]+)\)?(?:\s*(?:\/|ประจำปี\s*(?:งบประมาณ)?\s*(?:พ\.\s*ศ\.)?)\s*([0-9๐-๙]{4}))?/;

/**
 * A row or text box naming a round ("เพิ่มเติม ครั้งที่ 2/2567", "เพิ่มเติมครั้งที่ 1 / 2567", a mark that also
 * names a work plan): the round, written the one way ("เพิ่มเติม ครั้งที่ 2/2567"). Plan titles are not markers.
 */
export const roundMarker = remembered(function roundMarker(line: string): string | undefined {
  if (planTitleLine(line)) return undefined;
  const match = ROUND.exec(line);
  if (!match || match.index > 40) return undefined;
  const n = arabic(match[2]);
  return match[3] ? `${match[1]} ครั้งที่ ${n}/${arabic(match[3])}` : `${match[1]} ครั้งที่ ${n}`;
});

export function organisationLine(line: string): boolean {
  return /^(องค์การบริหารส่วนตำบล|องค์การบริหารส่วนจังหวัด|เทศบาล)/.test(line);
}

export function planTitleLine(line: string): boolean {
  return /^แผนพัฒนาท้องถิ่น/.test(line);
}

/** The years a plan title names: "แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)" → 2566 to 2570. */
export function titleSpan(line: string): { first: number; last: number } | undefined {
  const match = /(?:พ\.\s*ศ\.)\s*(\d{4})\s*[-–]\s*(\d{4})/.exec(toArabicDigits(line));
  if (!match) return undefined;
  const [first, last] = [Number(match[1]), Number(match[2])];
  return first < last && last - first < 10 ? { first, last } : undefined;
}

export type SectionKind = FormKind | "ผ.01" | "appendix";

/**
 * The form a text's words name, whatever its label: coordination with the อบจ. (ผ.02/1), with the province (ผ.02/2),
 * projects from the villages' and communities' plans (ผ.02/1).
 */
export function formByWords(text: string): "ผ.02/1" | "ผ.02/2" | undefined {
  const line = text.replace(/\s/g, "");
  if (/ประสาน.*(องค์การบริหารส่วนจังหวัด|อบจ)/.test(line)) return "ผ.02/1";
  if (/ประสาน.*(จังหวัด|จว)/.test(line)) return "ผ.02/2";
  if (/แผนพัฒนาหมู่บ้าน|แผนชุมชน/.test(line)) return "ผ.02/1";
  return undefined;
}

/**
 * The form a label, title or sheet name speaks of. The words outrank the label: offices number the same form
 * differently ("ผ.02/1 ประสานโครงการพัฒนาจังหวัด" in one book is ผ.02/2 in the regulation), so the provincial
 * coordination form is known by ประสาน…จังหวัด, the community form by แผนชุมชน/แผนพัฒนาหมู่บ้าน, then by label
 * ("แบบ ผ.02/2", "ผ.02.2 ประสาน จว", "02.1 …", "บัญชีครุภัณฑ์").
 */
export const sectionOf = remembered(function sectionOf(text: string): SectionKind | undefined {
  const line = toArabicDigits(text).replace(/\s/g, "");
  const named = formByWords(line);
  if (named) return named;
  if (/ภาคผนวก|บัญชี(รายการ|โครงการและรายละเอียดการ)(แก้ไข|เพิ่มเติม|เปลี่ยนแปลง)/.test(line))
    return "appendix";
  const label = /(?:^|ผ\.?)0?([1238])(?:[/_.-]([12]))?(?!\d)/.exec(line.replace(/^แบบ/, ""));
  if (label && (line.startsWith("ผ") || line.startsWith("แบบ") || /^0[1238]/.test(line))) {
    const [, form, part] = label;
    if (form === "2") return part === "2" ? "ผ.02/2" : part === "1" ? "ผ.02/1" : "ผ.02";
    if (form === "1") return "ผ.01";
    return "ผ.03";
  }
  if (/บัญชีครุภัณฑ์|^ครุภัณฑ์/.test(line)) return "ผ.03";
  if (/บัญชีสรุปโครงการ/.test(line)) return "ผ.01";
  if (/รายละเอียดโครงการพัฒนา/.test(line)) return "ผ.02";
  return undefined;
});
