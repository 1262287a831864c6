/**
 * Pins the Excel calls of every action: one Excel.run, and the requests Office.js really sends (each
 * context.sync that has something queued, plus the closing request that releases kept ranges),
 * whatever the row count.
 */
import { measureExcelCalls } from "./measure";

test("Excel.run and requests per action", async () => {
  const counts = await measureExcelCalls();
  const table = Object.fromEntries(
    counts.map((c) => [`${c.action}${c.case ? ` (${c.case})` : ""}`, [c.runs, c.requests]]),
  );
  expect(table).toEqual({
    "pullRegister (neues Blatt)": [1, 3],
    "pullRegister (Tabelle vorhanden)": [1, 4],
    "pullRegister (Tabelle vorhanden, 500 eigene Zeilen)": [1, 4],
    "pullRegister (mit Rückfrage)": [1, 6],
    "pullRules (neues Blatt)": [1, 3],
    "pullRules (Tabelle vorhanden)": [1, 4],
    "listScenarios (2 Szenarien)": [1, 3],
    createScenario: [1, 3],
    copyScenario: [1, 4],
    renameScenario: [1, 3],
    deleteScenario: [1, 2], // no range kept: no closing request
    setScenarioValue: [1, 4],
    // One more request than the other tables: the written formulas are read back (Excel's form of them).
    // readStoredState and writePaneSettings keep no range, so Office.js sends no closing request.
    "writeComparison (neues Blatt)": [1, 4],
    "writeComparison (Blatt vorhanden)": [1, 5],
    "writeReconciliation (neues Blatt)": [1, 3],
    goToRegisterRow: [1, 4],
    readStoredState: [1, 1],
    writePaneSettings: [1, 2],
  });
});
