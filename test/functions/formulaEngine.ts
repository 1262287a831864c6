/**
 * The KI.* functions inside a real formula engine (HyperFormula, dev dependency only). A function
 * plugin hands each formula's arguments to the same wrappers Excel calls, converted to what Excel
 * passes: numbers, texts, booleans, null for empty or omitted, error values, 2-D arrays for ranges.
 * Wrapper results come back as values, spilled arrays or engine errors carrying our message.
 *
 * Spills: HyperFormula must know an array's size when the formula is parsed. For KI.LUECKEN and
 * KI.REGISTERTABELLE the size is taken from a call with the literal arguments of the formula (a reference
 * as stichtag, or a szenario that adds rows, cannot be sized then); tests use literal arguments.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import { excelErrorValue, isExcelError } from "./customFunctionsStub";
import * as KI from "../../src/functions/functions";
import * as KI_COSTS from "../../src/functions/costFunctions";

interface AstLike {
  type: string;
  value?: unknown;
}
interface ProcedureAstLike {
  args: AstLike[];
}

const ERROR_CODES: Partial<Record<ErrorType, string>> = {
  [ErrorType.NA]: "#N/A",
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.REF]: "#REF!",
  [ErrorType.NAME]: "#NAME?",
  [ErrorType.NUM]: "#NUM!",
};

/** One engine value as Excel would hand it to a custom function. */
function toExcelCell(value: unknown): unknown {
  if (value === EmptyValue || value === undefined) return null;
  if (value instanceof CellError) return excelErrorValue(ERROR_CODES[value.type] ?? "#VALUE!");
  // Dates, currencies and percentages are numbers with a format attached.
  if (typeof value === "object" && value !== null && typeof (value as { val?: unknown }).val === "number") {
    return (value as { val: number }).val;
  }
  return value;
}

function toExcelArgument(value: unknown): unknown {
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(toExcelCell));
  return toExcelCell(value);
}

function toEngineScalar(result: unknown): unknown {
  if (isExcelError(result)) {
    return new CellError(result.code === "#N/A" ? ErrorType.NA : ErrorType.VALUE, result.message);
  }
  return result;
}

/** A 1 × 1 array is one cell's value, as Excel shows it; larger arrays spill, errors included. */
function toEngineValue(result: unknown): unknown {
  if (Array.isArray(result)) {
    const rows = result as unknown[][];
    if (rows.length === 1 && rows[0].length === 1) return toEngineScalar(rows[0][0]);
    return SimpleRangeValue.onlyValues(rows.map((row) => row.map(toEngineScalar)) as never);
  }
  return toEngineScalar(result);
}

type Wrapper = (...args: never[]) => unknown;

/**
 * Engine name -> wrapper and its number of parameters (the optional ones are marked by `required`).
 * `spread`: the positions of the parameters the function spreads over (broadcast.ts); its result size
 * is then the broadcast of those arguments' sizes, known at parse time from the references.
 */
const FUNCTIONS: Record<
  string,
  { fn: Wrapper; params: number; required: number; spill?: boolean; spread?: number[] }
> = {
  "KI.LANDESMITTEL": { fn: KI.landesmittel, params: 3, required: 1, spread: [0] },
  "KI.FOERDERUNG": { fn: KI.foerderung, params: 4, required: 2, spread: [0, 1] },
  "KI.STELLEN": { fn: KI.stellen, params: 4, required: 1, spread: [0, 1] },
  "KI.ZENTREN": { fn: KI.zentren, params: 2, required: 1, spread: [0] },
  "KI.LUECKEN": { fn: KI.luecken, params: 2, required: 0, spill: true },
  "KI.REGISTERTABELLE": { fn: KI.register, params: 2, required: 0, spill: true },
  "KI.INFO": { fn: KI.info, params: 2, required: 2, spread: [0, 1] },
  "KI.BEWILLIGT": { fn: KI.bewilligt, params: 4, required: 3, spread: [0, 1] },
  "KI.AUSGEZAHLT": { fn: KI.ausgezahlt, params: 3, required: 3, spread: [0, 1] },
  "KI.ABWEICHUNG": { fn: KI.abweichung, params: 5, required: 3, spread: [0, 1] },
  "KI.KOSTEN": { fn: KI_COSTS.kosten, params: 4, required: 2, spread: [0, 1] },
  "KI.EIGENANTEIL": { fn: KI_COSTS.eigenanteil, params: 3, required: 2, spread: [0, 1] },
};

