import { message, type Message } from "./messages";
import { toThaiDigits } from "./thaiNumerals";
import type { Finding, FindingCode } from "./model";

/**
 * How the checker's findings are shown to a person: ranked (wrong ผ.01 figures and wrong totals first, then the
 * rest by how much they change a figure), grouped by kind and sheet, opened by one line that counts each kind.
 */
const KINDS: Record<FindingCode, Message> = {
  "summary-mismatch": message("ผ.01 ไม่ตรงรายละเอียด", "ผ.01 differs from the details"),
  "summary-total": message("ยอดรวมใน ผ.01 ไม่ตรง", "ผ.01 totals that do not add up"),
  "summary-without-details": message("แถว ผ.01 ไม่มีรายละเอียด", "ผ.01 rows with no details"),
  "details-without-summary": message("รายละเอียดไม่มีแถว ผ.01", "details with no ผ.01 row"),
  "total-mismatch": message("ยอดรวมในชีตไม่ตรง", "sheet totals that disagree"),
  "duplicate-project": message("โครงการซ้ำในหลายชีต", "projects repeated on several sheets"),
  "hidden-sheet": message("ชีตที่ซ่อนมีโครงการ", "hidden sheets with projects"),
  "year-column": message("คอลัมน์งบประมาณที่ไม่มีปี", "budget columns with no year of their own"),
  "unreadable-budget": message("งบประมาณไม่ใช่ตัวเลข", "budgets that are not numbers"),
  "date-budget": message("งบประมาณเป็นวันที่", "budgets formatted as dates"),
  "negative-budget": message("งบประมาณติดลบ", "negative budgets"),
  "budget-too-large": message("งบประมาณเกินจริง", "budgets beyond any budget"),
  "merged-budget": message("งบประมาณผสานเซลล์ข้ามปี", "budgets merged across years"),
  "budget-on-continuation": message("งบประมาณอยู่ในแถวต่อ", "budgets on continuation rows"),
  "loose-row": message("แถวมีงบประมาณที่ไม่ได้นับ", "rows with a budget that is not counted"),
  "common-era-year": message("ปีเป็น ค.ศ.", "years headed in the Common Era"),
  "duplicate-order": message("ลำดับที่ซ้ำ", "repeated project numbers"),
  "strategy-number": message("เลขยุทธศาสตร์ไม่ตรง", "strategy numbers that disagree"),
  "heading-number": message("กลยุทธ์ไม่มีเลขที่", "tactics without a number"),
  "work-plan-name": message("ชื่อแผนงานไม่มาตรฐาน", "non-standard work-plan names"),
  "sheet-name": message("ชื่อชีตไม่ตรงหัวเรื่อง", "sheet names that disagree"),
};
const RANK = new Map(Object.keys(KINDS).map((code, i) => [code, i]));

/** Sorts findings by kind (in the order above), then sheet (in the book's order), then row. */
export function rankFindings(findings: Finding[], sheetOrder: readonly string[]): Finding[] {
  const sheets = new Map(sheetOrder.map((s, i) => [s, i]));
  return findings.sort(
    (a, b) =>
      RANK.get(a.code)! - RANK.get(b.code)! ||
      (sheets.get(a.sheet) ?? 0) - (sheets.get(b.sheet) ?? 0) ||
      a.row - b.row
  );
}

export function findingKind(code: FindingCode): Message {
  return KINDS[code];
}

/**
 * The rows a list of findings is about: one per sheet and row, however many cells of it were found. Every count
 * a person sees (the counting line, each group's header, the pane) is this one.
 */
export function rowCount(findings: readonly Finding[]): number {
  return new Set(findings.map((f) => `${f.sheet}\u0000${f.row}`)).size;
}

export interface FindingGroup {
  code: FindingCode;
  sheet: string;
  kind: Message;
  findings: Finding[];
}

/** "๓ แถว" in Thai, "3 rows" in English. */
export function rowsLabel(findings: readonly Finding[]): Message {
  const rows = rowCount(findings);
  return message(`${toThaiDigits(String(rows))} แถว`, `${rows} ${rows === 1 ? "row" : "rows"}`);
}

export interface KindGroup {
  code: FindingCode;
  kind: Message;
  findings: Finding[];
  /** The kind's findings sheet by sheet, in the book's order. */
  sheets: FindingGroup[];
}

/** Ranked findings grouped by kind, then by sheet within each kind (for a list a person opens kind by kind). */
export function groupByKind(findings: readonly Finding[]): KindGroup[] {
  const kinds: KindGroup[] = [];
  for (const group of groupFindings(findings)) {
    const last = kinds.at(-1);
    if (last && last.code === group.code) {
      last.findings.push(...group.findings);
      last.sheets.push(group);
    } else
      kinds.push({
        code: group.code,
        kind: group.kind,
        findings: [...group.findings],
        sheets: [group],
      });
  }
  return kinds;
}

/** Ranked findings grouped by kind and sheet, keeping their order. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  for (const f of findings) {
    const last = groups[groups.length - 1];
    if (last && last.code === f.code && last.sheet === f.sheet) last.findings.push(f);
    else groups.push({ code: f.code, sheet: f.sheet, kind: KINDS[f.code], findings: [f] });
  }
  return groups;
}

/** "ผ.01 ไม่ตรงรายละเอียด ๑๖ แถว · ยอดรวมในชีตไม่ตรง 20 แถว · …", or that nothing was found. */
export function reportSummary(findings: readonly Finding[]): Message {
  if (findings.length === 0) return message("ไม่พบข้อผิดพลาด", "No problems found");
  const byCode = new Map<FindingCode, Finding[]>();
  for (const f of findings) {
    const list = byCode.get(f.code);
    if (list) list.push(f);
    else byCode.set(f.code, [f]);
  }
  const codes = [...byCode.keys()].sort((a, b) => RANK.get(a)! - RANK.get(b)!);
  const part = (code: FindingCode, lang: keyof Message) => {
    const rows = rowsLabel(byCode.get(code)!);
    return lang === "th" ? `${KINDS[code].th} ${rows.th}` : `${KINDS[code].en}: ${rows.en}`;
  };
  return message(
    codes.map((c) => part(c, "th")).join(" · "),
    codes.map((c) => part(c, "en")).join(" · ")
  );
}
