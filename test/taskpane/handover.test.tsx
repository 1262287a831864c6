/** @jest-environment jsdom */
/**
 * The pane's side of issue 12: Werte-Modus in the comparison (preselected where this Excel runs no
 * custom functions, chosen by the user otherwise), and the Weitergabe view's Festschreiben with its
 * question before replacing a sheet of the user's. German and English. src/excel is mocked.
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as excel from "../../src/excel";
import type { ActionResult, FreezeResult, ScenarioSheet } from "../../src/excel";
import { findDialog, inDialog, renderPane } from "./render";

jest.mock("../../src/excel", () => ({
  ...jest.requireActual("../../src/excel"),
  listScenarios: jest.fn(),
  writeComparison: jest.fn(),
  fixForHandover: jest.fn(),
  readStoredState: jest.fn(async () => ({ notices: [], tables: {}, paneSettings: {} })),
}));
jest.mock("../../src/taskpane/data/clock", () => ({ todayIso: () => "2017-06-01" }));

const listScenarios = excel.listScenarios as jest.MockedFunction<typeof excel.listScenarios>;
const writeComparison = excel.writeComparison as jest.MockedFunction<typeof excel.writeComparison>;
const fixForHandover = excel.fixForHandover as jest.MockedFunction<typeof excel.fixForHandover>;

const BASIS: ScenarioSheet = {
  name: "Basis",
  sheet: "Szenario Basis",
  table: "Szenario_Basis",
  reference: "Szenario_Basis[[#All],[Parameter]:[Wert]]",
  rows: [["Parameter", "Wert"]],
  issues: [],
};

const written: ActionResult = {
  sheet: "KI-Vergleich",
  table: "KI_Vergleich",
  rowsWritten: 5,
  userEditsKept: 0,
  userEditsOverwritten: 0,
  userRowsKept: 0,
  userColumnsKept: 0,
  notices: [
    { code: "werte_modus", message: "Werte-Modus: Die Spalten der Szenarien enthalten berechnete Werte." },
  ],
};

beforeEach(() => {
  jest.clearAllMocks();
  listScenarios.mockResolvedValue([BASIS]);
  writeComparison.mockResolvedValue(written);
});

const TEXT = {
  de: {
    tab: "Vergleich",
    values: "Werte (ohne KI-Funktionen)",
    formulas: "Formeln (=KI.LANDESMITTEL, rechnen in Excel mit)",
    recompute: "Vergleich neu berechnen",
    write: "Vergleich schreiben",
    note: /^Werte-Modus: Das Blatt „KI-Vergleich“ erhält berechnete Werte statt KI\.\*-Formeln/,
    preselected: "Diese Excel-Version rechnet keine KI-Funktionen, darum ist „Werte“ vorgewählt.",
    resultNote: /Werte-Modus: Die Spalten der Szenarien enthalten berechnete Werte\./,
  },
  en: {
    tab: "Comparison",
    values: "Values (no KI functions needed)",
    formulas: "Formulas (=KI.LANDESMITTEL, recalculated by Excel)",
    recompute: "Recompute comparison",
    write: "Write comparison",
    note: /^Values mode: sheet “KI-Vergleich” gets computed values instead of KI\.\* formulas/,
    preselected: "This version of Excel does not run KI functions, so “Values” is preselected.",
    resultNote: /Values mode: the scenario columns hold computed values instead of KI\.\* formulas\./,
  },
} as const;

describe.each(["de", "en"] as const)("Werte-Modus in the comparison (%s)", (language) => {
  const t = TEXT[language];

  test("without CustomFunctionsRuntime: values preselected, said so, one button recomputes", async () => {
    await renderPane({ mode: "excel", language, capabilities: { customFunctions: false } });
    await userEvent.click(screen.getByRole("tab", { name: t.tab }));
    expect((screen.getByRole("radio", { name: t.values }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(t.note)).toBeTruthy();
    expect(screen.getByText(t.preselected)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: t.recompute }));
    expect(writeComparison).toHaveBeenLastCalledWith(
      expect.objectContaining({ scenarios: ["Basis"], values: true }),
      expect.objectContaining({ signal: expect.any(AbortSignal) }),
    );
    expect(await screen.findByText(t.resultNote)).toBeTruthy();
    // Recompute after a scenario edit: the same one button again.
    await userEvent.click(screen.getByRole("button", { name: t.recompute }));
    await waitFor(() => expect(writeComparison).toHaveBeenCalledTimes(2));
    expect(writeComparison.mock.calls[1][0].values).toBe(true);
  });

  test("with CustomFunctionsRuntime: formulas by default, values when the user chooses them", async () => {
    await renderPane({ mode: "excel", language, capabilities: { customFunctions: true } });
    await userEvent.click(screen.getByRole("tab", { name: t.tab }));
    expect((screen.getByRole("radio", { name: t.formulas }) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByText(t.note)).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: t.write }));
    expect(writeComparison.mock.calls[0][0].values).toBe(false);
    await userEvent.click(screen.getByRole("radio", { name: t.values }));
    expect(screen.getByText(t.note)).toBeTruthy();
    expect(screen.queryByText(t.preselected)).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: t.recompute }));
    await waitFor(() => expect(writeComparison).toHaveBeenCalledTimes(2));
    expect(writeComparison.mock.calls[1][0].values).toBe(true);
  });
});

const frozen: FreezeResult = {
  copies: [{ sheet: "Plan", copy: "Plan (fest 2)" }],
  sourcesSheet: "KI-Quellen",
  fixedCells: 6,
  keptFormulas: 2,
  rewrittenFormulas: 1,
  formulasAsValues: 0,
  sourceIds: ["seed:000", "seed:001"],
  scenarios: ["Basis"],
  userSheetsKept: ["Plan (fest)"],
};

describe("Weitergabe: Festschreiben", () => {
  test("German: asks before replacing a user's sheet, reports copies, sources and kept sheets", async () => {
    let answer: boolean | undefined;
    fixForHandover.mockImplementation(async (_spec, options) => {
      answer = await options!.confirmReplaceSheets!(["Plan (fest)"]);
      return frozen;
    });
    await renderPane({ mode: "excel", language: "de" });
    await userEvent.click(screen.getByRole("tab", { name: "Weitergabe" }));
    await userEvent.type(screen.getByRole("textbox", { name: /Blätter/ }), "Plan; Auswertung");
    await userEvent.click(screen.getByRole("button", { name: "Festschreiben für die Weitergabe" }));
    const dialog = await findDialog("Blätter mit diesem Namen gibt es schon");
    expect(
      within(dialog).getByText(/Diese Blätter hat nicht der KI-Planer angelegt: Plan \(fest\)\./),
    ).toBeTruthy();
    await userEvent.click(
      within(dialog).getByRole("button", { name: "Behalten (Kopie erhält anderen Namen)", ...inDialog }),
    );
    await waitFor(() => expect(answer).toBe(false));
    expect(fixForHandover.mock.calls[0][0]).toEqual({ sheets: ["Plan", "Auswertung"] });
    expect(
      await screen.findByText(
        "Festgeschrieben: „Plan (fest 2)“. Quellen auf Blatt „KI-Quellen“ (2 Quellen). KI-Zellen als Werte: 6.",
      ),
    ).toBeTruthy();
    expect(
      screen.getByText("Ihre Blätter mit demselben Namen blieben unverändert: Plan (fest)."),
    ).toBeTruthy();
  });

  test("English: all sheets by default, the outcome in English", async () => {
    fixForHandover.mockResolvedValue({ ...frozen, userSheetsKept: [] });
    await renderPane({ mode: "excel", language: "en" });
    await userEvent.click(screen.getByRole("tab", { name: "Handover" }));
    await userEvent.click(screen.getByRole("button", { name: "Fix for handover" }));
    expect(fixForHandover.mock.calls[0][0]).toEqual({ sheets: undefined });
    expect(
      await screen.findByText(
        "Fixed: „Plan (fest 2)“. Sources on sheet “KI-Quellen” (2 sources). KI cells as values: 6.",
      ),
    ).toBeTruthy();
  });

  test("a refusal of the Excel layer is shown in plain German", async () => {
    fixForHandover.mockRejectedValue(
      new excel.ExcelActionError(
        "ungueltige_eingabe",
        "In dieser Arbeitsmappe gibt es keine Blätter mit KI.*-Formeln.",
      ),
    );
    await renderPane({ mode: "excel", language: "de" });
    await userEvent.click(screen.getByRole("tab", { name: "Weitergabe" }));
    await userEvent.click(screen.getByRole("button", { name: "Festschreiben für die Weitergabe" }));
    expect(await screen.findByText(/keine Blätter mit KI\.\*-Formeln/)).toBeTruthy();
  });
});
