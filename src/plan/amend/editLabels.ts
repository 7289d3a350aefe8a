import { cellAddress } from "../../common/a1";
import { message, type Message } from "../messages";
import type { BookSnapshot, CellRef, Plan, TextField } from "../model";
import { budgetCell } from "../select";
import { readSummarySheet, type SummarySheetRow } from "../summarySheet";
import { toThaiDigits } from "../thaiNumerals";
import type { CellEdit } from "./revision";
import { TEXT_FIELD_NAMES } from "./change";

const key = (cell: CellRef) => `${cell.sheet}!${cell.row}!${cell.col}`;
const year = (y: number) => ({ th: toThaiDigits(String(y)), en: String(y) });

const ROLE_WORDS: Record<CellEdit["role"], Message> = {
  budget: message("งบประมาณ", "budget"),
  total: message("ยอดรวม", "total"),
  summary: message("ผ.01", "ผ.01"),
  text: message("ข้อความ", "text"),
  added: message("แถวที่เพิ่ม", "added row"),
};

function summaryRowName(row: SummarySheetRow): string {
  const strategy = toThaiDigits(row.strategy);
  // The plan proper's rows need no form named; another section's (ผ.02/2, ผ.03) do.
  const form = row.form === "ผ.02" ? "" : `${row.form} `;
  if (row.kind === "grandTotal") return `${form}รวมทั้งสิ้น`;
  if (row.kind === "strategyTotal") return `${form}รวมยุทธศาสตร์ที่ ${strategy}`;
  return `${form}${row.tactic ? toThaiDigits(row.tactic) : strategy} ${row.workPlan}`;
}

/**
 * What each cell a revision changes is, in words, for the preview: "ยุทธ1.1 · งบประมาณปี ๒๕๖๖ · โครงการ…",
 * "ยุทธ1.1 · รวม ปี ๒๕๖๗", "ผ.01 · แผนงานเคหะและชุมชน · งบประมาณ ปี ๒๕๖๗"; a cell of a row the revision adds is
 * named by its role.
 */
export function editLabeller(book: BookSnapshot, plan: Plan): (edit: CellEdit) => Message {
  const labels = new Map<string, Message>();
  const put = (cell: CellRef | undefined, th: string, en: string) => {
    if (cell && !labels.has(key(cell))) labels.set(key(cell), message(th, en));
  };
  for (const p of plan.projects) {
    for (const y of plan.years)
      put(budgetCell(p, y), `งบประมาณปี ${year(y).th} · ${p.name}`, `budget ${y} · ${p.name}`);
    for (const [field, col] of Object.entries(p.textColumns)) {
      const name = TEXT_FIELD_NAMES[field as TextField];
      if (name && col !== undefined)
        put(
          { sheet: p.sheet, row: p.row, col },
          `${name.th} · ${p.name}`,
          `${name.en} · ${p.name}`
        );
    }
  }
  for (const t of plan.totals) {
    for (const [y, { cell }] of t.cells) put(cell, `${t.label} ปี ${year(y).th}`, `${t.label} ${y}`);
    put(t.countCell?.cell, `${t.label} จำนวนโครงการ`, `${t.label}, projects`);
  }
  // A typed ผ.01 is read only when a revision changes one of its cells.
  const summaries = new Set<string>();
  const labelSummary = (name: string) => {
    summaries.add(name);
    const sheet = book.sheets.find((s) => s.sheet === name);
    const summary = sheet ? readSummarySheet(sheet) : undefined;
    for (const summaryRow of summary?.rows ?? []) {
      // A row by what it sums, shortly: its work plan, its strategy's รวม, or รวมทั้งสิ้น.
      const row = { ...summaryRow, label: summaryRowName(summaryRow) };
      for (const y of summary!.years) {
        put(
          row.count[y],
          `${row.label} · จำนวนโครงการ ปี ${year(y).th}`,
          `${row.label} · projects ${y}`
        );
        put(row.budget[y], `${row.label} · งบประมาณ ปี ${year(y).th}`, `${row.label} · budget ${y}`);
      }
      put(
        row.totalCount,
        `${row.label} · จำนวนโครงการ รวม ${year(plan.years.length).th} ปี`,
        `${row.label} · projects, ${plan.years.length} years`
      );
      put(
        row.totalBudget,
        `${row.label} · งบประมาณ รวม ${year(plan.years.length).th} ปี`,
        `${row.label} · budget, ${plan.years.length} years`
      );
    }
  };
  return (edit) => {
    if (edit.role === "summary" && !summaries.has(edit.cell.sheet)) labelSummary(edit.cell.sheet);
    const label = labels.get(key(edit.cell)) ?? ROLE_WORDS[edit.role];
    const where = cellAddress(edit.cell);
    return message(`${where} · ${label.th}`, `${where} · ${label.en}`);
  };
}
