import {
  ArraySize,
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import type {
  FunctionArgument,
  ImplementedFunctions,
} from "hyperformula/typings/interpreter/plugin/FunctionPlugin";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { ProcedureAst } from "hyperformula/typings/parser";
import { cellAddress } from "../common/a1";
import type { CustomFunctions } from "../emulator/formulas";
import * as implementations from "./functions";
import { FormulaError } from "./formulaError";
import metadata from "./functions.json";

/**
 * The PLAN custom functions as a HyperFormula plugin, from the same metadata Excel reads (functions.json) and the
 * same implementations Excel runs, so =PLAN.SUMMARY(...) spills in the emulator as it does in Excel. Hosts of the
 * emulator (workbench, command line, tests) add it; HyperFormula is GPL-3.0, so this never goes into the bundles
 * Excel loads.
 */

interface ParameterMetadata {
  name: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  parameters: ParameterMetadata[];
  result: { dimensionality?: string };
  options?: { requiresParameterAddresses?: boolean };
}

const NAMESPACE = "PLAN";
const FUNCTIONS = (metadata as { functions: FunctionMetadata[] }).functions;
type Implementation = (...args: unknown[]) => unknown;

function implementationOf(id: string): Implementation {
  const implementation = (implementations as unknown as Record<string, Implementation>)[
    id.toLowerCase()
  ];
  if (!implementation)
    throw new Error(`functions.json names ${id}, which functions.ts does not export`);
  return implementation;
}

type HfValue = unknown;

/** HyperFormula's values as Excel hands them to a custom function: empty cells are null. */
function toExcelValue(value: HfValue): unknown {
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(toExcelValue));
  if (value instanceof CellError) return null;
  if (typeof value === "object" && value !== null && "val" in value)
    return (value as { val: unknown }).val;
  if (typeof value === "symbol" || value === undefined) return null;
  return value;
}

type Scalar = number | string | boolean;

function fromExcelValue(value: unknown): SimpleRangeValue | Scalar {
  if (Array.isArray(value))
    return SimpleRangeValue.onlyValues(
      value.map((row: unknown[]) => row.map((v) => (v ?? "") as Scalar))
    );
  return (value ?? "") as Scalar;
}

class PlanFunctionsPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = Object.fromEntries(
    FUNCTIONS.map((f) => [
      `${NAMESPACE}.${f.id}`,
      {
        method: "call",
        sizeOfResultArrayMethod: f.result.dimensionality === "matrix" ? "resultSize" : undefined,
        vectorizationForbidden: true,
        parameters: f.parameters.map((p): FunctionArgument => ({
          argumentType:
            p.dimensionality === "matrix"
              ? FunctionArgumentType.RANGE
              : FunctionArgumentType.SCALAR,
          optionalArg: p.optional === true,
        })),
      },
    ])
  );

  /** One entry point for every PLAN function: the id comes from the formula's procedure name. */
  call(ast: ProcedureAst, state: InterpreterState): unknown {
    const id = ast.procedureName.slice(NAMESPACE.length + 1);
    const meta = FUNCTIONS.find((f) => f.id === id)!;
    return this.runFunction(
      ast.args,
      state,
      this.metadata(ast.procedureName),
      (...args: HfValue[]) => this.invoke(meta, args)
    );
  }

  private invoke(meta: FunctionMetadata, args: HfValue[]): SimpleRangeValue | Scalar | CellError {
    const values = meta.parameters.map((_, i) => toExcelValue(args[i]));
    if (meta.options?.requiresParameterAddresses) {
      values.push({ parameterAddresses: args.map((a) => this.addressOf(a)) });
    }
    try {
      return fromExcelValue(implementationOf(meta.id)(...values));
    } catch (error) {
      if (error instanceof FormulaError) return new CellError(ErrorType.VALUE, error.message);
      throw error;
    }
  }

  private addressOf(arg: HfValue): string | undefined {
    const range = arg instanceof SimpleRangeValue ? arg.range : undefined;
    if (!range) return undefined;
    const sheet = this.dependencyGraph.sheetMapping.getSheetName(range.start.sheet) ?? "";
    const first = cellAddress({ sheet, row: range.start.row, col: range.start.col });
    const last = cellAddress({ sheet: "", row: range.end.row, col: range.end.col });
    return `${first}:${last}`;
  }

  /** The spill size of an array function: the result is computed once here, as Excel knows it only by computing. */
  resultSize(ast: ProcedureAst, state: InterpreterState): ArraySize {
    const id = ast.procedureName.slice(NAMESPACE.length + 1);
    const meta = FUNCTIONS.find((f) => f.id === id)!;
    const args = ast.args.map((a) => this.evaluateAst(a, state));
    const result = this.invoke(meta, args);
    if (result instanceof SimpleRangeValue) return new ArraySize(result.width(), result.height());
    return ArraySize.scalar();
  }
}

export const PLAN_FUNCTIONS: CustomFunctions = {
  register: () =>
    HyperFormula.registerFunctionPlugin(PlanFunctionsPlugin, {
      enGB: Object.fromEntries(
        FUNCTIONS.map((f) => [`${NAMESPACE}.${f.id}`, `${NAMESPACE}.${f.id}`])
      ),
    }),
  arrayFunctions: FUNCTIONS.filter((f) => f.result.dimensionality === "matrix").map(
    (f) => `${NAMESPACE}.${f.id}`
  ),
};
