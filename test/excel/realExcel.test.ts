/**
 * Things real Excel does that a lenient fake would hide (review of the Office.js layer): formulas
 * with `[@…]` outside a table, en-US parsing of written strings, formulas coming back in Excel's
 * canonical form, a batch failing midway, hidden header rows, totals rows, filters, sheet renames,
 * escaping in structured references. Each block fails on the code before the matching fix.
 */
import {
  copyScenario,
  createScenario,
  goToRegisterRow,
  listScenarios,
  pullRegister,
  renameScenario,
  setExcelRunner,
  setScenarioValue,
  writeComparison,
} from "../../src/excel";
import { setRequirementCheck } from "../../src/excel/capabilities";
import { sameContent } from "../../src/excel/merge";
import { tableStateKey } from "../../src/excel/state";
import { escapeColumn } from "../../src/excel/tables";
import { parseScenario } from "../../src/model";
import { Workbook } from "./host";
import { User } from "./userActions";

const REG = "KI_Register";
const KEY = "Schlüssel";
const STATUS = "Status am Stichtag";
const BEFORE_KLEVE = "2017-06-30";
const AFTER_KLEVE = "2019-01-01";
const CMP = "KI_Vergleich";

let book: Workbook;
let user: User;
beforeEach(() => {
  book = new Workbook();
  user = new User(book);
  setExcelRunner(book.run);
});
afterAll(() => setExcelRunner(null));

/** Every cell the stored memory claims for the add-in holds exactly that (else it reads as a user edit). */
function memoryMismatches(table: string, keyHeader: string): string[] {
  const memory = JSON.parse(String(book.settings.get(tableStateKey(table))));
  const out: string[] = [];
  for (const [key, cells] of Object.entries(memory.rows as Record<string, unknown[]>)) {
    (memory.columns as string[]).forEach((header, i) => {
      const remembered = cells[i];
      if (remembered === null || remembered === undefined) return;
      const content = user.content(table, keyHeader, key, header);
      if (content !== undefined && !sameContent(content, remembered))
        out.push(`${key}/${header}: memory ${String(remembered)}, cell ${String(content)}`);
    });
  }
  return out;
}

describe("1. structured references to 'this row' are written only inside a table", () => {
  test("a new comparison sheet: the table exists before its formulas are written", async () => {
    await createScenario("Basis");
    await writeComparison({ scenarios: ["Basis"], fromYear: 2026, toYear: 2027 });
    expect(book.tableValues(CMP)[1][1]).toBe('=KI.LANDESMITTEL([@Jahr],"gesamt",Szenario_Basis[#All])');
  });

  test("copying a scenario whose Wert holds a [@…] formula", async () => {
    await createScenario("Basis");
    user.addRow("Szenario_Basis", { Parameter: "Sachkosten je KI" });
    user.type("Szenario_Basis", "Parameter", "Sachkosten je KI", "Wert", "=LEN([@Parameter])*1000");
    const copy = await copyScenario("Basis", "Kopie");
    expect(copy.table).toBe("Szenario_Kopie");
    expect(book.tableValues("Szenario_Kopie")).toContainEqual([
      "Sachkosten je KI",
      "=LEN([@Parameter])*1000",
    ]);
  });
});

describe("2. scenario values reach the model as the user typed them", () => {
  beforeEach(async () => {
    await createScenario("Basis");
  });

  test("a German amount in a new row (below a date row) stays the German text the model reads", async () => {
    const s = await setScenarioValue("Basis", "Betrag je KI", "170.000");
    expect(user.content("Szenario_Basis", "Parameter", "Betrag je KI", "Wert")).toBe("170.000");
    expect(s.issues).toEqual([]);
    expect(parseScenario(book.tableValues("Szenario_Basis")).scenario.amountPerCentre?.toNumber()).toBe(
      170000,
    );
  });

  test("a German decimal in a row formatted as percent", async () => {
    const s = await setScenarioValue("Basis", "Steigerung pro Jahr", "0,025");
    expect(user.content("Szenario_Basis", "Parameter", "Steigerung pro Jahr", "Wert")).toBe("0,025");
    expect(s.issues).toEqual([]);
    expect(parseScenario(book.tableValues("Szenario_Basis")).scenario.increaseRate.toNumber()).toBe(0.025);
  });

  test("a number is written as a number with an explicit, non-date format", async () => {
    await setScenarioValue("Basis", "Betrag je KI", 180000);
    const cell = user.cell("Szenario_Basis", "Parameter", "Betrag je KI", "Wert");
    expect(cell?.value).toBe(180000);
    expect(cell?.format).toBe("General");
  });
});

