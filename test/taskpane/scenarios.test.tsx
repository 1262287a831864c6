/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as excel from "../../src/excel";
import type { ScenarioSheet } from "../../src/excel";
import { landesmittel, parseScenario } from "../../src/model";
import { STORAGE_KEY, createPreviewStore } from "../../src/taskpane/data/previewScenarios";
import { findDialog, inDialog, memoryStorage, renderPane } from "./render";

jest.mock("../../src/excel", () => ({
  ...jest.requireActual("../../src/excel"),
  listScenarios: jest.fn(),
  setScenarioValue: jest.fn(),
  writeComparison: jest.fn(),
  readStoredState: jest.fn(async () => ({ notices: [], tables: {}, paneSettings: {} })),
}));
jest.mock("../../src/taskpane/data/clock", () => ({ todayIso: () => "2017-06-01" }));

const listScenarios = excel.listScenarios as jest.MockedFunction<typeof excel.listScenarios>;
const setScenarioValue = excel.setScenarioValue as jest.MockedFunction<typeof excel.setScenarioValue>;
const writeComparison = excel.writeComparison as jest.MockedFunction<typeof excel.writeComparison>;
const plain = (text: string) => text.replace(/\u00a0/g, " ");
/** German money as the pane promises it, computed with plain Intl (not the pane's formatter). */
type Amount = number | { toNumber(): number };
const asNumber = (v: Amount) => (typeof v === "number" ? v : v.toNumber());
const format = {
  money: (v: Amount) =>
    new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" }).format(asNumber(v)),
  moneyDelta: (v: Amount) =>
    new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR", signDisplay: "exceptZero" }).format(
      asNumber(v),
    ),
};

function sheet(name: string, rows: unknown[][]): ScenarioSheet {
  const table = [["Parameter", "Wert"], ...rows];
  return {
    name,
    sheet: `Szenario ${name}`,
    table: `Szenario_${name}`,
    reference: `Szenario_${name}[[#All],[Parameter]:[Wert]]`,
    rows: table,
    issues: parseScenario(table).issues,
  };
}

beforeEach(() => jest.clearAllMocks());

async function openTab(name: string) {
  await userEvent.click(screen.getByRole("tab", { name }));
}

/** Opens the name dialog with `button`, types `name` and confirms with `confirm`. */
async function nameDialog(button: string, title: RegExp, name: string, confirm: string) {
  await userEvent.click(screen.getByRole("button", { name: button }));
  const dialog = await findDialog(title);
  const input = within(dialog).getByRole("textbox", { name: /Name/, ...inDialog });
  await userEvent.clear(input);
  await userEvent.type(input, name);
  await userEvent.click(within(dialog).getByRole("button", { name: confirm, ...inDialog }));
  await dialogClosed();
}

/** Fluent makes the rest of the page inert while a dialog is open and restores it a tick after closing. */
async function dialogClosed() {
  await waitFor(() =>
    expect(screen.queryByRole("dialog", inDialog) ?? screen.queryByRole("alertdialog", inDialog)).toBeNull(),
  );
  await screen.findByRole("tablist");
}

function scenarioChoices(): string[] {
  const select = screen.getByRole("combobox", { name: "Szenario" }) as HTMLSelectElement;
  return [...select.options].map((option) => option.value);
}

