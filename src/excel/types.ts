/**
 * Public types of the Office.js layer (src/excel). The task pane codes against these; keep them small
 * and stable. Everything a user reads is German; the pane maps `code`s to its own string tables.
 */
import type { IsoDate, ScenarioIssue } from "../model/types";

/** Options every long-running action accepts. */
export interface ActionOptions {
  /**
   * Cancels the action. Honoured up to the moment the write batch is sent: a cancelled action rejects
   * with ExcelActionError("abgebrochen") and has changed nothing in the workbook.
   */
  signal?: AbortSignal;
  /** Progress in steps (read, compute, ask, write); `total` is fixed per action. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Asked once per action with all cells where the add-in would overwrite a value the user typed into
   * a cell the add-in owns. true = overwrite them all, false = keep the user's values. Without this
   * callback the user's values are kept (nothing the user wrote is lost silently).
   */
  confirmOverwrite?: (conflicts: CellConflict[]) => Promise<boolean>;
}

/** A cell of an add-in column whose value the user changed and the add-in now wants to change. */
export interface CellConflict {
  sheet: string;
  /** A1 address on the sheet at the time of reading, e.g. "F7". */
  address: string;
  /** Column header, e.g. "Start". */
  column: string;
  /** Value of the row's key column, e.g. "05358". */
  rowKey: string;
  /** What the cell holds now (a formula as text when it holds one). */
  userValue: unknown;
  /** What the add-in would write. */
  newValue: unknown;
}

export type NoticeCode =
  /** Stored memory of what the add-in wrote was unreadable; existing values were treated as the user's. */
  | "zustand_beschaedigt"
  /** Stored memory was from an older format and was converted. */
  | "zustand_veraltet"
  /** Table not found although the sheet existed: a new table was placed beside what was there. */
  | "tabelle_neu_angelegt"
  /** Conflicts were declined earlier for the same new values and were kept without asking again. */
  | "konflikt_frueher_abgelehnt"
  /** The comparison was written as values (Werte-Modus), not as KI.* formulas. */
  | "werte_modus";

export interface ActionNotice {
  code: NoticeCode;
  /** German text for the user. */
  message: string;
}

/** Structured outcome; the pane formats the sentence in German or English. */
export interface ActionResult {
  sheet: string;
  table: string;
  /** Rows in which the add-in wrote at least one cell (new rows included). */
  rowsWritten: number;
  /** User edits of add-in cells kept (declined, or no confirmOverwrite given). */
  userEditsKept: number;
  /** User edits of add-in cells overwritten after confirmOverwrite returned true. */
  userEditsOverwritten: number;
  /** Rows in the table the add-in does not own (kept untouched). */
  userRowsKept: number;
  /** Columns in the table the add-in does not own (kept untouched). */
  userColumnsKept: number;
  notices: ActionNotice[];
}

export type ExcelActionErrorCode =
  | "abgebrochen"
  | "kein_excel"
  | "szenario_existiert"
  | "szenario_fehlt"
  | "ungueltiger_name"
  | "ungueltige_eingabe"
  | "tabelle_beschaedigt"
  | "register_fehlt"
  | "eintrag_fehlt"
  | "tabelle_gefiltert"
  | "name_vergeben"
  | "excel_fehler";

/** Thrown (as a rejected promise) by every action. `message` is German and fit for the user. */
export class ExcelActionError extends Error {
  readonly code: ExcelActionErrorCode;
  /** Machine-readable context (names, counts, the underlying Office error text). */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ExcelActionErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = "ExcelActionError";
    this.code = code;
    this.details = details;
    // Keeps `instanceof` working when compiled down to ES5-style classes.
    Object.setPrototypeOf(this, ExcelActionError.prototype);
  }
}

export function isExcelActionError(value: unknown): value is ExcelActionError {
  return value instanceof ExcelActionError;
}

/** A scenario as found in the workbook: a table "Szenario_<…>" on sheet "Szenario <Name>". */
export interface ScenarioSheet {
  /** Scenario name (the sheet name without the "Szenario " prefix). */
  name: string;
  sheet: string;
  table: string;
  /**
   * The range text KI.* formulas take as `szenario`: the Parameter and Wert columns with their
   * header, e.g. `Szenario_Basis[[#All],[Parameter]:[Wert]]`.
   */
  reference: string;
  /** The table as read, header row first, Parameter and Wert columns only. */
  rows: unknown[][];
  /** Problems the model's parseScenario found; `row` is 1-based with the header as row 1. */
  issues: ScenarioIssue[];
}

export interface ComparisonSpec {
  /** Scenario names; the first is the baseline the difference columns refer to. At least one. */
  scenarios: string[];
  /** Default: the next 5 years (see defaultComparisonYears). */
  fromYear?: number;
  toYear?: number;
  /** KI.LANDESMITTEL's bestandteil; default "gesamt". */
  bestandteil?: string;
  /**
   * Werte-Modus: computed values instead of KI.* formulas (for an Excel without custom functions, or by
   * the user's choice); a repeat call recomputes them. Default false.
   */
  values?: boolean;
}

export interface RecoveredState {
  /** German messages about what was recovered; empty when all was well. */
  notices: ActionNotice[];
  /** Tables the add-in remembers writing (table name -> rows remembered). */
  tables: Record<string, { rows: number; columns: string[]; writtenAt: string }>;
  /** Pane preferences (free JSON) saved with writePaneSettings. */
  paneSettings: Record<string, unknown>;
}

export type { IsoDate };
