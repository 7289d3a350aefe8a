import { LARGEST_AMOUNT } from "../budgetCell";
import { shortThaiDate } from "../dates";
import { fiscalYearBounds, spanLabel } from "../fiscalYear";
import { planError, type Message } from "../messages";
import type { Plan } from "../model";
import { formatAmount, toThaiDigits, tryParseAmount } from "../thaiNumerals";
import type { RegisteredRound, RoundRecord } from "../document/register";
import { DEFAULT_REASON } from "./appendixText";
import { nextRound, roundLabel, sameRound, type Round } from "./rounds";

/**
 * The rules a revision's round, dates, reason and amounts follow, one each, for the pane and the command alike:
 * each refuses with the reason in Thai and English, and nothing is written.
 */

const day = (date: Date) => toThaiDigits(shortThaiDate(date));
const dayEn = (date: Date) => shortThaiDate(date);

/** An amount in whole baht, as budgets are kept: a number or its text ("1,600,000", "๕๐๐,๐๐๐"), 0 or more. */
export function wholeBaht(value: unknown, what: Message): number {
  const typed = typeof value === "number" || typeof value === "string";
  const amount = typed ? tryParseAmount(value) : undefined;
  const shown = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
  const refuse = (th: string, en: string) =>
    planError(`${what.th} "${shown}" ${th}`, `${what.en} "${shown}" ${en}`);
  if (amount === undefined || !Number.isFinite(amount))
    throw refuse("ไม่ใช่ตัวเลข", "is not a number");
  if (amount < 0) throw refuse("ติดลบ ต้องเป็น ๐ หรือมากกว่า", "is negative; it must be 0 or more");
  if (!Number.isInteger(amount))
    throw refuse("มีเศษสตางค์: งบประมาณเป็นบาทเต็ม", "has satang; budgets are in whole baht");
  if (amount > LARGEST_AMOUNT)
    throw refuse(
      `เกิน ${formatAmount(LARGEST_AMOUNT)} บาท ซึ่งไม่ใช่งบประมาณของโครงการ`,
      `is above ${formatAmount(LARGEST_AMOUNT, { thaiDigits: false })} baht, beyond any project's budget`
    );
  return amount;
}

/** A round's year is one of the plan's fiscal years: 1/2575 is not a round of the plan of 2566–2570. */
export function checkRoundYear(plan: Plan, round: Round): void {
  if (plan.years.length > 0 && !plan.years.includes(round.year)) {
    throw planError(
      `${roundLabel(round)} อยู่นอกแผน: ปีของครั้งที่ต้องอยู่ในช่วงของแผน (${spanLabel(plan.years)})`,
      `${roundLabel(round, false)} lies outside the plan: the round's year must be within ${spanLabel(plan.years, false)}`
    );
  }
}

/** The approval falls within the plan's fiscal years (from 1 October before the first to 30 September of the last). */
export function checkApprovalInPlan(plan: Plan, approvedOn: Date): void {
  if (plan.years.length === 0) return;
  const start = fiscalYearBounds(plan.years[0]).start;
  const end = fiscalYearBounds(plan.years[plan.years.length - 1]).end;
  if (approvedOn < start || approvedOn > end) {
    throw planError(
      `วันที่เห็นชอบ ${day(approvedOn)} อยู่นอกช่วงของแผน (${day(start)} ถึง ${day(end)})`,
      `The approval date ${dayEn(approvedOn)} lies outside the plan (${dayEn(start)} to ${dayEn(end)})`
    );
  }
}

const before = (a: Round, b: Round) =>
  a.year < b.year || (a.year === b.year && a.number < b.number);

/** A round is not approved before an earlier round of its kind (2/2566 not before 1/2566). */
export function checkApprovalOrder(
  register: readonly RoundRecord[],
  round: Round,
  approvedOn: Date
): void {
  const earlier = register.find(
    (r) =>
      r.round.kind === round.kind &&
      before(r.round, round) &&
      r.approvedOn &&
      r.approvedOn > approvedOn
  );
  if (earlier) {
    throw planError(
      `วันที่เห็นชอบ ${day(approvedOn)} ก่อน${roundLabel(earlier.round)} ซึ่งเห็นชอบเมื่อ ${day(earlier.approvedOn!)}: ครั้งหลังต้องไม่เห็นชอบก่อนครั้งก่อน`,
      `The approval date ${dayEn(approvedOn)} is before ${roundLabel(earlier.round, false)}, approved on ${dayEn(earlier.approvedOn!)}: a later round cannot be approved before an earlier one`
    );
  }
}

