import {
  beforeInserts,
  cellAddress,
  planAmendment,
  planError,
  readPlan,
  roundLabel,
  type AmendmentMark,
  type AmendmentPlan,
  type AmendmentRequest,
  type BookSnapshot,
  type CellEdit,
  type CellRef,
  type LogRow,
  type Plan,
} from "../plan";
import { appendLog } from "./amendmentLog";
import { writeAppendix } from "./appendixSheet";
import { liveSummaryChange } from "./liveSummary";
import { fitNewRows, makeSheet, newSheetCheck } from "./newSheet";
import {
  apiSupported,
  asCellText,
  cellRange,
  notesSupported,
  protectionCheck,
  sameValue,
} from "./cells";

/* global Excel */

export interface AmendmentResult {
  plan: AmendmentPlan;
  /** Edits left out because the cell holds a formula that recalculates by itself. */
  formulaCells: CellEdit[];
  /** The log rows written: the 0-based first row of the log sheet and how many. */
  logged: { row: number; rows: number };
}

/** Checks, in one sync, that what the plan was read from still stands and may be written. */
async function verify(
  context: Excel.RequestContext,
  amendment: AmendmentPlan
): Promise<{
  formulaCells: CellEdit[];
  note?: string;
  markAt?: Excel.Range;
  /** Live ผ.01 formulas (=PLAN.SUMMARY) the revision's summary cells belong to, by their anchor. */
  live: { anchor: CellRef; formula: string }[];
}> {
  const fresh = amendment.newSheet?.name;
  const note =
    notesSupported() && amendment.note.cell.sheet !== fresh
      ? context.workbook.worksheets
          .getItem(amendment.note.cell.sheet)
          .notes.getItemOrNullObject(cellAddress({ ...amendment.note.cell, sheet: "" }))
          .load("content")
      : undefined;
  const refuseNewSheet = newSheetCheck(context, amendment.newSheet);
  const loaded = amendment.edits
    .filter((edit) => edit.cell.sheet !== fresh)
    .map((edit) => {
      // Checked where the cell is now: a ผ.01 row the revision inserts moves the rows below it.
      const now = beforeInserts(edit.cell, amendment.rowInserts);
      return {
        edit,
        range: now ? cellRange(context, now).load("values,formulas") : undefined,
        live: edit.liveIf ? cellRange(context, edit.liveIf).load("formulas") : undefined,
      };
    });
  const refuseProtected = protectionCheck(
    context,
    amendment.edits
      .map((e) => e.cell.sheet)
      .filter((sheet) => sheet !== fresh)
      .concat(amendment.appendix.create ? [] : [amendment.appendix.sheet])
  );
  const { mark } = amendment;
  const markAt =
    apiSupported("1.9") && mark.sheet !== fresh
      ? context.workbook.worksheets
          .getItem(mark.sheet)
          .getRangeByIndexes(mark.row, mark.firstCol, 1, mark.lastCol - mark.firstCol + 1)
          .load("top,left,width,height")
      : undefined;
  await context.sync();
  refuseProtected();
  refuseNewSheet();
  const formulaCells: CellEdit[] = [];
  const liveFormulas = new Map<string, { anchor: CellRef; formula: string }>();
  for (const { edit, range, live } of loaded) {
    if (live && String(live.formulas[0][0]).startsWith("=")) {
      formulaCells.push(edit);
      liveFormulas.set(cellAddress(edit.liveIf!), {
        anchor: edit.liveIf!,
        formula: String(live.formulas[0][0]),
      });
      continue;
    }
    if (!range) continue; // a cell of an inserted row: nothing there yet
    const formula = String(range.formulas[0][0]);
    if (formula.startsWith("=")) {
      if (edit.role === "budget") {
        throw planError(
          `งบประมาณที่ ${cellAddress(edit.cell)} เป็นสูตร (${formula}) แก้ที่ต้นทางของสูตรแทน`,
          `The budget at ${cellAddress(edit.cell)} is a formula (${formula}); change its source instead`
        );
      }
      formulaCells.push(edit);
    } else if (!sameValue(range.values[0][0], edit.before)) {
      throw planError(
        `เซลล์ ${cellAddress(edit.cell)} เปลี่ยนไปหลังจากอ่านแผน (เดิม "${String(edit.before ?? "")}" ตอนนี้ "${String(range.values[0][0])}") โปรดอ่านแผนใหม่`,
        `${cellAddress(edit.cell)} changed since the plan was read; read the plan again`
      );
    }
  }
  return {
    formulaCells,
    note: !note || note.isNullObject ? undefined : note.content,
    markAt,
    live: [...liveFormulas.values()],
  };
}

/**
 * Records one amendment in the workbook: validates everything first (nothing is written on any problem), then
 * writes the budget move, the totals, the ผ.01 figures, the appendix row, the note, the round's text box over the
 * budget cells and the log in one batch.
 * Two syncs whatever the size of the plan.
 */
export async function applyAmendment(
  context: Excel.RequestContext,
  book: BookSnapshot,
  request: AmendmentRequest,
  options: { id: string; at: Date; plan?: Plan }
): Promise<AmendmentResult> {
  const amendment = planAmendment(book, request, options.id, options.plan ?? readPlan(book.sheets));
  return applyRevision(context, book, amendment, options);
}

