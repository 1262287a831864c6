/**
 * createVollzugTables on Microsoft's Excel library (test/excel/host): the three tables with German
 * headers and formats, and the user's data never overwritten.
 */
import { createVollzugTables, goToVollzugRow, readVollzugTables, setExcelRunner } from "../../src/excel";
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

test("a fresh workbook gets three sheets with the tables, German headers in order and formats", async () => {
  const result = await createVollzugTables();
  expect(result.tables.map((t) => [t.sheet, t.table, t.created])).toEqual([
    ["KI-Bescheide", "KI_Bescheide", true],
    ["KI-Zahlungen", "KI_Zahlungen", true],
    ["KI-Nachweise", "KI_Nachweise", true],
  ]);
  expect(user.headers("KI_Bescheide")).toEqual([
    "Kreis",
    "Jahr",
    "Bescheid-Nr.",
    "Datum",
    "Bestandteil",
    "Betrag",
    "Bemerkung",
  ]);
  expect(user.headers("KI_Zahlungen")).toEqual(["Kreis", "Datum", "Betrag", "Bescheid-Nr.", "Art"]);
  expect(user.headers("KI_Nachweise")).toEqual([
    "Kreis",
    "Jahr",
    "fällig am",
    "eingegangen am",
    "geprüft am",
    "anerkannter Betrag",
    "Rückforderung",
    "Bemerkung",
  ]);
  const t = user.table("KI_Bescheide");
  const format = (header: string) => t.sheet.get(t.top + 1, t.left + t.headers().indexOf(header))?.format;
  expect(format("Kreis")).toBe("@");
  expect(format("Datum")).toBe("dd.mm.yyyy");
  expect(format("Betrag")).toBe('#,##0.00 "€"');
  expect(t.rows).toBe(2); // header and one blank row to type into
});

test("run again over the user's rows and own column: nothing of theirs is written", async () => {
  await createVollzugTables();
  user.addRow("KI_Bescheide", { Kreis: "Düren", Jahr: 2024, "Bescheid-Nr.": "36-1", Betrag: 170000 });
  user.addColumn("KI_Bescheide", "Meine Spalte", () => "x");
  const before = book.tableValues("KI_Bescheide");
  const result = await createVollzugTables();
  expect(result.tables.every((r) => !r.created)).toBe(true);
  expect(result.tables[0].rowsWritten).toBe(0);
  expect(book.tableValues("KI_Bescheide")).toEqual(before);
  expect(result.tables[0].userColumnsKept).toBe(1);
});

test("a table the user made without our Bemerkung column gets it at its right end, rows untouched", async () => {
  const sheet = book.addSheet("Meine Bescheide");
  book.addTable(sheet, "KI_Bescheide", 0, 0, [
    ["Kreis", "Jahr", "Bescheid-Nr.", "Datum", "Bestandteil", "Betrag"],
    ["Köln", 2024, "K-1", "", "gesamt", 300000],
  ]);
  const result = await createVollzugTables();
  expect(result.tables[0].created).toBe(false);
  expect(book.tableValues("KI_Bescheide")).toEqual([
    ["Kreis", "Jahr", "Bescheid-Nr.", "Datum", "Bestandteil", "Betrag", "Bemerkung"],
    ["Köln", 2024, "K-1", "", "gesamt", 300000, ""],
  ]);
  expect(book.sheet("KI-Bescheide")).toBeUndefined();
});

test("a sheet of that name without the table: the table goes below, the content stays", async () => {
  const sheet = book.addSheet("KI-Zahlungen");
  sheet.cell(0, 0).value = "Meine Notizen";
  await createVollzugTables();
  expect(sheet.get(0, 0)?.value).toBe("Meine Notizen");
  expect(user.table("KI_Zahlungen").top).toBeGreaterThan(0);
});

test("cancelled before the first write: the workbook is untouched", async () => {
  const controller = new AbortController();
  controller.abort();
  await expect(createVollzugTables({ signal: controller.signal })).rejects.toMatchObject({
    code: "abgebrochen",
  });
  expect(book.sheets).toHaveLength(0);
});

test("a taken name is refused with the German message, and nothing is changed", async () => {
  book.namedItems.push("KI_Bescheide");
  const before = book.snapshot();
  await expect(createVollzugTables()).rejects.toMatchObject({ code: "name_vergeben" });
  expect(book.snapshot()).toBe(before);
});

test("readVollzugTables gives the tables with their header rows, null for a missing one", async () => {
  expect(await readVollzugTables()).toEqual({ bescheide: null, zahlungen: null, nachweise: null });
  await createVollzugTables();
  user.addRow("KI_Zahlungen", {
    Kreis: "Köln",
    Datum: "15.03.2024",
    Betrag: 1000,
    "Bescheid-Nr.": "K-1",
    Art: "Abschlag",
  });
  const read = await readVollzugTables();
  expect(read.zahlungen?.[0]).toEqual(["Kreis", "Datum", "Betrag", "Bescheid-Nr.", "Art"]);
  expect(read.zahlungen?.[2]).toEqual(["Köln", "15.03.2024", 1000, "K-1", "Abschlag"]);
  expect(read.bescheide).toHaveLength(2);
});

test("goToVollzugRow selects the row of a message (header = row 1) on its sheet", async () => {
  await createVollzugTables();
  user.addRow("KI_Zahlungen", {
    Kreis: "Köln",
    Datum: "15.03.2024",
    Betrag: 1000,
    "Bescheid-Nr.": "K-1",
    Art: "Abschlag",
  });
  await goToVollzugRow("zahlungen", 3);
  const t = user.table("KI_Zahlungen");
  expect(book.activeSheet).toBe("KI-Zahlungen");
  expect(book.selection).toEqual({
    sheet: "KI-Zahlungen",
    bounds: { row: t.top + 2, column: t.left, rows: 1, columns: t.columns },
  });
  await expect(goToVollzugRow("zahlungen", 9)).rejects.toMatchObject({ code: "eintrag_fehlt" });
});
