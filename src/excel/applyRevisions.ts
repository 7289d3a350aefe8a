import {
  followsInPlace,
  LOG_HEADER,
  LOG_SHEET,
  readPlan,
  updateInPlace,
  type PlannedRevision,
  type BookSnapshot,
  type CellRef,
  type Plan,
  type WrittenBlock,
} from "../plan";
import { applyRevision, type AmendmentResult } from "./amend";
import { readBook } from "./readBook";

/* global Excel */

/** Excel.run, or the emulator's run: where the revisions are written. */
export interface RevisionHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export interface RevisionsOptions {
  /** The id of each revision in the log (undo names it). */
  id: (index: number) => string;
  at: Date;
  /** Called after each revision is written, for a progress line on long files. */
  onProgress?: (done: number, total: number) => void;
  /** The book as already read, and its plan, when the caller has them: the run then starts on them. */
  start?: { book: BookSnapshot; plan: Plan };
}

/**
 * Plans and writes many revisions one after another, each on the book as the ones before it left it, in time
 * that grows with their number: the book is read once, and each revision's cells, read back, are taken into the
 * snapshot and the plan in place (bookUpdate.ts). A revision that makes a sheet or inserts rows is followed by
 * reading the book again. Any refusal stops the run; what was written before it stays in the workbook (the
 * command writes its output file only when every revision succeeded).
 */
export async function applyRevisions<T>(
  host: RevisionHost,
  requests: readonly T[],
  planRevision: (book: BookSnapshot, plan: Plan, request: T, index: number) => PlannedRevision,
  options: RevisionsOptions
): Promise<AmendmentResult[]> {
  const results: AmendmentResult[] = [];
  let book = options.start?.book ?? (await host.run((context) => readBook(context)));
  let plan = options.start?.plan ?? readPlan(book.sheets);
  for (const [index, request] of requests.entries()) {
    const revision = planRevision(book, plan, request, index);
    const id = options.id(index);
    const result = await host.run((context) =>
      applyRevision(context, book, revision, { id, at: options.at, plan })
    );
    results.push(result);
    options.onProgress?.(index + 1, requests.length);
    if (index === requests.length - 1) break; // nothing left to plan on the book as it now is
    const current = book;
    const followed =
      followsInPlace(current, revision) &&
      updateInPlace(
        current,
        plan,
        revision,
        await host.run((context) => readBack(context, current, result))
      );
    if (!followed) {
      book = await host.run((context) => readBook(context));
      plan = readPlan(book.sheets);
    }
  }
  return results;
}

/** The cells a revision wrote, as the workbook holds them now, in one sync. */
async function readBack(
  context: Excel.RequestContext,
  book: BookSnapshot,
  result: AmendmentResult
): Promise<WrittenBlock[]> {
  const { edits, appendix } = result.plan;
  const areas: { cell: CellRef; rows: number; cols: number }[] = [
    ...edits.map((e) => ({ cell: e.cell, rows: 1, cols: 1 })),
    {
      cell: { sheet: appendix.sheet, row: appendix.firstRow, col: 0 },
      rows: appendix.lines.length,
      cols: appendix.widths.length,
    },
  ];
  if (book.sheets.some((s) => s.sheet === LOG_SHEET))
    areas.push({
      cell: { sheet: LOG_SHEET, row: result.logged.row, col: 0 },
      rows: result.logged.rows,
      cols: LOG_HEADER.length,
    });
  const loaded = areas.map((area) => ({
    area,
    range: context.workbook.worksheets
      .getItem(area.cell.sheet)
      .getRangeByIndexes(area.cell.row, area.cell.col, area.rows, area.cols)
      .load("values"),
  }));
  await context.sync();
  return loaded.map(({ area, range }) => ({
    sheet: area.cell.sheet,
    row: area.cell.row,
    col: area.cell.col,
    values: range.values as WrittenBlock["values"],
  }));
}
