import { thaiDate } from "../dates";
import { message, planError } from "../messages";
import type { BookSnapshot, CellValue, Plan, Project } from "../model";
import { budgetCell } from "../select";
import { foldsTo, foldText, formatAmount, parseWholeNumber, toThaiDigits } from "../thaiNumerals";
import { nameOnSheet, notStandardWorkPlan, unreadableBudget } from "../refusals";
import { standardWorkPlan } from "../workPlans";
import { roundRegister } from "../document/register";
import { appendixRowCount, appendixSheetName, appendixWrite } from "./appendixRow";
import { placementWords, strategyWords, type Placement } from "./appendixText";
import { loggedFor } from "./log";
import { LOG_SHEET } from "../addinSheets";
import type { PlannedRevision, RevisionParts } from "./revision";
import { afterInserts } from "./summaryRow";
import { checkRound, reasonOrStandard, wholeBaht } from "./roundRules";
import { roundLabel, roundOf, sameRound, type Round } from "./rounds";
import { findProject, type ProjectQuery } from "./projectQuery";

/** The steps every kind of revision takes: its checks before anything is worked out, and its common ending. */

/** Excel's limit on the text of one cell. */
export const CELL_TEXT_LIMIT = 32767;

/** A year's budget as a revision gives it ("1,600,000", 250000): whole baht, 0 or more, or an error naming it. */
export function budgetArgument(year: number, value: unknown): number {
  return wholeBaht(value, message(`งบประมาณปี ${year}`, `The ${year} budget`));
}

export function checkText(label: string, text: string): void {
  if (text.length > CELL_TEXT_LIMIT) {
    throw planError(
      `${label} ยาวเกิน ${formatAmount(CELL_TEXT_LIMIT)} ตัวอักษรที่เซลล์หนึ่งเก็บได้`,
      `${label} is longer than the ${CELL_TEXT_LIMIT} characters a cell holds`
    );
  }
}

/** A project is revised once in a round: a second change of it belongs to the next round, or replaces the first. */
export function checkNotInRound(book: BookSnapshot, round: Round, name: string): void {
  const logged = loggedFor(
    book.sheets.find((s) => s.sheet === LOG_SHEET),
    name
  );
  if (logged.some((e) => sameRound(e.round, round))) {
    throw planError(
      `โครงการ "${name}" บันทึกไว้แล้วใน${roundLabel(round)}: ยกเลิกรายการเดิมก่อน หรือบันทึกในครั้งถัดไป`,
      `"${name}" is already recorded in ${roundLabel(round, false)}; undo that first or record it in the next round`
    );
  }
}

/** The standard name of the work plan a revision puts a project under, or the refusal that lists them. */
export function standardWorkPlanOf(text: string): string {
  const standard = standardWorkPlan(text);
  if (!standard) throw notStandardWorkPlan(text);
  return standard;
}

/** A project's name is no other project's on the sheet it will stand on (the project itself set aside). */
export function checkNameFree(plan: Plan, sheet: string, name: string, itself?: Project): void {
  const folded = foldText(name);
  if (plan.projects.some((p) => p !== itself && p.sheet === sheet && foldsTo(p.name, folded))) {
    throw nameOnSheet(name, sheet);
  }
}

/** The project's budget cells of the years given (all its years when none are) are numbers to work with. */
export function checkBudgetsReadable(project: Project, years?: readonly number[]): void {
  const bad = project.unreadable.find((u) => !years || years.includes(u.year));
  if (bad) throw unreadableBudget(bad);
}

/**
 * What every revision of a project already in the plan checks before anything is written: the project is not
 * revised twice in one round, its pages and ลำดับที่ are whole numbers, and the reason and the document it stood in
 * are given and fit a cell. Returns the reason to record.
 */
export function checkRevision({ book, round, project, request }: ProjectRevision): string {
  checkNotInRound(book, round, project.name);
  for (const side of ["was", "now"] as const) {
    for (const field of ["page", "order"] as const) placeNumber(request[side][field], side, field);
  }
  const { reason } = reasonOrStandard(request.reason);
  checkText("เหตุผล (reason)", reason);
  checkText("เอกสารเดิม (document)", request.was.document ?? "");
  if (!request.was.document?.trim()) {
    throw planError(
      "ระบุเอกสารที่โครงการปรากฏเดิม (เช่น เพิ่มเติม ครั้งที่ ๑/๒๕๖๖)",
      "Name the document the project stood in (e.g. เพิ่มเติม ครั้งที่ 1/2566)"
    );
  }
  return reason;
}

/**
 * Completes a revision of any kind: its appendix row (given its ลำดับ in the round's appendix sheet, created when
 * new), the note on the project's name and the round's text box over its budget cells.
 */
