/** @jest-environment jsdom */
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as excel from "../../src/excel";
import { ExcelActionError, type ActionOptions, type ActionResult, type CellConflict } from "../../src/excel";
import { findDialog, inDialog, renderPane } from "./render";

jest.mock("../../src/excel", () => ({
  ...jest.requireActual("../../src/excel"),
  pullRegister: jest.fn(),
  pullRules: jest.fn(),
  writeReconciliation: jest.fn(),
  listScenarios: jest.fn(async () => []),
  readStoredState: jest.fn(async () => ({ notices: [], tables: {}, paneSettings: {} })),
}));
jest.mock("../../src/taskpane/data/clock", () => ({ todayIso: () => "2017-06-01" }));

const pullRegister = excel.pullRegister as jest.MockedFunction<typeof excel.pullRegister>;
const pullRules = excel.pullRules as jest.MockedFunction<typeof excel.pullRules>;

function result(overrides: Partial<ActionResult> = {}): ActionResult {
  return {
    sheet: "KI-Register",
    table: "KI_Register",
    rowsWritten: 54,
    userEditsKept: 0,
    userEditsOverwritten: 0,
    userRowsKept: 0,
    userColumnsKept: 0,
    notices: [],
    ...overrides,
  };
}

beforeEach(() => jest.clearAllMocks());

