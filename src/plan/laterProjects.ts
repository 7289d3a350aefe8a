import { roundMarker } from "./lines";
import type { FormKind, Project, TotalRow } from "./model";

/**
 * Offices type a later round's projects under a block's รวม (numbered from 1, marked by a text box) and leave the
 * รวม as it was. Such projects still belong to the block until a new heading or header starts another: what a
 * รวม of the block sums, and what it leaves out, is settled once the whole sheet is read (the text boxes too).
 */
export interface BlockTotal {
  total: TotalRow;
  /** The heading block the รวม closes (a number the reader gives each block of a sheet). */
  block: number;
  /** The round whose marker row opened the run the รวม closes, if one did. */
  round: string;
  form: FormKind;
}

/**
 * A later round's run typed under a รวม (numbered from 1, a text box over its first rows) is that round's: each of
 * its projects gets the round its text box names, where it had only the one the projects above it have. A round's
 * own รวม then covers every project of that round in its block; a block's other รวม rows get, as `later`, the
 * projects typed under them that no รวม covers. `blocks` gives the block of each of the sheet's projects.
 */
export function settleLaterProjects(
  totals: readonly BlockTotal[],
  projects: readonly Project[],
  blocks: readonly number[]
): void {
  // Each block's projects on their own: a sheet has a รวม for nearly every block, and scanning the whole sheet's
  // projects for each made reading a plan quadratic.
  const ofBlock = new Map<number, Project[]>();
  projects.forEach((p, i) => {
    const list = ofBlock.get(blocks[i]);
    if (list) list.push(p);
    else ofBlock.set(blocks[i], [p]);
  });
  const inBlock = (b: number) => ofBlock.get(b) ?? [];
  const blockTotals = totals.filter((t) => t.total.scope === "block");
  // The row of the block's next รวม after each one (none: Infinity).
  const nextRow: number[] = new Array(blockTotals.length);
  const laterInBlock = new Map<number, number>();
  for (let i = blockTotals.length - 1; i >= 0; i--) {
    const t = blockTotals[i];
    nextRow[i] = laterInBlock.get(t.block) ?? Infinity;
    laterInBlock.set(t.block, t.total.row);
  }
  // Only projects typed below a รวม of their block, or of a round a รวม of their block sums, can change a total.
  const lastRow = (b: number) => inBlock(b).at(-1)?.row ?? -Infinity;
  let below = false;
  blockTotals.forEach((t, i) => {
    const { total, block: b } = t;
    if (lastRow(b) <= total.row) return;
    below = true;
    const run = inBlock(b).filter((p) => p.row > total.row && p.row < nextRow[i]);
    // The round the run would have from above: the last project's the รวม sums, or (a block left with none, its
    // projects moved away) the round of the run the รวม closes.
    const inherited = total.projects.at(-1)?.round ?? t.round;
    const marked = run.flatMap((p) => p.marks.map((m) => roundMarker(m) ?? "")).find(Boolean);
    if (marked) for (const p of run) if (p.round === inherited) p.round = marked;
  });
  const ofRound = totals.some(
    ({ block: b, round }) => round && inBlock(b).some((p) => p.round === round)
  );
  if (!below && !ofRound) return;
  const covered = new Set(totals.flatMap((t) => t.total.projects));
  for (const { total, block: b, round } of totals) {
    if (!round) continue;
    const more = inBlock(b).filter((p) => !covered.has(p) && p.round === round);
    if (more.length === 0) continue;
    total.projects = [...more, ...total.projects].sort((x, y) => x.row - y.row);
    for (const p of more) covered.add(p);
  }
  for (const { total, block: b, form } of blockTotals) {
    const later = inBlock(b).filter((p) => p.row > total.row && !covered.has(p) && p.form === form);
    if (later.length > 0) total.later = later;
  }
}
