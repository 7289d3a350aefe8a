import type { TableHeader } from "./header";
import type { CellValue, Project } from "./model";
import { tryParseAmount } from "./thaiNumerals";

/**
 * Some offices leave ที่ empty for every project. A row with nothing under ที่ but a name and a budget is then a
 * project of its own, not the one above running on, where no numbered project stands above it in its table (the
 * first row under a header, or after one unnumbered project); its lines with no budget still run on. Under a
 * numbered project such a row stays a continuation, and its budget is reported as one.
 */
export function unnumberedProject(
  row: readonly CellValue[],
  texts: readonly string[],
  h: TableHeader,
  last: Project | undefined
): boolean {
  if (last !== undefined && last.order !== "") return false;
  if (!texts[h.name] || texts[h.name].startsWith("รวม")) return false;
  for (const c of h.budget.values()) if (tryParseAmount(row[c]) !== 0) return true;
  return false;
}
