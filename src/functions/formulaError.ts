/* global globalThis, CustomFunctions */
import { PlanError } from "../plan";

/**
 * The error a custom function throws. In Excel it is CustomFunctions.Error, which shows as #VALUE! with the
 * message in the cell's tooltip; under Node (tests, the workbook emulator) the same code and message travel
 * in a FormulaError that the emulator turns into its own #VALUE!.
 */
export class FormulaError extends Error {
  constructor(
    readonly code: "#VALUE!" | "#N/A",
    message: string
  ) {
    super(message);
    this.name = "FormulaError";
  }
}

function excelError(message: string): unknown {
  const runtime = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions;
  if (runtime?.Error) return new runtime.Error(runtime.ErrorCode.invalidValue, message);
  return new FormulaError("#VALUE!", message);
}

/** Runs a function body; a plan error becomes an Excel error with its message, never a wrong number. */
export function guarded<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof PlanError) throw excelError(error.message);
    throw error;
  }
}
