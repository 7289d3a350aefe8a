import {
  bilingual,
  findProject,
  foldText,
  LOG_SHEET,
  planAddition,
  planAmendment,
  planChange,
  planError,
  planRelocation,
  PlanError,
  readLog,
  roundLabel,
  sameRound,
  type BookSnapshot,
  type Plan,
  type Round,
} from "../plan";
import { changeProject, type Revision } from "./changes";
import type { Files } from "./files";
import { openWorkbook, requirePlan, saveWorkbook, snapshot } from "./workbooks";

/** The project's name as the plan spells it, when the change names one the plan holds. */
function projectName(plan: Plan, change: Revision): string | undefined {
  if (change.kind === "add") return change.request.project.name;
  try {
    return findProject(plan, change.request.project).name;
  } catch {
    return undefined;
  }
}

/** A changes file applied a second time: every change of it is already in the book's log. */
function refuseRecorded(book: BookSnapshot, plan: Plan, changes: Revision[], file: string): void {
  const log = readLog(book.sheets.find((s) => s.sheet === LOG_SHEET));
  const recorded = changes.every((change) => {
    const name = projectName(plan, change);
    const round = change.request.round;
    return (
      name !== undefined &&
      typeof round === "object" &&
      log.some((e) => sameRound(e.round, round) && foldText(e.project) === foldText(name))
    );
  });
  if (recorded) {
    const round = changes[0].request.round as Round;
    throw planError(
      `การแก้ไขทั้ง ${changes.length} รายการนี้บันทึกไว้ใน ${file} แล้ว (${roundLabel(round)}): ไฟล์การแก้ไขนี้ใช้กับสมุดงานนี้ไปแล้ว`,
      `These ${changes.length} change(s) are already recorded in ${file} (${roundLabel(round, false)}): this changes file was applied to this book before`
    );
  }
}

/** A change's error, named by its place in the changes file and its project. */
function namedError(error: PlanError, index: number, change: Revision): PlanError {
  const project = changeProject(change);
  return planError(
    `รายการที่ ${index + 1} (โครงการ "${project}"): ${error.detail.th}`,
    `Change ${index + 1} (project "${project}"): ${error.detail.en}`
  );
}

/**
 * Applies every change in memory, through the pane's own Office.js code, then writes the book whole; on any
 * error nothing is written. Returns the notices to print, each with its change's number.
 */
export async function amendBook(
  file: string,
  changes: Revision[],
  out: string,
  files?: Files
): Promise<string[]> {
  const { applyRevision } = require("../excel/amend") as typeof import("../excel/amend");
  const emulator = await openWorkbook(file);
  const first = await snapshot(emulator);
  refuseRecorded(first, requirePlan(first, file), changes, file);
  const notices: string[] = [];
  for (const [i, change] of changes.entries()) {
    const book = i === 0 ? first : await snapshot(emulator);
    const id = `${Date.now().toString(36)}-${i + 1}`;
    let revision;
    try {
      revision =
        change.kind === "move"
          ? planAmendment(book, change.request, id)
          : change.kind === "change"
            ? planChange(book, change.request, id)
            : change.kind === "add"
              ? planAddition(book, change.request, id)
              : planRelocation(book, change.request, id);
    } catch (error) {
      throw error instanceof PlanError ? namedError(error, i, change) : error;
    }
    await emulator.run((context) => applyRevision(context, book, revision, { id, at: new Date() }));
    notices.push(...revision.notices.map((n) => `${i + 1}: ${bilingual(n)}\n`));
  }
  await saveWorkbook(emulator, out, files);
  return notices;
}
