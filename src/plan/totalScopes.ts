import { settleLaterProjects, type BlockTotal } from "./laterProjects";
import type { FormKind, PlanPlace, Project, TotalRow } from "./model";

/** The scopes a รวม wider than its block sums: the sheet's, a strategy's, a tactic's. */
export type WiderScope = Exclude<TotalRow["scope"], "block">;

/** Widest first: a wider รวม closes the narrower ones under it. */
const WIDER_SCOPES: readonly WiderScope[] = ["sheet", "strategy", "tactic"];

/** What a รวม label sums: รวมทั้งสิ้น (or ทั้งหมด) the sheet, รวมยุทธศาสตร์… a strategy, รวมกลยุทธ์… a tactic. */
export function totalScope(label: string): TotalRow["scope"] {
  if (/ทั้งสิ้น|ทั้งหมด/.test(label)) return "sheet";
  if (/ยุทธศาสตร์/.test(label)) return "strategy";
  if (/กลยุทธ์|แนวทาง/.test(label)) return "tactic";
  return "block";
}

/** Where the projects summed by a sheet's next รวมทั้งสิ้น, strategy's รวม and tactic's รวม start. */
export class WiderTotals {
  private readonly from: Record<WiderScope, number> = { sheet: 0, strategy: 0, tactic: 0 };

  /**
   * The projects of the sheet a wider รวม sums: for รวมทั้งสิ้น (or ทั้งหมด) every project of the form since the
   * last such row; for a strategy's or a tactic's รวม (รวมยุทธศาสตร์…, รวมกลยุทธ์…) the projects of the last
   * block's strategy or tactic since the last such row.
   */
  totalled(
    scope: WiderScope,
    sheetProjects: readonly Project[],
    form: FormKind,
    last: Pick<PlanPlace, "strategy" | "tactic">
  ): Project[] {
    const projects = sheetProjects
      .slice(this.from[scope])
      .filter(
        (p) =>
          p.form === form &&
          (scope === "sheet" || p.strategy === last.strategy) &&
          (scope !== "tactic" || p.tactic === last.tactic)
      );
    // A wider รวม closes the narrower ones under it too.
    for (const narrower of WIDER_SCOPES.slice(WIDER_SCOPES.indexOf(scope)))
      this.from[narrower] = sheetProjects.length;
    return projects;
  }
}

/**
 * The blocks of one sheet as its rows are read, and what each รวม sums: a block's รวม the projects of its run (the
 * block's, or a round's typed under an earlier รวม), a wider รวม those of the sheet, a strategy or a tactic.
 */
export class SheetTotals {
  /** Every project of the sheet in reading order, and the heading block of each (see laterProjects.ts). */
  readonly projects: Project[] = [];
  private readonly projectBlocks: number[] = [];
  private readonly blockTotals: BlockTotal[] = [];
  private readonly wider = new WiderTotals();
  private block = 0;
  /** The projects the next block รวม sums. */
  private scope: Project[] = [];
  /** The round whose marker row opened the current scope (after a รวม), if one did. */
  private scopeRound = "";
  private scopeClosed = false;
  /** True when the current scope's projects were typed under a รวม of their block. */
  private laterRun = false;
  /** True from a table under heading lines until its first project or รวม says whether the block is new. */
  private newBlock = false;

  /** A table under heading lines: a new block, unless its first project names the block's place again. */
  tableUnderHeading(): void {
    this.newBlock = true;
  }

  /** At the first project (or รวม) under new heading lines: a new scope unless the place is the block's own. */
  settleBlock(place?: PlanPlace): void {
    if (!this.newBlock) return;
    this.newBlock = false;
    const last = this.scope.at(-1);
    // Heading lines after a รวม start another block, even where they name the same place again.
    if (
      !place ||
      !last ||
      this.scopeClosed ||
      this.laterRun ||
      last.strategy !== place.strategy ||
      last.tactic !== place.tactic ||
      last.workPlan !== place.workPlan
    )
      this.closeBlock();
  }

  private closeScope(): void {
    this.scope = [];
    this.scopeClosed = false;
    this.scopeRound = "";
    this.laterRun = false;
  }

  /** A new heading or header starts another block: projects after it are no longer under the last one's รวม. */
  closeBlock(): void {
    this.closeScope();
    this.block++;
  }

  /** A round's marker row. */
  roundMarker(marker: string): void {
    // After a รวม, a round's marker opens a block of its own: its รวม sums its projects, none when all moved away.
    // After a รวม (and a later run typed under it), a round's marker opens a run of its own.
    if (this.scopeClosed || this.laterRun) this.closeScope();
    if (this.scope.length === 0) this.scopeRound = marker;
  }

  /** A project is about to be read: after a รวม, it is the first of a run typed under it. */
  beforeProject(): void {
    if (this.scopeClosed) {
      this.closeScope();
      this.laterRun = true;
    }
  }

  add(project: Project): void {
    this.projects.push(project);
    this.projectBlocks.push(this.block);
    this.scope.push(project);
  }

  /**
   * A รวม row with the projects it sums: its block's, or the sheet's, strategy's or tactic's since the last such
   * row (of the block's place, or of `heading` where the block holds none). It closes the run it sums.
   */
  total(row: Omit<TotalRow, "projects">, form: FormKind, heading: PlanPlace): TotalRow {
    // A รวม right under a new block's heading and header sums none (its projects all moved away).
    this.settleBlock();
    const projects =
      row.scope === "block"
        ? this.scope
        : this.wider.totalled(row.scope, this.projects, form, this.scope.at(-1) ?? heading);
    const total: TotalRow = { ...row, projects };
    this.blockTotals.push({ total, block: this.block, round: this.scopeRound, form });
    this.scopeClosed = true;
    return total;
  }

  /** Once the sheet is read (its text boxes too): what each block's รวม covers and leaves out. */
  settle(): void {
    settleLaterProjects(this.blockTotals, this.projects, this.projectBlocks);
  }
}
