/**
 * Robustness (issue 6): every function against a matrix of bad inputs, and property tests with
 * fast-check. A bad input must give a defined Excel error (#VALUE! or #N/A) with a German message,
 * never an exception, NaN, Infinity or a malformed array.
 */
import fc from "fast-check";
import { ENTITIES } from "../../src/model";
import { Functions, KI, excelErrorValue, isExcelErrorResult, singleCellView } from "./helpers";
import * as COST_WRAPPERS from "../../src/functions/costFunctions";

type Kind = "kreis" | "jahr" | "optJahr" | "stichtag" | "optStichtag" | "choice" | "optChoice" | "szenario";
type AnyFn = (...args: unknown[]) => unknown;

const KI_COSTS = singleCellView(COST_WRAPPERS);

/** The wrapper Excel calls, returning arrays where it spreads (KI is the single-cell view of it). */
const raw = (name: string) =>
  (({ ...Functions, ...COST_WRAPPERS }) as unknown as Record<string, AnyFn>)[name.toLowerCase()];

/** Kinds of parameter that take a range and spread the call over it (broadcast.ts), per function. */
const SPREAD: Record<string, number[]> = {
  LANDESMITTEL: [0],
  FOERDERUNG: [0, 1],
  STELLEN: [0, 1],
  ZENTREN: [0],
  INFO: [0, 1],
  KOSTEN: [0, 1],
  EIGENANTEIL: [0, 1],
};
const MULTI_CELL = new Set(["1x2 range", "2x1 range", "3x3 range"]);

/** Each function with a valid call and the kind of each parameter. */
/** The cost functions need the user's averages: without a scenario they refuse (issue 16). */
const COSTS_SCENARIO = [
  ["Durchschnittskosten Fachkraftstelle", 72000],
  ["Durchschnittskosten Verwaltungsstelle", 24000],
  ["Durchschnittskosten Lehrerstelle", 84000],
  ["Bezugsjahr Durchschnittskosten", 2024],
  ["Tatsächliche Sachkosten je KI", 60000],
];

const SIGNATURES: Array<{
  name: string;
  fn: AnyFn;
  valid: unknown[];
  kinds: Kind[];
  scenarioRequired?: boolean;
}> = [
  {
    name: "LANDESMITTEL",
    fn: KI.landesmittel as AnyFn,
    valid: [2016, "lehrer", null],
    kinds: ["jahr", "optChoice", "szenario"],
  },
  {
    name: "FOERDERUNG",
    fn: KI.foerderung as AnyFn,
    valid: ["Düren", 2016, "gesamt", null],
    kinds: ["kreis", "jahr", "optChoice", "szenario"],
  },
  {
    name: "STELLEN",
    fn: KI.stellen as AnyFn,
    valid: ["Düren", 2016, "kommunal", null],
    kinds: ["kreis", "optJahr", "optChoice", "szenario"],
  },
  { name: "ZENTREN", fn: KI.zentren as AnyFn, valid: [2016, null], kinds: ["stichtag", "szenario"] },
  { name: "LUECKEN", fn: KI.luecken as AnyFn, valid: [2016, null], kinds: ["optStichtag", "szenario"] },
  { name: "REGISTER", fn: KI.register as AnyFn, valid: [2016, null], kinds: ["optStichtag", "szenario"] },
  { name: "INFO", fn: KI.info as AnyFn, valid: ["Düren", "name"], kinds: ["kreis", "choice"] },
  {
    name: "KOSTEN",
    fn: KI_COSTS.kosten as AnyFn,
    valid: ["Düren", 2026, "kommunal", COSTS_SCENARIO],
    kinds: ["kreis", "jahr", "optChoice", "szenario"],
    scenarioRequired: true,
  },
  {
    name: "EIGENANTEIL",
    fn: KI_COSTS.eigenanteil as AnyFn,
    valid: ["Düren", 2026, COSTS_SCENARIO],
    kinds: ["kreis", "jahr", "szenario"],
    scenarioRequired: true,
  },
];

