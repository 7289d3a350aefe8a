import { checkPlan } from "./checks";
import { message } from "./messages";
import type { Finding, Plan, Project, SheetValues } from "./model";
import { neverPlan } from "./addinSheets";
import { readPlan } from "./reader";
import { budgetIn } from "./select";
import { rankFindings } from "./report";
import { typedSummaryFindings } from "./summaryChecks";
import { readSummarySheet } from "./summarySheet";
import { foldText, toArabicDigits } from "./thaiNumerals";
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
    ...hiddenSheetFindings(sheets),
    ...duplicateProjectFindings(plan),
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

/** Hidden sheets are not counted; one that holds projects is named, since offices hide old copies and drafts. */
export function hiddenSheetFindings(sheets: readonly SheetValues[]): Finding[] {
  return sheets
    .filter((s) => s.hidden && !neverPlan(s.sheet))
    .flatMap((sheet) => {
      const count = readPlan([{ ...sheet, hidden: false }]).projects.length;
      if (count === 0) return [];
      return [
        {
          code: "hidden-sheet" as const,
          sheet: sheet.sheet,
          row: 0,
          what: message(
            `ชีต "${sheet.sheet}" ถูกซ่อนและมี ${count} โครงการ: ไม่ได้นับรวมในแผน`,
            `Sheet "${sheet.sheet}" is hidden and holds ${count} projects; they are not counted in the plan`
          ),
          suggestion: message(
            "ยกเลิกการซ่อนถ้าเป็นส่วนหนึ่งของแผน หรือลบชีตถ้าเป็นฉบับเก่า",
            "Unhide it if it is part of the plan, or delete it if it is an old copy"
          ),
        },
      ];
    });
}

/**
 * The same project (name and budgets) on two sheets is counted twice: most often a sheet copied to start the
 * next one and not cleared. Reported at the second place it appears.
 */
function duplicateProjectFindings(plan: Plan): Finding[] {
  const first = new Map<string, Project>();
  const findings: Finding[] = [];
  for (const p of plan.projects) {
    const key = `${foldText(p.name)}|${plan.years.map((y) => budgetIn(p, y)).join(",")}`;
    const seen = first.get(key);
    if (!seen) {
      first.set(key, p);
      continue;
    }
    if (seen.sheet === p.sheet || !p.name) continue;
    findings.push({
      code: "duplicate-project",
      sheet: p.sheet,
      row: p.row,
      cell: p.nameCell,
      what: message(
        `โครงการ "${p.name.slice(0, 60)}" ซ้ำกับชีต ${seen.sheet} แถว ${seen.row + 1} (งบประมาณเท่ากันทุกปี): นับซ้ำสองครั้ง`,
        `"${p.name.slice(0, 60)}" repeats ${seen.sheet} row ${seen.row + 1} (same budget every year); it is counted twice`
      ),
      suggestion: message(
        "ลบแถวที่ซ้ำ หรือแก้ชื่อ/งบประมาณให้ถูกต้อง",
        "Delete the repeated row, or correct its name or budgets"
      ),
    });
  }
  return findings;
}
