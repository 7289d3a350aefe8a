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

/** FNV-1a over every cell: a workbook full of PLAN formulas over one range reads that range once, not per cell. */
function fingerprint(values: Grid, address = ""): string {
  let hash = 0x811c9dc5;
  const mix = (text: string) => {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  };
  mix(address);
  for (const row of values) {
    for (const cell of row) mix(`\u0001${typeof cell}${cell ?? ""}`);
    mix("\u0002");
  }
  return `${address}|${values.length}|${values[0]?.length ?? 0}|${hash >>> 0}`;
}

const CACHE_SIZE = 4;
const cache = new Map<string, Plan>();

/** The plan in the argument; the same values at the same address give the plan read last time. */
export function planFromArgument(values: Grid, address?: string): Plan {
  const key = fingerprint(values, address);
  const cached = cache.get(key);
  if (cached) return cached;
  const plan = readPlan([sheetFromArgument(values, address)]);
  cache.set(key, plan);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return plan;
}

export function firstAddress(invocation?: CustomFunctions.Invocation): string | undefined {
  return invocation?.parameterAddresses?.[0];
}