describe("Szenarien in preview (stored in the browser)", () => {
  test("starts with the two examples; create, copy, rename and delete (after asking) change the list", async () => {
    const storage = memoryStorage();
    await renderPane({ store: createPreviewStore(storage).store });
    await openTab("Szenarien");
    expect(scenarioChoices()).toEqual(["Basis", "Steigerung"]);

    await nameDialog("Neu", /^Neues Szenario$/, "Ausbau", "Anlegen");
    expect(scenarioChoices()).toEqual(["Basis", "Steigerung", "Ausbau"]);
    expect((screen.getByRole("combobox", { name: "Szenario" }) as HTMLSelectElement).value).toBe("Ausbau");

    await nameDialog("Kopieren", /^Szenario „Ausbau“ kopieren$/, "Ausbau B", "Kopieren");
    await nameDialog("Umbenennen", /^Szenario „Ausbau B“ umbenennen$/, "Ausbau C", "Umbenennen");
    expect(scenarioChoices()).toEqual(["Basis", "Steigerung", "Ausbau", "Ausbau C"]);

    await userEvent.click(screen.getByRole("button", { name: "Löschen" }));
    const confirm = await findDialog("Szenario „Ausbau C“ löschen?");
    await userEvent.click(within(confirm).getByRole("button", { name: "Löschen", ...inDialog }));
    await dialogClosed();
    await waitFor(() => expect(scenarioChoices()).toEqual(["Basis", "Steigerung", "Ausbau"]));
    const saved = JSON.parse(storage.data.get(STORAGE_KEY)!);
    expect(saved.version).toBe(1);
    expect(saved.scenarios.map((s: { name: string }) => s.name)).toEqual(["Basis", "Steigerung", "Ausbau"]);
  });

  test("cancelling the delete question keeps the scenario", async () => {
    const storage = memoryStorage();
    await renderPane({ store: createPreviewStore(storage).store });
    await openTab("Szenarien");
    await userEvent.click(screen.getByRole("button", { name: "Löschen" }));
    const confirm = await findDialog("Szenario „Basis“ löschen?");
    expect(within(confirm).getByText(/Das Blatt des Szenarios wird gelöscht\./)).toBeTruthy();
    await userEvent.click(within(confirm).getByRole("button", { name: "Abbrechen", ...inDialog }));
    await dialogClosed();
    expect(scenarioChoices()).toEqual(["Basis", "Steigerung"]);
    expect(storage.data.has(STORAGE_KEY)).toBe(false);
  });

  test("a name that exists already is refused in the dialog", async () => {
    await renderPane();
    await openTab("Szenarien");
    await userEvent.click(screen.getByRole("button", { name: "Neu" }));
    const dialog = await findDialog("Neues Szenario");
    await userEvent.type(within(dialog).getByRole("textbox", { name: /Name/, ...inDialog }), "basis");
    await userEvent.click(within(dialog).getByRole("button", { name: "Anlegen", ...inDialog }));
    expect(within(dialog).getByText("„basis“ gibt es schon.")).toBeTruthy();
    await userEvent.click(within(dialog).getByRole("button", { name: "Abbrechen", ...inDialog }));
    await dialogClosed();
    expect(scenarioChoices()).toEqual(["Basis", "Steigerung"]);
  });

  test("an invalid value shows the model's message under its row; a valid one clears it", async () => {
    await renderPane();
    await openTab("Szenarien");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Szenario" }), "Steigerung");
    const rate = screen.getByRole("textbox", { name: "Steigerung pro Jahr" });
    expect((rate as HTMLInputElement).value).toBe("2,5 %");
    await userEvent.clear(rate);
    await userEvent.type(rate, "250{Enter}");
    const expected = parseScenario([
      ["Parameter", "Wert"],
      ["Bezeichnung", "2,5 % Steigerung pro Jahr"],
      ["Steigerung pro Jahr", "250"],
    ]).issues;
    expect(expected).toHaveLength(1);
    expect(await screen.findByText(expected[0].message)).toBeTruthy();
    expect(
      screen.getByText("Ungültige Zeilen: 1. Sie werden beim Rechnen nicht berücksichtigt."),
    ).toBeTruthy();
    const fixed = screen.getByRole("textbox", { name: "Steigerung pro Jahr" });
    await userEvent.clear(fixed);
    await userEvent.type(fixed, "3 %{Enter}");
    await waitFor(() => expect(screen.queryByText(expected[0].message)).toBeNull());
    expect(screen.getByText("Parameter: 2, alle gültig.")).toBeTruthy();
  });

  test("adding a parameter for a Kreis writes the row the model reads", async () => {
    await renderPane();
    await openTab("Szenarien");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Parameter" }), "Start <Kreis>");
    await userEvent.type(screen.getByRole("textbox", { name: "Kreis oder Stadt" }), "Kreis Kleve");
    await userEvent.type(screen.getByRole("textbox", { name: "Wert" }), "01.01.2017");
    await userEvent.click(screen.getByRole("button", { name: "Hinzufügen" }));
    const added = await screen.findByRole("textbox", { name: "Start Kreis Kleve" });
    expect((added as HTMLInputElement).value).toBe("01.01.2017");
    expect(screen.getByText("Parameter: 2, alle gültig.")).toBeTruthy();
  });
});

