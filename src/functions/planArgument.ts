/* global CustomFunctions */
import { parseAddress, readPlan, type Grid, type Plan, type SheetValues } from "../plan";

/**
 * The block a formula's first argument holds. Excel hands over the range's values and, because the functions ask
 * for parameter addresses, where the range is, so findings and errors name real cells.
 */
export function sheetFromArgument(values: Grid, address?: string): SheetValues {
  const where = address ? parseAddress(address) : undefined;
  return { sheet: where?.sheet ?? "", values, top: where?.row ?? 0, left: where?.col ?? 0 };
}

/**
 * The plans of the ranges read last, by address and size, with the values they were read from: a workbook full of
 * PLAN formulas over one range reads that range once, not per cell. The values are compared cell by cell (equal
 * strings compare natively, far faster than reading them again) and kept as copied rows, so that a host that
 * reuses its arrays cannot change them under the cache.
 */
const CACHE_SIZE = 4;
const cache = new Map<string, { values: Grid; plan: Plan }>();

function sameValues(a: Grid, b: Grid): boolean {
  for (let r = 0; r < a.length; r++) {
    const [x, y] = [a[r], b[r]];
    if (x.length !== y.length) return false;
    for (let c = 0; c < x.length; c++) if (x[c] !== y[c]) return false;
  }
  return true;
}

/** The plan in the argument; the same values at the same address give the plan read last time. */
export function planFromArgument(values: Grid, address?: string): Plan {
  const key = `${address ?? ""}|${values.length}|${values[0]?.length ?? 0}`;
  const cached = cache.get(key);
  if (cached && sameValues(values, cached.values)) return cached.plan;
  const plan = readPlan([sheetFromArgument(values, address)]);
  cache.delete(key);
  cache.set(key, { values: values.map((row) => row.slice()), plan });
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return plan;
}

export function firstAddress(invocation?: CustomFunctions.Invocation): string | undefined {
  return invocation?.parameterAddresses?.[0];
}