describe("workbook actions in Excel", () => {
  test("Register holen writes the register at the Stichtag and reports what it wrote and kept", async () => {
    pullRegister.mockResolvedValue(result({ userRowsKept: 2, userColumnsKept: 1 }));
    await renderPane({ mode: "excel" });
    await userEvent.click(screen.getByRole("button", { name: "Register holen" }));
    expect(pullRegister).toHaveBeenCalledTimes(1);
    const [stichtag, options] = pullRegister.mock.calls[0];
    expect(stichtag).toBe("2017-06-01");
    expect(options?.signal).toBeInstanceOf(AbortSignal);
    expect(typeof options?.confirmOverwrite).toBe("function");
    expect(await screen.findByText(/Blatt „KI-Register“ geschrieben; geänderte Zeilen: 54\./)).toBeTruthy();
    expect(
      screen.getByText(/Unverändert blieben Ihre eigenen Zeilen \(2\) und Spalten \(1\)\./),
    ).toBeTruthy();
  });

  test("a changed Stichtag is what the register action writes", async () => {
    pullRegister.mockResolvedValue(result());
    await renderPane({ mode: "excel" });
    const field = screen.getByRole("textbox", { name: /Stichtag/ });
    await userEvent.clear(field);
    await userEvent.type(field, "31.12.2016{Enter}");
    await userEvent.click(screen.getByRole("button", { name: "Register holen" }));
    expect(pullRegister.mock.calls[0][0]).toBe("2016-12-31");
  });

  test("an error of the Excel layer is shown with its German message", async () => {
    pullRegister.mockRejectedValue(
      new ExcelActionError(
        "tabelle_beschaedigt",
        "Die Tabelle KI_Register auf „KI-Register“ ist beschädigt.",
      ),
    );
    await renderPane({ mode: "excel" });
    await userEvent.click(screen.getByRole("button", { name: "Register holen" }));
    expect(await screen.findByText("Die Tabelle KI_Register auf „KI-Register“ ist beschädigt.")).toBeTruthy();
    expect(screen.getByText("Nicht ausgeführt")).toBeTruthy();
  });

  test("in English the error code's text is shown, with the German detail", async () => {
    pullRegister.mockRejectedValue(new ExcelActionError("register_fehlt", "Blatt „KI-Register“ fehlt."));
    await renderPane({ mode: "excel", language: "en" });
    await userEvent.click(screen.getByRole("button", { name: "Get register" }));
    expect(
      await screen.findByText(
        "Sheet “KI-Register” is missing: run “Get register” first. (Blatt „KI-Register“ fehlt.)",
      ),
    ).toBeTruthy();
  });

  test("progress is shown while running, and Cancel aborts the action without a success message", async () => {
    let seen: ActionOptions | undefined;
    pullRegister.mockImplementation(
      (_date, options = {}) =>
        new Promise<ActionResult>((_, reject) => {
          seen = options;
          options.onProgress?.(1, 4);
          options.signal?.addEventListener("abort", () =>
            reject(new ExcelActionError("abgebrochen", "Abgebrochen; nichts wurde geschrieben.")),
          );
        }),
    );
    await renderPane({ mode: "excel" });
    await userEvent.click(screen.getByRole("button", { name: "Register holen" }));
    const progress = await screen.findByRole("progressbar", { name: "Register holen läuft" });
    expect(progress.getAttribute("aria-valuenow")).toBe("0.25");
    expect(screen.getByRole("button", { name: "Register holen" }).getAttribute("aria-disabled")).toBe("true");
    await userEvent.click(screen.getByRole("button", { name: "Abbrechen" }));
    expect(seen?.signal?.aborted).toBe(true);
    expect(
      await screen.findByText("Die Aktion wurde abgebrochen. Die Arbeitsmappe ist unverändert."),
    ).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.queryByText("Erledigt")).toBeNull();
  });

  test("a running action goes on while another view is open; its outcome waits in its view", async () => {
    let finish: (value: ActionResult) => void = () => undefined;
    let seen: ActionOptions | undefined;
    pullRegister.mockImplementation(
      (_date, options = {}) =>
        new Promise<ActionResult>((resolve) => {
          seen = options;
          finish = resolve;
        }),
    );
    await renderPane({ mode: "excel" });
    await userEvent.click(screen.getByRole("button", { name: "Register holen" }));
    await userEvent.click(screen.getByRole("tab", { name: "Regeln" }));
    await act(async () => finish(result()));
    expect(seen?.signal?.aborted).toBe(false);
    await userEvent.click(screen.getByRole("tab", { name: "Register" }));
    expect(screen.getByText(/Blatt „KI-Register“ geschrieben; geänderte Zeilen: 54\./)).toBeTruthy();
  });

  const conflict: CellConflict = {
    sheet: "KI-Regeln",
    address: "E4",
    column: "Betrag",
    rowKey: "rl-2012/personal",
    userValue: 175000,
    newValue: 170000,
  };

  test.each([
    ["Überschreiben", true, /Ihre Änderungen überschrieben: 1\./],
    ["Meine Werte behalten", false, /Ihre Änderungen in Zellen des KI-Planers behalten: 1\./],
  ])("overwrite conflicts open a dialog; %s answers %p", async (button, answer, outcome) => {
    let answered: boolean | undefined;
    pullRules.mockImplementation(async (options = {}) => {
      answered = await options.confirmOverwrite?.([conflict]);
      return result({
        sheet: "KI-Regeln",
        rowsWritten: 12,
        userEditsOverwritten: answered ? 1 : 0,
        userEditsKept: answered ? 0 : 1,
      });
    });
    await renderPane({ mode: "excel" });
    await userEvent.click(screen.getByRole("tab", { name: "Regeln" }));
    await userEvent.click(screen.getByRole("button", { name: "Regeln holen" }));
    const dialog = await findDialog("Eigene Änderungen überschreiben?");
    expect(dialog.getAttribute("role")).toBe("alertdialog");
    expect(within(dialog).getByText("KI-Regeln!E4 (Betrag, rl-2012/personal)")).toBeTruthy();
    expect(within(dialog).getByText("175000")).toBeTruthy();
    expect(within(dialog).getByText("170000")).toBeTruthy();
    await userEvent.click(within(dialog).getByRole("button", { name: button, ...inDialog }));
    await waitFor(() => expect(answered).toBe(answer));
    expect(await screen.findByText(outcome)).toBeTruthy();
    expect(screen.queryByRole("alertdialog", inDialog)).toBeNull();
  });

  test("Abgleich schreiben calls the reconciliation writer and reports its notices", async () => {
    const writeReconciliation = excel.writeReconciliation as jest.MockedFunction<
      typeof excel.writeReconciliation
    >;
    writeReconciliation.mockResolvedValue(
      result({
        sheet: "KI-Abgleich",
        rowsWritten: 14,
        notices: [{ code: "tabelle_neu_angelegt", message: "Tabelle KI_Abgleich neu angelegt." }],
      }),
    );
    await renderPane({ mode: "excel" });
    await userEvent.click(screen.getByRole("tab", { name: "Abgleich" }));
    await userEvent.click(screen.getByRole("button", { name: "Abgleich schreiben" }));
    expect(writeReconciliation).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/Blatt „KI-Abgleich“ geschrieben; geänderte Zeilen: 14\./)).toBeTruthy();
    expect(screen.getByText("Tabelle KI_Abgleich neu angelegt.")).toBeTruthy();
  });
});

describe("workbook actions in preview", () => {
  test("the buttons stay focusable but do nothing, and say that writing needs Excel", async () => {
    await renderPane({ mode: "preview" });
    const button = screen.getByRole("button", { name: "Register holen" });
    expect(button.getAttribute("aria-disabled")).toBe("true");
    expect(button.getAttribute("aria-describedby")).toBeTruthy();
    expect(document.getElementById(button.getAttribute("aria-describedby")!)?.textContent).toBe(
      "Schreiben in Tabellenblätter geht nur in Excel.",
    );
    await userEvent.click(button);
    await act(async () => undefined);
    expect(pullRegister).not.toHaveBeenCalled();
  });
});
