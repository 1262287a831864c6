/**
 * The boundary between the model's errors and Excel's error values. Every KI.* wrapper runs its body
 * through `excelCall`, so Excel only ever sees a plain result or a CustomFunctions.Error with a German
 * message, never a thrown exception (which Excel would show as a bare #VALUE! without a reason).
 */
import { KiError, type KiErrorCode } from "../model";

/** #N/A for "there is no such thing" (entity, rule, gap); #VALUE! for "the argument is wrong". */
const EXCEL_CODE_BY_KI_CODE: Record<KiErrorCode, "notAvailable" | "invalidValue"> = {
  nicht_gefunden: "notAvailable",
  mehrdeutig: "notAvailable",
  keine_regel: "notAvailable",
  ungueltig: "invalidValue",
};

/** A bound on what a cell shows: messages quote user input, which must not blow up a tooltip. */
const MAX_MESSAGE_LENGTH = 1000;

function shorten(message: string): string {
  return message.length <= MAX_MESSAGE_LENGTH ? message : `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…`;
}

export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof KiError) {
    const code = CustomFunctions.ErrorCode[EXCEL_CODE_BY_KI_CODE[error.code]];
    return new CustomFunctions.Error(code, shorten(error.message));
  }
  // A bug of ours, not the user's input: say so plainly rather than leak a stack trace into a cell.
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    shorten(`Interner Fehler in KI-Planer: ${detail}`),
  );
}

/** Run a function body; turn whatever it throws into an Excel error value. */
export function excelCall<T>(body: () => T): T | CustomFunctions.Error {
  try {
    return body();
  } catch (error) {
    return toExcelError(error);
  }
}
