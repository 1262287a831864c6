/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as excel from "../../src/excel";
import { ENTITIES, RULES, dataGaps, gapsAt, reconcile, registryAt } from "../../src/model";
import { renderPane } from "./render";

jest.mock("../../src/excel", () => ({
  ...jest.requireActual("../../src/excel"),
  goToRegisterRow: jest.fn(async () => undefined),
  listScenarios: jest.fn(async () => []),
  readStoredState: jest.fn(async () => ({ notices: [], tables: {}, paneSettings: {} })),
}));
jest.mock("../../src/taskpane/data/clock", () => ({ todayIso: () => "2017-06-01" }));

const goToRegisterRow = excel.goToRegisterRow as jest.MockedFunction<typeof excel.goToRegisterRow>;
/** Testing Library collapses non-breaking spaces in the page's text; expected texts are read the same way. */
const plain = (text: string) => text.replace(/\u00a0/g, " ");
/**
 * The formats the pane promises in German (1.234,5; 1.234,56 €; +12,50 %), computed here with plain
 * Intl, not with the pane's formatter, so a wrong pane format fails.
 */
type Num = { toNumber(): number };
const intl = (options: Intl.NumberFormatOptions) => (v: Num) =>
  plain(new Intl.NumberFormat("de-DE", options).format(v.toNumber()));
const de = {
  number: intl({ maximumFractionDigits: 2 }),
  money: intl({ style: "currency", currency: "EUR" }),
  moneyDelta: intl({ style: "currency", currency: "EUR", signDisplay: "exceptZero" }),
  // The model gives percent points (12.5 = 12,5 %); Intl's percent style wants a fraction.
  percentDelta: (v: Num) =>
    plain(
      new Intl.NumberFormat("de-DE", {
        style: "percent",
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
        signDisplay: "exceptZero",
      }).format(v.toNumber() / 100),
    ),
};

beforeEach(() => jest.clearAllMocks());

/** Tab names as assistive technology reads them (Fluent adds a hidden bold copy of the text). */
function tabNames(): string[] {
  return screen.getAllByRole("tab").map((tab) => tab.querySelector(".fui-Tab__content")?.textContent ?? "");
}

/** The "without a centre" list of the Lücken view. */
function missingList(): HTMLElement {
  return screen.getByRole("list", { name: /^Ohne KI am/ });
}

async function openTab(name: string) {
  await userEvent.click(screen.getByRole("tab", { name }));
}

