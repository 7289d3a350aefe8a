import type { CellRef } from "../../common/a1";
import { planError, type Message } from "../messages";
import type { BookSnapshot, CellValue, Plan, Project, TextField } from "../model";
import { readPlan } from "../reader";
import { budgetIn, planYear, withBudgets } from "../select";
import { foldText, formatAmount, toThaiDigits, tryParseAmount } from "../thaiNumerals";
import { standardWorkPlan, workPlanKey } from "../workPlans";
import {
  budgetArgument,
  checkText,
  finishRevision,
  type PlannedRevision,
  type CellEdit,
} from "./revision";
import { renderBudget, renderLike } from "./budgetStyle";
import { sheetBudgetStyle, summaryEdits, valueAt } from "./edits";
import { LOG_SHEET, loggedFor } from "./log";
import { newPlace, type NewSheet } from "./newSheet";
import { summaryRowInserts, type RowInsert } from "./summaryRow";
import { parseRound, roundLabel, sameRound, type Round } from "./rounds";

/**
 * เพิ่มเติม: a new project, with every ผ.02 column, goes to the sheet of its tactic and work plan, after a marker
 * row of its round and numbered from 1 within the round as offices do; the round's own รวม row below it and the
 * ผ.01 rows follow, the row gets the round's text box, and the appendix lists the added projects in the ผ.02
 * layout. A second project of the same round joins the first, above their รวม.
 */
export interface AdditionRequest {
  round: Round | string;
  approvedOn?: Date;
  /** Where it goes: the tactic ("4.3") and the work plan (a standard one). */
  tactic: string;
  workPlan: string;
  project: Partial<Record<TextField, string>> & { name: string };
  /** Budget by fiscal year (Buddhist era). */
  budgets: Record<string | number, unknown>;
}

function requestedBudgets(plan: Plan, budgets: AdditionRequest["budgets"]): Record<number, number> {
  const result: Record<number, number> = {};
  for (const [yearText, value] of Object.entries(budgets ?? {})) {
    const year = planYear(plan, yearText);
    const amount = budgetArgument(year, value);
    if (amount > 0) result[year] = amount;
  }
  if (Object.keys(result).length === 0) {
    throw planError(
      "โครงการที่เพิ่มต้องมีงบประมาณอย่างน้อยหนึ่งปี",
      "A new project needs a budget in some year"
    );
  }
  return result;
}

/** Where a project of a tactic and work plan goes, and the book as it will read there (a new sheet included). */
export interface Place {
  home: Project;
  book: BookSnapshot;
  /** A sheet to make first, when no sheet holds the tactic and work plan; its rewritten heading cells. */
  newSheet?: NewSheet;
  edits: CellEdit[];
}

/**
 * The sheet the project joins: where the plan's last project of that tactic and work plan is, ending its sheet;
 * a new sheet in the book's own style when there is none.
 */
export function placeFor(
  book: BookSnapshot,
  plan: Plan,
  tactic: string,
  workPlan: string,
  round: Round
): Place {
  const same = plan.projects.filter(
    (p) => p.form === "ผ.02" && p.tactic === tactic && p.workPlan === workPlan
  );
  const last = same.at(-1);
  if (!last) {
    const place = newPlace(book, plan, tactic, workPlan, round);
    return { home: place.home, book: place.book, newSheet: place.sheet, edits: place.edits };
  }
  const after = plan.projects.filter((p) => p.sheet === last.sheet && p.row > last.row);
  if (after.length > 0) {
    throw planError(
      `ชีต ${last.sheet} มีแผนงานอื่นต่อจาก ${workPlan}: ต่อท้ายไม่ได้โดยไม่ปนกัน`,
      `Sheet ${last.sheet} goes on with another work plan after ${workPlan}; the project cannot be added at its end`
    );
  }
  return { home: last, book, edits: [] };
}