/** Broadcast of sizes as broadcast.ts does it; a clash is one cell (the #VALUE! with its message). */
function broadcastSize(sizes: ArraySize[]): ArraySize {
  let width = 1;
  let height = 1;
  // width and height only: HyperFormula marks every range size as a reference (isRef), so
  // isScalar() is true for ranges too.
  for (const size of sizes) {
    const w = size.width === width || size.width === 1 ? width : width === 1 ? size.width : -1;
    const h = size.height === height || size.height === 1 ? height : height === 1 ? size.height : -1;
    if (w < 0 || h < 0) return ArraySize.scalar();
    width = w;
    height = h;
  }
  return width === 1 && height === 1 ? ArraySize.scalar() : new ArraySize(width, height);
}

const methodName = (name: string) => name.replace("KI.", "ki_").toLowerCase();

/** Literal value of an argument at parse time, or undefined when it is not a literal. */
function literal(ast: AstLike | undefined): { ok: boolean; value?: unknown } {
  if (ast === undefined || ast.type === "EMPTY") return { ok: true, value: null };
  if (ast.type === "NUMBER" || ast.type === "STRING") return { ok: true, value: ast.value };
  return { ok: false };
}

class KiPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = Object.fromEntries(
    Object.entries(FUNCTIONS).map(([name, spec]) => [
      name,
      {
        method: methodName(name),
        ...(spec.spill === true || spec.spread !== undefined
          ? { sizeOfResultArrayMethod: `${methodName(name)}_size`, vectorizationForbidden: true }
          : {}),
        parameters: Array.from({ length: spec.params }, (_, i) => ({
          // ANY: ranges arrive whole (not vectorized) and error values propagate before the call,
          // as Excel does for custom functions.
          argumentType: FunctionArgumentType.ANY,
          ...(i >= spec.required ? { optionalArg: true } : {}),
        })),
      },
    ]),
  );

  call(name: string, ast: ProcedureAstLike, state: unknown): unknown {
    const spec = FUNCTIONS[name];
    const run = this.runFunction as unknown as (
      args: unknown,
      state: unknown,
      metadata: unknown,
      fn: (...args: unknown[]) => unknown,
    ) => unknown;
    return run(ast.args, state, this.metadata(name), (...args: unknown[]) =>
      toEngineValue((spec.fn as (...a: unknown[]) => unknown)(...args.map(toExcelArgument))),
    );
  }

  size(name: string, ast: ProcedureAstLike, state: unknown): ArraySize {
    const spread = FUNCTIONS[name].spread;
    if (spread !== undefined) {
      const sizeOf = this.arraySizeForAst as unknown as (ast: unknown, state: unknown) => ArraySize;
      return broadcastSize(
        spread
          .map((i) => ast.args[i])
          .filter((arg) => arg !== undefined && arg.type !== "EMPTY")
          .map((arg) => sizeOf.call(this, arg, state)),
      );
    }
    const values = ast.args.map(literal);
    if (values.some((v) => !v.ok)) return ArraySize.error();
    const result = (FUNCTIONS[name].fn as (...a: unknown[]) => unknown)(...values.map((v) => v.value));
    if (!Array.isArray(result)) return ArraySize.scalar();
    return new ArraySize((result[0] as unknown[]).length, result.length);
  }
}

// One method per function, as HyperFormula looks them up by name.
for (const name of Object.keys(FUNCTIONS)) {
  const proto = KiPlugin.prototype as unknown as Record<string, unknown>;
  proto[methodName(name)] = function (this: KiPlugin, ast: ProcedureAstLike, state: unknown) {
    return this.call(name, ast, state);
  };
  if (FUNCTIONS[name].spill === true || FUNCTIONS[name].spread !== undefined) {
    proto[`${methodName(name)}_size`] = function (this: KiPlugin, ast: ProcedureAstLike, state: unknown) {
      return this.size(name, ast, state);
    };
  }
}

let registered = false;

/** A fresh engine with the KI plugin; sheets given as rows of raw cell content. */
export function buildWorkbook(sheets: Record<string, unknown[][]>): HyperFormula {
  if (!registered) {
    const names = Object.fromEntries(Object.keys(FUNCTIONS).map((n) => [n, n]));
    HyperFormula.registerFunctionPlugin(KiPlugin, { enGB: names });
    registered = true;
  }
  return HyperFormula.buildFromSheets(sheets as never, { licenseKey: "gpl-v3" });
}
