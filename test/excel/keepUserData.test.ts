import { pullRegister, pullRules, setExcelRunner, type CellConflict } from "../../src/excel";
import { DAMAGED_PREFIX, tableStateKey } from "../../src/excel/state";
import { Workbook } from "./host";
import { User } from "./userActions";

const REG = "KI_Register";
const KEY = "Schlüssel";
const STATUS = "Status am Stichtag";
const BEFORE_KLEVE = "2017-06-30"; // Kleve: "noch kein Zentrum"
const AFTER_KLEVE = "2019-01-01"; // Kleve: "aktiv"

let book: Workbook;
let user: User;
beforeEach(() => {
  book = new Workbook();
  user = new User(book);
  setExcelRunner(book.run);
});
afterAll(() => setExcelRunner(null));

/** Everything users see (cells, tables, charts), without the add-in's settings. */
const sheetsOnly = () => JSON.stringify(JSON.parse(book.snapshot()).sheets);

describe("a second pull", () => {
  test("with nothing changed writes no cell and takes 4 requests", async () => {
    await pullRegister(BEFORE_KLEVE);
    const before = sheetsOnly();
    book.requests = 0;
    const result = await pullRegister(BEFORE_KLEVE);
    expect(book.requests).toBe(4);
    expect(result.rowsWritten).toBe(0);
    expect(sheetsOnly()).toBe(before);
  });

  test("updates the add-in's cells in place when the data changes (no question)", async () => {
    await pullRegister(BEFORE_KLEVE);
    const confirm = jest.fn(async () => true);
    const result = await pullRegister(AFTER_KLEVE, { confirmOverwrite: confirm });
    expect(confirm).not.toHaveBeenCalled();
    expect(user.content(REG, KEY, "05154", STATUS)).toBe("aktiv");
    expect(result.rowsWritten).toBe(54); // every row: the Stichtag column changed
  });

  test("keeps user columns, user rows, formatting, moved columns and sorting", async () => {
    await pullRegister(BEFORE_KLEVE);
    user.addColumn(REG, "Meine Notiz", (r) => `Notiz ${r}`);
    user.addRow(REG, { [KEY]: "X-1", Name: "Eigene Zeile", "Meine Notiz": "eigen" });
    user.fill(REG, KEY, "05154", STATUS, "#FF0000");
    user.moveColumn(REG, 1, 7); // Name moved to the right
    user.sort(REG, user.headers(REG).indexOf("Name"), true);
    const notes = new Map<string, unknown>();
    for (const key of ["05111", "05154", "05978"]) notes.set(key, user.content(REG, KEY, key, "Meine Notiz"));

    const result = await pullRegister(AFTER_KLEVE);

    expect(result).toMatchObject({ userColumnsKept: 1, userRowsKept: 1, userEditsKept: 0 });
    for (const [key, note] of notes) expect(user.content(REG, KEY, key, "Meine Notiz")).toBe(note);
    expect(user.content(REG, KEY, "X-1", "Name")).toBe("Eigene Zeile");
    expect(user.content(REG, KEY, "X-1", "Meine Notiz")).toBe("eigen");
    expect(user.content(REG, KEY, "05154", STATUS)).toBe("aktiv");
    expect(user.cell(REG, KEY, "05154", STATUS)?.fill).toBe("#FF0000");
    expect(user.content(REG, KEY, "05154", "Name")).toBe("Kleve");
    expect(user.headers(REG).indexOf("Name")).toBe(7);
  });

  test("writes to the right cells after the user inserted sheet rows above the table", async () => {
    await pullRegister(BEFORE_KLEVE);
    user.insertRowsAbove(REG, 3);
    await pullRegister(AFTER_KLEVE);
    expect(user.table(REG).top).toBe(3);
    expect(user.content(REG, KEY, "05154", STATUS)).toBe("aktiv");
    expect(book.sheet("KI-Register")?.get(0, 0)).toBeUndefined();
  });

  test("re-adds an add-in row the user deleted, at the end", async () => {
    await pullRegister(BEFORE_KLEVE);
    user.deleteRow(REG, user.rowOf(REG, KEY, "05358"));
    expect(user.rowOf(REG, KEY, "05358")).toBe(-1);
    await pullRegister(BEFORE_KLEVE);
    expect(user.rowOf(REG, KEY, "05358")).toBe(53);
  });

  test("re-adds an add-in column whose header the user renamed; the renamed one stays the user's", async () => {
    await pullRegister(BEFORE_KLEVE);
    user.renameHeader(REG, "Hinweis", "Mein Hinweis");
    user.type(REG, KEY, "05358", "Mein Hinweis", "eigener Text");
    const result = await pullRegister(BEFORE_KLEVE);
    expect(result.userColumnsKept).toBe(1);
    expect(user.content(REG, KEY, "05358", "Mein Hinweis")).toBe("eigener Text");
    expect(user.headers(REG)).toContain("Hinweis");
  });

  test("a key column the user renamed stops the pull with tabelle_beschaedigt and changes nothing", async () => {
    await pullRegister(BEFORE_KLEVE);
    user.renameHeader(REG, KEY, "Kennziffer");
    const before = book.snapshot();
    await expect(pullRegister(AFTER_KLEVE)).rejects.toMatchObject({ code: "tabelle_beschaedigt" });
    expect(book.snapshot()).toBe(before);
  });

  test("the sync count does not grow with the number of rows", async () => {
    await pullRegister(BEFORE_KLEVE);
    for (let i = 0; i < 500; i++) user.addRow(REG, { [KEY]: `U${i}`, Name: `Zeile ${i}` });
    book.requests = 0;
    await pullRegister(AFTER_KLEVE);
    expect(book.requests).toBe(4);
    expect(book.runs).toBe(2);
  });
});

