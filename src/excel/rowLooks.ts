import type { BookSnapshot, CellRef, Plan, PlannedRevision } from "../plan";

/* global Excel */

/** A blank row a revision writes into, given the formats of a row above it over the table's columns. */
export interface RowLook {
  sheet: string;
  row: number;
  /** The row whose formats it takes. */
  model: number;
  firstCol: number;
  lastCol: number;
}

/**
 * A project added (or moved to another block) goes under its sheet's last block, into rows that were blank: it
 * and the round's รวม under it take the look of their kind's nearest row above (the project row the nearest
 * project's first row, the รวม the nearest รวม), as staff copy a row, so the form's borders go on. The รวม comes
 * first: when the project takes the place of its round's รวม, the new รวม below takes that row's look before it
 * is overwritten. A row that held anything keeps its own look; the round's marker row stays plain, as on a new
 * sheet (whose rows are formatted when it is made).
 */
export function blankRowLooks(
  book: BookSnapshot,
  plan: Plan,
  revision: PlannedRevision
): RowLook[] {
  const { project } = revision;
  const sheet = project.sheet;
  if (revision.newSheet?.name === sheet) return [];
  // A project the plan already has at that row is changed where it stands: nothing is placed.
  if (plan.projects.some((p) => p.sheet === sheet && p.row === project.row)) return [];
  const values = book.sheets.find((s) => s.sheet === sheet);
  const blank = (row: number) =>
    !(values?.values[row - (values.top ?? 0)] ?? []).some((v) => v !== null && v !== "");
  const columns = [
    ...Object.values(project.textColumns),
    ...project.budgetColumns.values(),
  ] as number[];
  const firstCol = Math.min(...columns);
  const lastCol = Math.max(...columns);
  const nearestAbove = (rows: number[], row: number) =>
    Math.max(-1, ...rows.filter((r) => r < row));
  const looks: RowLook[] = [];
  const place = (row: number, rows: number[]) => {
    const model = nearestAbove(rows, row);
    if (blank(row) && model >= 0) looks.push({ sheet, row, model, firstCol, lastCol });
  };
  const onSheet = <T extends { sheet: string; row: number }>(list: readonly T[]) =>
    list.filter((x) => x.sheet === sheet).map((x) => x.row);
  place(project.row + 1, onSheet(plan.totals));
  place(project.row, onSheet(plan.projects));
  return looks;
}

/** Queues the copies of the looks' formats. */
export function copyLooks(context: Excel.RequestContext, looks: readonly RowLook[]): void {
  for (const look of looks) {
    const sheet = context.workbook.worksheets.getItem(look.sheet);
    const width = look.lastCol - look.firstCol + 1;
    sheet
      .getRangeByIndexes(look.row, look.firstCol, 1, width)
      .copyFrom(
        sheet.getRangeByIndexes(look.model, look.firstCol, 1, width),
        "Formats" as Excel.RangeCopyType
      );
  }
}

/** The cells of the looks, each once. */
export function lookCells(looks: readonly RowLook[]): CellRef[] {
  return looks.flatMap((look) =>
    Array.from({ length: look.lastCol - look.firstCol + 1 }, (_, i) => ({
      sheet: look.sheet,
      row: look.row,
      col: look.firstCol + i,
    }))
  );
}