describe("Szenarien in Excel (one sheet each)", () => {
  test("rows with issues from the workbook are shown with their message; an edit is written to the sheet", async () => {
    const ausbau = sheet("Ausbau", [
      ["Betrag je KI", 175000],
      ["Gibt es nicht", 1],
      ["Angenommener Start", 41640],
    ]);
    listScenarios.mockResolvedValue([ausbau]);
    setScenarioValue.mockResolvedValue(sheet("Ausbau", [["Betrag je KI", "180.000"]]));
    await renderPane({ mode: "excel" });
    await openTab("Szenarien");
    expect(ausbau.issues).toHaveLength(1);
    expect(screen.getByText(ausbau.issues[0].message)).toBeTruthy();
    // Numbers from the sheet are shown in the German form the model reads back; dates as dates.
    expect((screen.getByRole("textbox", { name: "Angenommener Start" }) as HTMLInputElement).value).toBe(
      "01.01.2014",
    );
    const amount = screen.getByRole("textbox", { name: "Betrag je KI" });
    expect((amount as HTMLInputElement).value).toBe("175000");
    await userEvent.clear(amount);
    await userEvent.type(amount, "180.000{Enter}");
    expect(setScenarioValue).toHaveBeenCalledWith("Ausbau", "Betrag je KI", "180.000");
    expect(listScenarios).toHaveBeenCalledTimes(2);
  });

  test("a parameter in another spelling the model accepts gets its hint, and a date is edited as a date", async () => {
    // 46388 is Excel's serial of 01.01.2027 (days since 30.12.1899); "Aenderungen" and "Zusaetzliches"
    // are the ASCII spellings the parser reads as "Änderungen ab Jahr" and "Zusätzliches KI <Kreis>".
    const ausbau = sheet("Ausbau", [
      ["Zusaetzliches KI Köln", 46388],
      ["Aenderungen ab Jahr", 2027],
    ]);
    expect(ausbau.issues).toEqual([]);
    listScenarios.mockResolvedValue([ausbau]);
    setScenarioValue.mockResolvedValue(ausbau);
    await renderPane({ mode: "excel" });
    await openTab("Szenarien");
    const extra = screen.getByRole("textbox", { name: "Zusaetzliches KI Köln" }) as HTMLInputElement;
    expect(extra.value).toBe("01.01.2027");
    expect(screen.getByText("Standard: (keines)")).toBeTruthy();
    expect(screen.getByText("Standard: (leer): alle Jahre")).toBeTruthy();
    await userEvent.clear(extra);
    await userEvent.type(extra, "01.02.2027{Enter}");
    expect(setScenarioValue).toHaveBeenCalledWith("Ausbau", "Zusaetzliches KI Köln", "01.02.2027");
  });

  test("a failing load is reported", async () => {
    listScenarios.mockRejectedValue(new excel.ExcelActionError("excel_fehler", "Excel antwortet nicht."));
    await renderPane({ mode: "excel" });
    await openTab("Szenarien");
    expect(screen.getByText("Excel antwortet nicht.")).toBeTruthy();
  });
});