const BLANKS: Array<[string, unknown]> = [
  ["null", null],
  ["undefined", undefined],
  ["empty text", ""],
  ["blank text", " "],
  ["empty range", []],
  ["1x1 empty range", [[null]]],
  ["1x1 empty-text range", [[""]]],
];

const BAD: Array<[string, unknown]> = [
  ...BLANKS,
  ["text", "abc"],
  ["NaN as text", "NaN"],
  ["Infinity as text", "Infinity"],
  ["exponent text", "1e999"],
  ["negative", -1],
  ["negative year", -2016],
  ["fraction", 0.5],
  ["fractional year", 2016.5],
  ["huge number", 1e308],
  ["max safe integer", Number.MAX_SAFE_INTEGER],
  ["NaN", NaN],
  ["Infinity", Infinity],
  ["TRUE", true],
  ["FALSE", false],
  ["#N/A", excelErrorValue("#N/A")],
  ["#DIV/0!", excelErrorValue("#DIV/0!")],
  ["#REF! as rich value", { type: "Error", basicValue: "#REF!" }],
  ["JS Error", new Error("kaputt")],
  ["plain object", {}],
  ["1x2 range", [[2016, 2017]]],
  ["2x1 range", [[2016], [2017]]],
  [
    "3x3 range",
    [
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ],
  ],
  ["nested array", [[[2016]]]],
  ["very long text", "Düren".repeat(5000)],
  ["control characters", "\u0000\u001f\u001e"],
  ["error text", "#NV"],
];

const BAD_SCENARIOS: Array<[string, unknown]> = [
  ["scalar text", "Szenario"],
  ["number", 42],
  ["unknown parameter", [["Zauberei", 1]]],
  ["value missing", [["Betrag je KI", null]]],
  ["name missing", [[null, 5]]],
  ["negative amount", [["Betrag je KI", -1]]],
  ["text amount", [["Betrag je KI", "viel"]]],
  ["NaN amount", [["Betrag je KI", NaN]]],
  ["bad date", [["Start Kreis Kleve", "32.13.2016"]]],
  ["ambiguous Kreis", [["Start Aachen", "01.01.2016"]]],
  ["end before start", [["Ende Kreis Borken", "01.01.2015"]]],
  [
    "duplicate",
    [
      ["Monatsberechnung", "ganzes Jahr"],
      ["Monatsberechnung", "ab Folgemonat"],
    ],
  ],
  ["error in a cell", [["Betrag je KI", excelErrorValue("#REF!")]]],
  ["boolean name", [[true, 1]]],
  ["oversized rows", Array.from({ length: 5000 }, () => ["Betrag je KI", 1])],
  ["whole column", Array.from({ length: 1_048_576 }, () => [null, null])],
  ["oversized columns", [Array.from({ length: 50 }, () => "x")]],
  ["ragged rows", [["Betrag je KI"], 5]],
];

const GERMAN =
  /[„“äöüÄÖÜß]|\b(kein|keine|ist|nicht|bitte|erwartet|fehlt|gibt|Zeile|Fehlerwert|enthält|Jahr|Datum)\b/;

/** A well-formed result: a finite number, a text, or a rectangular table of those. */
function expectWellFormed(result: unknown): void {
  if (isExcelErrorResult(result)) {
    expectWellFormedError(result);
    return;
  }
  if (Array.isArray(result)) {
    expect(result.length).toBeGreaterThan(0);
    const width = (result[0] as unknown[]).length;
    for (const row of result as unknown[][]) {
      expect(row).toHaveLength(width);
      // A spread call's table holds each element's own result: a value or its error value.
      for (const cell of row) {
        if (isExcelErrorResult(cell)) expectWellFormedError(cell);
        else expectScalar(cell);
      }
    }
    return;
  }
  expectScalar(result);
}

