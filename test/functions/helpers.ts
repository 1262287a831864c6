/** Shared helpers of the functions tests: Excel-like calls and assertions on their results. */
import { FakeCustomFunctionsError, excelErrorValue } from "./customFunctionsStub";
import * as Functions from "../../src/functions/functions";

export { excelErrorValue };

type Wrapper = (...args: unknown[]) => unknown;

/** The functions that spread over ranges (broadcast.ts) and so answer a single value with a 1 × 1 array. */
const SPREADING = [
  "landesmittel",
  "foerderung",
  "stellen",
  "zentren",
  "info",
  "bewilligt",
  "ausgezahlt",
  "abweichung",
  "kosten",
  "eigenanteil",
] as const;

/**
 * What one cell shows for a single call: the element of the 1 × 1 array, or the error value. Anything
 * else (a larger array, a 1 × 1 array holding an error) fails the test, so the view hides nothing.
 */
export function cellOf(result: unknown): unknown {
  if (result instanceof FakeCustomFunctionsError) return result;
  if (!Array.isArray(result) || result.length !== 1 || !Array.isArray(result[0]) || result[0].length !== 1) {
    throw new Error(`expected a 1 × 1 result for a single call, got ${JSON.stringify(result)}`);
  }
  const only: unknown = result[0][0];
  if (only instanceof FakeCustomFunctionsError) {
    throw new Error("a single call must return its error value itself, not inside an array");
  }
  return only;
}

/**
 * The wrappers as the single-cell tests use them: arguments as Excel passes them to one cell, the result
 * as that cell shows it (cellOf). The raw wrappers, returning arrays, are `Functions`.
 */
export const KI = singleCellView(Functions);

/** The single-cell view of a module of wrappers (functions.ts, costFunctions.ts). */
export function singleCellView<T extends object>(wrappers: T): Record<keyof T, Wrapper> {
  return Object.fromEntries(
    Object.entries(wrappers as unknown as Record<string, Wrapper>).map(([name, fn]) => [
      name,
      (SPREADING as readonly string[]).includes(name)
        ? (...args: unknown[]) => cellOf(fn(...args))
        : (...args: unknown[]) => fn(...args),
    ]),
  ) as Record<keyof T, Wrapper>;
}

export { Functions };

/** What a case expects: a value, or an Excel error with a code and a message pattern. */
export type Expected = number | string | unknown[][] | { error: "#N/A" | "#VALUE!"; message: RegExp };

export const na = (message: RegExp): Expected => ({ error: "#N/A", message });
export const value = (message: RegExp): Expected => ({ error: "#VALUE!", message });

/** Excel serial of a calendar date (1900 system; all our dates are after 01.03.1900). */
export function serial(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

export function expectResult(actual: unknown, expected: Expected): void {
  if (typeof expected === "object" && !Array.isArray(expected)) {
    expect(actual).toBeInstanceOf(FakeCustomFunctionsError);
    const error = actual as FakeCustomFunctionsError;
    expect({ code: error.code, message: error.message }).toEqual({
      code: expected.error,
      message: expect.stringMatching(expected.message),
    });
    return;
  }
  expect(actual).not.toBeInstanceOf(FakeCustomFunctionsError);
  if (typeof expected === "number") {
    expect(typeof actual).toBe("number");
    // Euros to the cent: compare in cents so 0.1 + 0.2 style noise cannot hide or fake a difference.
    expect(Math.round((actual as number) * 100)).toBe(Math.round(expected * 100));
    expect(actual as number).toBeCloseTo(expected, 6);
  } else {
    expect(actual).toEqual(expected);
  }
}

export function isExcelErrorResult(value: unknown): value is FakeCustomFunctionsError {
  return value instanceof FakeCustomFunctionsError;
}