describe("user edits of add-in cells", () => {
  async function editedKleve(): Promise<void> {
    await pullRegister(BEFORE_KLEVE);
    user.type(REG, KEY, "05154", STATUS, "in Gründung");
  }

  test("are asked about, with where and what; declined keeps the user's value", async () => {
    await editedKleve();
    let asked: CellConflict[] = [];
    const result = await pullRegister(AFTER_KLEVE, {
      confirmOverwrite: async (c) => {
        asked = c;
        return false;
      },
    });
    expect(asked).toHaveLength(1);
    const t = user.table(REG);
    const row = t.top + 1 + user.rowOf(REG, KEY, "05154");
    const col = String.fromCharCode(65 + t.left + user.headers(REG).indexOf(STATUS));
    expect(asked[0]).toEqual({
      sheet: "KI-Register",
      address: `${col}${row + 1}`,
      column: STATUS,
      rowKey: "05154",
      userValue: "in Gründung",
      newValue: "aktiv",
    });
    expect(user.content(REG, KEY, "05154", STATUS)).toBe("in Gründung");
    expect(result).toMatchObject({ userEditsKept: 1, userEditsOverwritten: 0 });
    // The other cells of the row were still updated.
    expect(user.content(REG, KEY, "05154", "Lücke")).not.toContain("kein KI am Stichtag");
  });

  test("accepted: the add-in's value is written; asking costs two more requests (a fresh read)", async () => {
    await editedKleve();
    book.requests = 0;
    const result = await pullRegister(AFTER_KLEVE, { confirmOverwrite: async () => true });
    expect(user.content(REG, KEY, "05154", STATUS)).toBe("aktiv");
    expect(result).toMatchObject({ userEditsKept: 0, userEditsOverwritten: 1 });
    expect(book.requests).toBe(6);
  });

  test("without confirmOverwrite the user's value is kept", async () => {
    await editedKleve();
    const result = await pullRegister(AFTER_KLEVE);
    expect(user.content(REG, KEY, "05154", STATUS)).toBe("in Gründung");
    expect(result.userEditsKept).toBe(1);
  });

  test("a declined value is not asked again, but a new value is", async () => {
    await editedKleve();
    await pullRegister(AFTER_KLEVE, { confirmOverwrite: async () => false });
    const confirm = jest.fn(async () => true);
    const again = await pullRegister(AFTER_KLEVE, { confirmOverwrite: confirm });
    expect(confirm).not.toHaveBeenCalled();
    expect(again.notices.map((n) => n.code)).toContain("konflikt_frueher_abgelehnt");
    expect(user.content(REG, KEY, "05154", STATUS)).toBe("in Gründung");
    await pullRegister(BEFORE_KLEVE, { confirmOverwrite: confirm });
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(user.content(REG, KEY, "05154", STATUS)).toBe("noch kein Zentrum");
  });

  test("an edit equal to the new value, or an unchanged new value, is no conflict", async () => {
    await pullRegister(BEFORE_KLEVE);
    user.type(REG, KEY, "05154", STATUS, "aktiv"); // what the next pull writes anyway
    user.type(REG, KEY, "05358", "Name", "Kreis Düren (geprüft)"); // the add-in's Name does not change...
    const confirm = jest.fn(async () => true);
    await pullRegister(AFTER_KLEVE, { confirmOverwrite: confirm });
    // ...but it would be written back: that is a conflict, asked once, for Düren only.
    expect(confirm).toHaveBeenCalledTimes(1);
    expect((confirm.mock.calls[0] as unknown as [CellConflict[]])[0].map((c) => c.rowKey)).toEqual(["05358"]);
  });

  test("a cell the user cleared counts as an edit", async () => {
    await pullRegister(BEFORE_KLEVE);
    user.type(REG, KEY, "05154", STATUS, "");
    const confirm = jest.fn(async () => false);
    await pullRegister(AFTER_KLEVE, { confirmOverwrite: confirm });
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(user.content(REG, KEY, "05154", STATUS)).toBe("");
  });

  test("a formula the user put into an add-in cell is kept as a formula", async () => {
    await pullRegister(BEFORE_KLEVE);
    user.type(REG, KEY, "05154", STATUS, '=IF(1,"offen","")');
    await pullRegister(AFTER_KLEVE, { confirmOverwrite: async () => false });
    expect(user.content(REG, KEY, "05154", STATUS)).toBe('=IF(1,"offen","")');
  });

  test("what the user types while the question is open is not overwritten", async () => {
    await editedKleve();
    await pullRegister(AFTER_KLEVE, {
      confirmOverwrite: async () => {
        user.type(REG, KEY, "05154", STATUS, "doch anders");
        user.type(REG, KEY, "05358", STATUS, "neu getippt");
        return true;
      },
    });
    expect(user.content(REG, KEY, "05154", STATUS)).toBe("doch anders");
    expect(user.content(REG, KEY, "05358", STATUS)).toBe("neu getippt");
  });
});

