import { planError, type Message } from "../messages";
import type { BookSnapshot, Plan, Project, TextField } from "../model";
import { readPlan } from "../reader";
import { budgetCell, budgetIn, planYear } from "../select";
import { formatAmount, toThaiDigits } from "../thaiNumerals";
import type { CellEdit, PlannedRevision } from "./revision";
import {
  budgetArgument,
  checkBudgetsReadable,
  checkNameFree,
  checkRevision,
  checkText,
  finishRewording,
  startRevision,
  type ProjectRevisionRequest,
} from "./revisionSteps";
import { budgetWords } from "./appendixText";
import { budgetChangeEdits, valueAt } from "./edits";

/**
 * เปลี่ยนแปลง: a change of any detail of a project already in the plan — its name, objective, target, KPI, expected
 * result, responsible unit, or the budget of any year. The project's cells change in place (a text that ran on to
 * continuation rows is written whole on the first), its sheet's รวม rows and the ผ.01 rows follow the budgets, and
 * the appendix shows the project เดิม beside เปลี่ยนแปลง.
 */
export interface ChangeRequest extends ProjectRevisionRequest {
  /** New texts, by field; a field left out stays as it is. */
  set?: Partial<Record<TextField, string>>;
  /** New budget by fiscal year (Buddhist era); a year left out stays as it is. */
  budgets?: Record<string | number, unknown>;
}

export const TEXT_FIELD_NAMES: Record<TextField, Message> = {
  name: { th: "ชื่อโครงการ", en: "name" },
  objective: { th: "วัตถุประสงค์", en: "objective" },
  target: { th: "เป้าหมาย", en: "target" },
  kpi: { th: "ตัวชี้วัด", en: "KPI" },
  outcome: { th: "ผลที่คาดว่าจะได้รับ", en: "expected result" },
  unit: { th: "หน่วยงานรับผิดชอบ", en: "responsible unit" },
};

/** A project's texts by field, as the plan reads them. */
export function projectTexts(project: Project): Record<TextField, string> {
  return Object.fromEntries(
    (Object.keys(TEXT_FIELD_NAMES) as TextField[]).map((f) => [f, project[f]])
  ) as Record<TextField, string>;
}

function newBudgets(plan: Plan, project: Project, budgets: ChangeRequest["budgets"]) {
  return Object.entries(budgets ?? {}).map(([yearText, value]) => {
    const year = planYear(plan, yearText);
    checkBudgetsReadable(project, [year]);
    return { year, after: budgetArgument(year, value) };
  });
}

function textEdits(book: BookSnapshot, project: Project, set: ChangeRequest["set"]): CellEdit[] {
  const edits: CellEdit[] = [];
  for (const [field, value] of Object.entries(set ?? {}) as [TextField, string][]) {
    if (!(field in TEXT_FIELD_NAMES)) {
      throw planError(
        `"${field}" ไม่ใช่รายการที่เปลี่ยนได้ (${Object.values(TEXT_FIELD_NAMES)
          .map((n) => n.th)
          .join(", ")})`,
        `"${field}" cannot be changed; these can: ${Object.keys(TEXT_FIELD_NAMES).join(", ")}`
      );
    }
    const col = project.textColumns[field];
    if (col === undefined) {
      throw planError(
        `ตารางของโครงการนี้ไม่มีคอลัมน์${TEXT_FIELD_NAMES[field].th}`,
        `The project's table has no ${TEXT_FIELD_NAMES[field].en} column`
      );
    }
    checkText(TEXT_FIELD_NAMES[field].th, value);
    for (let row = project.row; row <= project.lastRow; row++) {
      const cell = { sheet: project.sheet, row, col };
      const before = valueAt(book, cell);
      const after = row === project.row ? value : "";
      if ((before ?? "") !== after) edits.push({ cell, before, after, role: "text" });
    }
  }
  return edits;
}

/** "ชื่อ ช่องปีงบประมาณ … งบประมาณ … บาท วัตถุประสงค์ …" for one side of the appendix row. */
function describe(
  plan: Plan,
  texts: Record<TextField, string>,
  budgets: (year: number) => number,
  changed: TextField[]
): string {
  const years = plan.years.filter((y) => budgets(y) > 0);
  const details = changed
    .filter((f) => f !== "name")
    .map((f) => `${TEXT_FIELD_NAMES[f].th} ${texts[f] || "-"}`);
  return [
    texts.name,
    budgetWords(years.map((year) => ({ year, amount: budgets(year) }))),
    ...details,
  ]
    .filter(Boolean)
    .join(" ");
}

export function planChange(
  book: BookSnapshot,
  request: ChangeRequest,
  id: string,
  plan = readPlan(book.sheets)
): PlannedRevision {
  const revision = startRevision(book, plan, id, request, "เปลี่ยนแปลง");
  const { project } = revision;
  const changes = newBudgets(plan, project, request.budgets);
  const set = request.set ?? {};
  if (changes.length === 0 && Object.keys(set).length === 0) {
    throw planError("ยังไม่ได้ระบุสิ่งที่เปลี่ยนแปลง", "Nothing to change was given");
  }
  const after = (year: number) =>
    changes.find((c) => c.year === year)?.after ?? budgetIn(project, year);
  if (!plan.years.some((y) => after(y) > 0)) {
    throw planError(
      "หลังเปลี่ยนแปลง โครงการจะไม่มีงบประมาณในปีใดเลย",
      "After the change the project would have no budget in any year"
    );
  }
  const newName = set.name?.trim();
  if (newName) checkNameFree(plan, project.sheet, newName, project);
  const reason = checkRevision(revision);
  const edits = [
    ...textEdits(book, project, set),
    ...budgetChangeEdits(
      book,
      plan,
      project,
      changes.filter((c) => c.after !== budgetIn(project, c.year))
    ),
  ];
  if (edits.length === 0) {
    throw planError(
      "สิ่งที่ระบุเหมือนกับที่มีอยู่แล้วในแผน ไม่มีอะไรเปลี่ยน",
      "What was given is what the plan already says; nothing changes"
    );
  }

  const changed = Object.keys(set) as TextField[];
  const before = projectTexts(project);
  const now = { ...before, ...set };
  const what = [
    ...changed.map((f) => TEXT_FIELD_NAMES[f].th),
    ...changes.map(
      (c) => `งบประมาณปี ${toThaiDigits(String(c.year))} เป็น ${formatAmount(c.after)} บาท`
    ),
  ].join(", ");
  return finishRewording(revision, {
    edits,
    what: `เปลี่ยนแปลง ${what}`,
    years: plan.years.filter((y) => budgetCell(project, y)),
    before: describe(plan, before, (y) => budgetIn(project, y), changed),
    after: describe(plan, now, after, changed),
    reason,
  });
}
