import { pullRegister, pullRules, setExcelRunner, ExcelActionError } from "../../src/excel";
import { tableStateKey } from "../../src/excel/state";
import { Workbook } from "./host";
import { registryAt } from "../../src/model";

let book: Workbook;
beforeEach(() => {
  book = new Workbook();
  setExcelRunner(book.run);
});
afterAll(() => setExcelRunner(null));

function col(name: string, header: string): number {
  const values = book.tableValues(name);
  const c = values[0].indexOf(header);
  if (c < 0) throw new Error(`no column ${header}`);
  return c;
}

function rowOf(name: string, keyHeader: string, key: string): (string | number | boolean)[] {
  const values = book.tableValues(name);
  const k = values[0].indexOf(keyHeader);
  const row = values.find((r, i) => i > 0 && r[k] === key);
  if (row === undefined) throw new Error(`no row ${key}`);
  return row;
}

/** The cell (value, format, fill) of a row by key and a column by header. */
function cellOf(name: string, keyHeader: string, key: string, header: string) {
  const t = book.table(name)!;
  const values = book.tableValues(name);
  const k = values[0].indexOf(keyHeader);
  const r = values.findIndex((row, i) => i > 0 && row[k] === key);
  if (r < 0) throw new Error(`no row ${key}`);
  return t.sheet.get(t.top + r, t.left + col(name, header))!;
}

describe("pullRegister on an empty workbook", () => {
  test("writes the 54 entities into table KI_Register on sheet KI-Register in 3 requests (the last one Office.js's own)", async () => {
    const result = await pullRegister("2017-06-30");
    expect(book.runs).toBe(1);
    expect(book.requests).toBe(3);
    const values = book.tableValues("KI_Register");
    expect(values.length).toBe(1 + registryAt("2017-06-30").length);
    expect(values[0].slice(0, 5)).toEqual(["Schlüssel", "Name", "Art", "Regierungsbezirk", "Start"]);
    expect(book.sheet("KI-Register")?.tables[0].name).toBe("KI_Register");
    expect(result).toMatchObject({
      sheet: "KI-Register",
      table: "KI_Register",
      rowsWritten: 54,
      userEditsKept: 0,
    });
  });

  test("keys stay text with leading zeros; dates are serials with the German date format", async () => {
    await pullRegister("2017-06-30");
    const duren = rowOf("KI_Register", "Schlüssel", "05358");
    expect(duren[col("KI_Register", "Name")]).toBe("Düren");
    const startCell = cellOf("KI_Register", "Schlüssel", "05358", "Start");
    expect(typeof startCell.value).toBe("number");
    expect(startCell.format).toBe("dd.mm.yyyy");
    const keyCell = cellOf("KI_Register", "Schlüssel", "05358", "Schlüssel");
    expect(keyCell.value).toBe("05358");
    expect(keyCell.format).toBe("@");
  });

  test("Kleve has no centre in mid-2017: status and gap flag, and conditional formats exist", async () => {
    await pullRegister("2017-06-30");
    const kleve = rowOf("KI_Register", "Schlüssel", "05154");
    expect(kleve[col("KI_Register", "Status am Stichtag")]).toBe("noch kein Zentrum");
    expect(String(kleve[col("KI_Register", "Lücke")])).toContain("kein KI am Stichtag");
    const kinds = book.conditionalFormats.map((c) => c.type);
    expect(kinds).toContain("ContainsText");
    expect(kinds).toContain("Custom");
  });

  test("remembers what it wrote in the workbook settings (versioned JSON)", async () => {
    await pullRegister("2017-06-30");
    const stored = JSON.parse(String(book.settings.get(tableStateKey("KI_Register"))));
    expect(stored.v).toBe(2);
    expect(Object.keys(stored.rows)).toHaveLength(54);
  });

  test("an invalid Stichtag is refused before Excel is touched", async () => {
    await expect(pullRegister("30.06.2017")).rejects.toMatchObject({ code: "ungueltige_eingabe" });
    expect(book.runs).toBe(0);
  });
});

describe("pullRules", () => {
  test("one row per rule version and component, amounts with the euro format", async () => {
    await pullRules();
    const row = rowOf("KI_Regeln", "ID", "rl-2012/personal");
    expect(row[col("KI_Regeln", "Betrag je KI und Jahr")]).toBe(170000);
    expect(row[col("KI_Regeln", "Stellen")]).toBe(3.5);
    expect(cellOf("KI_Regeln", "ID", "rl-2012/personal", "Betrag je KI und Jahr").format).toBe(
      '#,##0.00 "€"',
    );
    expect(cellOf("KI_Regeln", "ID", "rl-2012/personal", "Gültig ab").format).toBe("dd.mm.yyyy");
    expect(book.requests).toBe(3);
  });

  test("Excel failures become ExcelActionError excel_fehler", async () => {
    book.addSheet("KI-Regeln");
    // A table of another name on A1 makes the new table overlap: Excel refuses.
    book.addTable(book.sheet("KI-Regeln")!, "Fremd", 0, 0, [["x"], ["y"]]);
    book.sheet("KI-Regeln")!.cells.clear();
    const error = await pullRules().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelActionError);
    expect(error).toMatchObject({ code: "excel_fehler" });
    expect((error as Error).message).toMatch(/^Excel hat die Aktion nicht ausgeführt: .*overlap/);
  });
});
