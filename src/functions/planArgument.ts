/* global CustomFunctions */
import { parseAddress, readPlan, type Grid, type Plan } from "../plan";

/**
 * Reads the plan a formula's first argument holds. Excel hands over the range's values and, because the
 * functions ask for parameter addresses, where the range is, so findings and errors name real cells.
 */
export function planFromArgument(values: Grid, address?: string): Plan {
  const where = address ? parseAddress(address) : undefined;
  return readPlan([
    { sheet: where?.sheet ?? "", values, top: where?.row ?? 0, left: where?.col ?? 0 },
  ]);
}

export function firstAddress(invocation?: CustomFunctions.Invocation): string | undefined {
  return invocation?.parameterAddresses?.[0];
}
