import { cellAddress } from "../cells";
import { thaiDate } from "../fiscalYear";
import { planError } from "../messages";
import type { CellRef, CellValue, Plan, Project, SheetValues } from "../model";
import { readPlan } from "../reader";
import { budgetIn, planYear } from "../select";
import { readSummarySheet } from "../summarySheet";
import { formatAmount, toArabicDigits, toThaiDigits, tryParseAmount } from "../thaiNumerals";
import { editDistance } from "../workPlans";
import {
  APPENDIX_HEADER,
  APPENDIX_SHEET,
  appendixTitleLines,
  budgetWords,
  DEFAULT_REASON,
  placementWords,
  strategyWords,
  type Placement,
} from "./appendixText";
import { budgetStyleOf, renderBudget, renderLike, type BudgetStyle } from "./budgetStyle";
import { LOG_SHEET, readLog } from "./log";
import { parseRound, roundLabel, roundsIn, sameRound, type Round } from "./rounds";

/** A project named by its name (spaces and line breaks aside), by its place in the plan, or by its row. */
export type ProjectQuery =
  | string
  | { strategy: string | number; workPlan: string; order: string | number }
  | { sheet: string; row: number };

export interface AmendmentRequest {
  round: Round | string;
  /** The day the executive approved the amendment. */
  approvedOn?: Date;
  project: ProjectQuery;
  from: unknown;
  to: unknown;
  /** Baht to move; the whole budget of the from-year when left out. */
  amount?: unknown;
  reason?: string;
  was: Placement;
  now: { page?: number; order?: number };
}

/** The book as read: every sheet's values and where they sit. */
export interface BookSnapshot {
  sheets: SheetValues[];
}

/** One cell an amendment changes. Totals and ผ.01 figures that hold formulas are left to recalculate. */
export interface CellEdit {
  cell: CellRef;
  before: CellValue;
  after: CellValue;
  role: "budget" | "total" | "summary";
  /** Left out when this cell holds a formula: the figure is part of a live =PLAN.SUMMARY spill. */
  liveIf?: CellRef;
}

export interface AppendixWrite {
  sheet: string;
  /** True when the sheet does not exist yet and the amendment creates it with its title lines and header. */
  create: boolean;
  /** 0-based sheet row of the first line written. */
  firstRow: number;
  /** The lines to write: title lines and header when creating, then the amendment's row. */
  lines: CellValue[][];
  /** 0-based index within lines of the header row, when the lines include it. */
  headerLine?: number;
}

export interface AmendmentPlan {
  id: string;
  round: Round;
  project: Project;
  from: number;
  to: number;
  amount: number;
  edits: CellEdit[];
  appendix: AppendixWrite;
  /** The 1-based ลำดับ of this change within the round. */
  sequence: number;
  note: { cell: CellRef; text: string };
  /** The appendix row as the seed prints it (also what the pane previews). */
  appendixRow: CellValue[];
}

/** Excel's limit on the text of one cell. */
export const CELL_TEXT_LIMIT = 32767;

const fold = (text: string) => toArabicDigits(text).replace(/[\s\u00a0]+/g, "");

/** Finds the project a query names, or says which names come closest. */
export function findProject(plan: Plan, query: ProjectQuery): Project {
  if (plan.projects.length === 0) {
    throw planError(
      "ไม่พบแผนในสมุดงาน: ไม่มีตาราง ที่ | โครงการ | งบประมาณ รายปี ในแบบ ผ.02 หรือตารางโครงการ",
      "No plan found in the workbook: no ผ.02 table (ที่ | โครงการ | yearly budgets) or project table"
    );
  }
  let matches: Project[];
  if (typeof query === "string") {
    const wanted = fold(query);
    matches = plan.projects.filter((p) => fold(p.name) === wanted);
    if (matches.length === 0) {
      const closest = [...plan.projects]
        // Edits beyond the difference in length: a shortened or partial name still finds its project.
        .map((p) => ({
          name: p.name,
          d: editDistance(fold(p.name), wanted) - Math.abs(fold(p.name).length - wanted.length),
        }))
        .sort((a, b) => a.d - b.d)
        .slice(0, 3)
        .map((c) => `"${c.name}"`)
        .join(", ");
      throw planError(
        `ไม่พบโครงการ "${query}" ชื่อที่ใกล้เคียง: ${closest}`,
        `Project "${query}" not found; closest: ${closest}`
      );
    }
  } else if ("row" in query) {
    matches = plan.projects.filter(
      (p) => p.sheet === query.sheet && query.row >= p.row && query.row <= p.lastRow
    );
    if (matches.length === 0) {
      throw planError(
        `แถว ${query.row + 1} ของชีต ${query.sheet} ไม่ใช่แถวโครงการ`,
        `Row ${query.row + 1} of ${query.sheet} is not a project row`
      );
    }
  } else {
    const strategy = String(Number(toArabicDigits(String(query.strategy))));
    const order = String(Number(toArabicDigits(String(query.order))));
    const work = fold(query.workPlan).replace(/^แผนงาน/, "");
    matches = plan.projects.filter(
      (p) =>
        p.strategy === strategy &&
        p.order === order &&
        fold(p.workPlan).replace(/^แผนงาน/, "") === work
    );
    if (matches.length === 0) {
      throw planError(
        `ไม่พบโครงการลำดับที่ ${order} ยุทธศาสตร์ที่ ${strategy} ${query.workPlan}`,
        `No project number ${order} in strategy ${strategy}, ${query.workPlan}`
      );
    }
  }
  if (matches.length > 1) {
    const places = matches.map((p) => cellAddress(p.nameCell)).join(", ");
    throw planError(
      `พบโครงการนี้มากกว่าหนึ่งแห่ง (${places}) โปรดระบุแถว`,
      `The project appears more than once (${places}); name its row`
    );
  }
  return matches[0];
}

