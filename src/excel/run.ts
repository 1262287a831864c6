/**
 * The one Excel.run wrapper of the pane's actions. Each action is ONE Excel.run through `run`; the tests
 * count its round trips (requests) in the Excel host of test/excel/host, not its context.sync calls.
 * Office.js code stays thin in the action files; what to write comes from tables.ts, how to merge from
 * merge.ts.
 */
import { ExcelActionError } from "./types";

/** Runs one batch against the workbook; Excel.run in Excel, a fake in tests. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

let runner: ExcelRunner | null = null;

/** Tests install a fake workbook here; null restores Excel.run. */
export function setExcelRunner(next: ExcelRunner | null): void {
  runner = next;
}

/** One Excel.run; every failure becomes an ExcelActionError with a German message. */
export async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  const active: ExcelRunner | null =
    runner ?? (typeof Excel !== "undefined" && typeof Excel.run === "function" ? (b) => Excel.run(b) : null);
  if (active === null) {
    throw new ExcelActionError("kein_excel", "Das Schreiben in Tabellenblätter ist nur in Excel möglich.");
  }
  try {
    return await active(batch);
  } catch (error) {
    if (error instanceof ExcelActionError) throw error;
    const text = error instanceof Error ? error.message : String(error);
    throw new ExcelActionError("excel_fehler", `Excel hat die Aktion nicht ausgeführt: ${text}`, {
      cause: text,
    });
  }
}