describe("shell", () => {
  test("nine tabs in German, Register open first, the preview says that writing needs Excel", async () => {
    await renderPane();
    expect(tabNames()).toEqual([
      "Register",
      "Überblick",
      "Regeln",
      "Lücken",
      "Szenarien",
      "Vergleich",
      "Abgleich",
      "Weitergabe",
      "Vollzug",
    ]);
    expect(screen.getByRole("tab", { name: "Register" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByText("Vorschau ohne Excel")).toBeTruthy();
  });

  test("in Excel there is no preview notice", async () => {
    await renderPane({ mode: "excel" });
    expect(screen.queryByText("Vorschau ohne Excel")).toBeNull();
  });

  test("English pane: English tabs, texts and en-US number and date formats", async () => {
    await renderPane({ language: "en" });
    expect(tabNames()).toEqual([
      "Register",
      "Overview",
      "Rules",
      "Gaps",
      "Scenarios",
      "Comparison",
      "Reconciliation",
      "Handover",
      "Grants",
    ]);
    expect(screen.getByText("Preview without Excel")).toBeTruthy();
    expect(
      screen.getByText("53 of 54 districts and independent cities have a centre working on 06/01/2017."),
    ).toBeTruthy();
    await openTab("Rules");
    expect(screen.getAllByText("€170,000.00 per centre").length).toBeGreaterThan(0);
  });

  test("recovery notices from reading stored state are shown and can be dismissed", async () => {
    await renderPane({ notices: [{ code: "corrupt" }, { code: "dropped", count: 2 }] });
    expect(screen.getByText("Gespeicherte Angaben wiederhergestellt")).toBeTruthy();
    expect(screen.getByText("Übersprungene unlesbare Einträge: 2. Alles Lesbare ist erhalten.")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Schließen" }));
    expect(screen.queryByText("Gespeicherte Angaben wiederhergestellt")).toBeNull();
  });

  test("in Excel, notices from the workbook's stored state are shown", async () => {
    (excel.readStoredState as jest.Mock).mockResolvedValueOnce({
      notices: [{ code: "zustand_veraltet", message: "Gespeicherter Zustand (Version 0) wurde übernommen." }],
      tables: {},
      paneSettings: {},
    });
    await renderPane({ mode: "excel" });
    expect(await screen.findByText("Gespeicherter Zustand (Version 0) wurde übernommen.")).toBeTruthy();
  });
});

describe("Register", () => {
  test("one row per entity at the Stichtag with key, start and status; details from the model on demand", async () => {
    await renderPane();
    const table = screen.getByRole("table", { name: "Register am 01.06.2017" });
    const rows = within(table)
      .getAllByRole("row")
      .filter((row) => row.hasAttribute("data-key"));
    expect(rows).toHaveLength(registryAt("2017-06-01").length);
    expect(
      screen.getByText("53 von 54 Kreisen und kreisfreien Städten haben am 01.06.2017 ein KI in Betrieb."),
    ).toBeTruthy();
    const kleve = rows.find((row) => row.getAttribute("data-key") === "05154")!;
    expect(within(kleve).getByText("noch kein KI")).toBeTruthy();
    const coesfeld = rows.find((row) => row.getAttribute("data-key") === "05558")!;
    expect(within(coesfeld).getByText("05558")).toBeTruthy();
    expect(within(coesfeld).getByText("12.02.2016")).toBeTruthy();
    // Second source review: set up "zum 1. Dezember 2015" (WN) vs opened 12.02.2016 (seed 001).
    expect(within(coesfeld).getByText("Start widersprüchlich")).toBeTruthy();
    expect(document.querySelector('[data-details-for="05558"]')).toBeNull();

    await userEvent.click(within(coesfeld).getByRole("button", { name: "Details: Kreis Coesfeld" }));
    const details = document.querySelector<HTMLElement>('[data-details-for="05558"]')!;
    expect(within(details).getByText("widersprüchlich")).toBeTruthy();
    expect(within(details).getByText("Förderbeginn: kein eigener belegt, Geld ab Eröffnung")).toBeTruthy();
    const posts = registryAt("2017-06-01").find((r) => r.entity.key === "05558")!.posts!;
    expect(within(details).getByText(de.number(posts.gesamt))).toBeTruthy();
    expect(within(details).getByText("seed:001")).toBeTruthy();
    expect(within(details).getByText("ausbau-2017-kreis")).toBeTruthy();

    const borken = rows.find((row) => row.getAttribute("data-key") === "05554")!;
    expect(within(borken).getByText("28.06.2016")).toBeTruthy();
    await userEvent.click(within(borken).getByRole("button", { name: "Details: Kreis Borken" }));
    const borkenDetails = document.querySelector<HTMLElement>('[data-details-for="05554"]')!;
    expect(within(borkenDetails).getByText("Förderbeginn (Geld ab): 01.05.2016")).toBeTruthy();
    await userEvent.click(within(borken).getByRole("button", { name: "Details: Kreis Borken" }));
    expect(document.querySelector('[data-details-for="05554"]')).toBeNull();
  });

  test("sorts by a column header and filters by Regierungsbezirk and status", async () => {
    await renderPane();
    const keys = () =>
      [...document.querySelectorAll("tr[data-key]")].map((row) => row.getAttribute("data-key"));
    const startHeader = document.querySelector<HTMLElement>('th[data-column="start"] [role=button]')!;
    await userEvent.click(startHeader);
    expect(document.querySelector('th[data-column="start"]')!.getAttribute("aria-sort")).toBe("ascending");
    // Hand-written: the earliest starts are Hagen's and Märkischer Kreis' 01.12.2012 (assumed), key order.
    expect(keys().slice(0, 2)).toEqual(["05914", "05962"]);
    await userEvent.click(startHeader);
    expect(document.querySelector('th[data-column="start"]')!.getAttribute("aria-sort")).toBe("descending");
    expect(keys()[0]).toBe("05154"); // Kleve, 01.09.2018
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Regierungsbezirk" }), "Münster");
    expect(keys()).toEqual(["05566", "05554", "05558", "05512", "05513", "05515", "05562", "05570"]);
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Status" }), "widerspruch");
    expect(keys()).toEqual(["05558"]);
    expect(screen.getByText("Angezeigt: 1 von 54 Zeilen")).toBeTruthy();
  });

  test("the old Aachen keys are shown at their successors with the model's note", async () => {
    await renderPane();
    const rows = within(screen.getByRole("table", { name: "Register am 01.06.2017" })).getAllByRole("row");
    const city = rows.find((row) => row.getAttribute("data-key") === "05334002")!;
    const region = rows.find((row) => row.getAttribute("data-key") === "05334")!;
    const cityNote = within(city).getByText("Früherer Schlüssel 05313 führt hierher");
    expect(cityNote.getAttribute("title")).toBe(
      "05313 ist der alte Schlüssel der Stadt Aachen (bis 2009); heute 05334002 (Stadt Aachen).",
    );
    const regionNote = within(region).getByText("Früherer Schlüssel 05354 führt hierher");
    expect(regionNote.getAttribute("title")).toContain("Nachfolger ist die StädteRegion Aachen (05334)");
    expect(within(city).queryByText(/05354/)).toBeNull();
    const others = rows.filter((row) => !["05334", "05334002"].includes(row.getAttribute("data-key") ?? ""));
    for (const row of others) expect(row.querySelector("[data-old-key]")).toBeNull();
  });
});

describe("Lücken", () => {
  test("lists the entities without a centre at the chosen date, as the model computes them", async () => {
    await renderPane();
    await openTab("Lücken");
    const field = screen.getByRole("textbox", { name: /Stichtag/ });
    await userEvent.clear(field);
    await userEvent.type(field, "01.01.2016{Enter}");
    const expected = gapsAt("2016-01-01").map((e) => e.fullName);
    expect(expected.length).toBeGreaterThan(1);
    const list = screen.getByRole("list", { name: `Ohne KI am 01.01.2016: ${expected.length}` });
    const names = within(list)
      .getAllByRole("listitem")
      .map((item) => item.querySelector("span")?.textContent);
    expect(names).toEqual(expected);
  });

  test("an unreadable date is refused with a hint and the list keeps the last valid date", async () => {
    await renderPane();
    await openTab("Lücken");
    const field = screen.getByRole("textbox", { name: /Stichtag/ });
    await userEvent.clear(field);
    await userEvent.type(field, "31.02.2017{Enter}");
    expect(screen.getByText("Bitte ein Datum wie 01.09.2018 eingeben.")).toBeTruthy();
    expect(screen.getByRole("list", { name: "Ohne KI am 01.06.2017: 1" })).toBeTruthy();
  });

  test("data gaps: a summary by kind, groups that open, identical explanations once with the entities listed", async () => {
    await renderPane();
    await openTab("Lücken");
    const gaps = dataGaps();
    expect(
      screen.getByRole("heading", { name: `Datenlücken und Unsicherheiten: ${gaps.length}` }),
    ).toBeTruthy();
    const summary = screen.getByRole("list", { name: "Überblick der Lücken" });
    const assumed = gaps.filter((g) => g.kind === "angenommener_start");
    expect(within(summary).getByText(`Start angenommen: ${assumed.length}`)).toBeTruthy();
    // Closed at first: no entries rendered.
    expect(document.querySelectorAll("[data-gap-group]")).toHaveLength(0);
    for (const button of screen.getAllByRole("button", { expanded: false })) await userEvent.click(button);
    const entityLinks = document.querySelectorAll("[data-gap-entity]").length;
    const single = document.querySelectorAll("[data-gap-group=single]").length;
    expect(entityLinks + single).toBe(gaps.length);
    // "Start nicht genau bekannt (…); gerechnet wird mit 01.08.2013." is one entry for many entities.
    const groups = document.querySelectorAll("[data-gap-group=entities]").length;
    expect(groups).toBeLessThan(gaps.filter((g) => g.entityKey).length);
    const duisburgLike = assumed.filter((g) => g.text.endsWith("gerechnet wird mit 01.08.2013."));
    expect(duisburgLike.length).toBeGreaterThan(5);
    const list = screen.getByRole("list", { name: `Start angenommen: ${assumed.length}` });
    expect(within(list).getAllByText(/gerechnet wird mit 01\.08\.2013\.$/).length).toBeLessThan(
      duisburgLike.length,
    );
    expect(within(list).queryAllByText(/ohne Regel/)).toHaveLength(0);
  });

  test("the filter narrows the lists to matching entities and texts and opens the groups", async () => {
    await renderPane();
    await openTab("Lücken");
    await userEvent.type(screen.getByRole("searchbox", { name: /Filtern/ }), "Köln");
    const links = [...document.querySelectorAll("[data-gap-entity]")].map((e) =>
      e.getAttribute("data-gap-entity"),
    );
    expect(links).toEqual(["05315"]);
    await userEvent.clear(screen.getByRole("searchbox", { name: /Filtern/ }));
    await userEvent.type(screen.getByRole("searchbox", { name: /Filtern/ }), "zzzz");
    expect(screen.getByText("Keine Lücke passt zu „zzzz“.")).toBeTruthy();
  });

  test("in preview a gap links to its row in the pane's register, highlighted", async () => {
    await renderPane();
    await openTab("Lücken");
    await userEvent.click(
      within(missingList()).getByRole("button", { name: "Im Register zeigen: Kreis Kleve" }),
    );
    expect(screen.getByRole("tab", { name: "Register" }).getAttribute("aria-selected")).toBe("true");
    const row = document.querySelector('[data-key="05154"]')!;
    expect(row.getAttribute("aria-current")).toBe("true");
    expect(document.activeElement).toBe(row);
  });

  test("in Excel a gap selects its row on the register sheet", async () => {
    await renderPane({ mode: "excel" });
    await openTab("Lücken");
    await userEvent.click(
      within(missingList()).getByRole("button", { name: "Zeile im Blatt zeigen: Kreis Kleve" }),
    );
    expect(goToRegisterRow).toHaveBeenCalledWith("05154");
    expect(screen.getByRole("tab", { name: "Lücken" }).getAttribute("aria-selected")).toBe("true");
  });

  test("in Excel a missing register sheet is reported", async () => {
    goToRegisterRow.mockRejectedValueOnce(
      new excel.ExcelActionError(
        "register_fehlt",
        "Blatt „KI-Register“ fehlt: bitte zuerst „Register holen“.",
      ),
    );
    await renderPane({ mode: "excel" });
    await openTab("Lücken");
    await userEvent.click(
      within(missingList()).getByRole("button", { name: "Zeile im Blatt zeigen: Kreis Kleve" }),
    );
    expect(await screen.findByText("Blatt „KI-Register“ fehlt: bitte zuerst „Register holen“.")).toBeTruthy();
  });

  test("a rule gap opens the rule in the Regeln view", async () => {
    await renderPane();
    await openTab("Lücken");
    const ruleGap = dataGaps().find((g) => g.ruleId)!;
    for (const button of screen.getAllByRole("button", { expanded: false })) await userEvent.click(button);
    const links = screen.getAllByRole("button", { name: new RegExp(`^Regel zeigen: ${ruleGap.ruleId}$`) });
    await userEvent.click(links[0]);
    expect(screen.getByRole("tab", { name: "Regeln" }).getAttribute("aria-selected")).toBe("true");
    expect(document.querySelector(`[data-rule="${ruleGap.ruleId}"]`)!.getAttribute("aria-current")).toBe(
      "true",
    );
  });
});

describe("Regeln and Abgleich", () => {
  test("a gap about a reported figure opens its card in the Abgleich view", async () => {
    await renderPane();
    await openTab("Lücken");
    // Seed 002's date is no longer a conflict (second source review); the removed 7,7 Mio € gap names
    // the 7,05 Mio € figure.
    const gap = dataGaps().find((g) => g.figureId === "komm-an-ehrenamt-7-05")!;
    expect(gap).toBeDefined();
    await userEvent.click(screen.getByRole("button", { name: /^Angabe fehlt: / }));
    await userEvent.click(screen.getByRole("button", { name: "Im Abgleich zeigen: komm-an-ehrenamt-7-05" }));
    expect(screen.getByRole("tab", { name: "Abgleich" }).getAttribute("aria-selected")).toBe("true");
    const cards = [...document.querySelectorAll('[data-figure="komm-an-ehrenamt-7-05"]')];
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((card) => card.getAttribute("aria-current") === "true")).toBe(true);
    expect(document.activeElement).toBe(cards[0]);
  });

  test("every rule version with its validity and status", async () => {
    await renderPane();
    await openTab("Regeln");
    expect(screen.getByText(`Fassungen der Förderrichtlinie: ${RULES.length}`)).toBeTruthy();
    for (const rule of RULES) expect(screen.getByRole("heading", { name: rule.title })).toBeTruthy();
    const first = screen.getByRole("article", { name: RULES[0].title });
    expect(within(first).getByText(/gültig 25\.06\.2012 bis 31\.12\.2016/)).toBeTruthy();
    expect(within(first).getByText("170.000,00 € je KI")).toBeTruthy();
    expect(within(first).getByText("50.000,00 € je Stelle")).toBeTruthy();
  });

  test("every reported figure beside the model's, with the difference and both sources", async () => {
    await renderPane();
    await openTab("Abgleich");
    const rows = reconcile();
    const region = screen.getByRole("region", { name: "Gemeldete Zahlen und Modell" });
    expect(within(region).getAllByRole("article")).toHaveLength(rows.length);
    const withDifference = rows.find((r) => r.difference && !r.difference.isZero() && r.unit === "EUR")!;
    const row = within(region).getByRole("article", { name: new RegExp(withDifference.label) });
    expect(row.getAttribute("data-id")).toBe(withDifference.id);
    expect(within(row).getByText(de.money(withDifference.reported))).toBeTruthy();
    expect(within(row).getByText(de.money(withDifference.model!))).toBeTruthy();
    expect(
      within(row).getByText(
        `${de.moneyDelta(withDifference.difference!)} (${de.percentDelta(withDifference.differencePercent!)})`,
      ),
    ).toBeTruthy();
    for (const id of withDifference.reportedSources)
      expect(within(row).getAllByText(id).length).toBeGreaterThan(0);
  });
});

test("the register has one row for each of the 54 entities when none has two centres", async () => {
  await renderPane();
  const keys = [...document.querySelectorAll("[data-key]")].map((row) => row.getAttribute("data-key"));
  expect(keys).toHaveLength(54);
  expect(new Set(keys)).toEqual(new Set(ENTITIES.map((e) => e.key)));
  // The preview computes the register itself; it never asks the Excel layer for scenarios.
  expect(excel.listScenarios).not.toHaveBeenCalled();
});
