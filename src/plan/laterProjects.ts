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

const roundsOf = (p: Project) => [p.round, ...p.marks.map((m) => roundMarker(m) ?? "")];

/**
 * A round's own รวม covers every project of that round in its block (those typed under an earlier รวม with the
 * round's text box too); a block's other รวม rows get, as `later`, the projects typed under them that no รวม
 * covers. `blocks` gives the block of each of the sheet's projects, in the same order.
 */
export function settleLaterProjects(
  totals: readonly BlockTotal[],
  projects: readonly Project[],
  blocks: readonly number[]
): void {
  const block = new Map(projects.map((p, i) => [p, blocks[i]]));
  const covered = new Set(totals.flatMap((t) => t.total.projects));
  for (const { total, block: b, round } of totals) {
    if (!round) continue;
    const more = projects.filter(
      (p) => block.get(p) === b && !covered.has(p) && roundsOf(p).includes(round)
    );
    if (more.length === 0) continue;
    total.projects = [...more, ...total.projects].sort((x, y) => x.row - y.row);
    for (const p of more) covered.add(p);
  }
  for (const { total, block: b, form } of totals) {
    if (total.scope !== "block") continue;
    const later = projects.filter(
      (p) => block.get(p) === b && p.row > total.row && !covered.has(p) && p.form === form
    );
    if (later.length > 0) total.later = later;
  }
}
