import type { BookSnapshot, Plan, Project } from "../model";

import { LOG_SHEET } from "../addinSheets";
import { readLog, type LogEntry } from "./log";
import { roundsIn, type Round } from "./rounds";

/** A project's rounds as the book shows them: the round it came in, then the marks over its row. */
export function projectRounds(project: Project): Round[] {
  return [...roundsIn(project.round), ...project.marks.flatMap((m) => roundsIn(m))];
}

/**
 * Every round the book records, oldest first: in the add-in's log, in the plan's title, in round-marker rows and
 * in the text boxes offices put over amended projects.
 */
export function bookRounds(book: BookSnapshot, plan: Plan): Round[] {
  const rounds = [
    ...readLog(book.sheets.find((s) => s.sheet === LOG_SHEET)).map((e) => e.round),
    ...roundsIn(plan.title),
    ...plan.projects.flatMap(projectRounds),
  ];
  const seen = new Set<string>();
  return rounds
    .filter((r) => {
      const key = `${r.kind} ${r.number}/${r.year}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.year - b.year || a.number - b.number);
}

/**
 * What a logged revision did, for the history list: when it was recorded, and its movement in the words of its
 * note ("ย้ายงบประมาณ ๓๐๐,๐๐๐ บาท จากปี ๒๕๖๖ ไปปี ๒๕๖๗"), or the number of cells it wrote where no note was kept.
 */
export function entrySummary(entry: LogEntry): { at?: Date; what?: string; cells: number } {
  const at = entry.rows[0]?.at ? new Date(entry.rows[0].at) : undefined;
  const note = entry.rows.find((r) => r.kind === "note");
  const line = String(note?.after ?? "")
    .split("\n")
    .at(-1);
  const what = line?.replace(/^[^:]*:\s*/, "").replace(/\s*อนุมัติ .*$/, "") || undefined;
  const cells = entry.rows.filter((r) => r.kind === "cell" || r.kind === "new").length;
  return { at: at && !Number.isNaN(at.getTime()) ? at : undefined, what, cells };
}
