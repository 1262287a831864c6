/**
 * The model's one error type. Errors are values with a code the Excel layer maps to #N/A or #VALUE!
 * and a German message the user reads.
 */
export type KiErrorCode = "nicht_gefunden" | "mehrdeutig" | "keine_regel" | "ungueltig";

export class KiError extends Error {
  readonly code: KiErrorCode;
  /** Entity keys offered to the user (ambiguous matches or nearest names). */
  readonly candidates: string[];

  constructor(code: KiErrorCode, message: string, candidates: string[] = []) {
    super(message);
    this.name = "KiError";
    this.code = code;
    this.candidates = candidates;
    // Keeps `instanceof KiError` working when compiled to ES5-style classes.
    Object.setPrototypeOf(this, KiError.prototype);
  }
}

export function isKiError(value: unknown): value is KiError {
  return value instanceof KiError;
}
