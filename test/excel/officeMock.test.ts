/**
 * The same actions against Microsoft's office-addin-mock, where a property bag is enough: the mock
 * enforces load-before-read (an unloaded property reads as an error text) and we count syncs.
 *
 * office-addin-mock has no notion of `isNullObject` (in Office.js it is readable after a sync
 * without being loaded), so the tests set it directly on the mock objects, after populate.
 */
import { OfficeMockObject } from "office-addin-mock";
import { deleteScenario, readStoredState, setExcelRunner, type ExcelRunner } from "../../src/excel";
import { PANE_SETTINGS_KEY, tableStateKey } from "../../src/excel/state";

function withNullFlag(mock: OfficeMockObject, isNull: boolean): OfficeMockObject {
  (mock as unknown as { isNullObject: boolean }).isNullObject = isNull;
  return mock;
}

/** A context whose settings hold `stored`; counts syncs. Functions go in through the constructor. */
function settingsContext(stored: Record<string, unknown>): {
  context: OfficeMockObject;
  syncs: () => number;
} {
  let syncs = 0;
  const items = new Map<string, OfficeMockObject>();
  const context: OfficeMockObject = new OfficeMockObject({
    workbook: {
      settings: {
        getItemOrNullObject: (key: string) => {
          let item = items.get(key);
          if (item === undefined) {
            // (The mock cannot hold null: populate treats it as a nested object.)
            item = withNullFlag(new OfficeMockObject({ value: stored[key] ?? "" }), !(key in stored));
            items.set(key, item);
          }
          return item;
        },
      },
    },
    sync: async () => {
      syncs++;
      await OfficeMockObject.prototype.sync.call(context);
      for (const item of items.values()) await item.sync();
    },
  });
  return { context, syncs: () => syncs };
}

const runnerFor =
  (context: OfficeMockObject): ExcelRunner =>
  (batch) =>
    batch(context as unknown as Excel.RequestContext);

afterAll(() => setExcelRunner(null));

test("readStoredState reads every setting it needs in one sync and loads what it reads", async () => {
  const { context, syncs } = settingsContext({
    [tableStateKey("KI_Register")]: JSON.stringify({
      v: 2,
      columns: ["Schlüssel"],
      rows: { "05358": ["05358"] },
      declined: {},
      writtenAt: "2025-01-01T00:00:00Z",
    }),
    [PANE_SETTINGS_KEY]: JSON.stringify({ sprache: "en" }),
  });
  setExcelRunner(runnerFor(context));
  const state = await readStoredState();
  expect(syncs()).toBe(1);
  expect(state.tables.KI_Register).toEqual({
    rows: 1,
    columns: ["Schlüssel"],
    writtenAt: "2025-01-01T00:00:00Z",
  });
  expect(state.paneSettings).toEqual({ sprache: "en" });
  expect(state.notices).toEqual([]);
});

test("an old-format setting is converted with a notice", async () => {
  const { context } = settingsContext({
    [tableStateKey("KI_Regeln")]: JSON.stringify({ version: 1, columns: ["ID"], rows: { a: ["a"] } }),
  });
  setExcelRunner(runnerFor(context));
  const state = await readStoredState();
  expect(state.notices.map((n) => n.code)).toEqual(["zustand_veraltet"]);
  expect(state.tables.KI_Regeln.rows).toBe(1);
});

test("deleteScenario loads table and sheet names before deciding, and deletes the scenario's sheet", async () => {
  const deleted: string[] = [];
  let syncs = 0;
  const table: OfficeMockObject = new OfficeMockObject({
    name: "Szenario_Weg",
    worksheet: { name: "Szenario Weg", delete: () => deleted.push("Szenario Weg") },
  });
  // The collection is a plain object here: office-addin-mock cannot hold an array of mocks whose
  // load state it tracks. Its load() passes the load on to the item, whose state the mock checks.
  const tables = {
    items: [] as OfficeMockObject[],
    load(arg: string) {
      expect(arg).toContain("items/name");
      expect(arg).toContain("items/worksheet/name");
      table.load("name, worksheet/name");
      return tables;
    },
  };
  const context: OfficeMockObject = new OfficeMockObject({
    sync: async () => {
      syncs++;
      await table.sync();
      tables.items = [table];
    },
  });
  (context as unknown as { workbook: unknown }).workbook = { tables };
  setExcelRunner(runnerFor(context));
  await deleteScenario("weg");
  expect(deleted).toEqual(["Szenario Weg"]);
  expect(syncs).toBe(2);
});
