import {
  goToRegisterRow,
  pullRegister,
  readStoredState,
  setExcelRunner,
  writePaneSettings,
  writeReconciliation,
  ExcelActionError,
} from "../../src/excel";
import { PANE_SETTINGS_KEY, DAMAGED_PREFIX, tableStateKey } from "../../src/excel/state";
import { reconcile } from "../../src/model";
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

describe("writeReconciliation", () => {
  test("every reported figure beside the model's, with difference, percent and both sources", async () => {
    const result = await writeReconciliation();
    const rows = reconcile();
    expect(result.rowsWritten).toBe(rows.length);
    expect(book.requests).toBe(3);
    const headers = user.headers("KI_Abgleich");
    expect(headers).toEqual(
      expect.arrayContaining([
        "Gemeldet",
        "Modell",
        "Differenz",
        "Differenz %",
        "Quellen gemeldet",
        "Quellen Modell",
      ]),
    );
    const withModel = rows.find((r) => r.model !== null && r.differencePercent !== null && r.unit === "EUR")!;
    const cell = (h: string) => user.cell("KI_Abgleich", "ID", withModel.id, h);
    expect(cell("Gemeldet")?.value).toBe(withModel.reported.toNumber());
    expect(cell("Modell")?.value).toBe(withModel.model!.toNumber());
    expect(cell("Differenz")?.value).toBe(withModel.difference!.toNumber());
    expect(cell("Differenz %")?.value).toBeCloseTo(withModel.differencePercent!.toNumber() / 100, 10);
    expect(cell("Gemeldet")?.format).toBe('#,##0.00 "€"');
    expect(cell("Differenz %")?.format).toBe("0.00%");
    expect(String(cell("Quellen gemeldet")?.value)).toContain(withModel.reportedSources[0]);
    // Counts are not shown as euros.
    const count = rows.find((r) => r.unit === "Anzahl")!;
    expect(user.cell("KI_Abgleich", "ID", count.id, "Gemeldet")?.format).toBe("#,##0");
    // Without a model figure the cells stay empty and the explanation says why.
    const none = rows.find((r) => r.model === null);
    if (none !== undefined) {
      expect(user.content("KI_Abgleich", "ID", none.id, "Modell")).toBe("");
      expect(user.content("KI_Abgleich", "ID", none.id, "Modell (Erläuterung)")).toBe(none.modelText);
    }
  });
});

describe("goToRegisterRow", () => {
  test("activates the register and selects the row of the key (user sorting does not matter)", async () => {
    await pullRegister("2019-01-01");
    user.sort("KI_Register", 1, true);
    book.requests = 0;
    await goToRegisterRow("5358");
    expect(book.requests).toBe(4);
    const t = user.table("KI_Register");
    expect(book.activeSheet).toBe("KI-Register");
    expect(book.selection).toEqual({
      sheet: "KI-Register",
      bounds: {
        row: t.top + 1 + user.rowOf("KI_Register", "Schlüssel", "05358"),
        column: 0,
        rows: 1,
        columns: t.columns,
      },
    });
  });

  test("without a register: register_fehlt; unknown key: eintrag_fehlt", async () => {
    await expect(goToRegisterRow("05358")).rejects.toMatchObject({ code: "register_fehlt" });
    await pullRegister("2019-01-01");
    await expect(goToRegisterRow("99999")).rejects.toMatchObject({ code: "eintrag_fehlt" });
  });
});

describe("stored state", () => {
  test("readStoredState summarises the memory in one sync", async () => {
    await pullRegister("2019-01-01");
    book.requests = 0;
    const state = await readStoredState();
    expect(book.requests).toBe(1);
    expect(state.notices).toEqual([]);
    expect(state.tables.KI_Register.rows).toBe(54);
    expect(state.tables.KI_Register.columns[0]).toBe("Schlüssel");
  });

  test("corrupt memory and settings: notices, never an exception", async () => {
    book.settings.set(tableStateKey("KI_Regeln"), "[1,2");
    book.settings.set(PANE_SETTINGS_KEY, "nicht json");
    const state = await readStoredState();
    expect(state.notices.map((n) => n.code)).toEqual(["zustand_beschaedigt", "zustand_beschaedigt"]);
    expect(state.paneSettings).toEqual({});
    expect(state.tables).toEqual({});
  });

  test("writePaneSettings merges into what is stored, and keeps an unreadable old value aside", async () => {
    await writePaneSettings({ sprache: "de" });
    await writePaneSettings({ stichtag: "2025-01-01" });
    expect((await readStoredState()).paneSettings).toEqual({ sprache: "de", stichtag: "2025-01-01" });
    book.settings.set(PANE_SETTINGS_KEY, "{kaputt");
    await writePaneSettings({ sprache: "en" });
    expect(book.settings.get(DAMAGED_PREFIX + "Einstellungen")).toBe("{kaputt");
    expect((await readStoredState()).paneSettings).toEqual({ sprache: "en" });
  });
});

describe("outside Excel", () => {
  test("without Excel and without a test runner every action fails with kein_excel", async () => {
    setExcelRunner(null);
    const error = await pullRegister("2019-01-01").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelActionError);
    expect(error).toMatchObject({ code: "kein_excel" });
    expect((error as Error).message).toMatch(/nur in Excel/);
    setExcelRunner(book.run);
  });
});