describe("Vergleich", () => {
  test("preview: Landesmittel per year and scenario from the model, with the difference to the baseline", async () => {
    await renderPane();
    await openTab("Vergleich");
    const from = screen.getByRole("spinbutton", { name: "Von Jahr" });
    const to = screen.getByRole("spinbutton", { name: "Bis Jahr" });
    await userEvent.clear(from);
    await userEvent.type(from, "2026");
    await userEvent.clear(to);
    await userEvent.type(to, "2028");
    const table = screen.getByRole("table", { name: "Landesmittel 2026 bis 2028 je Szenario" });
    const steigerung = parseScenario([["Steigerung pro Jahr", "2,5 %"]]).scenario;
    for (const year of [2026, 2027, 2028]) {
      const base = landesmittel(year);
      const other = landesmittel(year, "gesamt", steigerung);
      const baseRow = table.querySelector(`[data-year="${year}"][data-scenario="Basis"]`) as HTMLElement;
      const otherRow = table.querySelector(
        `[data-year="${year}"][data-scenario="Steigerung"]`,
      ) as HTMLElement;
      expect(within(baseRow).getByText(plain(format.money(base)))).toBeTruthy();
      expect(within(otherRow).getByText(plain(format.money(other)))).toBeTruthy();
      expect(within(otherRow).getByText(plain(format.moneyDelta(other.minus(base))))).toBeTruthy();
    }
    // 2,5 % a year after the base year 2025: +5,06 % in 2027 (1,025² − 1), rounded to 2 places.
    const row2027 = table.querySelector('[data-year="2027"][data-scenario="Steigerung"]') as HTMLElement;
    expect(within(row2027).getByText("+5,06 %")).toBeTruthy();
  });

  test("preview: years in the wrong order are refused and no table is shown", async () => {
    await renderPane();
    await openTab("Vergleich");
    const from = screen.getByRole("spinbutton", { name: "Von Jahr" });
    await userEvent.clear(from);
    await userEvent.type(from, "2040");
    expect(screen.getByText(/Das Von-Jahr liegt nach dem Bis-Jahr\./)).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });

  test("Excel: years the functions refuse (3000–3004) are refused in German and nothing is written", async () => {
    listScenarios.mockResolvedValue([sheet("Basis", []), sheet("Ausbau", [])]);
    await renderPane({ mode: "excel" });
    await openTab("Vergleich");
    const from = screen.getByRole("spinbutton", { name: "Von Jahr" });
    const to = screen.getByRole("spinbutton", { name: "Bis Jahr" });
    await userEvent.clear(to);
    await userEvent.type(to, "3004");
    await userEvent.clear(from);
    await userEvent.type(from, "3000");
    expect(screen.getByText("Bitte Jahre zwischen 1900 und 2999 eingeben.")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Vergleich schreiben" }));
    expect(writeComparison).not.toHaveBeenCalled();
  });

  test("Excel: writes the comparison with the baseline first and the chosen years (default: the next 5)", async () => {
    listScenarios.mockResolvedValue([
      sheet("Basis", []),
      sheet("Ausbau", [["Betrag je KI", 175000]]),
      sheet("Alt", []),
    ]);
    writeComparison.mockResolvedValue({
      sheet: "KI-Vergleich",
      table: "KI_Vergleich",
      rowsWritten: 5,
      userEditsKept: 0,
      userEditsOverwritten: 0,
      userRowsKept: 0,
      userColumnsKept: 0,
      notices: [],
    });
    await renderPane({ mode: "excel" });
    await openTab("Vergleich");
    const next = new Date().getFullYear() + 1;
    expect((screen.getByRole("spinbutton", { name: "Von Jahr" }) as HTMLInputElement).value).toBe(
      String(next),
    );
    expect((screen.getByRole("spinbutton", { name: "Bis Jahr" }) as HTMLInputElement).value).toBe(
      String(next + 4),
    );
    await userEvent.selectOptions(
      screen.getByRole("combobox", { name: "Basis (Vergleichsgrundlage)" }),
      "Ausbau",
    );
    // The old baseline "Basis" swaps into the compared scenarios; "Alt" is added by hand.
    expect((screen.getByRole("checkbox", { name: "Basis" }) as HTMLInputElement).checked).toBe(true);
    await userEvent.click(screen.getByRole("checkbox", { name: "Alt" }));
    await userEvent.click(screen.getByRole("button", { name: "Vergleich schreiben" }));
    expect(writeComparison).toHaveBeenCalledWith(
      { scenarios: ["Ausbau", "Basis", "Alt"], fromYear: next, toYear: next + 4, values: false },
      expect.objectContaining({ signal: expect.any(AbortSignal) }),
    );
    expect(await screen.findByText(/Blatt „KI-Vergleich“ geschrieben; geänderte Zeilen: 5\./)).toBeTruthy();
  });

  test("costs and kommunaler Eigenanteil per year and scenario (issue 16), the model's message without averages", async () => {
    const costRows = (fachkraft: number) => [
      ["Durchschnittskosten Fachkraftstelle", fachkraft],
      ["Durchschnittskosten Verwaltungsstelle", 24000],
      ["Bezugsjahr Durchschnittskosten", 2024],
      ["Tatsächliche Sachkosten je KI", 60000],
    ];
    listScenarios.mockResolvedValue([
      sheet("Basis", costRows(72000)),
      sheet("Teurer", costRows(84000)),
      sheet("Ohne", []),
    ]);
    await renderPane({ mode: "excel" });
    await openTab("Vergleich");
    // The second scenario is compared by default; the third is added.
    expect((screen.getByRole("checkbox", { name: "Teurer" }) as HTMLInputElement).checked).toBe(true);
    await userEvent.click(screen.getByRole("checkbox", { name: "Ohne" }));
    const from = screen.getByRole("spinbutton", { name: "Von Jahr" });
    const to = screen.getByRole("spinbutton", { name: "Bis Jahr" });
    await userEvent.clear(to);
    await userEvent.type(to, "2024");
    await userEvent.clear(from);
    await userEvent.type(from, "2024");
    const table = screen.getByRole("table", { name: "Kommunaler Eigenanteil 2024 bis 2024 je Szenario" });
    const row = (scenario: string) =>
      within(table.querySelector(`[data-year="2024"][data-scenario="${scenario}"]`) as HTMLElement);
    // NRW 2024 by hand (test/model/costs.test.ts): cost 19.120.270 + 2.219.400 + 3.240.000, grant
    // 31 × 370.000 + 23 × 320.000, Eigenanteil 5.749.670 = 23,39 % of the cost.
    expect(row("Basis").getByText(plain(format.money(24_579_670)))).toBeTruthy();
    expect(row("Basis").getByText(plain(format.money(18_830_000)))).toBeTruthy();
    expect(row("Basis").getByText(plain(format.money(5_749_670)))).toBeTruthy();
    expect(row("Basis").getByText("23,39 % der Kosten")).toBeTruthy();
    // Fachkraft 84.000 €: 31 × 449.800 + 23 × 359.840 = 22.220.120, i.e. +3.099.850 (+53,91 %).
    expect(row("Teurer").getByText(plain(format.moneyDelta(3_099_850)))).toBeTruthy();
    expect(row("Teurer").getByText("+53,91 %")).toBeTruthy();
    expect(row("Ohne").getByText(/fehlen im Szenario: „Durchschnittskosten Fachkraftstelle“/)).toBeTruthy();
  });
});
