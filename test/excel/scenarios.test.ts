import {
  copyScenario,
  createScenario,
  deleteScenario,
  listScenarios,
  renameScenario,
  setExcelRunner,
  setScenarioValue,
  writeComparison,
} from "../../src/excel";
import { parseScenario } from "../../src/model";
import { Workbook } from "./host";
import { User } from "./userActions";

let book: Workbook;
let user: User;
beforeEach(() => {
  book = new Workbook();
  user = new User(book);
  setExcelRunner(book.run);
});
afterAll(() => setExcelRunner(null));

describe("createScenario", () => {
  test("a sheet 'Szenario <Name>' with table Szenario_<Name> (Parameter | Wert) the model reads without issues", async () => {
    const s = await createScenario("Basis");
    expect(book.requests).toBe(3);
    expect(s).toMatchObject({
      name: "Basis",
      sheet: "Szenario Basis",
      table: "Szenario_Basis",
      reference: "Szenario_Basis[[#All],[Parameter]:[Wert]]",
      issues: [],
    });
    const values = book.tableValues("Szenario_Basis");
    expect(values[0]).toEqual(["Parameter", "Wert"]);
    expect(values[1]).toEqual(["Bezeichnung", "Basis"]);
    // What is in the sheet parses cleanly and equals the defaults plus the label.
    const parsed = parseScenario(values);
    expect(parsed.issues).toEqual([]);
    expect(parsed.scenario.label).toBe("Basis");
    expect(parsed.scenario.proRataBasis).toBe("startMonth");
    // The parameter catalogue sits beside the table, outside it.
    expect(book.sheet("Szenario Basis")?.get(0, 3)?.value).toBe("Mögliche Parameter");
    expect(book.table("Szenario_Basis")?.columns).toBe(2);
  });

  test.each([
    ["", "ungueltiger_name"],
    ["   ", "ungueltiger_name"],
    ["a/b", "ungueltiger_name"],
    ["Was?", "ungueltiger_name"],
    ["[x]", "ungueltiger_name"],
    ["x".repeat(23), "ungueltiger_name"],
  ])("refuses %j with %s and writes nothing", async (name, code) => {
    await expect(createScenario(name)).rejects.toMatchObject({ code });
    expect(book.sheets).toHaveLength(0);
  });

  test("refuses a name that exists (case-insensitive) with szenario_existiert", async () => {
    await createScenario("Basis");
    await expect(createScenario("basis")).rejects.toMatchObject({ code: "szenario_existiert" });
    expect(book.sheets).toHaveLength(1);
  });

  test("names with spaces and umlauts get a valid table name; taken table names are numbered", async () => {
    book.namedItems.push("Szenario_Ausbau_2027");
    const s = await createScenario("Ausbau 2027");
    expect(s.table).toBe("Szenario_Ausbau_2027_2");
    const u = await createScenario("Größer (hoch)");
    expect(u.table).toBe("Szenario_Größer__hoch_");
    expect(u.sheet).toBe("Szenario Größer (hoch)");
  });
});

describe("listScenarios", () => {
  test("lists scenario tables with the model's issues per row, in 3 requests (the last one Office.js's own)", async () => {
    await createScenario("Basis");
    await createScenario("Ausbau");
    user.addRow("Szenario_Ausbau", { Parameter: "Betrag je KI", Wert: 180000 });
    user.addRow("Szenario_Ausbau", { Parameter: "Unsinn", Wert: 1 });
    book.requests = 0;
    const list = await listScenarios();
    expect(book.requests).toBe(3);
    expect(list.map((s) => s.name)).toEqual(["Ausbau", "Basis"]);
    const ausbau = list[0];
    expect(ausbau.rows[ausbau.rows.length - 2]).toEqual(["Betrag je KI", 180000]);
    expect(ausbau.issues).toHaveLength(1);
    expect(ausbau.issues[0]).toMatchObject({ row: 8, parameter: "Unsinn" });
    expect(list[1].issues).toEqual([]);
  });

  test("a scenario table without its Wert column is listed with an issue, not an exception", async () => {
    await createScenario("Basis");
    user.renameHeader("Szenario_Basis", "Wert", "Betrag");
    const [s] = await listScenarios();
    expect(s.issues[0].message).toContain("Wert");
  });

  test("an empty workbook: an empty list in one sync", async () => {
    expect(await listScenarios()).toEqual([]);
    expect(book.requests).toBe(1);
  });
});