describe("3. formulas as Excel gives them back", () => {
  beforeEach(async () => {
    await createScenario("Basis");
    await createScenario("Ausbau");
  });

  test("a second identical comparison: nothing is a user edit, nothing is written, no question", async () => {
    const spec = { scenarios: ["Basis", "Ausbau"], fromYear: 2026, toYear: 2028 };
    await writeComparison(spec);
    expect(book.tableValues(CMP)[1][3]).toBe("=[@Ausbau]-[@Basis]"); // Excel's short form
    expect(memoryMismatches(CMP, "Jahr")).toEqual([]);
    const confirm = jest.fn(async () => true);
    const before = JSON.stringify(JSON.parse(book.snapshot()).sheets);
    book.requests = 0;
    const again = await writeComparison(spec, { confirmOverwrite: confirm });
    expect(confirm).not.toHaveBeenCalled();
    expect(again).toMatchObject({ rowsWritten: 0, userEditsKept: 0 });
    expect(book.requests).toBe(4); // nothing written, nothing to read back
    expect(JSON.stringify(JSON.parse(book.snapshot()).sheets)).toBe(before);
  });

  test("renaming a scenario keeps the comparison's memory in step with the rewritten formulas", async () => {
    await writeComparison({ scenarios: ["Basis", "Ausbau"], fromYear: 2026, toYear: 2027 });
    await renameScenario("Ausbau", "Plan");
    expect(book.tableValues(CMP)[1][2]).toBe('=KI.LANDESMITTEL([@Jahr],"gesamt",Szenario_Plan[#All])');
    expect(memoryMismatches(CMP, "Jahr")).toEqual([]);
  });

  test("a user's edit of a formula cell is still one", async () => {
    await writeComparison({ scenarios: ["Basis", "Ausbau"], fromYear: 2026, toYear: 2027 });
    user.type(CMP, "Jahr", "2026", "Differenz Ausbau", "=[@Ausbau]-[@Basis]+1");
    const confirm = jest.fn(async () => false);
    await writeComparison(
      { scenarios: ["Basis", "Ausbau"], fromYear: 2026, toYear: 2027 },
      { confirmOverwrite: confirm },
    );
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(user.content(CMP, "Jahr", "2026", "Differenz Ausbau")).toBe("=[@Ausbau]-[@Basis]+1");
  });
});

describe("4. a batch failing midway", () => {
  test("a table name taken by a defined name is refused before anything is written", async () => {
    book.namedItems.push("KI_Register");
    const error = await pullRegister(BEFORE_KLEVE).catch((e: unknown) => e);
    expect(error).toMatchObject({ message: expect.stringContaining("KI_Register") });
    expect((error as Error).message).toMatch(/Namens-Manager/);
    expect(error).toMatchObject({ code: "name_vergeben", details: { reason: "name_vergeben" } });
    expect(book.sheets).toHaveLength(0);
    expect(book.settings.size).toBe(0);
  });

  test("a failing decoration (conditional formats) leaves the memory of the written cells", async () => {
    book.failOn.add("conditionalFormat");
    await expect(pullRegister(BEFORE_KLEVE)).rejects.toMatchObject({ code: "excel_fehler" });
    expect(book.settings.get(tableStateKey(REG))).toBeDefined();
    book.failOn.clear();
    const confirm = jest.fn(async () => false);
    await pullRegister(AFTER_KLEVE, { confirmOverwrite: confirm });
    expect(confirm).not.toHaveBeenCalled();
    expect(user.content(REG, KEY, "05154", STATUS)).toBe("aktiv");
  });

  test("a failing chart leaves the comparison's memory", async () => {
    await createScenario("Basis");
    book.failOn.add("chart");
    await expect(
      writeComparison({ scenarios: ["Basis"], fromYear: 2026, toYear: 2027 }),
    ).rejects.toMatchObject({
      code: "excel_fehler",
    });
    expect(memoryMismatches(CMP, "Jahr")).toEqual([]);
    expect(Object.keys(JSON.parse(String(book.settings.get(tableStateKey(CMP)))).rows)).toEqual([
      "2026",
      "2027",
    ]);
  });
});