/** Writes any kind of planned revision (a move, a change of details): the same batch, log and undo. */
export async function applyRevision(
  context: Excel.RequestContext,
  book: BookSnapshot,
  amendment: AmendmentPlan,
  options: { id: string; at: Date }
): Promise<AmendmentResult> {
  const verified = await verify(context, amendment);
  const { formulaCells, note: earlierNote } = verified;
  // A project going where no sheet was: its sheet is made first (one more sync), then written as any other.
  const markAt = amendment.newSheet
    ? await makeSheet(context, amendment.newSheet, amendment.mark)
    : verified.markAt;
  const edits = amendment.edits.filter((e) => !formulaCells.includes(e));
  // A ผ.01 row to insert, unless the ผ.01 is a live formula (then its cells were left out as formula cells).
  const inserts = amendment.rowInserts.filter((i) =>
    edits.some((e) => e.cell.sheet === i.sheet && e.cell.row === i.row)
  );
  for (const insert of inserts) {
    context.workbook.worksheets
      .getItem(insert.sheet)
      .getRange(`${insert.row + 1}:${insert.row + 1}`)
      .insert("Down" as Excel.InsertShiftDirection);
  }

  for (const edit of edits)
    cellRange(context, edit.cell).values = [[asCellText(edit.after)]] as never;
  if (amendment.newSheet) fitNewRows(context, amendment.newSheet);
  // A live ผ.01 reads a range: rows added below it are taken in; a project elsewhere is told to the user.
  const live = verified.live.map((l) => liveSummaryChange(l.anchor, l.formula, amendment.edits));
  for (const { grow } of live) if (grow) cellRange(context, grow.cell).formulas = [[grow.after]];
  writeAppendix(context, amendment.appendix);
  // A project amended again keeps its earlier note: the new line goes under it.
  const noteText = earlierNote ? `${earlierNote}\n${amendment.note.text}` : amendment.note.text;
  if (notesSupported()) {
    const notes = context.workbook.worksheets.getItem(amendment.note.cell.sheet).notes;
    const noteAddress = cellAddress({ ...amendment.note.cell, sheet: "" });
    if (earlierNote) notes.getItem(noteAddress).content = noteText;
    else notes.add(noteAddress, noteText);
  }

  if (markAt) addMark(context, amendment.mark, markAt);

  const base = {
    id: options.id,
    round: roundLabel(amendment.round, false),
    project: amendment.project.name,
    at: options.at.toISOString(),
  };
  const log: LogRow[] = edits.map((e) => ({
    ...base,
    // A cell filled from nothing (a project added) is cleared again on undo, formats and all.
    kind: e.role === "added" ? "new" : "cell",
    sheet: e.cell.sheet,
    row: e.cell.row,
    col: e.cell.col,
    before: e.before,
    after: e.after,
  }));
  for (const { grow } of live) {
    if (grow)
      log.push({ ...base, kind: "formula", ...grow.cell, before: grow.before, after: grow.after });
  }
  const appendix = amendment.appendix;
  for (const insert of inserts)
    log.push({
      ...base,
      kind: "row",
      sheet: insert.sheet,
      row: insert.row,
      col: -1,
      before: null,
      after: null,
    });
  if (amendment.newSheet) {
    log.push({
      ...base,
      kind: "sheet",
      sheet: amendment.newSheet.name,
      row: -1,
      col: -1,
      before: null,
      after: null,
    });
  }
  if (appendix.create)
    log.push({
      ...base,
      kind: "sheet",
      sheet: appendix.sheet,
      row: -1,
      col: -1,
      before: null,
      after: null,
    });
  else {
    appendix.lines[0].forEach((value, col) =>
      log.push({
        ...base,
        kind: "new",
        sheet: appendix.sheet,
        row: appendix.firstRow,
        col,
        before: null,
        after: value,
      })
    );
  }
  if (notesSupported()) {
    log.push({
      ...base,
      kind: "note",
      sheet: amendment.note.cell.sheet,
      row: amendment.note.cell.row,
      col: amendment.note.cell.col,
      before: earlierNote ?? null,
      after: noteText,
    });
  }
  if (markAt) {
    const { mark } = amendment;
    log.push({
      ...base,
      kind: "shape",
      sheet: mark.sheet,
      row: mark.row,
      col: mark.firstCol,
      before: null,
      after: mark.name,
    });
  }
  const logged = appendLog(context, book, log);
  await context.sync();
  const notices = live.flatMap((l) => (l.notice ? [l.notice] : []));
  return {
    plan: { ...amendment, notices: [...amendment.notices, ...notices] },
    formulaCells,
    logged,
  };
}

/** The round's text box over the project's budget cells, as offices mark an amended project on the page. */
function addMark(context: Excel.RequestContext, mark: AmendmentMark, over: Excel.Range): void {
  const box = context.workbook.worksheets.getItem(mark.sheet).shapes.addTextBox(mark.text);
  box.name = mark.name;
  box.top = over.top;
  box.left = over.left;
  box.width = over.width;
  box.height = over.height;
}