export function planAddition(
  book: BookSnapshot,
  request: AdditionRequest,
  id: string,
  plan = readPlan(book.sheets)
): PlannedRevision {
  const round =
    typeof request.round === "string" ? parseRound(request.round, "เพิ่มเติม") : request.round;
  const name = request.project.name?.trim();
  if (!name) throw planError("ระบุชื่อโครงการที่เพิ่ม", "Name the project to add");
  const work = standardWorkPlan(request.workPlan);
  if (!work) {
    throw planError(
      `"${request.workPlan}" ไม่ใช่แผนงานมาตรฐาน`,
      `"${request.workPlan}" is not a standard work plan`
    );
  }
  const budgets = requestedBudgets(plan, request.budgets);
  const place = placeFor(book, plan, request.tactic.trim(), workPlanKey(work), round);
  const sheet = place.home.sheet;
  if (plan.projects.some((p) => p.sheet === sheet && foldText(p.name) === foldText(name))) {
    throw planError(
      `ชื่อ "${name}" มีอยู่แล้วในชีต ${sheet}`,
      `"${name}" is already a project on ${sheet}`
    );
  }
  for (const [field, text] of Object.entries(request.project)) checkText(field, text ?? "");
  if (
    loggedFor(
      book.sheets.find((s) => s.sheet === LOG_SHEET),
      name
    ).some((e) => sameRound(e.round, round))
  ) {
    throw planError(
      `โครงการ "${name}" ถูกเพิ่มแล้วใน${roundLabel(round)}`,
      `"${name}" was already added in ${roundLabel(round, false)}`
    );
  }

  const { edits, project, inserts, notices } = placeProject(
    place.book,
    plan,
    place.home,
    round,
    { ...request.project, name },
    budgets
  );
  return finishRevision(
    book,
    plan,
    {
      id,
      round,
      project: withBudgets(project, budgets),
      edits: [...place.edits, ...edits],
      newSheet: place.newSheet,
      inserts,
      notices,
      what: "เพิ่มโครงการ",
      approvedOn: request.approvedOn,
      years: plan.years,
    },
    (sequence) => [
      toThaiDigits(String(sequence)),
      name,
      project.objective,
      project.target,
      ...plan.years.map((y) => (budgets[y] ? formatAmount(budgets[y]) : "-")),
      project.kpi,
      project.outcome,
      project.unit,
    ]
  );
}

/**
 * Writes a project at the end of its home block, as offices add one in a later round: after the round's marker
 * row and numbered from 1 within the round, with the round's own รวม under it (a second project of the round takes
 * the รวม row's place and the รวม moves down); the ผ.01 rows follow. The edits, and the project as it will read.
 */
