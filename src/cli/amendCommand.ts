import {
  bilingual,
  findProject,
  foldText,
  LOG_SHEET,
  planError,
  planRevision,
  PlanError,
  readLog,
  roundLabel,
  sameRound,
  type BookSnapshot,
  type Plan,
  type RevisionRequest,
  type Round,
} from "../plan";
import { changeProject } from "./changes";
import type { Emulator } from "../emulator";
import type { Files } from "./files";
import { openWorkbook, requirePlan, saveWorkbook, snapshot } from "./workbooks";

/** The project's name as the plan spells it, when the change names one the plan holds. */
function projectName(plan: Plan, change: RevisionRequest): string | undefined {
  if (change.kind === "add") return change.request.project.name;
  try {
    return findProject(plan, change.request.project).name;
  } catch {
    return undefined;
  }
}

/** A changes file applied a second time: every change of it is already in the book's log. */
function refuseRecorded(
  book: BookSnapshot,
  plan: Plan,
  changes: RevisionRequest[],
  file: string
): void {
  const log = readLog(book.sheets.find((s) => s.sheet === LOG_SHEET));
  const recorded = changes.every((change) => {
    const round = change.request.round;
    // The project is looked up only when its round has entries: a large plan's names are many.
    const entries = typeof round === "object" ? log.filter((e) => sameRound(e.round, round)) : [];
    const name = entries.length > 0 ? projectName(plan, change) : undefined;
    return name !== undefined && entries.some((e) => foldText(e.project) === foldText(name));
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
function namedError(error: PlanError, index: number, change: RevisionRequest): PlanError {
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
  changes: RevisionRequest[],
  out: string,
  files?: Files,
  onProgress?: (done: number, total: number) => void
): Promise<string[]> {
  const emulator = await openWorkbook(file);
  const notices = await applyChanges(emulator, file, changes, onProgress);
  await saveWorkbook(emulator, out, files);
  return notices;
}

/**
 * The changes applied to the open book; its notices. The snapshot and the plan live only here, so a large book's
 * are garbage before the save, which needs the memory most.
 */
async function applyChanges(
  emulator: Emulator,
  file: string,
  changes: RevisionRequest[],
  onProgress?: (done: number, total: number) => void
): Promise<string[]> {
  const { applyRevisions } =
    require("../excel/applyRevisions") as typeof import("../excel/applyRevisions");
  const book = await snapshot(emulator);
  const plan = requirePlan(book, file);
  refuseRecorded(book, plan, changes, file);
  const stamp = Date.now().toString(36);
  const id = (i: number) => `${stamp}-${i + 1}`;
  const results = await applyRevisions(
    emulator,
    changes,
    (book, plan, change, i) => {
      try {
        return planRevision(book, change, id(i), plan);
      } catch (error) {
        throw error instanceof PlanError ? namedError(error, i, change) : error;
      }
    },
    { id, at: new Date(), onProgress, start: { book, plan } }
  );
  return results.flatMap((r, i) => r.plan.notices.map((n) => `${i + 1}: ${bilingual(n)}\n`));
}
