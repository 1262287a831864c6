/**
 * The caches behind KI.REGISTERTABELLE, KI.STELLEN and the scenario range never change an answer: tables
 * and posts equal an uncached conversion of the model's rows, scenario ranges asked in turn (fresh
 * copies, as Excel hands them) keep their own answers, a changed cell is a new answer, and a caller
 * changing a returned table changes no later one.
 */
import { KI, expectResult, value } from "./helpers";
import {
  ENTITIES,
  citationDate,
  isoToExcelSerial,
  parseScenario,
  registryAt,
  sourceById,
  stellen,
  type IsoDate,
  type RegistryRow,
  type Scenario,
} from "../../src/model";
import { clearScenarioCache, scenarioCacheStats } from "../../src/functions/scenarioArg";
import { contentKey } from "../../src/functions/contentCache";

const HEADER = ["Parameter", "Wert"];

/** Scenario ranges as the pane writes them, and their dates as Excel passes them (serials). */
const RANGES: Record<string, unknown[][]> = {
  none: [HEADER],
  posts: [HEADER, ["Kommunale Stellen je KI", 7.5], ["Lehrerstellen je KI", 4], ["Änderungen ab Jahr", 2027]],
  ends: [
    HEADER,
    ["Ende Stadt Köln", isoToExcelSerial("2028-12-31")],
    ["Zusätzliches KI Kreis Düren", isoToExcelSerial("2027-01-01")],
  ],
  starts: [
    HEADER,
    ["Start Kleve", isoToExcelSerial("2015-01-01")],
    ["Angenommener Start", isoToExcelSerial("2014-01-01")],
  ],
};
const copy = (rows: unknown[][]): unknown[][] => rows.map((row) => row.slice());

function scenarioOf(rows: unknown[][]): Scenario {
  const parsed = parseScenario(rows.slice(1));
  if (parsed.issues.length > 0) throw new Error(JSON.stringify(parsed.issues));
  return parsed.scenario;
}

/** KI.REGISTERTABELLE's conversion of a model row, written out without any cache (as before the caches). */
function referenceRow(row: RegistryRow): unknown[] {
  const sources = row.sources
    .map((id) => {
      const source = sourceById(id);
      const detail = citationDate(source) ?? source.url;
      return detail !== undefined ? `${id} (${detail})` : id;
    })
    .join("; ");
  return [
    row.entity.key,
    row.entity.name,
    row.entity.typeLabel,
    row.entity.bezirk,
    row.start === null ? "" : isoToExcelSerial(row.start),
    row.statusText,
    row.posts === null ? "keine Regel" : row.posts.gesamt.toNumber(),
    sources,
    row.startKnown === null ? "" : `${row.startStatus ?? ""}: ${row.startKnown}`,
    row.grantStart === null ? "" : isoToExcelSerial(row.grantStart),
    row.grantStartKnown === null ? "" : `${row.grantStartStatus ?? ""}: ${row.grantStartKnown}`,
  ];
}

const DATES: IsoDate[] = [
  "2012-03-01",
  "2013-08-01",
  "2015-06-30",
  "2016-06-28",
  "2017-01-01",
  "2018-09-01",
  "2026-12-31",
  "2027-01-01",
  "2029-01-01",
];

describe("KI.REGISTERTABELLE: cached cells equal the uncached conversion", () => {
  test.each(Object.keys(RANGES))("scenario %s, every date, ranges asked in turn, twice", (name) => {
    const s = scenarioOf(RANGES[name]);
    for (let pass = 0; pass < 2; pass++) {
      for (const date of DATES) {
        const expected = [
          [
            "Schlüssel",
            "Name",
            "Art",
            "Regierungsbezirk",
            "Start",
            "Status",
            "Stellen",
            "Quelle",
            "Start bekannt",
            "Förderbeginn",
            "Förderbeginn bekannt",
          ],
          ...registryAt(date, s).map(referenceRow),
        ];
        expect(KI.register(isoToExcelSerial(date), copy(RANGES[name]))).toEqual(expected);
        // Another scenario for the same date in between must not leak into the next answer.
        KI.register(isoToExcelSerial(date), copy(RANGES[name === "ends" ? "posts" : "ends"]));
      }
    }
  });

  test("the same date, scenarios in turn: Köln closed, Düren twice, more posts, Kleve early", () => {
    const date = 2029; // 31.12.2029
    const row = (range: string, key: string, n = 0) =>
      (KI.register(date, copy(RANGES[range])) as unknown[][]).filter((r) => r[0] === key)[n];
    for (let round = 0; round < 3; round++) {
      expect(row("none", "05315").slice(5, 7)).toEqual(["aktiv", 8.5]);
      expect(row("ends", "05315").slice(5, 7)).toEqual(["geschlossen", 0]);
      expect(row("posts", "05315").slice(5, 7)).toEqual(["aktiv", 11.5]);
      expect(row("ends", "05358", 1)[6]).toBe(10);
      expect(row("starts", "05154")[4]).toBe(isoToExcelSerial("2015-01-01"));
      expect(row("none", "05154")[4]).toBe(isoToExcelSerial("2018-09-01"));
    }
  });

  test("a caller changing a returned table changes no later one", () => {
    const first = KI.register(2016) as unknown[][];
    const before = JSON.stringify(first);
    first[0][0] = "geändert";
    first[1][1] = "geändert";
    first[1][6] = -1;
    first.pop();
    first.reverse();
    expect(JSON.stringify(KI.register(2016))).toBe(before);
    const withScenario = KI.register(2016, copy(RANGES.posts)) as unknown[][];
    withScenario[2].length = 0;
    expect((KI.register(2016, copy(RANGES.posts)) as unknown[][])[2]).toHaveLength(11);
  });
});

