/** @jest-environment jsdom */
/**
 * The Vollzug view in the preview, on the invented example tables (src/taskpane/data/vollzugExample.ts).
 * Expected flags worked out by hand: a Kreis's 2024 maximum is 370.000 € (170.000 + 3 × 50.000 +
 * 50.000), so Düren's invented 380.000 € is above it; Kleve has no Bescheid although its centre
 * works; Bochum (kreisfreie Stadt, 300.000 € granted) calls 150.000 € on 20.01., more than January
 * plus two months (3/12 = 75.000 €), but less than with a six-month window (7/12 = 175.000 €).
 */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderPane } from "./render";

jest.mock("../../src/excel", () => ({
  ...jest.requireActual("../../src/excel"),
  listScenarios: jest.fn(async () => []),
  readStoredState: jest.fn(async () => ({ notices: [], tables: {}, paneSettings: {} })),
}));
jest.mock("../../src/taskpane/data/clock", () => ({ todayIso: () => "2025-07-15" }));

async function openVollzug(name = "Vollzug") {
  await userEvent.click(screen.getByRole("tab", { name }));
}

const flagsOf = (entity: string) =>
  within(screen.getByRole("article", { name: entity }))
    .getAllByRole("listitem")
    .map((li) => li.getAttribute("data-flag"));

test("preview: example data said to be invented, flags per centre, the bad row listed", async () => {
  await renderPane();
  await openVollzug();
  expect(screen.getByText(/erfundenen Beispieldaten/)).toBeTruthy();
  expect(flagsOf("Kreis Kleve")).toEqual(["kein_bescheid"]);
  expect(flagsOf("Kreis Düren")).toEqual(["ueber_modell", "nachweis_ueberfaellig"]);
  expect(flagsOf("Stadt Bochum")).toContain("zwei_monate");
  const bad = screen.getByRole("region", { name: "Fehlerhafte Zeilen" });
  expect(within(bad).getByText(/^KI-Bescheide, Zeile \d+: Betrag: -5000 ist negativ/)).toBeTruthy();
  // The NRW row of the totals.
  const totals = screen.getByRole("region", { name: "Summen je Regierungsbezirk und NRW" });
  expect(within(totals).getByRole("rowheader", { name: "NRW" })).toBeTruthy();
});

test("the window is a parameter: six months make Bochum's January call fit", async () => {
  await renderPane();
  await openVollzug();
  const field = screen.getByRole("textbox", { name: /Zwei-Monats-Regel/ });
  await userEvent.clear(field);
  await userEvent.type(field, "6");
  expect(flagsOf("Stadt Bochum")).not.toContain("zwei_monate");
});

test("a year without data: no Bescheid for every working centre", async () => {
  await renderPane();
  await openVollzug();
  const year = screen.getByRole("textbox", { name: "Jahr" });
  await userEvent.clear(year);
  await userEvent.type(year, "2023");
  expect(flagsOf("Kreis Düren")).toEqual(["kein_bescheid"]);
});

test("English pane: English labels around the model's German messages", async () => {
  await renderPane({ language: "en" });
  await openVollzug("Grants");
  expect(screen.getByText(/invented example data/)).toBeTruthy();
  expect(screen.getByRole("button", { name: "Create tables" })).toBeTruthy();
});