export function finishRevision(
  book: BookSnapshot,
  plan: Plan,
  parts: RevisionParts,
  appendixRow: (sequence: number) => CellValue[]
): PlannedRevision {
  const { id, round, project, what, years, markText, newSheet } = parts;
  const approvedOn = checkRound(plan, roundRegister(book), round, parts.approvedOn);
  const rowInserts = parts.inserts ?? [];
  const edits = [
    ...parts.edits.map((e) => ({ ...e, cell: afterInserts(e.cell, rowInserts) })),
    ...rowInserts.flatMap((i) => i.cells.map((e) => ({ ...e, liveIf: i.liveIf }))),
  ];
  const notices = [...(parts.notices ?? [])];
  if (newSheet) {
    notices.unshift(
      message(
        `สร้างชีตใหม่ "${newSheet.name}" ตามแบบชีต "${newSheet.template}"`,
        `A new sheet "${newSheet.name}" is made after the model of "${newSheet.template}"`
      )
    );
  }
  const sheet = appendixSheetName(book, round);
  const existing = book.sheets.find((s) => s.sheet === sheet);
  const sequence = existing ? appendixRowCount(existing) + 1 : 1;
  const row = appendixRow(sequence);
  const approved = approvedOn ? ` อนุมัติ ${thaiDate(approvedOn)}` : "";
  const columns = years.flatMap((y) => {
    const cell = budgetCell(project, y);
    return cell ? [cell.col] : [];
  });
  return {
    id,
    round,
    approvedOn,
    project,
    edits,
    sequence,
    newSheet,
    rowInserts,
    notices,
    appendixRow: row,
    appendix: appendixWrite(sheet, existing, plan, round, row),
    note: { cell: project.nameCell, text: `${roundLabel(round)}: ${what}${approved}` },
    mark: {
      name: `${roundLabel(round, false)} #${id}`,
      text: markText ?? roundLabel(round),
      sheet: project.sheet,
      row: project.row,
      firstCol: Math.min(...columns),
      lastCol: Math.max(...columns),
    },
  };
}

const PLACE_LABELS = {
  was: {
    page: message("หน้า (เดิม)", "Page (before)"),
    order: message("ลำดับที่ (เดิม)", "Order (before)"),
  },
  now: { page: message("หน้า (ใหม่)", "Page (now)"), order: message("ลำดับที่ (ใหม่)", "Order (now)") },
};

/**
 * A page or ลำดับที่ of the appendix's เดิม or ใหม่ as the pane, the command or a caller gives it (6, "๖", "" for
 * none): a whole number from 1, or the refusal that names the field.
 */
export function placeNumber(
  value: unknown,
  side: keyof typeof PLACE_LABELS,
  field: "page" | "order"
): number | undefined {
  if (value === undefined || value === null || String(value).trim() === "") return undefined;
  const n = typeof value === "number" ? value : parseWholeNumber(String(value));
  if (n === undefined || !Number.isInteger(n) || n < 1) {
    const label = PLACE_LABELS[side][field];
    throw planError(
      `${label.th} "${String(value)}" ต้องเป็นจำนวนเต็มบวก`,
      `${label.en} "${String(value)}" must be a positive whole number`
    );
  }
  return n;
}

/** What a request to revise a project already in the plan gives, whatever its kind. */
export interface ProjectRevisionRequest {
  round: Round | string;
  /** The day the executive approved the round (the register's, when left out). */
  approvedOn?: Date;
  project: ProjectQuery;
  reason?: string;
  /** Where the project stood, and where it stands in this round's document. */
  was: Placement;
  now: Omit<Placement, "document">;
}

/** A revision of a project in the plan as its planning starts: the book and plan, its round read, the project found. */
export interface ProjectRevision {
  book: BookSnapshot;
  plan: Plan;
  id: string;
  round: Round;
  project: Project;
  request: ProjectRevisionRequest;
}

/** Reads the request's round (a bare "2/2566" of the kind given) and finds its project; each kind checks on from there. */
export function startRevision(
  book: BookSnapshot,
  plan: Plan,
  id: string,
  request: ProjectRevisionRequest,
  kind?: Round["kind"]
): ProjectRevision {
  const round = roundOf(request.round, kind);
  return { book, plan, id, request, round, project: findProject(plan, request.project) };
}

/** How a revision of a project in the plan ends: what it writes, and the project เดิม beside ใหม่ for its appendix. */
export interface Rewording extends Omit<RevisionParts, "id" | "round" | "project" | "approvedOn"> {
  /** The project as a move leaves it (its new row, sheet and work plan); the project found, when it stays. */
  moved?: Project;
  /** The project as it was and as it will be (name, budgets, what changed), before where each stands. */
  before: string;
  after: string;
  reason: string;
}

/**
 * Completes a revision of a project already in the plan (แก้ไข, เปลี่ยนแปลง, a move to another work plan): its
 * appendix row gives ลำดับ, the project เดิม and ใหม่ each with the document it stands in, the reason, and the
 * strategy and work plan it is under after the revision.
 */
export function finishRewording(revision: ProjectRevision, rewording: Rewording): PlannedRevision {
  const { book, plan, id, round, request } = revision;
  const { moved, before, after, reason, ...parts } = rewording;
  const project = moved ?? revision.project;
  const now = { document: roundLabel(round), ...request.now };
  return finishRevision(
    book,
    plan,
    { ...parts, id, round, project, approvedOn: request.approvedOn },
    (sequence) => [
      toThaiDigits(String(sequence)),
      `${before} ${placementWords(plan, request.was)}`,
      `${after} ${placementWords(plan, now)}`,
      reason,
      strategyWords(project),
      project.workPlan,
    ]
  );
}
