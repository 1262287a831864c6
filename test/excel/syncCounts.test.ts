/** Pins the Excel calls of every action (one Excel.run, a handful of syncs whatever the row count). */
import { measureExcelCalls } from "./measure";

test("Excel.run and context.sync per action", async () => {
  const counts = await measureExcelCalls();
  const table = Object.fromEntries(
    counts.map((c) => [`${c.action}${c.case ? ` (${c.case})` : ""}`, [c.runs, c.syncs]]),
  );
  expect(table).toEqual({
    "pullRegister (neues Blatt)": [1, 2],
    "pullRegister (Tabelle vorhanden)": [1, 3],
    "pullRegister (Tabelle vorhanden, 500 eigene Zeilen)": [1, 3],
    "pullRegister (mit Rückfrage)": [1, 5],
    "pullRules (neues Blatt)": [1, 2],
    "pullRules (Tabelle vorhanden)": [1, 3],
    "listScenarios (2 Szenarien)": [1, 2],
    createScenario: [1, 2],
    copyScenario: [1, 3],
    renameScenario: [1, 2],
    deleteScenario: [1, 2],
    setScenarioValue: [1, 3],
    // One more sync than the other tables: the written formulas are read back (Excel's form of them).
    "writeComparison (neues Blatt)": [1, 3],
    "writeComparison (Blatt vorhanden)": [1, 4],
    "writeReconciliation (neues Blatt)": [1, 2],
    goToRegisterRow: [1, 3],
    readStoredState: [1, 1],
    writePaneSettings: [1, 2],
  });
});
