/**
 * Stand-in for Excel's CustomFunctions runtime in Jest: an Error class that keeps code and message
 * (so tests can assert both) and the ErrorCode values the runtime defines. Import this first.
 */
export class FakeCustomFunctionsError {
  constructor(
    public readonly code: string,
    public readonly message?: string,
  ) {}
}

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

const host = globalThis as { CustomFunctions?: unknown };
host.CustomFunctions = { Error: FakeCustomFunctionsError, ErrorCode, associate: () => undefined };

export function isExcelError(value: unknown): value is FakeCustomFunctionsError {
  return value instanceof FakeCustomFunctionsError;
}

/** An error value as Excel would pass it into a function (when allowed to). */
export function excelErrorValue(code: string): FakeCustomFunctionsError {
  return new FakeCustomFunctionsError(code);
}
