/**
 * The actions: thin Office.js code around the pure planning modules. Signatures are final;
 * bodies follow.
 */
import type {
  ActionOptions,
  ActionResult,
  ComparisonSpec,
  IsoDate,
  RecoveredState,
  ScenarioSheet,
} from "./types";
import { ExcelActionError } from "./types";

/** Runs one batch against the workbook; Excel.run in Excel, a fake in tests. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

let runner: ExcelRunner | null = null;

/** Tests install a fake workbook here; null restores Excel.run. */
export function setExcelRunner(next: ExcelRunner | null): void {
  runner = next;
}

/** True when writing to a workbook is possible (inside Excel, or a test runner is installed). */
export function hasExcel(): boolean {
  return runner !== null || (typeof Excel !== "undefined" && typeof Excel.run === "function");
}

function notYet(): never {
  throw new ExcelActionError("excel_fehler", "Diese Aktion ist noch nicht verfügbar.");
}

/** Writes/updates sheet "KI-Register" with the registry at `stichtag`. */
export async function pullRegister(stichtag: IsoDate, options: ActionOptions = {}): Promise<ActionResult> {
  void stichtag;
  void options;
  return notYet();
}

/** Writes/updates sheet "KI-Regeln" with all rule versions and their components. */
export async function pullRules(options: ActionOptions = {}): Promise<ActionResult> {
  void options;
  return notYet();
}

/** All scenario tables in the workbook, with the model's issues per row. */
export async function listScenarios(): Promise<ScenarioSheet[]> {
  return notYet();
}

/** New sheet "Szenario <name>" with its table. Rejects "ungueltiger_name" / "szenario_existiert". */
export async function createScenario(name: string): Promise<ScenarioSheet> {
  void name;
  return notYet();
}

export async function copyScenario(from: string, to: string): Promise<ScenarioSheet> {
  void from;
  void to;
  return notYet();
}

export async function renameScenario(from: string, to: string): Promise<ScenarioSheet> {
  void from;
  void to;
  return notYet();
}

/** Deletes the scenario's sheet (the pane asks first). */
export async function deleteScenario(name: string): Promise<void> {
  void name;
  return notYet();
}

/** Sets Wert of `parameter` (adds the row when missing; null clears the value). */
export async function setScenarioValue(
  name: string,
  parameter: string,
  value: string | number | boolean | null,
): Promise<ScenarioSheet> {
  void name;
  void parameter;
  void value;
  return notYet();
}

/** Writes sheet "KI-Vergleich": one row per year, live KI.LANDESMITTEL formulas, differences, chart. */
export async function writeComparison(
  spec: ComparisonSpec,
  options: ActionOptions = {},
): Promise<ActionResult> {
  void spec;
  void options;
  return notYet();
}

/** Writes sheet "KI-Abgleich": reported figure beside the model figure, difference, sources. */
export async function writeReconciliation(options: ActionOptions = {}): Promise<ActionResult> {
  void options;
  return notYet();
}

/** Activates "KI-Register" and selects the row of `entityKey`. Rejects "register_fehlt"/"eintrag_fehlt". */
export async function goToRegisterRow(entityKey: string): Promise<void> {
  void entityKey;
  return notYet();
}

/** What the add-in remembers, after recovering from corrupt/old stored state (never throws on bad state). */
export async function readStoredState(): Promise<RecoveredState> {
  return notYet();
}

/** Merges `values` into the pane preferences stored in the workbook. */
export async function writePaneSettings(values: Record<string, unknown>): Promise<void> {
  void values;
  return notYet();
}
