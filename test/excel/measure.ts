/**
 * Excel calls per pane action, measured on Microsoft's Excel library against the in-process host:
 * Excel.run count, requests Office.js really sent (the closing `_RemoveReference` request included)
 * and their payload bytes. Used by syncCounts.test.ts (which pins the request counts) and by the
 * benchmark (which reports requests and bytes).
 */
import {
  copyScenario,
  createScenario,
  deleteScenario,
  goToRegisterRow,
  listScenarios,
  pullRegister,
  pullRules,
  readStoredState,
  renameScenario,
  setExcelRunner,
  setScenarioValue,
  writeComparison,
  writePaneSettings,
  writeReconciliation,
} from "../../src/excel";
import { Workbook } from "./host";
import { User } from "./userActions";

export interface ExcelCallCount {
  action: string;
  case: string;
  runs: number;
  requests: number;
  /** JSON payload bytes of those requests. */
  bytes: number;
}

/** Measures one action after `prepare` (whose own calls are not counted). */
async function measure(
  action: string,
  label: string,
  prepare: (book: Workbook) => Promise<void>,
  act: (book: Workbook) => Promise<unknown>,
): Promise<ExcelCallCount> {
  const book = new Workbook();
  setExcelRunner(book.run);
  try {
    await prepare(book);
    book.runs = 0;
    book.requests = 0;
    book.requestBytes = 0;
    await act(book);
    return { action, case: label, runs: book.runs, requests: book.requests, bytes: book.requestBytes };
  } finally {
    setExcelRunner(null);
  }
}

const nothing = async () => undefined;
const withRegister = async () => {
  await pullRegister("2017-06-30");
};
const twoScenarios = async () => {
  await createScenario("Basis");
  await createScenario("Ausbau");
};

export async function measureExcelCalls(): Promise<ExcelCallCount[]> {
  return [
    await measure("pullRegister", "neues Blatt", nothing, () => pullRegister("2017-06-30")),
    await measure("pullRegister", "Tabelle vorhanden", withRegister, () => pullRegister("2019-01-01")),
    await measure(
      "pullRegister",
      "Tabelle vorhanden, 500 eigene Zeilen",
      async (book) => {
        await withRegister();
        const user = new User(book);
        for (let i = 0; i < 500; i++) user.addRow("KI_Register", { Schlüssel: `U${i}` });
      },
      () => pullRegister("2019-01-01"),
    ),
    await measure(
      "pullRegister",
      "mit Rückfrage",
      async (book) => {
        await withRegister();
        new User(book).type("KI_Register", "Schlüssel", "05154", "Status am Stichtag", "x");
      },
      () => pullRegister("2019-01-01", { confirmOverwrite: async () => true }),
    ),
    await measure("pullRules", "neues Blatt", nothing, () => pullRules()),
    await measure(
      "pullRules",
      "Tabelle vorhanden",
      async () => void (await pullRules()),
      () => pullRules(),
    ),
    await measure("listScenarios", "2 Szenarien", twoScenarios, () => listScenarios()),
    await measure("createScenario", "", nothing, () => createScenario("Basis")),
    await measure("copyScenario", "", twoScenarios, () => copyScenario("Basis", "Kopie")),
    await measure("renameScenario", "", twoScenarios, () => renameScenario("Basis", "Neu")),
    await measure("deleteScenario", "", twoScenarios, () => deleteScenario("Basis")),
    await measure("setScenarioValue", "", twoScenarios, () => setScenarioValue("Basis", "Betrag je KI", 1)),
    await measure("writeComparison", "neues Blatt", twoScenarios, () =>
      writeComparison({ scenarios: ["Basis", "Ausbau"], fromYear: 2026, toYear: 2030 }),
    ),
    await measure(
      "writeComparison",
      "Blatt vorhanden",
      async () => {
        await twoScenarios();
        await writeComparison({ scenarios: ["Basis", "Ausbau"], fromYear: 2026, toYear: 2030 });
      },
      () => writeComparison({ scenarios: ["Basis", "Ausbau"], fromYear: 2026, toYear: 2040 }),
    ),
    await measure("writeReconciliation", "neues Blatt", nothing, () => writeReconciliation()),
    await measure("goToRegisterRow", "", withRegister, () => goToRegisterRow("05358")),
    await measure("readStoredState", "", withRegister, () => readStoredState()),
    await measure("writePaneSettings", "", nothing, () => writePaneSettings({ sprache: "de" })),
  ];
}
