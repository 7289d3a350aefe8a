import { checkPlan } from "./checks";
import { message } from "./messages";
import type { Finding, Plan, SheetValues } from "./model";
import { readPlan } from "./reader";
import { rankFindings } from "./report";
import { typedSummaryFindings } from "./summaryChecks";
import { readSummarySheet } from "./summarySheet";
import { toArabicDigits } from "./thaiNumerals";
import { foldWorkPlanName } from "./workPlans";

/**
 * Checks a whole book: the plan's own findings, sheet names that disagree with their headings, and the book's
 * typed ผ.01 against its details; ranked as a person reads them (wrong ผ.01 figures and totals first).
 */
export function checkBook(
  sheets: readonly SheetValues[],
  plan: Plan = readPlan(sheets)
): Finding[] {
  const findings = [
    ...checkPlan(plan),
    ...sheetNameFindings(plan),
    ...sheets.flatMap((sheet) => {
      const typed = readSummarySheet(sheet);
      return typed ? typedSummaryFindings(typed, plan) : [];
    }),
  ];
  return rankFindings(
    findings,
    sheets.map((s) => s.sheet)
  );
}

const bareWorkPlan = (text: string) => foldWorkPlanName(text).replace(/^แผนงาน/, "");

/**
 * A sheet name's work plan is fine when it is the heading's, shortened: a piece of it ("ผง.สาธา"), or two pieces
 * in order with a part left out ("ผง.บริหารทั่วไป" for บริหารงานทั่วไป). A misspelling ("การพานิชย์") is neither.
 */
export function abbreviates(short: string, full: string): boolean {
  if (full.includes(short)) return true;
  for (let cut = 1; cut < short.length; cut++) {
    const at = full.indexOf(short.slice(0, cut));
    if (at >= 0 && full.indexOf(short.slice(cut), at + cut) >= 0) return true;
  }
  return false;
}

function sheetNameFindings(plan: Plan): Finding[] {
  const findings: Finding[] = [];
  const sheets = [...new Set(plan.projects.map((p) => p.sheet))];
  for (const sheet of sheets) {
    const named = /ยุทธ(?:ศาสตร์)?\s*(\d+)\s*\.\s*(\d+)\s*(.*?)\s*(?:\(\d+\))?\s*$/.exec(
      toArabicDigits(sheet)
    );
    if (!named) continue;
    const first = plan.projects.find((p) => p.sheet === sheet)!;
    const tactic = `${Number(named[1])}.${Number(named[2])}`;
    const work = named[3] ? bareWorkPlan(named[3]) : "";
    const heading = bareWorkPlan(first.workPlan);
    const wrongTactic = first.tactic && tactic !== first.tactic;
    const wrongWork = work && heading && !abbreviates(work, heading);
    if (!wrongTactic && !wrongWork) continue;
    const says = `กลยุทธ์ ${first.tactic} ${first.workPlan}`;
    findings.push({
      code: "sheet-name",
      sheet,
      row: 0,
      what: message(
        `ชื่อชีต "${sheet}" ไม่ตรงกับหัวเรื่องในชีต (${says})`,
        `Sheet name "${sheet}" disagrees with its headings (tactic ${first.tactic}, ${first.workPlan})`
      ),
      suggestion: message(says, says),
    });
  }
  return findings;
}
