import { parseScenario, scenarioParameterOf } from "../../src/model";
import {
  BACKUP_KEY,
  EXAMPLE_SCENARIOS,
  STORAGE_KEY,
  createPreviewStore,
  readStoredScenarios,
} from "../../src/taskpane/data/previewScenarios";
import { parseUserDate } from "../../src/taskpane/data/dates";
import { editText } from "../../src/taskpane/data/scenarioValues";

function storageWith(text?: string) {
  const data = new Map<string, string>(text === undefined ? [] : [[STORAGE_KEY, text]]);
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

describe("preview scenarios in browser storage", () => {
  test("nothing stored: the two examples, no notice", () => {
    const { entries, notices } = readStoredScenarios(null);
    expect(entries.map((e) => e.name)).toEqual(EXAMPLE_SCENARIOS.map((e) => e.name));
    expect(notices).toEqual([]);
  });

  test("unreadable JSON: examples, a notice, and the unreadable text kept as a backup", async () => {
    const storage = storageWith("{not json");
    const { store, notices } = createPreviewStore(storage);
    expect(notices).toEqual([{ code: "corrupt" }]);
    expect(storage.data.get(BACKUP_KEY)).toBe("{not json");
    expect((await store.list()).map((s) => s.name)).toEqual(["Basis", "Steigerung"]);
  });

  test("the older unversioned format is converted and keeps every scenario and value", () => {
    const old = JSON.stringify({
      Ausbau: { "Betrag je KI": "180.000", "Steigerung pro Jahr": 0.02 },
      Leer: {},
    });
    const { entries, notices } = readStoredScenarios(old);
    expect(notices).toEqual([{ code: "migrated", from: 0 }]);
    expect(entries).toEqual([
      {
        name: "Ausbau",
        rows: [
          ["Betrag je KI", "180.000"],
          ["Steigerung pro Jahr", 0.02],
        ],
      },
      { name: "Leer", rows: [] },
    ]);
  });

  test("broken entries and rows are dropped one by one; everything readable stays", () => {
    const stored = JSON.stringify({
      version: 1,
      scenarios: [
        {
          name: "Gut",
          rows: [["Betrag je KI", 175000], ["kaputt"], [3, "x"], ["Lehrerstellen je KI", { x: 1 }]],
        },
        { name: "", rows: [] },
        "Unsinn",
        { name: "gut", rows: [] },
      ],
    });
    const { entries, notices } = readStoredScenarios(stored);
    expect(entries).toEqual([
      {
        name: "Gut",
        rows: [
          ["Betrag je KI", 175000],
          ["kaputt", null],
        ],
      },
    ]);
    // [3, "x"] and the object value are unreadable; the nameless, the string and the duplicate name too.
    expect(notices).toEqual([{ code: "dropped", count: 5 }]);
  });

  test("a newer version is read as far as it is readable, and says so", () => {
    const { entries, notices } = readStoredScenarios(
      JSON.stringify({ version: 7, scenarios: [{ name: "Neu", rows: [["Bezeichnung", "x"]], extra: true }] }),
    );
    expect(entries).toEqual([{ name: "Neu", rows: [["Bezeichnung", "x"]] }]);
    expect(notices).toEqual([{ code: "newer", version: 7 }]);
  });

  test("storage that throws leaves the examples usable for the session", async () => {
    const { store, notices } = createPreviewStore({
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("SecurityError");
      },
    });
    expect(notices).toEqual([{ code: "unavailable" }]);
    await store.create("Sitzung");
    expect((await store.list()).map((s) => s.name)).toEqual(["Basis", "Steigerung", "Sitzung"]);
  });

  test("changes are saved as version 1 and carry the model's issues, header row first", async () => {
    const storage = storageWith();
    const { store } = createPreviewStore(storage);
    const changed = await store.setValue("Basis", "Steigerung pro Jahr", "300 %");
    expect(changed.rows[0]).toEqual(["Parameter", "Wert"]);
    expect(changed.issues).toEqual(parseScenario(changed.rows).issues);
    expect(changed.issues[0].row).toBe(3);
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!)).toEqual({
      version: 1,
      scenarios: [
        {
          name: "Basis",
          rows: [
            ["Bezeichnung", "Richtlinie, Standardannahmen"],
            ["Steigerung pro Jahr", "300 %"],
          ],
        },
        EXAMPLE_SCENARIOS[1],
      ],
    });
  });

  test("names must be new (ignoring case) and not empty; renaming to its own name is fine", async () => {
    const { store } = createPreviewStore(storageWith());
    await expect(store.create("steigerung")).rejects.toMatchObject({ code: "szenario_existiert" });
    await expect(store.create("  ")).rejects.toMatchObject({ code: "ungueltiger_name" });
    await expect(store.create("a/b")).rejects.toMatchObject({ code: "ungueltiger_name" });
    await expect(store.copy("Fehlt", "X")).rejects.toMatchObject({ code: "szenario_fehlt" });
    await expect(store.rename("Basis", "Basis")).resolves.toMatchObject({ name: "Basis" });
  });
});

describe("input helpers", () => {
  test.each([
    ["01.09.2018", "de", "2018-09-01"],
    ["1.9.2018", "de", "2018-09-01"],
    ["2018-09-01", "en", "2018-09-01"],
    ["09/01/2018", "en", "2018-09-01"],
    ["09/01/2018", "de", null],
    ["31.02.2018", "de", null],
    ["43000", "de", null],
    ["", "de", null],
  ] as const)("%p in %s is %p", (text, language, expected) => {
    expect(parseUserDate(text, language)).toBe(expected);
  });

  test("scenario cells are shown in the German form the model reads back", () => {
    expect(editText("Angenommener Start", 41640)).toBe("01.01.2014");
    expect(editText("Start Kreis Kleve", 43344)).toBe("01.09.2018");
    expect(editText("Zusaetzliches KI Köln", 46388)).toBe("01.01.2027");
    expect(editText("weiteres KI 05315", 46388)).toBe("01.01.2027");
    expect(editText("Steigerung pro Jahr", 0.025)).toBe("0,025");
    expect(editText("Betrag je KI", 175000)).toBe("175000");
    expect(editText("Bezeichnung", null)).toBe("");
    expect(scenarioParameterOf("Kommunale Stellen je KI (Kreis)")?.name).toBe("Kommunale Stellen je KI");
    expect(scenarioParameterOf("zusätzliches ki Köln")?.name).toBe("Zusätzliches KI <Kreis>");
    expect(scenarioParameterOf("Unbekannt")).toBeUndefined();
  });
});
