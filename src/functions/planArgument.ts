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

export function planFromArgument(values: Grid, address?: string): Plan {
  return readPlan([sheetFromArgument(values, address)]);
}

export function firstAddress(invocation?: CustomFunctions.Invocation): string | undefined {
  return invocation?.parameterAddresses?.[0];
}