function expectWellFormedError(result: { code: string; message?: string }): void {
  {
    expect(["#VALUE!", "#N/A"]).toContain(result.code);
    expect(result.message).toMatch(GERMAN);
    // Every refusal is foreseen and explained: "Interner Fehler" is for bugs only.
    expect(result.message).not.toMatch(/Interner Fehler/);
    // Internals must not leak; "NaN" may appear only where the user typed it (quoted).
    expect(result.message).not.toMatch(/undefined|\[object|TypeError|at .*\.ts|(?<![„'])\bNaN\b/);
  }
}

function expectScalar(value: unknown): void {
  if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
  else expect(typeof value).toBe("string");
}

/** Which bad values a parameter of this kind accepts on purpose (documented in the README). */
function accepted(kind: Kind, label: string, scenarioRequired = false): boolean {
  const isBlank = BLANKS.some(([l]) => l === label);
  if (kind === "szenario" && scenarioRequired) return false;
  // No other bad value is accepted: 2016.5 as `stichtag` would be the serial 08.07.1905, 12:00, a
  // date no one means; it is refused like any number that is neither a year nor a date from 2000 on.
  return isBlank && (kind.startsWith("opt") || kind === "szenario");
}

describe("bad-input matrix: one bad argument at a time", () => {
  const cases = SIGNATURES.flatMap((sig) =>
    sig.kinds.flatMap((kind, position) =>
      (kind === "szenario" ? [...BAD, ...BAD_SCENARIOS] : BAD).map(
        ([label, bad]) =>
          [`${sig.name} ${position + 1}. (${kind}) = ${label}`, sig, position, kind, label, bad] as const,
      ),
    ),
  );

  test.each(cases)("%s", (_title, sig, position, kind, label, bad) => {
    const args = [...sig.valid];
    args[position] = bad;
    let result: unknown;
    if (MULTI_CELL.has(label) && (SPREAD[sig.name] ?? []).includes(position)) {
      // A range where the function spreads: a table of that range's shape, each cell well formed
      // (the values element by element are checked in broadcast.test.ts).
      expect(() => (result = raw(sig.name)(...args))).not.toThrow();
      const cells = bad as unknown[][];
      expect((result as unknown[][]).map((row) => row.length)).toEqual(cells.map((row) => row.length));
      expectWellFormed(result);
      return;
    }
    expect(() => (result = sig.fn(...args))).not.toThrow();
    expectWellFormed(result);
    if (accepted(kind, label, sig.scenarioRequired)) {
      expect(isExcelErrorResult(result) && !/keine Lücken/.test(result.message ?? "")).toBe(false);
    } else {
      expect(isExcelErrorResult(result)).toBe(true);
    }
  });
});

// ---- property tests ----------------------------------------------------------------------------

const excelScalar = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer({ min: -100_000, max: 3_000_000 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(excelErrorValue("#N/A"), excelErrorValue("#VALUE!")),
  fc.constantFrom(
    ...ENTITIES.map((e) => e.name),
    "gesamt",
    "lehrer",
    "kommunal",
    "personal",
    "name",
    "start",
  ),
  fc.integer({ min: 2010, max: 2040 }),
);
const excelValue = fc.oneof(
  { weight: 4, arbitrary: excelScalar },
  {
    weight: 1,
    arbitrary: fc.array(fc.array(excelScalar, { minLength: 1, maxLength: 3 }), {
      minLength: 1,
      maxLength: 3,
    }),
  },
);

describe("results too large for a cell", () => {
  // 100 % a year from 1900 to 2999 doubles every amount 1099 times: far beyond any number Excel holds.
  const huge = [
    ["Steigerung pro Jahr", "100 %"],
    ["Basisjahr Steigerung", 1900],
  ];
  test.each<[string, () => unknown]>([
    ["LANDESMITTEL", () => KI.landesmittel(2999, "gesamt", huge)],
    ["LANDESMITTEL kommunal", () => KI.landesmittel(2999, "kommunal", huge)],
    ["FOERDERUNG", () => KI.foerderung("Düren", 2999, "lehrer", huge)],
  ])("%s: #VALUE! saying what to change, not an internal error", (_name, call) => {
    const result = call();
    expectWellFormed(result);
    expect(isExcelErrorResult(result) && result.code).toBe("#VALUE!");
    expect((result as { message: string }).message).toMatch(
      /^Das Ergebnis ist zu groß für eine Excel-Zelle .*: bitte im Szenario eine kleinere „Steigerung pro Jahr“/,
    );
  });
});

describe("properties", () => {
  test.each(SIGNATURES.map((s) => [s.name, s] as const))("%s: random arguments never crash", (_name, sig) => {
    fc.assert(
      fc.property(
        fc.array(excelValue, { minLength: sig.kinds.length, maxLength: sig.kinds.length }),
        (args) => {
          let result: unknown;
          expect(() => (result = raw(sig.name)(...args))).not.toThrow();
          expectWellFormed(result);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("entity names in any case and spacing resolve to their key", () => {
    const spaced = (name: string) =>
      fc
        .tuple(
          fc.array(fc.boolean(), { minLength: name.length, maxLength: name.length }),
          fc.nat(3),
          fc.nat(3),
        )
        .map(
          ([upper, before, after]) =>
            " ".repeat(before) +
            [...name].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join("") +
            " ".repeat(after),
        );
    fc.assert(
      fc.property(
        fc.constantFrom(...ENTITIES).chain((e) => spaced(e.name).map((typed) => [e, typed] as const)),
        ([entity, typed]) => {
          expect(KI.info(typed, "schluessel")).toBe(entity.key);
        },
      ),
      { numRuns: 300 },
    );
  });
});

// Valid scenario tables, for the invariants.
const dateText = fc
  .record({
    year: fc.integer({ min: 2012, max: 2032 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ year, month, day }) => `${String(day).padStart(2, "0")}.${String(month).padStart(2, "0")}.${year}`);
const entityKey = fc.constantFrom(...ENTITIES.map((e) => e.key));
const scenarioRow = fc.oneof(
  fc.tuple(fc.constant("Betrag je KI"), fc.integer({ min: 0, max: 400_000 })),
  fc.tuple(fc.constant("Wert je Lehrerstelle"), fc.integer({ min: 0, max: 100_000 })),
  fc.tuple(fc.constant("Betrag je kommunale Stelle"), fc.integer({ min: 0, max: 100_000 })),
  fc.tuple(fc.constant("Sachkosten je KI"), fc.integer({ min: 0, max: 100_000 })),
  fc.tuple(
    fc.constant("Kommunale Stellen je KI"),
    fc.integer({ min: 0, max: 20 }).map((n) => n / 2),
  ),
  fc.tuple(
    fc.constant("Lehrerstellen je KI (Kreis)"),
    fc.integer({ min: 0, max: 10 }).map((n) => n / 2),
  ),
  fc.tuple(fc.constant("Monatsberechnung"), fc.constantFrom("ab Startmonat", "ab Folgemonat", "ganzes Jahr")),
  fc.tuple(
    fc.constant("Steigerung pro Jahr"),
    fc.integer({ min: -50, max: 100 }).map((n) => `${n / 10} %`.replace(".", ",")),
  ),
  fc.tuple(fc.constant("Basisjahr Steigerung"), fc.integer({ min: 2015, max: 2030 })),
  fc.tuple(fc.constant("Änderungen ab Jahr"), fc.integer({ min: 2013, max: 2030 })),
  fc.tuple(fc.constant("Angenommener Start"), dateText),
  entityKey.chain((k) => fc.tuple(fc.constant(`Start ${k}`), dateText)),
  entityKey.chain((k) => fc.tuple(fc.constant(`Zusätzliches KI ${k}`), dateText)),
);
const scenario = fc
  .uniqueArray(scenarioRow, { maxLength: 6, selector: (row) => row[0] })
  .map((rows) => [["Parameter", "Wert"], ...rows] as unknown[][]);
const COMPONENTS = [
  "gesamt",
  "kommunal",
  "personal",
  "zusatzstellen",
  "fachkraft",
  "verwaltung",
  "lehrer",
  "sachkosten",
];
const year = fc.integer({ min: 2011, max: 2040 });

const cents = (x: unknown) => Math.round((x as number) * 100);

describe("invariants", () => {
  test("the sum of KI.FOERDERUNG over all 54 equals KI.LANDESMITTEL to the cent", () => {
    fc.assert(
      fc.property(year, fc.constantFrom(...COMPONENTS), scenario, (y, component, s) => {
        const total = KI.landesmittel(y, component, s);
        const parts = ENTITIES.map((e) => KI.foerderung(e.key, y, component, s));
        if (isExcelErrorResult(total)) {
          // No rule that year, or a component the year does not have: every entity says the same.
          for (const part of parts) expect(part).toEqual(total);
          return;
        }
        expect(parts.reduce<number>((sum, part) => sum + cents(part), 0)).toBe(cents(total));
      }),
      { numRuns: 150 },
    );
  });

  test("money results are finite, not negative and rounded to the cent", () => {
    fc.assert(
      fc.property(year, fc.constantFrom(...COMPONENTS), entityKey, scenario, (y, component, key, s) => {
        for (const result of [KI.landesmittel(y, component, s), KI.foerderung(key, y, component, s)]) {
          if (isExcelErrorResult(result)) continue;
          const x = result as number;
          expect(Number.isFinite(x)).toBe(true);
          expect(x).toBeGreaterThanOrEqual(0);
          expect(Math.abs(x * 100 - Math.round(x * 100))).toBeLessThan(1e-4);
        }
      }),
      { numRuns: 200 },
    );
  });

  test("more centres never mean less money, posts or count under the same rules", () => {
    fc.assert(
      fc.property(
        scenario,
        entityKey,
        dateText,
        year,
        fc.constantFrom(...COMPONENTS),
        (s, key, start, y, component) => {
          fc.pre(!s.some((row) => row[0] === `Zusätzliches KI ${key}`));
          const more = [...s, [`Zusätzliches KI ${key}`, start]];
          const before = [
            KI.landesmittel(y, component, s),
            KI.foerderung(key, y, component, s),
            KI.stellen(key, y, "gesamt", s),
            KI.zentren(y, s),
          ];
          const after = [
            KI.landesmittel(y, component, more),
            KI.foerderung(key, y, component, more),
            KI.stellen(key, y, "gesamt", more),
            KI.zentren(y, more),
          ];
          before.forEach((b, i) => {
            const a = after[i];
            if (isExcelErrorResult(b) && !isExcelErrorResult(a)) {
              throw new Error(`an extra centre turned the error „${b.message}“ into ${String(a)}`);
            }
            if (isExcelErrorResult(b) && isExcelErrorResult(a) && a.message === b.message) return;
            if (isExcelErrorResult(a)) {
              // The extra centre works in months no guideline covers (before 07.2012): the model
              // says so (#N/A) instead of counting it as 0 € - never a smaller amount.
              expect(a.code).toBe("#N/A");
              expect(a.message).toMatch(/keine (gültige )?Förderrichtlinie/);
              return;
            }
            expect(cents(a)).toBeGreaterThanOrEqual(cents(b));
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  test("without closures the number of centres never falls over time", () => {
    fc.assert(
      fc.property(
        scenario,
        fc.integer({ min: 40_000, max: 48_000 }),
        fc.integer({ min: 0, max: 3_000 }),
        (s, day, later) => {
          const early = KI.zentren(day, s) as number;
          const late = KI.zentren(day + later, s) as number;
          expect(late).toBeGreaterThanOrEqual(early);
          expect(late).toBeLessThanOrEqual(ENTITIES.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
