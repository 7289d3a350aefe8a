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
