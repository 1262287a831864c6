/** @jest-environment jsdom */
/**
 * The pane against the real Excel layer (src/excel, not mocked) over the Excel layer's in-memory
 * workbook: what a click in the pane leaves in the workbook. Guards the contract between the two.
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { setExcelRunner } from "../../src/excel";
import { registryAt } from "../../src/model";
import { Workbook } from "../excel/host";
import { findDialog, inDialog, renderPane } from "./render";

jest.mock("../../src/taskpane/data/clock", () => ({ todayIso: () => "2017-06-01" }));

let book: Workbook;
beforeEach(() => {
  book = new Workbook();
  setExcelRunner(book.run);
});
afterAll(() => setExcelRunner(null));

test("Register holen writes the register at the Stichtag; Lücken then selects Kleve's row on the sheet", async () => {
  await renderPane({ mode: "excel" });
  await userEvent.click(screen.getByRole("button", { name: "Register holen" }));
  expect(await screen.findByText(/Blatt „KI-Register“ geschrieben; geänderte Zeilen: 54\./)).toBeTruthy();
  expect(book.tableValues("KI_Register")).toHaveLength(1 + registryAt("2017-06-01").length);

  await userEvent.click(screen.getByRole("tab", { name: "Lücken" }));
  const missing = screen.getByRole("list", { name: "Ohne KI am 01.06.2017: 1" });
  await userEvent.click(within(missing).getByRole("button", { name: "Zeile im Blatt zeigen: Kreis Kleve" }));
  await waitFor(() => expect(book.activeSheet).toBe("KI-Register"));
  const table = book.table("KI_Register")!;
  const keys = book.tableValues("KI_Register").map((row) => row[0]);
  expect(book.selection?.bounds.row).toBe(table.top + keys.indexOf("05154"));
});

test("a scenario created and edited in the pane is a sheet the model reads; the comparison sheet refers to it", async () => {
  await renderPane({ mode: "excel" });
  await userEvent.click(screen.getByRole("tab", { name: "Szenarien" }));
  expect(screen.getByText("Noch keine Szenarien. Legen Sie eines an.")).toBeTruthy();
  for (const name of ["Basis", "Ausbau"]) {
    await userEvent.click(screen.getByRole("button", { name: "Neu" }));
    const dialog = await findDialog("Neues Szenario");
    await userEvent.type(within(dialog).getByRole("textbox", { name: /Name/, ...inDialog }), name);
    await userEvent.click(within(dialog).getByRole("button", { name: "Anlegen", ...inDialog }));
    await waitFor(() => expect(book.table(`Szenario_${name}`)).toBeDefined());
    await screen.findByRole("tablist");
  }
  await userEvent.selectOptions(screen.getByRole("combobox", { name: "Parameter" }), "Steigerung pro Jahr");
  await userEvent.type(screen.getByRole("textbox", { name: "Wert" }), "2,5 %");
  await userEvent.click(screen.getByRole("button", { name: "Hinzufügen" }));
  await waitFor(() =>
    expect(book.tableValues("Szenario_Ausbau")).toContainEqual(["Steigerung pro Jahr", "2,5 %"]),
  );
  // The Excel layer seeds a new scenario with the defaults worth changing; dates are Excel serials in
  // the sheet and shown as German dates in the pane.
  expect(await screen.findByText("Parameter: 5, alle gültig.")).toBeTruthy();
  expect((screen.getByRole("textbox", { name: "Angenommener Start" }) as HTMLInputElement).value).toBe(
    "01.08.2013",
  );

  await userEvent.click(screen.getByRole("tab", { name: "Vergleich" }));
  // Choosing "Basis" as the baseline moves the previous baseline into the compared scenarios.
  await userEvent.selectOptions(
    screen.getByRole("combobox", { name: "Basis (Vergleichsgrundlage)" }),
    "Basis",
  );
  expect((screen.getByRole("checkbox", { name: "Ausbau" }) as HTMLInputElement).checked).toBe(true);
  await userEvent.click(screen.getByRole("button", { name: "Vergleich schreiben" }));
  expect(await screen.findByText(/Blatt „KI-Vergleich“ geschrieben/)).toBeTruthy();
  const formulas = [...book.sheet("KI-Vergleich")!.cells.values()]
    .map((cell) => cell.formula ?? "")
    .filter((formula) => /KI\.LANDESMITTEL\(.*Szenario_Ausbau/.test(formula));
  const baseline = [...book.sheet("KI-Vergleich")!.cells.values()].filter((cell) =>
    /KI\.LANDESMITTEL\(.*Szenario_Basis/.test(cell.formula ?? ""),
  );
  expect(baseline).toHaveLength(5);
  // One formula per year of the default range (the next five years).
  expect(formulas).toHaveLength(5);
});

test("Vollzug: Tabellen anlegen creates the three tables; a typed Bescheid shows up after reading them again", async () => {
  await renderPane({ mode: "excel" });
  await userEvent.click(screen.getByRole("tab", { name: "Vollzug" }));
  await userEvent.click(screen.getByRole("button", { name: "Tabellen anlegen" }));
  await waitFor(() => expect(book.table("KI_Nachweise")).toBeDefined());
  expect(book.table("KI_Bescheide")).toBeDefined();
  expect(book.table("KI_Zahlungen")).toBeDefined();
  // The user types a Bescheid for Düren 2017 far above any maximum of a Kreis that year
  // (170.000 + 3 × 50.000 + 50.000 = 370.000 € at most, sgk.nrw expansion).
  const table = book.table("KI_Bescheide")!;
  const row = table.top + table.rows;
  table.sheet.shiftDown(row, 1, table.left, table.left + table.columns - 1);
  ["Düren", 2017, "36-2017-1", "", "gesamt", 500000].forEach((v, c) => {
    table.sheet.cell(row, table.left + c).value = v;
  });
  table.rows++;
  await userEvent.click(screen.getByRole("button", { name: "Tabellen neu lesen" }));
  const dueren = await screen.findByRole("article", { name: "Kreis Düren" });
  await waitFor(() =>
    expect(
      within(dueren)
        .getAllByRole("listitem")
        .map((li) => li.getAttribute("data-flag")),
    ).toEqual(["ueber_modell"]),
  );
  // The flag links to its row: header = row 1, the blank first row = 2, Düren's row = 3.
  await userEvent.click(within(dueren).getByRole("button", { name: "KI-Bescheide, Zeile 3" }));
  await waitFor(() => expect(book.activeSheet).toBe("KI-Bescheide"));
  expect(book.selection?.bounds).toEqual({
    row: table.top + 2,
    column: table.left,
    rows: 1,
    columns: table.columns,
  });
  const koeln = screen.getByRole("article", { name: "Stadt Köln" });
  expect(
    within(koeln)
      .getAllByRole("listitem")
      .map((li) => li.getAttribute("data-flag")),
  ).toEqual(["kein_bescheid"]);
});