/** A round already recorded keeps its approval date: a second date is a different round, or a slip. */
export function checkSameApproval(
  register: readonly RoundRecord[],
  round: Round,
  approvedOn: Date
): void {
  const held = register.find((r) => sameRound(r.round, round));
  if (held?.approvedOn && held.approvedOn.getTime() !== approvedOn.getTime()) {
    throw planError(
      `${roundLabel(round)} บันทึกไว้แล้วว่าเห็นชอบเมื่อ ${day(held.approvedOn)} ไม่ใช่ ${day(approvedOn)}: ใช้วันที่เดิม หรือบันทึกเป็นครั้งใหม่`,
      `${roundLabel(round, false)} is recorded as approved on ${dayEn(held.approvedOn)}, not ${dayEn(approvedOn)}: use that date or record a new round`
    );
  }
}

/** The announcement comes on or after the approval. */
export function checkAnnouncement(
  approvedOn: Date | undefined,
  announcedOn: Date | undefined
): void {
  if (approvedOn && announcedOn && announcedOn < approvedOn) {
    throw planError(
      `วันที่ประกาศ ${day(announcedOn)} ก่อนวันที่เห็นชอบ ${day(approvedOn)}: ประกาศได้เมื่อเห็นชอบแล้ว`,
      `The announcement date ${dayEn(announcedOn)} is before the approval ${dayEn(approvedOn)}: a round is announced once approved`
    );
  }
}

/** A round whose document was built is closed: a revision goes into the next round of its kind. */
export function checkRoundOpen(register: readonly RoundRecord[], round: Round): void {
  const held = register.find((r) => sameRound(r.round, round));
  if (held?.documentedOn) {
    const next = nextRound(
      register.map((r) => r.round),
      round.year,
      round.kind
    );
    throw planError(
      `จัดทำเอกสารของ${roundLabel(round)}แล้วเมื่อ ${day(held.documentedOn)}: บันทึกเป็น${roundLabel(next)}แทน`,
      `The document of ${roundLabel(round, false)} was built on ${dayEn(held.documentedOn)}: record it as ${roundLabel(next, false)} instead`
    );
  }
}

/** The round's record when its number is already used, so the pane can offer to add to it, date shown. */
export function roundInUse(
  register: readonly RegisteredRound[],
  round: Round
): RegisteredRound | undefined {
  return register.find((r) => sameRound(r.round, round) && (r.revisions > 0 || r.approvedOn));
}

/**
 * Every rule on a revision's round and approval date; returns the date to record (the register's, when none was
 * given and the round already has one).
 */
export function checkRound(
  plan: Plan,
  register: readonly RoundRecord[],
  round: Round,
  approvedOn: Date | undefined
): Date | undefined {
  checkRoundYear(plan, round);
  checkRoundOpen(register, round);
  const date = approvedOn ?? register.find((r) => sameRound(r.round, round))?.approvedOn;
  if (!date) return undefined;
  checkApprovalInPlan(plan, date);
  checkSameApproval(register, round, date);
  checkApprovalOrder(register, round, date);
  return date;
}

/** An empty reason is the standard wording, and the pane shows it in the field rather than filling it unseen. */
export function reasonOrStandard(text: string | undefined): { reason: string; standard: boolean } {
  const reason = (text ?? "").trim();
  return reason ? { reason, standard: false } : { reason: DEFAULT_REASON, standard: true };
}

/**
 * A round entered or edited in the register by hand: its year in the plan, its approval within the plan and in
 * order with the earlier rounds of its kind, its announcement not before the approval.
 */
export function checkRegisterEntry(
  plan: Plan,
  register: readonly RoundRecord[],
  record: RoundRecord
): void {
  checkRoundYear(plan, record.round);
  if (record.approvedOn) {
    checkApprovalInPlan(plan, record.approvedOn);
    checkApprovalOrder(register, record.round, record.approvedOn);
  }
  checkAnnouncement(record.approvedOn, record.announcedOn);
}
