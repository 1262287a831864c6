/**
 * The Office.js layer: everything the task pane does to the workbook. No UI here.
 *
 * Every action is ONE `Excel.run` with a handful of `context.sync()` calls whatever the row count
 * (read what exists, compute, ask, write), honours `options.signal` until the write batch is sent
 * (a cancelled action changes nothing) and rejects only with `ExcelActionError` (German message,
 * `code` for the pane's string tables).
 *
 * Sheets and tables the add-in writes:
 *   "KI-Register"  table KI_Register   key column "Schlüssel"   (pullRegister)
 *   "KI-Regeln"    table KI_Regeln     key column "ID"          (pullRules)
 *   "KI-Vergleich" table KI_Vergleich  key column "Jahr"        (writeComparison, + chart)
 *   "KI-Abgleich"  table KI_Abgleich   key column "ID"          (writeReconciliation)
 *   "Szenario <Name>"  table Szenario_<Name>  columns Parameter | Wert | Beschreibung
 *
 * Keep-user-data rule (all four add-in tables): rows are identified by the key column, columns by
 * header text, so users may sort, reorder and insert. The add-in only writes cells whose content it
 * changes, in its own columns and rows; user columns, user rows, notes and formatting stay. Where a
 * user changed an add-in cell and the add-in would change it again, `confirmOverwrite` is asked.
 * What the add-in last wrote is remembered in the workbook settings (versioned JSON).
 *
 * Scenario tables are referenced from formulas as `Szenario_<Name>[[#All],[Parameter]:[Wert]]`
 * (header included; KI.* accepts a header row), so renaming a scenario keeps formulas working.
 */
export * from "./types";
export {
  pullRegister,
  pullRules,
  listScenarios,
  createScenario,
  copyScenario,
  renameScenario,
  deleteScenario,
  setScenarioValue,
  writeComparison,
  writeReconciliation,
  goToRegisterRow,
  readStoredState,
  writePaneSettings,
  hasExcel,
  setExcelRunner,
  type ExcelRunner,
} from "./actions";
export { validateScenarioName, scenarioSheetName, scenarioReference, defaultComparisonYears } from "./naming";