describe("cancelling", () => {
  test("an already aborted signal: nothing written, no Excel call", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(pullRegister(BEFORE_KLEVE, { signal: controller.signal })).rejects.toMatchObject({
      code: "abgebrochen",
    });
    expect(book.sheets).toHaveLength(0);
    expect(book.settings.size).toBe(0);
  });

  test.each([1, 2, 3])("aborted at progress step %i: the workbook is untouched", async (step) => {
    await pullRegister(BEFORE_KLEVE);
    user.addColumn(REG, "Meine Notiz", () => "x");
    const before = book.snapshot();
    const controller = new AbortController();
    const steps: number[] = [];
    await expect(
      pullRegister(AFTER_KLEVE, {
        signal: controller.signal,
        onProgress: (done, total) => {
          steps.push(done);
          expect(total).toBe(4);
          if (done === step) controller.abort();
        },
      }),
    ).rejects.toMatchObject({ code: "abgebrochen" });
    expect(book.snapshot()).toBe(before);
    expect(steps[steps.length - 1]).toBe(step);
  });

  test("aborted while the question is open: the workbook is untouched", async () => {
    await pullRegister(BEFORE_KLEVE);
    user.type(REG, KEY, "05154", STATUS, "in Gründung");
    const before = book.snapshot();
    const controller = new AbortController();
    await expect(
      pullRegister(AFTER_KLEVE, {
        signal: controller.signal,
        confirmOverwrite: async () => {
          controller.abort();
          return true;
        },
      }),
    ).rejects.toMatchObject({ code: "abgebrochen" });
    expect(book.snapshot()).toBe(before);
  });

  test("a cancelled first pull leaves no half-written sheet", async () => {
    const controller = new AbortController();
    await expect(
      pullRules({ signal: controller.signal, onProgress: (d) => d === 3 && controller.abort() }),
    ).rejects.toMatchObject({ code: "abgebrochen" });
    expect(book.sheets).toHaveLength(0);
  });
});