function parseAmountArgument(value: unknown): number {
  const amount = typeof value === "number" ? value : tryParseAmount(value);
  if (amount === undefined || !Number.isFinite(amount)) {
    throw planError(
      `จำนวนเงิน "${String(value)}" ไม่ใช่ตัวเลข`,
      `Amount "${String(value)}" is not a number`
    );
  }
  return amount;
}

function checkText(label: string, text: string): void {
  if (text.length > CELL_TEXT_LIMIT) {
    throw planError(
      `${label} ยาวเกิน ${formatAmount(CELL_TEXT_LIMIT)} ตัวอักษรที่เซลล์หนึ่งเก็บได้`,
      `${label} is longer than the ${CELL_TEXT_LIMIT} characters a cell holds`
    );
  }
}

function valueAt(book: BookSnapshot, cell: CellRef): CellValue {
  const sheet = book.sheets.find((s) => s.sheet === cell.sheet);
  if (!sheet) return null;
  return sheet.values[cell.row - (sheet.top ?? 0)]?.[cell.col - (sheet.left ?? 0)] ?? null;
}

/** What an amendment changes in the counts: a year loses the project when its budget goes to 0. */
function countDeltas(
  project: Project,
  from: number,
  to: number,
  amount: number
): { from: number; to: number } {
  const fromBefore = budgetIn(project, from);
  return {
    from: fromBefore > 0 && fromBefore - amount === 0 ? -1 : 0,
    to: budgetIn(project, to) === 0 && amount > 0 ? 1 : 0,
  };
}

/**
 * Works out everything an amendment does, before a cell is written: the budget move in the project's row, the
 * รวม rows of its block, the ผ.01 figures, the appendix row and its note. Any problem is an error that says
 * what and where; nothing is half done.
 */
