/**
 * The Office.js layer: everything the task pane does to the workbook. No UI here.
 *
 * Every action is ONE `Excel.run` with a handful of `context.sync()` calls whatever the row count
 * (read what exists, compute, ask, write), honours `options.signal` until the write batch is sent
 * (a cancelled action changes nothing), reports progress in 4 steps (read, planned, asked, written)
 * and rejects only with `ExcelActionError` (German message, `code` for the pane's string tables).
 * Syncs per action are pinned in test/excel/syncCounts.test.ts: table actions 2 (new sheet) or
 * 3 (existing table), 5 when the user was asked about conflicts (the table is read again after the
 * question, so what the user typed meanwhile is not overwritten). Writing formula cells (the
 * comparison) costs one sync more: Excel gives structured references back in its own form
 * (`[@[Basis]]` as `[@Basis]`, a reference to all of a table's columns as `Tabelle[#All]`), so the
 * written formulas are read back and remembered in that form (else they would look like user edits).
 *
 * Sheets and tables the add-in writes (found by table name, so users may rename the sheets):
 *   "KI-Register"  table KI_Register   key column "Schlüssel"   (pullRegister, conditional formats)
 *   "KI-Regeln"    table KI_Regeln     key column "ID"          (pullRules; ID = "<Fassung>/<Bestandteil>")
 *   "KI-Vergleich" table KI_Vergleich  key column "Jahr"        (writeComparison, + line chart)
 *   "KI-Abgleich"  table KI_Abgleich   key column "ID"          (writeReconciliation)
 *   "Szenario <Name>"  table Szenario_<Name>, columns Parameter | Wert, the parameter list beside it
 *   "KI-Bescheide", "KI-Zahlungen", "KI-Nachweise"  tables KI_Bescheide, … (createVollzugTables): the
 *       user's tables; the add-in creates them and adds a missing column, never writes a row (vollzug.ts)
 *
 * Keep-user-data rule (all four add-in tables): rows are identified by the key column, columns by
 * header text, so users may sort, reorder and insert. The add-in only writes cells whose content it
 * changes, in its own columns and rows; user columns, user rows, notes and formatting stay; rows and
 * columns are never deleted. Where a user changed an add-in cell and the add-in would change it
 * again, `confirmOverwrite` is asked (declined or absent: the user's value stays). What the add-in
 * last wrote is remembered in the workbook settings (versioned JSON, one key per table; see state.ts).
 *
 * Scenario tables are referenced from formulas as `Szenario_<Name>[[#All],[Parameter]:[Wert]]`
 * (header included; KI.* accepts a header row); Excel rewrites the reference when the table is
 * renamed, so renaming a scenario keeps comparison formulas working (renameScenario rewrites the
 * add-in's memory of those formulas the same way). The comparison formulas are
 * `=KI.LANDESMITTEL([@Jahr],"gesamt",<that reference>)`, differences `=[@[B]]-[@[A]]`.
 */
export * from "./types";
// One file per kind of action; each action is ONE Excel.run through run.ts.
export { setExcelRunner, type ExcelRunner } from "./run";
export { pullRegister, pullRules } from "./pulls";
export { listScenarios } from "./scenarioTables";
export {
  createScenario,
  copyScenario,
  renameScenario,
  deleteScenario,
  setScenarioValue,
} from "./scenarioEdit";
export { writeComparison, writeReconciliation } from "./comparison";
export { goToRegisterRow } from "./navigation";
export { readStoredState, writePaneSettings } from "./storedState";
export { fixForHandover } from "./handover";
export type { FreezeSpec, FreezeOptions, FreezeResult } from "./freeze";
export {
  createVollzugTables,
  goToVollzugRow,
  readVollzugTables,
  VOLLZUG_TABLE_SPECS,
  type VollzugRanges,
  type VollzugTablesResult,
} from "./vollzug";
export { validateScenarioName, scenarioSheetName, scenarioReference, defaultComparisonYears } from "./naming";
