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

/** A context whose settings hold `stored`; counts syncs. */
function settingsContext(stored: Record<string, unknown>): {
  context: OfficeMockObject;
  syncs: () => number;
} {
  let syncs = 0;
  const items = new Map<string, OfficeMockObject>();
  const context = new OfficeMockObject({ workbook: { settings: {} } });
  const settings = (context as unknown as { workbook: { settings: OfficeMockObject } }).workbook.settings;
  settings.setValue("getItemOrNullObject", (key: string) => {
    let item = items.get(key);
    if (item === undefined) {
      // (The mock cannot hold null: populate treats it as a nested object.)
      item = withNullFlag(new OfficeMockObject({ value: stored[key] ?? "" }), !(key in stored));
      items.set(key, item);
    }
    return item;
  });
  const baseSync = context.sync.bind(context);
  context.setValue("sync", async () => {
    syncs++;
    await baseSync();
    for (const item of items.values()) await item.sync();
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
  const context = new OfficeMockObject({
    workbook: {
      tables: {
        items: [],
      },
    },
  });
  // The collection's items are table mocks with a worksheet; load("items/name,items/worksheet/name")
  // marks them loaded in the mock.
  const table = new OfficeMockObject({ name: "Szenario_Weg", worksheet: { name: "Szenario Weg" } });
  const sheet = (table as unknown as { worksheet: OfficeMockObject }).worksheet;
  sheet.setValue("delete", () => deleted.push("Szenario Weg"));
  const tables = (context as unknown as { workbook: { tables: OfficeMockObject } }).workbook.tables;
  tables.setValue("load", (arg: string) => {
    expect(arg).toContain("items/name");
    table.load("name");
    sheet.load("name");
    return tables;
  });
  let syncs = 0;
  context.setValue("sync", async () => {
    syncs++;
    await table.sync();
    (tables as unknown as { items: OfficeMockObject[] }).items = [table];
  });
  setExcelRunner(runnerFor(context));
  await deleteScenario("weg");
  expect(deleted).toEqual(["Szenario Weg"]);
  expect(syncs).toBe(2);
});
