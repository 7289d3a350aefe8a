import { strategyLine, tacticLine, workPlanLine } from "./lines";
import type { PlanPlace } from "./model";
import { standardWorkPlan, workPlanKey } from "./workPlans";

/** The strategy, tactic and work plan a block's heading lines give its projects. */
export type Heading = PlanPlace;

export const NO_HEADING: Heading = {
  strategy: "",
  strategyName: "",
  tactic: "",
  tacticName: "",
  workPlan: "",
  workPlanNumber: "",
};

/** A line above a block's table, with its grid row. */
export interface HeadingLine {
  text: string;
  row: number;
}

/** A heading block read: the heading, and what its lines leave to report (rows are the lines' grid rows). */
export interface HeadingBlock {
  heading: Heading;
  /** A tactic line with no number: numbered later from the plan's other tactics (tacticNumbers.ts). */
  unnumberedTactic?: { row: number; name: string; strategyNumber?: string };
  /** The strategy line (or its absence) disagrees with the tactic's number: the tactic's is taken. */
  strategyMismatch?: { row: number; line?: string };
  /** A work plan whose name is not a standard one. */
  otherWorkPlan?: { row: number; name: string };
}

/**
 * Turns the heading lines of a block into its strategy, tactic and work plan; what the lines do not name stays
 * as the previous block's heading had it.
 */
export function readHeadingBlock(typed: readonly HeadingLine[], previous: Heading): HeadingBlock {
  const pending = typed.flatMap(splitJoinedLine);
  const lines = pending.map((l) => l.text);
  const block: HeadingBlock = { heading: previous };
  // The last of each: a block left with no project (all moved away) leaves its heading behind the next one's.
  const tacticAt = lastIndex(lines, lines.length, tacticLine);
  const tactic = tacticAt >= 0 ? tacticLine(lines[tacticAt])! : undefined;
  const workAt = lastIndex(lines, lines.length, workPlanLine);
  // The plan's strategy line is the last one before the tactic; linkage lines ก.–จ. may stand between.
  const strategyAt = lastIndex(lines, tacticAt >= 0 ? tacticAt : lines.length, strategyLine);
  const strategy = strategyAt >= 0 ? strategyLine(lines[strategyAt]) : undefined;
  const heading: Heading = { ...previous };
  if (strategy) {
    heading.strategyName = strategy.name;
    heading.strategy = strategy.number ?? "";
  }
  if (tactic) {
    // A tactic numbered within its strategy ("กลยุทธ์ที่ 2") is that strategy's: 1.2 under strategy 1.
    const strategyNumber = strategy?.number ?? (previous.strategy || undefined);
    const number =
      tactic.number ||
      (tactic.within && strategyNumber ? `${strategyNumber}.${tactic.within}` : "");
    heading.tactic = number;
    heading.tacticName = tactic.name;
    if (!number) {
      block.unnumberedTactic = {
        row: pending[tacticAt].row,
        name: tactic.name,
        strategyNumber: strategy?.number,
      };
    } else {
      heading.strategy = number.split(".")[0];
      // A later block of the sheet, under the strategy already in force, needs no strategy line of its own.
      const inForce = !strategy && previous.strategy === heading.strategy;
      if (!inForce && (!strategy || strategy.number !== heading.strategy)) {
        block.strategyMismatch = {
          row: pending[Math.max(0, strategyAt >= 0 ? strategyAt : tacticAt - 1)].row,
          line: strategy ? lines[strategyAt] : undefined,
        };
      }
    }
  }
  if (workAt >= 0) {
    const work = workPlanLine(lines[workAt])!;
    heading.workPlan = workPlanKey(work.name);
    heading.workPlanNumber = work.number;
    if (!standardWorkPlan(work.name))
      block.otherWorkPlan = { row: pending[workAt].row, name: work.name };
  }
  block.heading = heading;
  return block;
}

/**
 * Where a strategy line goes on with its tactic (`ยุทธศาสตร์ที่ 1 … กลยุทธ์ที่ 1.1 …`, one cell merged across the
 * table), or a tactic line with its work plan (`1.1 กลยุทธ์… (1) แผนงาน…`): the place each part starts.
 */
const JOINED_TACTIC =
  /\s(?=(?:กลยุทธ์|แนวทาง(?:การพัฒนา)?)\s*(?:ที่)?\s*[0-9๐-๙]|[0-9๐-๙]+\s*\.\s*[0-9๐-๙]+\s*\.?\s*(?:กลยุทธ์|แนวทาง))/;
const JOINED_WORK_PLAN = /\s(?=\(\s*[0-9๐-๙]+\s*\)\s*(?:แผนงาน|ผง\.))/;

const numberedTactic = (text: string) => {
  const tactic = tacticLine(text);
  return Boolean(tactic?.number || tactic?.within);
};

/** Where a line may go on with the next one: the joint, what goes before it, what starts after it. */
const JOINED_LINES = [
  [JOINED_TACTIC, strategyLine, numberedTactic],
  [JOINED_WORK_PLAN, tacticLine, workPlanLine],
] as const;

/**
 * A heading cell that holds two or three of the lines, as that many lines on its row: where what goes before is
 * such a line and what follows starts another (a strategy's name that speaks of แนวทาง 4 ด้าน stays whole).
 */
function splitJoinedLine(line: HeadingLine): HeadingLine[] {
  for (const [joined, first, next] of JOINED_LINES) {
    const at = line.text.search(joined);
    if (at <= 0) continue;
    const [head, rest] = [line.text.slice(0, at).trim(), line.text.slice(at).trim()];
    if (first(head) && next(rest.split(JOINED_WORK_PLAN)[0]))
      return [{ text: head, row: line.row }, ...splitJoinedLine({ text: rest, row: line.row })];
  }
  return [line];
}

/** The last of the first `end` lines that `recognise` knows, or -1. */
function lastIndex(
  lines: readonly string[],
  end: number,
  recognise: (line: string) => unknown
): number {
  for (let i = end - 1; i >= 0; i--) if (recognise(lines[i])) return i;
  return -1;
}