describe("stored memory corrupt or old", () => {
  test("unreadable JSON: recovers with a notice, keeps the text, asks about differing values", async () => {
    await pullRegister(BEFORE_KLEVE);
    user.type(REG, KEY, "05358", "Name", "Düren (eigene Schreibweise)");
    book.settings.set(tableStateKey(REG), "{kaputt");
    const confirm = jest.fn(async () => false);
    const result = await pullRegister(AFTER_KLEVE, { confirmOverwrite: confirm });
    expect(result.notices.map((n) => n.code)).toContain("zustand_beschaedigt");
    expect(book.settings.get(DAMAGED_PREFIX + REG)).toBe("{kaputt");
    // Without memory every differing non-empty cell may be the user's: asked, and kept when declined.
    const asked = (confirm.mock.calls[0] as unknown as [CellConflict[]])[0];
    expect(asked.map((c) => `${c.rowKey}/${c.column}`)).toContain("05358/Name");
    expect(user.content(REG, KEY, "05358", "Name")).toBe("Düren (eigene Schreibweise)");
    // The memory is whole again afterwards.
    const stored = JSON.parse(String(book.settings.get(tableStateKey(REG))));
    expect(stored.v).toBe(2);
  });

  test.each([
    ["not an object", "42"],
    ["unknown version", JSON.stringify({ v: 99, columns: [], rows: {} })],
    ["rows missing", JSON.stringify({ v: 2, columns: ["Schlüssel"] })],
    ["a number instead of text", 17],
  ])("%s: recovers with zustand_beschaedigt and loses no user value", async (_label, stored) => {
    await pullRegister(BEFORE_KLEVE);
    user.type(REG, KEY, "05154", STATUS, "in Gründung");
    book.settings.set(tableStateKey(REG), stored);
    const result = await pullRegister(AFTER_KLEVE);
    expect(result.notices.map((n) => n.code)).toContain("zustand_beschaedigt");
    expect(user.content(REG, KEY, "05154", STATUS)).toBe("in Gründung");
  });

  test("version 1 (no declined map): converted with zustand_veraltet; its rows still tell edits apart", async () => {
    await pullRegister(BEFORE_KLEVE);
    const v2 = JSON.parse(String(book.settings.get(tableStateKey(REG))));
    book.settings.set(tableStateKey(REG), JSON.stringify({ version: 1, columns: v2.columns, rows: v2.rows }));
    user.type(REG, KEY, "05154", STATUS, "in Gründung");
    const confirm = jest.fn(async () => false);
    const result = await pullRegister(AFTER_KLEVE, { confirmOverwrite: confirm });
    expect(result.notices.map((n) => n.code)).toEqual(["zustand_veraltet"]);
    // Only the real edit is asked about; the other rows are updated silently.
    const asked = (confirm.mock.calls[0] as unknown as [CellConflict[]])[0];
    expect(asked.map((c) => c.rowKey)).toEqual(["05154"]);
    expect(user.content(REG, KEY, "05358", STATUS)).toBe("aktiv");
  });

  test("a partly damaged row keeps the readable rows", async () => {
    await pullRegister(BEFORE_KLEVE);
    const v2 = JSON.parse(String(book.settings.get(tableStateKey(REG))));
    v2.rows["05358"] = "kaputt";
    book.settings.set(tableStateKey(REG), JSON.stringify(v2));
    user.type(REG, KEY, "05358", "Name", "Düren!");
    const confirm = jest.fn(async () => false);
    const result = await pullRegister(AFTER_KLEVE, { confirmOverwrite: confirm });
    expect(result.notices.map((n) => n.code)).toContain("zustand_beschaedigt");
    // Only the damaged row is unknown: its differing cells are asked about, no other row's.
    const asked = (confirm.mock.calls[0] as unknown as [CellConflict[]])[0];
    expect(asked.map((c) => `${c.rowKey}/${c.column}`)).toEqual(["05358/Name", "05358/Stichtag"]);
    expect(user.content(REG, KEY, "05358", "Name")).toBe("Düren!");
  });

  test("the table deleted but its sheet kept: a new table is placed below what is there", async () => {
    await pullRegister(BEFORE_KLEVE);
    const sheet = book.sheet("KI-Register")!;
    sheet.tables = [];
    const result = await pullRegister(AFTER_KLEVE);
    expect(result.notices.map((n) => n.code)).toContain("tabelle_neu_angelegt");
    expect(user.table(REG).top).toBe(56); // 55 rows of old content, one blank row
    expect(sheet.get(55, 0)).toBeUndefined();
    expect(sheet.get(1, 0)?.value).toBe("05111"); // the old content is still there
  });
});
