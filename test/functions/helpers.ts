/** Shared helpers of the functions tests: Excel-like calls and assertions on their results. */
import { FakeCustomFunctionsError, excelErrorValue } from "./customFunctionsStub";
import * as KI from "../../src/functions/functions";

export { KI, excelErrorValue };

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
