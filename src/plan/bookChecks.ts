import { cellAddress } from "./cells";
import { checkPlan } from "./checks";
import { message } from "./messages";
import type { CellRef, Finding, Plan, SheetValues } from "./model";
import { readPlan } from "./reader";
import { summarise, type Figures, type Summary } from "./summary";
import { readSummarySheet, type SummarySheetRow } from "./summarySheet";
import { formatAmount, toArabicDigits, tryParseAmount } from "./thaiNumerals";
import { foldWorkPlanName } from "./workPlans";

/**
 * Checks a whole book: the plan's own findings, sheet names that disagree with their headings, and every figure
 * of the book's typed ผ.01 against what the details add up to.
 */
export function checkBook(
  sheets: readonly SheetValues[],
  plan: Plan = readPlan(sheets)
): Finding[] {
  const summary = summarise(plan);
  const findings = [
    ...checkPlan(plan),
    ...sheetNameFindings(plan),
    ...sheets.flatMap((sheet) => {
      const typed = readSummarySheet(sheet);
      return typed ? summaryFindings(typed.rows, typed.value, summary) : [];
    }),
  ];
  const order = new Map(sheets.map((s, i) => [s.sheet, i]));
  return findings.sort(
    (a, b) => (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0) || a.row - b.row
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

function figuresFor(row: SummarySheetRow, summary: Summary): Figures | undefined {
  if (row.kind === "grandTotal") return summary.total;
  if (row.kind === "strategyTotal")
    return summary.strategies.find((s) => s.strategy === row.strategy);
  const matches = summary.rows.filter(
    (r) =>
      r.strategy === row.strategy &&
      r.workPlan === row.workPlan &&
      (!row.tactic || r.tactic === row.tactic)
  );
  if (matches.length === 0) return undefined;
  const years = summary.years;
  const sum: Figures = {
    count: years.map(() => 0),
    budget: years.map(() => 0),
    totalCount: 0,
    totalBudget: 0,
  };
  for (const m of matches) {
    years.forEach((_, i) => {
      sum.count[i] += m.count[i];
      sum.budget[i] += m.budget[i];
    });
    sum.totalCount += m.totalCount;
    sum.totalBudget += m.totalBudget;
  }
  return sum;
}

function summaryFindings(
  rows: SummarySheetRow[],
  value: (cell: CellRef) => unknown,
  summary: Summary
): Finding[] {
  const findings: Finding[] = [];
  for (const row of rows) {
    const computed = figuresFor(row, summary);
    const cells: [CellRef | undefined, number][] = summary.years.flatMap((year, i) => [
      [row.count[year], computed?.count[i] ?? 0],
      [row.budget[year], computed?.budget[i] ?? 0],
    ]);
    cells.push(
      [row.totalCount, computed?.totalCount ?? 0],
      [row.totalBudget, computed?.totalBudget ?? 0]
    );
    for (const [cell, expected] of cells) {
      if (!cell) continue;
      const typed = tryParseAmount(value(cell));
      if (typed === undefined || Math.abs(typed - expected) < 0.005) continue;
      const at = cellAddress(cell);
      const plain = (n: number) => formatAmount(n, { thaiDigits: false });
      findings.push({
        code: "summary-mismatch",
        sheet: cell.sheet,
        row: cell.row,
        cell,
        what: message(
          `ผ.01 ที่ ${at} (${row.label.slice(0, 40)}) เป็น ${plain(typed)} แต่รายละเอียดโครงการรวมได้ ${plain(expected)}`,
          `ผ.01 at ${at} says ${plain(typed)} but the project details add up to ${plain(expected)}`
        ),
        suggestion: message(formatAmount(expected), formatAmount(expected)),
      });
    }
  }
  return findings;
}