describe("KI.STELLEN: cached posts equal the model's", () => {
  test("every entity, years 2012–2030, scenario ranges asked in turn, twice", () => {
    const scenarios = Object.entries(RANGES).map(([name, rows]) => ({ name, rows, s: scenarioOf(rows) }));
    for (let pass = 0; pass < 2; pass++) {
      for (let year = 2012; year <= 2030; year++) {
        for (const entity of ENTITIES) {
          for (const { rows, s } of scenarios) {
            expect(KI.stellen(entity.key, year, "gesamt", copy(rows))).toBe(
              stellen(entity.key, year, "gesamt", s).toNumber(),
            );
          }
        }
      }
    }
  });

  test("the same Kreis and year under a changed scenario cell follows the cell", () => {
    clearScenarioCache();
    const range = (posts: number) => [HEADER, ["Lehrerstellen je KI", posts]];
    for (let round = 0; round < 3; round++) {
      expect(KI.stellen("Köln", 2026, "lehrer", range(4))).toBe(4);
      expect(KI.stellen("Köln", 2026, "lehrer", range(5))).toBe(5);
      expect(KI.stellen("Köln", 2026, "lehrer")).toBe(3);
      expect(KI.stellen("Köln", 2026, "lehrer", range(4.5))).toBe(4.5);
    }
    expect(scenarioCacheStats().misses).toBe(3);
  });
});

describe("scenario ranges: the cell-by-cell shortcut follows every change", () => {
  const base = () => [HEADER, ["Betrag je KI", 175000], ["Monatsberechnung", "ab Folgemonat"]];
  const personal = (rows: unknown[][]) => KI.foerderung("Düren", 2016, "personal", rows);

  test("a changed value, an added or removed row or column, a typed-as-text number", () => {
    clearScenarioCache();
    expect(personal(base())).toBe(175_000);
    expect(personal(base())).toBe(175_000);
    const changed = base();
    changed[1][1] = 180000;
    expect(personal(changed)).toBe(180_000);
    expect(personal(base())).toBe(175_000);
    // "175000" as text is parsed as an amount too: the same figure, but a content of its own.
    const text = base();
    text[1][1] = "175000";
    expect(personal(text)).toBe(175_000);
    // A row less: the default amount.
    expect(personal([HEADER, ["Monatsberechnung", "ab Folgemonat"]])).toBe(170_000);
    // A row more: here a second "Betrag je KI", refused.
    expectResult(personal([...base(), ["Betrag je KI", 190000]]), value(/Zeile 4: .*doppelt/));
    // A third column (a note) is ignored, but it is a different range.
    expect(personal(base().map((row) => [...row, "Notiz"]))).toBe(175_000);
    expect(personal(base())).toBe(175_000);
    expect(scenarioCacheStats().misses).toBe(6);
  });

  test("ranges with error values or NaN are never taken from the shortcut by mistake", () => {
    clearScenarioCache();
    const withError = (code: string) => [HEADER, ["Betrag je KI", { code }]];
    expectResult(personal(withError("#N/A")), value(/Zeile 2/));
    expectResult(personal(withError("#DIV/0!")), value(/Zeile 2/));
    expect(personal(base())).toBe(175_000);
    expectResult(personal(withError("#N/A")), value(/Zeile 2/));
    expect(scenarioCacheStats().misses).toBe(3);
    const nan = () => [HEADER, ["Betrag je KI", NaN]];
    expectResult(personal(nan()), value(/Zeile 2, Spalte 2: .*keine endliche Zahl/));
    expectResult(personal(nan()), value(/Zeile 2, Spalte 2: .*keine endliche Zahl/));
    expect(scenarioCacheStats().misses).toBe(4); // NaN: found by its content key the second time
  });

  test("ranges differing only in a rich value keep their own answers", () => {
    clearScenarioCache();
    // Rich cell values (allowed for "any" parameters) come as fresh objects each time.
    const rich = (basicValue: unknown, type = "Double") => [HEADER, ["Betrag je KI", { type, basicValue }]];
    expect(personal(rich(175000))).toBe(175_000);
    expect(personal(rich(180000))).toBe(180_000);
    expect(personal(rich("190.000", "String"))).toBe(190_000);
    expect(personal(rich(175000))).toBe(175_000);
    const entity = (text: string) => [HEADER, [{ type: "Entity", text }, "01.01.2015"]];
    expect(KI.luecken(2015, entity("Start Kreis Kleve"))).not.toContainEqual(["05154", "Kleve", "Kreis"]);
    expect(KI.luecken(2015, entity("Start Kreis Viersen"))).toContainEqual(["05154", "Kleve", "Kreis"]);
    // Equal rich content is still one parse, found by its content key.
    expect(scenarioCacheStats().misses).toBe(5);
  });

  test("content keys of objects: by content, key order aside; a cycle gets a key of its own", () => {
    const key = (cell: unknown) => contentKey([["Betrag je KI", cell]]);
    expect(key({ type: "Double", basicValue: 1 })).not.toBe(key({ type: "Double", basicValue: 2 }));
    expect(key({ type: "Double", basicValue: 1 })).not.toBe(key({ type: "String", basicValue: "1" }));
    expect(key({ basicValue: NaN })).not.toBe(key({ basicValue: null }));
    expect(key({ type: "Double", basicValue: 1 })).toBe(key({ basicValue: 1, type: "Double" }));
    const cyclic: Record<string, unknown> = { type: "Entity", text: "Kleve" };
    cyclic.self = cyclic;
    expect(key(cyclic)).toBe(key(cyclic));
    expect(key(cyclic)).not.toBe(key({ ...cyclic }));
  });
});