export function planAmendment(
  book: BookSnapshot,
  request: AmendmentRequest,
  id: string,
  plan = readPlan(book.sheets)
): AmendmentPlan {
  const round = typeof request.round === "string" ? parseRound(request.round) : request.round;
  const project = findProject(plan, request.project);
  const from = planYear(plan, request.from);
  const to = planYear(plan, request.to);
  if (from === to) {
    throw planError(
      `ปีที่ย้ายจากและย้ายไปเป็นปีเดียวกัน (${from})`,
      `The from-year and the to-year are the same (${from})`
    );
  }
  for (const year of [from, to]) {
    const bad = project.unreadable.find((u) => u.year === year);
    if (bad) {
      throw planError(
        `งบประมาณที่ ${cellAddress(bad.cell)} "${bad.text}" ไม่ใช่ตัวเลข แก้ไขเซลล์ก่อน`,
        `The budget at ${cellAddress(bad.cell)} "${bad.text}" is not a number; fix it first`
      );
    }
  }
  const available = budgetIn(project, from);
  if (available <= 0) {
    throw planError(`โครงการนี้ไม่มีงบประมาณในปี ${from}`, `The project has no budget in ${from}`);
  }
  const amount =
    request.amount === undefined || request.amount === null || request.amount === ""
      ? available
      : parseAmountArgument(request.amount);
  if (amount <= 0) throw planError("จำนวนเงินที่ย้ายต้องมากกว่า ๐", "The amount to move must be above 0");
  if (amount > available) {
    throw planError(
      `จำนวนเงิน ${formatAmount(amount)} บาท เกินงบประมาณปี ${from} ที่มี ${formatAmount(available)} บาท`,
      `${formatAmount(amount, { thaiDigits: false })} baht is more than the ${formatAmount(available, { thaiDigits: false })} baht budgeted in ${from}`
    );
  }
  const log = readLog(book.sheets.find((s) => s.sheet === LOG_SHEET));
  if (log.some((e) => sameRound(e.round, round) && fold(e.project) === fold(project.name))) {
    throw planError(
      `โครงการ "${project.name}" ถูกแก้ไขแล้วใน${roundLabel(round)} ยกเลิกรายการเดิมก่อน หรือบันทึกในครั้งถัดไป`,
      `"${project.name}" was already amended in round ${roundLabel(round, false)}; undo that first or record it in the next round`
    );
  }
  const reason = (request.reason ?? "").trim() || DEFAULT_REASON;
  checkText("เหตุผลการแก้ไข (reason)", reason);
  checkText("เอกสารเดิม (document)", request.was.document ?? "");
  if (!request.was.document?.trim()) {
    throw planError(
      "ระบุเอกสารที่โครงการปรากฏเดิม (เช่น เพิ่มเติม ครั้งที่ ๑/๒๕๖๖)",
      "Name the document the project stood in (e.g. เพิ่มเติม ครั้งที่ 1/2566)"
    );
  }

  const edits = [
    ...budgetEdits(book, plan, project, from, to, amount),
    ...totalEdits(book, plan, project, from, to, amount),
  ];
  edits.push(...summaryEdits(book, project, from, to, amount));
  const appendixSheet = appendixSheetName(book, round);
  const existing = book.sheets.find((s) => s.sheet === appendixSheet);
  const sequence = existing ? appendixRows(existing).length + 1 : 1;
  const appendixRow = appendixCells(
    plan,
    project,
    round,
    from,
    to,
    amount,
    reason,
    request,
    sequence
  );
  const appendix = appendixWrite(appendixSheet, existing, plan, round, appendixRow);
  const approved = request.approvedOn ? ` อนุมัติ ${thaiDate(request.approvedOn)}` : "";
  const note = {
    cell: project.nameCell,
    text: `${roundLabel(round)}: ย้ายงบประมาณ ${formatAmount(amount)} บาท จากปี ${toThaiDigits(String(from))} ไปปี ${toThaiDigits(String(to))}${approved}`,
  };
  return { id, round, project, from, to, amount, edits, appendix, sequence, note, appendixRow };
}

/** How the project's sheet writes its budgets, learnt from every budget cell on it. */
function sheetBudgetStyle(book: BookSnapshot, plan: Plan, sheet: string): BudgetStyle {
  const samples = plan.projects
    .filter((p) => p.sheet === sheet)
    .flatMap((p) => Object.values(p.budgetCells).map((c) => valueAt(book, c)));
  return budgetStyleOf(samples);
}

function budgetEdits(
  book: BookSnapshot,
  plan: Plan,
  project: Project,
  from: number,
  to: number,
  amount: number
): CellEdit[] {
  const style = sheetBudgetStyle(book, plan, project.sheet);
  return [
    { year: from, after: budgetIn(project, from) - amount },
    { year: to, after: budgetIn(project, to) + amount },
  ].map(({ year, after }) => {
    const cell = project.budgetCells[year];
    const before = valueAt(book, cell);
    if (tryParseAmount(before) !== budgetIn(project, year)) {
      throw planError(
        `งบประมาณปี ${year} ของโครงการนี้แยกอยู่หลายแถว (${cellAddress(cell)}) รวมไว้ในแถวเดียวก่อน`,
        `The ${year} budget of this project is split over several rows (${cellAddress(cell)}); keep it in one row first`
      );
    }
    return { cell, before, after: renderBudget(after, style), role: "budget" as const };
  });
}

function totalEdits(
  book: BookSnapshot,
  plan: Plan,
  project: Project,
  from: number,
  to: number,
  amount: number
): CellEdit[] {
  const edits: CellEdit[] = [];
  const style = sheetBudgetStyle(book, plan, project.sheet);
  const counts = countDeltas(project, from, to, amount);
  for (const total of plan.totals.filter((t) => t.projects.includes(project))) {
    const deltas =
      total.kind === "budget"
        ? { [from]: -amount, [to]: amount }
        : { [from]: counts.from, [to]: counts.to };
    for (const [yearText, delta] of Object.entries(deltas)) {
      const target = total.cells[Number(yearText)];
      const current = target ? tryParseAmount(target.value) : undefined;
      if (!target || current === undefined || delta === 0) continue;
      edits.push({
        cell: target.cell,
        before: target.value,
        after: renderLike(current + delta, target.value, style),
        role: "total",
      });
    }
  }
  return edits;
}