describe("changing scenarios", () => {
  test("setScenarioValue updates an existing parameter row in place", async () => {
    await createScenario("Basis");
    book.requests = 0;
    const s = await setScenarioValue("Basis", "monatsberechnung", "ganzes Jahr");
    expect(book.requests).toBe(4);
    expect(user.content("Szenario_Basis", "Parameter", "Monatsberechnung", "Wert")).toBe("ganzes Jahr");
    expect(s.issues).toEqual([]);
    expect(book.tableValues("Szenario_Basis")).toHaveLength(6);
  });

  test("setScenarioValue adds a missing parameter; a bad value shows up as an issue", async () => {
    await createScenario("Basis");
    const s = await setScenarioValue("Basis", "Betrag je KI", "viel");
    expect(book.tableValues("Szenario_Basis")).toHaveLength(7);
    expect(user.content("Szenario_Basis", "Parameter", "Betrag je KI", "Wert")).toBe("viel");
    expect(s.issues).toHaveLength(1);
    expect(s.issues[0].parameter).toBe("Betrag je KI");
  });

  test("setScenarioValue with null clears the value", async () => {
    await createScenario("Basis");
    await setScenarioValue("Basis", "Steigerung pro Jahr", null);
    expect(user.content("Szenario_Basis", "Parameter", "Steigerung pro Jahr", "Wert")).toBe("");
  });

  test("setScenarioValue on an unknown scenario: szenario_fehlt", async () => {
    await expect(setScenarioValue("Nirgends", "Betrag je KI", 1)).rejects.toMatchObject({
      code: "szenario_fehlt",
    });
  });

  test("copyScenario copies all rows (and relabels the Bezeichnung)", async () => {
    await createScenario("Basis");
    await setScenarioValue("Basis", "Betrag je KI", 180000);
    const copy = await copyScenario("Basis", "Kopie");
    expect(copy.table).toBe("Szenario_Kopie");
    const values = book.tableValues("Szenario_Kopie");
    expect(values).toContainEqual(["Betrag je KI", 180000]);
    expect(values).toContainEqual(["Bezeichnung", "Kopie"]);
    expect(book.tableValues("Szenario_Basis")).toContainEqual(["Bezeichnung", "Basis"]);
    await expect(copyScenario("Basis", "Kopie")).rejects.toMatchObject({ code: "szenario_existiert" });
  });

  test("renameScenario renames sheet and table; the old name is gone", async () => {
    await createScenario("Basis");
    const s = await renameScenario("Basis", "Grundlage");
    expect(s).toMatchObject({ name: "Grundlage", sheet: "Szenario Grundlage", table: "Szenario_Grundlage" });
    expect(book.sheet("Szenario Basis")).toBeUndefined();
    expect(book.table("Szenario_Grundlage")).toBeDefined();
    await expect(renameScenario("Basis", "X")).rejects.toMatchObject({ code: "szenario_fehlt" });
  });

  test("renameScenario to its own name in other case is allowed", async () => {
    await createScenario("Basis");
    const s = await renameScenario("Basis", "BASIS");
    expect(s.sheet).toBe("Szenario BASIS");
  });

  test("deleteScenario deletes the scenario's own sheet", async () => {
    await createScenario("Basis");
    await createScenario("Weg");
    await deleteScenario("weg");
    expect(book.sheets.map((s) => s.name)).toEqual(["Szenario Basis"]);
  });

  test("a scenario table on a shared sheet: only the table is deleted", async () => {
    const sheet = book.addSheet("Annahmen");
    sheet.cell(0, 5).value = "eigene Notiz";
    book.addTable(sheet, "Szenario_Mix", 0, 0, [
      ["Parameter", "Wert"],
      ["Bezeichnung", "Mix"],
    ]);
    const list = await listScenarios();
    expect(list[0].name).toBe("Annahmen");
    await deleteScenario("Annahmen");
    expect(book.sheet("Annahmen")?.get(0, 5)?.value).toBe("eigene Notiz");
    expect(book.table("Szenario_Mix")).toBeUndefined();
  });
});