describe("5. tables without a header row or with a totals row", () => {
  test("register: hidden header row", async () => {
    await pullRegister(BEFORE_KLEVE);
    user.hideHeaders(REG);
    user.deleteRow(REG, user.rowOf(REG, KEY, "05358"));
    await pullRegister(AFTER_KLEVE);
    expect(user.content(REG, KEY, "05154", STATUS)).toBe("aktiv");
    expect(user.rowOf(REG, KEY, "05358")).toBe(53);
    expect(book.sheet("KI-Register")?.get(0, 0)).toBeUndefined(); // the former header row stays empty
  });

  test("register: totals row; re-added rows go above it", async () => {
    await pullRegister(BEFORE_KLEVE);
    user.showTotals(REG);
    user.deleteRow(REG, user.rowOf(REG, KEY, "05358"));
    await pullRegister(AFTER_KLEVE);
    const t = user.table(REG);
    expect(user.rowOf(REG, KEY, "05358")).toBe(53);
    expect(t.sheet.get(t.top + t.rows, t.left)?.value).toBe("Ergebnis");
  });

  test("scenario with a totals row: listed without it, a new parameter goes into the new row", async () => {
    await createScenario("Basis");
    user.showTotals("Szenario_Basis");
    expect((await listScenarios())[0].issues).toEqual([]);
    const s = await setScenarioValue("Basis", "Betrag je KI", "170.000");
    expect(s.issues).toEqual([]);
    expect(user.content("Szenario_Basis", "Parameter", "Betrag je KI", "Wert")).toBe("170.000");
    const t = user.table("Szenario_Basis");
    expect(t.sheet.get(t.top + t.rows, t.left)?.value).toBe("Ergebnis");
    expect(t.sheet.get(t.top + t.rows, t.left + 1)?.value ?? "").toBe("");
  });

  test("scenario and register without a header row: values and navigation still work", async () => {
    await createScenario("Basis");
    user.hideHeaders("Szenario_Basis");
    await setScenarioValue("Basis", "Monatsberechnung", "ganzes Jahr");
    expect(user.content("Szenario_Basis", "Parameter", "Monatsberechnung", "Wert")).toBe("ganzes Jahr");
    await setScenarioValue("Basis", "Betrag je KI", "170.000");
    expect(user.content("Szenario_Basis", "Parameter", "Betrag je KI", "Wert")).toBe("170.000");
    await pullRegister(AFTER_KLEVE);
    user.hideHeaders(REG);
    await goToRegisterRow("05358");
    expect(book.selection?.bounds.row).toBe(1 + user.rowOf(REG, KEY, "05358"));
  });
});

describe.each([
  ["ExcelApi 1.9: Table.autoFilter.isDataFiltered", true],
  ["below ExcelApi 1.9: hidden rows (rowHidden)", false],
])("6. filtered tables, %s", (_label, autoFilter) => {
  beforeEach(() =>
    setRequirementCheck((set, version) => autoFilter && set === "ExcelApi" && version === "1.9"),
  );
  afterEach(() => setRequirementCheck(null));

  test("a filter that hides rows stops the pull with a request to clear it; nothing written", async () => {
    await pullRegister(BEFORE_KLEVE);
    user.filter(REG, "Art", (v) => v === "Kreis");
    const before = book.snapshot();
    const error = await pullRegister(AFTER_KLEVE).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/Filter/);
    expect(error).toMatchObject({ code: "tabelle_gefiltert", details: { reason: "gefiltert", table: REG } });
    expect(book.snapshot()).toBe(before);
  });
});

test("a filtered scenario table: values of existing rows are set, a new row is refused", async () => {
  await createScenario("Basis");
  user.filter("Szenario_Basis", "Parameter", (v) => v !== "Basisjahr Steigerung");
  await setScenarioValue("Basis", "Monatsberechnung", "ganzes Jahr");
  expect(user.content("Szenario_Basis", "Parameter", "Monatsberechnung", "Wert")).toBe("ganzes Jahr");
  const before = book.snapshot();
  await expect(setScenarioValue("Basis", "Betrag je KI", "170.000")).rejects.toMatchObject({
    code: "tabelle_gefiltert",
    details: { reason: "gefiltert" },
    // The same German text as every other filtered table (one refusal, ownedTable.ts).
    message:
      "In der Tabelle Szenario_Basis auf dem Blatt „Szenario Basis“ sind Zeilen ausgeblendet (Filter). " +
      "Bitte heben Sie den Filter auf (Daten > Filter löschen) oder blenden Sie die Zeilen ein und " +
      "versuchen Sie es dann noch einmal. Es wurde nichts geändert.",
  });
  expect(book.snapshot()).toBe(before);
});

describe("7. renaming a scenario", () => {
  test("a scenario on a user's sheet: the sheet keeps its name", async () => {
    const sheet = book.addSheet("Annahmen");
    book.addTable(sheet, "Szenario_Mix", 0, 0, [
      ["Parameter", "Wert"],
      ["Bezeichnung", "Mix"],
    ]);
    await expect(renameScenario("Annahmen", "Neu")).rejects.toMatchObject({ code: "ungueltige_eingabe" });
    expect(book.sheet("Annahmen")).toBeDefined();
    expect(book.table("Szenario_Mix")).toBeDefined();
  });
});

describe("8. escaping in structured references", () => {
  test.each([
    ["Plan [B]", "Plan '[B']"],
    ["Nr. #1", "Nr. '#1"],
    ["Müller's", "Müller''s"],
    ["Kosten@KI", "Kosten'@KI"],
    ["a'[#@]", "a'''['#'@']"],
  ])("%j -> %j", (name, escaped) => {
    expect(escapeColumn(name)).toBe(escaped);
  });
});
