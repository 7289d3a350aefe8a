import { spanLabel } from "../fiscalYear";
import type { Plan, Project } from "../model";
import { formatAmount, toArabicDigits, toThaiDigits } from "../thaiNumerals";
import { roundLabel, type Round } from "./rounds";

/** The wording of ภาคผนวก ก (บัญชีรายการแก้ไข), as the seed document prints it. */

export const DEFAULT_REASON = "เพื่อให้แผนพัฒนาท้องถิ่นถูกต้องและสามารถนำไปปฏิบัติ";
/** The appendix table's header: เดิม beside what the round made of it, in the words of its kind. */
export function appendixHeader(kind: Round["kind"]): string[] {
  return [
    "ลำดับ",
    "รายละเอียดในแผนพัฒนาท้องถิ่น (เดิม)",
    `รายละเอียดในแผนพัฒนาท้องถิ่น (${kind === "แก้ไข" ? "แก้ไขใหม่" : kind})`,
    `เหตุผลการ${kind}`,
    "ยุทธศาสตร์",
    "แผนงาน",
  ];
}
export const APPENDIX_HEADER = appendixHeader("แก้ไข");

/**
 * The appendix table of a kind and its column widths in points (A4 landscape): เดิม beside the new for แก้ไข and
 * เปลี่ยนแปลง; the added projects in the ผ.02 layout for เพิ่มเติม.
 */
export function appendixLayout(
  plan: Plan,
  kind: Round["kind"]
): { header: string[]; widths: number[] } {
  if (kind !== "เพิ่มเติม")
    return { header: appendixHeader(kind), widths: [34, 190, 190, 105, 110, 90] };
  return {
    header: [
      "ที่",
      "โครงการ",
      "วัตถุประสงค์",
      "เป้าหมาย (ผลผลิตของโครงการ)",
      ...plan.years.map((y) => `${toThaiDigits(String(y))} (บาท)`),
      "ตัวชี้วัด (KPI)",
      "ผลที่คาดว่าจะได้รับ",
      "หน่วยงานรับผิดชอบหลัก",
    ],
    widths: [28, 120, 100, 100, ...plan.years.map(() => 58), 80, 80, 62],
  };
}

/** Where the project stands in a plan document: "เพิ่มเติม ครั้งที่ ๑/๒๕๖๖ หน้า ๘ ลำดับที่ ๑". */
export interface Placement {
  document: string;
  page?: number;
  order?: number;
}

/** "(พ.ศ. ๒๕๖๖-๒๕๗๐)" */
export function planSpan(plan: Plan): string {
  return `(พ.ศ. ${spanLabel(plan.years).replace("–", "-")})`;
}

/** "แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ - ๒๕๗๐)" as title lines write it, with spaces round the dash. */
export function planTitle(plan: Plan): string {
  return `แผนพัฒนาท้องถิ่น ${planSpan(plan).replace("-", " - ")}`;
}

/** "ช่องปีงบประมาณ ๒๕๖๖ งบประมาณ ๑,๔๐๐,๐๐๐ บาท", joined with และ for several years. */
export function budgetWords(budgets: readonly { year: number; amount: number }[]): string {
  return budgets
    .map(
      ({ year, amount }) =>
        `ช่องปีงบประมาณ ${toThaiDigits(String(year))} งบประมาณ ${formatAmount(amount)} บาท`
    )
    .join(" และ");
}

/**
 * The document a project of the original plan stood in: the plan itself, "แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)", as
 * the pane offers it (Arabic digits, as staff type; the appendix writes Thai ones).
 */
export function originalPlanDocument(plan: Plan): string {
  return `แผนพัฒนาท้องถิ่น (พ.ศ. ${spanLabel(plan.years, false).replace("–", "-")})`;
}

/** "ปรากฏในแผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖-๒๕๗๐) เพิ่มเติม ครั้งที่ ๑/๒๕๖๖ หน้า ๘ ลำดับที่ ๑"; the plan named once. */
export function placementWords(plan: Plan, placement: Placement): string {
  const typed = placement.document.trim();
  // The plan itself, typed or offered, is not named a second time; another plan's span is kept as typed.
  const self =
    /^แผนพัฒนาท้องถิ่น\s*(?:\(\s*พ\.ศ\.\s*([0-9๐-๙]{4})\s*[-–]\s*([0-9๐-๙]{4})\s*\))?\s*/.exec(typed);
  const span = self?.[1] ? [self[1], self[2]].map((y) => Number(toArabicDigits(y))) : undefined;
  const samePlan =
    self && (!span || (span[0] === plan.years[0] && span[1] === plan.years[plan.years.length - 1]));
  const document = samePlan ? typed.slice(self[0].length) : typed;
  const parts = [`ปรากฏในแผนพัฒนาท้องถิ่น ${planSpan(plan)} ${toThaiDigits(document)}`.trim()];
  if (placement.page !== undefined) parts.push(`หน้า ${toThaiDigits(String(placement.page))}`);
  if (placement.order !== undefined) parts.push(`ลำดับที่ ${toThaiDigits(String(placement.order))}`);
  return parts.join(" ");
}

/** "ยุทธศาสตร์ที่ ๖ การบริหารจัดการองค์กร" */
export function strategyWords(project: Project): string {
  const name = project.strategyName.replace(/^ยุทธศาสตร์(ที่\s*[0-9๐-๙]+)?\s*/, "");
  return toThaiDigits(`ยุทธศาสตร์ที่ ${project.strategy} ${name}`.trim());
}

/** The cover and title lines above the table, for the round the sheet records. */
export function appendixTitleLines(plan: Plan, round: Round): string[][] {
  const title = planTitle(plan);
  return [
    ["ภาคผนวก ก"],
    [`บัญชีรายการ${round.kind}`],
    [title],
    [roundLabel(round)],
    [""],
    [`บัญชีโครงการและรายละเอียดการ${round.kind}`],
    [`${title} ${roundLabel(round)}`],
    [plan.organisation],
    [""],
  ];
}