export function placeProject(
  book: BookSnapshot,
  plan: Plan,
  home: Project,
  round: Round,
  fields: Partial<Record<TextField, string>> & { name: string },
  budgets: Record<number, number>
): { edits: CellEdit[]; project: Project; inserts: RowInsert[]; notices: Message[] } {
  const sheet = home.sheet;
  // The round's block on the sheet: its projects and their รวม row, if an earlier addition made them.
  const label = roundLabel(round, false);
  const block = plan.projects.filter(
    (p) =>
      p.sheet === sheet &&
      p.round === label &&
      p.tactic === home.tactic &&
      p.workPlan === home.workPlan
  );
  const total = plan.totals.find(
    (t) =>
      t.sheet === sheet &&
      t.row > home.row &&
      t.projects.length > 0 &&
      t.projects.every((p) => block.includes(p))
  );
  // The round's projects no รวม covers yet (typed under a block's รวม): its new รวม covers them too.
  const covered = new Set(plan.totals.flatMap((t) => t.projects));
  const uncovered = block.filter((p) => !covered.has(p));
  const values = book.sheets.find((s) => s.sheet === sheet)!;
  const end = (values.top ?? 0) + values.values.length;
  const style = sheetBudgetStyle(book, plan, sheet);
  const digits = (n: number) => (style.digits === "thai" ? toThaiDigits(String(n)) : String(n));
  const columns = home.textColumns;
  const order = columns.order ?? home.nameCell.col - 1;
  const edits: CellEdit[] = [];
  const write = (cell: CellRef, after: CellValue, role: CellEdit["role"]) => {
    const before = valueAt(book, cell);
    if ((before ?? "") === "" && (after ?? "") === "") return;
    edits.push({ cell, before, after, role: (before ?? "") === "" ? "added" : role });
  };
  const at = (row: number, col: number): CellRef => ({ sheet, row, col });

  let row: number;
  if (total) {
    row = total.row; // the project takes the รวม row's place; the รวม moves one down
    const below = values.values[total.row + 1 - (values.top ?? 0)] ?? [];
    if (below.some((v) => v !== null && v !== undefined && v !== "")) {
      throw planError(
        `ไม่มีแถวว่างใต้ยอดรวมของ${roundLabel(round)}ในชีต ${sheet}`,
        `No empty row under the ${roundLabel(round, false)} total on ${sheet}`
      );
    }
  } else {
    row = end + 1; // a blank row, the round's marker, then the project
    write(at(end, order), label, "added");
  }
  // Numbered within its run: the projects its round's รวม covers, this one after them.
  const number = (total ? total.projects : uncovered).length + 1;
  const project: Project = {
    ...home,
    order: String(number),
    name: fields.name,
    objective: fields.objective ?? "",
    target: fields.target ?? "",
    kpi: fields.kpi ?? "",
    outcome: fields.outcome ?? "",
    unit: fields.unit ?? "",
    round: label,
    marks: [],
    // Nothing yet: the ผ.01 edits below add the whole of its budgets.
    amounts: home.years.map(() => 0),
    budgetRows: undefined,
    unreadable: [],
    nameCell: at(row, home.nameCell.col),
    row,
    lastRow: row,
  };
  // The row the project takes: every column of the table, the รวม row's cells there overwritten.
  const width = Math.max(...Object.values(columns).map(Number), ...home.budgetColumns.values());
  for (let col = Math.min(order, ...home.budgetColumns.values()); col <= width; col++) {
    const field = (Object.keys(columns) as (keyof typeof columns)[]).find(
      (f) => columns[f] === col
    );
    const year = [...home.budgetColumns].find(([, c]) => c === col)?.[0];
    const value: CellValue =
      field === "order"
        ? digits(number)
        : field
          ? (project[field as TextField] ?? "")
          : year !== undefined
            ? renderBudget(budgets[year] ?? 0, style)
            : "";
    write(at(row, col), value, field ? "text" : "budget");
  }
  // The round's รวม, one row down: the figures of its projects, this one with them.
  const totalRow = row + 1;
  write(at(totalRow, order), "รวม", "total");
  if (columns.name !== undefined)
    write(at(totalRow, columns.name), `${digits(number)} โครงการ`, "total");
  for (const [year, col] of home.budgetColumns) {
    const before = total?.cells.get(year)?.value ?? "";
    const already = total
      ? (tryParseAmount(before) ?? 0)
      : uncovered.reduce((s, p) => s + budgetIn(p, year), 0);
    const sum = already + (budgets[year] ?? 0);
    // A new รวม row shows its zero years as totals do ("๐"), not as a blank project cell.
    const zero =
      style.digits === "number" ? 0 : formatAmount(0, { thaiDigits: style.digits === "thai" });
    write(
      at(totalRow, col),
      sum === 0 && before === "" ? zero : renderLike(sum, before, style),
      "total"
    );
  }
  edits.push(
    ...summaryEdits(
      book,
      project,
      plan.years.map((year) => ({ year, after: budgets[year] ?? 0 }))
    )
  );
  // A work plan new to the plan gets its own ผ.01 row, written like the one above it. (A ผ.01 that lacks the row
  // of a work plan already in the details is the checker's finding, not to be half-filled here.)
  const known = plan.projects.some(
    (p) =>
      p.form === project.form &&
      p.strategy === project.strategy &&
      p.tactic === project.tactic &&
      p.workPlan === project.workPlan
  );
  const { inserts, notices } = known
    ? { inserts: [], notices: [] }
    : summaryRowInserts(book, project, budgets);
  return { edits, project, inserts, notices };
}