function summaryEdits(
  book: BookSnapshot,
  project: Project,
  from: number,
  to: number,
  amount: number
): CellEdit[] {
  const edits: CellEdit[] = [];
  const counts = countDeltas(project, from, to, amount);
  for (const source of book.sheets) {
    const summary = readSummarySheet(source);
    if (!summary) continue;
    const targets = summary.rows.filter(
      (r) =>
        r.kind === "grandTotal" ||
        (r.strategy === project.strategy &&
          (r.kind === "strategyTotal" ||
            (r.workPlan === project.workPlan && (!r.tactic || r.tactic === project.tactic))))
    );
    for (const row of targets) {
      const changes: [CellRef | undefined, number][] = [
        [row.budget[from], -amount],
        [row.budget[to], amount],
        [row.count[from], counts.from],
        [row.count[to], counts.to],
        [row.totalCount, counts.from + counts.to],
      ];
      edits.push(
        ...figureEdits(summary.value, changes).map((e) => ({ ...e, liveIf: summary.anchor }))
      );
    }
  }
  return edits;
}

function figureEdits(
  value: (cell: CellRef) => CellValue,
  changes: [CellRef | undefined, number][]
): CellEdit[] {
  const edits: CellEdit[] = [];
  for (const [cell, delta] of changes) {
    if (!cell || delta === 0) continue;
    const before = value(cell);
    const current = tryParseAmount(before);
    if (current === undefined) continue;
    edits.push({
      cell,
      before,
      after: renderLike(current + delta, before, { digits: "thai", zero: "๐" }),
      role: "summary",
    });
  }
  return edits;
}

function appendixCells(
  plan: Plan,
  project: Project,
  round: Round,
  from: number,
  to: number,
  amount: number,
  reason: string,
  request: AmendmentRequest,
  sequence: number
): CellValue[] {
  const years = [from, to].sort((a, b) => a - b);
  const before = years
    .map((year) => ({ year, amount: budgetIn(project, year) }))
    .filter((b) => b.amount > 0);
  const after = years
    .map((year) => ({ year, amount: budgetIn(project, year) + (year === from ? -amount : amount) }))
    .filter((b) => b.amount > 0);
  const now: Placement = {
    document: roundLabel(round),
    page: request.now.page,
    order: request.now.order,
  };
  return [
    toThaiDigits(String(sequence)),
    `${project.name} ${budgetWords(before)} ${placementWords(plan, request.was)}`,
    `${project.name} ${budgetWords(after)} ${placementWords(plan, now)}`,
    reason,
    strategyWords(project),
    project.workPlan,
  ];
}

/**
 * The appendix sheet for a round: ภาคผนวก ก while it is new or holds this round; a later round gets a sheet of
 * its own ("ภาคผนวก ก แก้ไข ๓-๒๕๖๖", since a sheet name cannot hold "/"), so no earlier appendix is touched.
 */
export function appendixSheetName(book: BookSnapshot, round: Round): string {
  const first = book.sheets.find((s) => s.sheet === APPENDIX_SHEET);
  if (!first || holdsRound(first, round)) return APPENDIX_SHEET;
  return `${APPENDIX_SHEET} ${roundLabel(round).replace(" ครั้งที่", "").replace("/", "-")}`;
}

function holdsRound(sheet: SheetValues, round: Round): boolean {
  return sheet.values.some((cells) =>
    cells.some((c) => typeof c === "string" && roundsIn(c).some((r) => sameRound(r, round)))
  );
}

/** The appendix's data rows: those whose ลำดับ is a number. */
function appendixRows(sheet: SheetValues): (readonly CellValue[])[] {
  return sheet.values.filter((cells) =>
    /^\d+$/.test(toArabicDigits(String(cells[0] ?? "")).trim())
  );
}

function appendixWrite(
  sheet: string,
  existing: SheetValues | undefined,
  plan: Plan,
  round: Round,
  row: CellValue[]
): AppendixWrite {
  if (!existing) {
    const lines: CellValue[][] = [...appendixTitleLines(plan, round), APPENDIX_HEADER, row];
    return { sheet, create: true, firstRow: 0, lines, headerLine: lines.length - 2 };
  }
  const lastRow = (existing.top ?? 0) + existing.values.length;
  return { sheet, create: false, firstRow: lastRow, lines: [row] };
}