describe("writeComparison", () => {
  beforeEach(async () => {
    await createScenario("Basis");
    await createScenario("Ausbau");
    book.requests = 0;
  });

  test("rows per year, live KI.LANDESMITTEL formulas on the scenario tables, differences, chart", async () => {
    const result = await writeComparison({ scenarios: ["Basis", "Ausbau"], fromYear: 2026, toYear: 2030 });
    expect(book.requests).toBe(4); // read, write, read the written formulas back, release
    expect(result.rowsWritten).toBe(5);
    const values = book.tableValues("KI_Vergleich");
    expect(values[0]).toEqual(["Jahr", "Basis", "Ausbau", "Differenz Ausbau", "Differenz % Ausbau"]);
    expect(values.slice(1).map((r) => r[0])).toEqual([2026, 2027, 2028, 2029, 2030]);
    // As Excel gives the formulas back: the add-in writes `[@[Ausbau]]` and
    // `Szenario_Basis[[#All],[Parameter]:[Wert]]` (tables.test.ts), Excel shortens both.
    expect(values[1][1]).toBe('=KI.LANDESMITTEL([@Jahr],"gesamt",Szenario_Basis[#All])');
    expect(values[1][2]).toBe('=KI.LANDESMITTEL([@Jahr],"gesamt",Szenario_Ausbau[#All])');
    expect(values[1][3]).toBe("=[@Ausbau]-[@Basis]");
    expect(values[1][4]).toBe('=IFERROR([@Ausbau]/[@Basis]-1,"")');
    const t = book.table("KI_Vergleich")!;
    expect(t.sheet.get(t.top + 1, t.left + 1)?.format).toBe('#,##0.00 "€"');
    expect(t.sheet.get(t.top + 1, t.left + 4)?.format).toBe("0.00%");
    const chart = book.sheet("KI-Vergleich")!.charts;
    expect(chart).toHaveLength(1);
    expect(chart[0]).toMatchObject({ name: "KI_Vergleich_Diagramm", type: "Line" });
    expect(chart[0].series.map((s) => s.name)).toEqual(["Basis", "Ausbau"]);
    expect(chart[0].series[1].values).toEqual({ row: 1, column: 2, rows: 5, columns: 1 });
    expect(chart[0].series[0].xValues).toEqual({ row: 1, column: 0, rows: 5, columns: 1 });
  });

  test("a re-run with another range keeps user columns, replaces the chart, sorts by year; 5 requests", async () => {
    await writeComparison({ scenarios: ["Basis", "Ausbau"], fromYear: 2026, toYear: 2028 });
    user.addColumn("KI_Vergleich", "Kommentar", (r) => `k${r}`);
    book.requests = 0;
    await writeComparison({ scenarios: ["Basis", "Ausbau"], fromYear: 2025, toYear: 2029 });
    expect(book.requests).toBe(5); // 2 reads, write, read the new rows' formulas back, release
    const values = book.tableValues("KI_Vergleich");
    expect(values.slice(1).map((r) => r[0])).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(user.content("KI_Vergleich", "Jahr", "2027", "Kommentar")).toBe("k1");
    expect(book.sheet("KI-Vergleich")!.charts).toHaveLength(1);
    expect(book.sheet("KI-Vergleich")!.charts[0].series[0].values?.rows).toBe(5);
  });

  test("the bestandteil is passed as a string literal, quotes escaped", async () => {
    await writeComparison({ scenarios: ["Basis"], fromYear: 2026, toYear: 2026, bestandteil: 'leh"rer' });
    expect(book.tableValues("KI_Vergleich")[1][1]).toBe(
      '=KI.LANDESMITTEL([@Jahr],"leh""rer",Szenario_Basis[#All])',
    );
  });

  test("default years: the next five", async () => {
    await writeComparison({ scenarios: ["Basis"] });
    const next = new Date().getFullYear() + 1;
    expect(
      book
        .tableValues("KI_Vergleich")
        .slice(1)
        .map((r) => r[0]),
    ).toEqual([0, 1, 2, 3, 4].map((i) => next + i));
  });

  test.each([
    [{ scenarios: [] }, "ungueltige_eingabe"],
    [{ scenarios: ["Basis", "basis"] }, "ungueltige_eingabe"],
    [{ scenarios: ["Basis"], fromYear: 2030, toYear: 2026 }, "ungueltige_eingabe"],
    [{ scenarios: ["Basis"], fromYear: 2026.5 }, "ungueltige_eingabe"],
    [{ scenarios: ["Fehlt"] }, "szenario_fehlt"],
  ])("refuses %j with %s and writes nothing", async (spec, code) => {
    const before = book.snapshot();
    await expect(writeComparison(spec)).rejects.toMatchObject({ code });
    expect(book.snapshot()).toBe(before);
  });

  test("years the functions refuse (3000–3004) are refused in German before anything is written", async () => {
    const before = book.snapshot();
    // Every KI.LANDESMITTEL on such a sheet would be #VALUE!: KI.* accept the years 1900 to 2999.
    await expect(
      writeComparison({ scenarios: ["Basis"], fromYear: 3000, toYear: 3004 }),
    ).rejects.toMatchObject({
      code: "ungueltige_eingabe",
      message: expect.stringContaining("Der Zeitraum 3000–3004 ist ungültig (ganze Jahre von 1900 bis 2999"),
    });
    await expect(
      writeComparison({ scenarios: ["Basis"], fromYear: 2995, toYear: 2999 }),
    ).resolves.toMatchObject({
      rowsWritten: 5,
    });
    expect(before).not.toBe(book.snapshot());
  });

  test("a renamed scenario's column keeps working: the formula follows the table", async () => {
    await writeComparison({ scenarios: ["Basis", "Ausbau"], fromYear: 2026, toYear: 2026 });
    await renameScenario("Ausbau", "Ausbau2");
    // Excel rewrites structured references on rename; the fake does not calculate, so check the
    // comparison can be rewritten under the new name without touching the old column.
    await writeComparison({ scenarios: ["Basis", "Ausbau2"], fromYear: 2026, toYear: 2026 });
    expect(book.tableValues("KI_Vergleich")[0]).toContain("Ausbau2");
  });
});

test("a scenario on a sheet without the prefix still blocks its name", async () => {
  const sheet = book.addSheet("Annahmen");
  book.addTable(sheet, "Szenario_Mix", 0, 0, [
    ["Parameter", "Wert"],
    ["Bezeichnung", "Mix"],
  ]);
  await expect(createScenario("annahmen")).rejects.toMatchObject({ code: "szenario_existiert" });
  await createScenario("Basis");
  await expect(renameScenario("Basis", "Annahmen")).rejects.toMatchObject({ code: "szenario_existiert" });
  await expect(copyScenario("Basis", "Annahmen")).rejects.toMatchObject({ code: "szenario_existiert" });
});
