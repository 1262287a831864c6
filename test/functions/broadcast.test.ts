/**
 * Ranges in, arrays out (broadcast.ts). Hand-written tables first, with figures worked out in
 * catalogue.test.ts's header (2012 guideline 270.000 € per KI and year; 2017 Kreis 545.000 €,
 * kreisfreie Stadt 470.000 €; Borken 2016 8/12 = 180.000 €; Kleve without a KI until 09.2018). Then
 * property tests: over random ranges of names, keys, years, blanks and bad values, every element of an
 * array call equals the single call with that element (value or error, code and message), both through
 * the wrappers and inside the formula engine; mismatched shapes give #VALUE! naming both sizes.
 */
import fc from "fast-check";
import { DetailedCellError, type HyperFormula } from "hyperformula";
import { ENTITIES } from "../../src/model";
import { MAX_RESULT_CELLS } from "../../src/functions/broadcast";
import { INFO_FIELDS } from "../../src/functions/catalogue";
import { FakeCustomFunctionsError } from "./customFunctionsStub";
import { buildWorkbook } from "./formulaEngine";
import { Functions, KI, excelErrorValue } from "./helpers";

type AnyFn = (...args: unknown[]) => unknown;
const F = Functions as unknown as Record<string, AnyFn>;

const col = (...values: unknown[]) => values.map((v) => [v]);
const row = (...values: unknown[]) => [values];

function errorOf(result: unknown): { code: string; message: string } {
  expect(result).toBeInstanceOf(FakeCustomFunctionsError);
  const e = result as FakeCustomFunctionsError;
  return { code: e.code, message: e.message ?? "" };
}

describe("hand-written tables", () => {
  test("a column of Kreise and a row of years give the table", () => {
    expect(F.foerderung(col("Düren", "Kreis Borken", "Kleve"), row(2016, 2017))).toEqual([
      [270_000, 545_000],
      [180_000, 545_000],
      [0, 0],
    ]);
  });

  test("a column and a column of equal length pair row by row", () => {
    expect(F.foerderung(col("Düren", "Stadt Köln"), col(2016, 2017))).toEqual([[270_000], [470_000]]);
  });

  test("a single value combines with every element", () => {
    expect(F.foerderung("Düren", row(2016, 2017))).toEqual([[270_000, 545_000]]);
    expect(F.stellen(col("Düren", "Köln"), 2017)).toEqual([[10], [8.5]]);
    expect(F.landesmittel(col(2015))).toEqual([[49 * 270_000]]);
  });

  test("a table pairs with a column of its height", () => {
    expect(
      F.foerderung(
        [
          ["Düren", "Köln"],
          ["Kleve", "Kreis Borken"],
        ],
        col(2017, 2016),
      ),
    ).toEqual([
      [545_000, 470_000],
      [0, 180_000],
    ]);
  });

  test("KI.INFO: a column of Kreise and a row of fields", () => {
    expect(F.info(col("Düren", 5111, "05334002"), row("name", "schluessel", "bezirk"))).toEqual([
      ["Düren", "05358", "Köln"],
      ["Düsseldorf", "05111", "Düsseldorf"],
      ["Stadt Aachen", "05334002", "Köln"],
    ]);
  });

  test("empty cells in a range give an empty result, not an error", () => {
    expect(F.foerderung(col("Düren", null, "  ", ""), 2016)).toEqual([[270_000], [""], [""], [""]]);
    expect(F.foerderung(col("Düren", "Köln"), col(2016, null))).toEqual([[270_000], [""]]);
  });

  test("an element that fails carries the single call's error value and message", () => {
    const result = F.foerderung(col("Düren", "Aachen", "Atlantis"), 2016) as unknown[][];
    expect(result[0][0]).toBe(270_000);
    expect(errorOf(result[1][0])).toEqual(errorOf(KI.foerderung("Aachen", 2016)));
    expect(errorOf(result[1][0])).toEqual({ code: "#N/A", message: expect.stringMatching(/mehrdeutig/) });
    expect(errorOf(result[2][0])).toEqual(errorOf(KI.foerderung("Atlantis", 2016)));
  });

  test("mismatched sizes: #VALUE! naming both sizes in German", () => {
    expect(errorOf(F.foerderung(col("Düren", "Köln"), col(2016, 2017, 2018)))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/„kreis“ hat 2 × 1 Zellen, „jahr“ 3 × 1\. Möglich sind/),
    });
    expect(errorOf(F.info(row("Düren", "Köln"), row("name", "art", "bezirk"))).message).toMatch(
      /„kreis“ hat 1 × 2 Zellen, „feld“ 1 × 3/,
    );
  });

  test("single values: a 1 × 1 array, or the single call's error value itself", () => {
    expect(F.foerderung("Düren", 2016)).toEqual([[270_000]]);
    expect(F.foerderung([["Düren"]], [[2016]])).toEqual([[270_000]]);
    expect(errorOf(F.foerderung("Düren", 2011)).code).toBe("#N/A");
  });

  test("a whole column is refused, not computed a million times", () => {
    const column = Array.from({ length: 1_048_576 }, () => [null]);
    expect(errorOf(F.zentren(column)).message).toMatch(/1048576 × 1 Zellen \(höchstens 100\.000\)/);
    expect(MAX_RESULT_CELLS).toBe(100_000);
  });

  test("a ragged range is refused", () => {
    expect(errorOf(F.zentren([[2016, 2017], [2018]])).message).toMatch(/kein rechteckiger Bereich/);
  });
});

// ---- property tests ----------------------------------------------------------------------------

const BLANK_VALUES = [null, undefined, "", "   "];
const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

const kreisValue = fc.oneof(
  fc.constantFrom(...ENTITIES.map((e) => e.name)),
  fc.constantFrom(...ENTITIES.map((e) => e.key)),
  fc.constantFrom(...ENTITIES.map((e) => Number(e.key))),
  fc.constantFrom("dueren", "DÜREN ", "Kreis Düren", "Aachen", "Atlantis", "Dürn"),
  fc.constantFrom(...BLANK_VALUES),
  fc.constantFrom(true, 2016.5, -3, excelErrorValue("#N/A"), excelErrorValue("#DIV/0!")),
);
const yearValue = fc.oneof(
  fc.integer({ min: 2010, max: 2031 }),
  fc.constantFrom("2016", " 2020 ", "abc", 2016.5, true, 42_370),
  fc.constantFrom(...BLANK_VALUES),
);
const feldValue = fc.oneof(fc.constantFrom(...INFO_FIELDS), fc.constantFrom("NAME", "Kaffee", 7, null, ""));

/** An argument: a single value, a column, a row, a table (of the base size) or a 1 × 1 range. */
function argument(cell: fc.Arbitrary<unknown>, rows: number, cols: number): fc.Arbitrary<unknown> {
  const grid = (r: number, c: number) =>
    fc.array(fc.array(cell, { minLength: c, maxLength: c }), { minLength: r, maxLength: r });
  return fc.oneof(
    cell,
    grid(1, 1),
    grid(rows, 1),
    grid(1, cols),
    grid(rows, cols),
    // Any size, usually clashing with the others.
    fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })).chain(([r, c]) => grid(r, c)),
  );
}

interface Sized {
  cells: unknown[][] | null;
  rows: number;
  cols: number;
}

/** The expected layout, worked out here without broadcast.ts: sizes > 1 must agree per side. */
function expectedShape(args: unknown[]): { sized: Sized[]; rows: number; cols: number } | null {
  const sized = args.map((a): Sized => {
    if (Array.isArray(a) && a.length > 0 && !(a.length === 1 && (a[0] as unknown[]).length === 1)) {
      const cells = a as unknown[][];
      return { cells, rows: cells.length, cols: cells[0].length };
    }
    return { cells: null, rows: 1, cols: 1 };
  });
  const side = (sizes: number[]) => {
    const big = [...new Set(sizes.filter((n) => n > 1))];
    return big.length > 1 ? null : (big[0] ?? 1);
  };
  const rows = side(sized.map((s) => s.rows));
  const cols = side(sized.map((s) => s.cols));
  return rows === null || cols === null ? null : { sized, rows, cols };
}

const SPREAD_CASES: Array<{
  name: string;
  params: string[];
  cells: fc.Arbitrary<unknown>[];
  fixed: unknown[];
}> = [
  {
    name: "foerderung",
    params: ["kreis", "jahr"],
    cells: [kreisValue, yearValue],
    fixed: ["personal", null],
  },
  { name: "stellen", params: ["kreis", "jahr"], cells: [kreisValue, yearValue], fixed: ["gesamt", null] },
  { name: "landesmittel", params: ["jahr"], cells: [yearValue], fixed: ["lehrer", null] },
  { name: "zentren", params: ["stichtag"], cells: [yearValue], fixed: [null] },
  { name: "info", params: ["kreis", "feld"], cells: [kreisValue, feldValue], fixed: [] },
];

function comparable(value: unknown): unknown {
  if (value instanceof FakeCustomFunctionsError) return { error: value.code, message: value.message };
  return value;
}

describe("property: every element equals the single call", () => {
  test.each(SPREAD_CASES.map((c) => [c.name, c] as const))("KI.%s", (_name, spec) => {
    const args = fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
      .chain(([r, c]) => fc.tuple(...spec.cells.map((cell) => argument(cell, r, c))));
    fc.assert(
      fc.property(args, (spread) => {
        const result = F[spec.name](...spread, ...spec.fixed);
        const shape = expectedShape(spread);
        if (shape === null) {
          const { code, message } = errorOf(result);
          expect(code).toBe("#VALUE!");
          expect(message).toMatch(
            /Die Bereiche passen nicht zusammen: „\w+“ hat \d × \d Zellen, „\w+“ \d × \d\./,
          );
          return;
        }
        if (shape.sized.every((s) => s.cells === null)) {
          // Single values: exactly the single call (its value 1 × 1, or its error value itself).
          const single = KI[spec.name as keyof typeof KI](...spread, ...spec.fixed);
          if (single instanceof FakeCustomFunctionsError)
            expect(comparable(result)).toEqual(comparable(single));
          else expect(result).toEqual([[single]]);
          return;
        }
        const table = result as unknown[][];
        expect(table.map((r) => r.length)).toEqual(Array.from({ length: shape.rows }, () => shape.cols));
        for (let r = 0; r < shape.rows; r++) {
          for (let c = 0; c < shape.cols; c++) {
            const elements = shape.sized.map((s, i) =>
              s.cells === null ? spread[i] : s.cells[s.rows === 1 ? 0 : r][s.cols === 1 ? 0 : c],
            );
            const fromRange = shape.sized.some((s, i) => s.cells !== null && isBlank(elements[i]));
            const expected = fromRange ? "" : KI[spec.name as keyof typeof KI](...elements, ...spec.fixed);
            expect(comparable(table[r][c])).toEqual(comparable(expected));
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

// ---- in the formula engine -----------------------------------------------------------------------

/** Cell content for the engine: text with an apostrophe (so "05358" stays text), numbers, blanks. */
function content(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return `'${value}`;
  return value;
}

function engineValue(hf: HyperFormula, sheet: string, row: number, col: number): unknown {
  const v = hf.getCellValue({ sheet: hf.getSheetId(sheet)!, row, col });
  if (v instanceof DetailedCellError) return { error: v.value, message: v.message ?? "" };
  return v;
}

// Engine cells hold no error values here: a single formula referring to an error cell gets the
// engine's propagated error before our function runs (as in Excel), while a range hands the error
// value in; that difference is Excel's, covered by the function-level property above.
const engineKreis = fc.oneof(
  fc.constantFrom(...ENTITIES.map((e) => e.name)),
  fc.constantFrom(...ENTITIES.map((e) => e.key)),
  fc.constantFrom(...ENTITIES.map((e) => Number(e.key))),
  fc.constantFrom("dueren", "Aachen", "Atlantis", null, "", true),
);
const engineYear = fc.oneof(
  fc.integer({ min: 2010, max: 2031 }),
  fc.constantFrom("2016", "abc", 2016.5, null),
);

describe("property: in the formula engine, the spilled table equals the single formulas", () => {
  test("=KI.FOERDERUNG(column; row) against =KI.FOERDERUNG($A2; B$1) per cell", () => {
    const input = fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 4 }))
      .chain(([r, c]) =>
        fc.tuple(
          fc.array(engineKreis, { minLength: r, maxLength: r }),
          fc.array(engineYear, { minLength: c, maxLength: c }),
        ),
      );
    fc.assert(
      fc.property(input, ([kreise, years]) => {
        const r = kreise.length;
        const c = years.length;
        const letter = (i: number) => String.fromCharCode(66 + i); // B, C, …
        // Sheet "P": A2:A(r+1) the Kreise, B1.. the years; "T": one array formula; "E": single formulas.
        const inputs: unknown[][] = [[null, ...years.map(content)], ...kreise.map((k) => [content(k)])];
        const array = [[`=KI.FOERDERUNG(P!A2:A${r + 1},P!B1:${letter(c - 1)}1,"lehrer")`]];
        const single = kreise.map((_, i) =>
          years.map((_, j) => `=KI.FOERDERUNG(P!$A${i + 2},P!${letter(j)}$1,"lehrer")`),
        );
        const hf = buildWorkbook({ P: inputs, T: array, E: single });
        try {
          for (let i = 0; i < r; i++) {
            for (let j = 0; j < c; j++) {
              // A 1 × 1 range is a single value (blank: the single call's "fehlt"); only cells of
              // larger ranges give "".
              const blank = (r > 1 && isBlank(kreise[i])) || (c > 1 && isBlank(years[j]));
              const expected = blank ? "" : engineValue(hf, "E", i, j);
              expect({ i, j, value: engineValue(hf, "T", i, j) }).toEqual({ i, j, value: expected });
            }
          }
        } finally {
          hf.destroy();
        }
      }),
      { numRuns: 40 },
    );
  });

  test("mismatched shapes in the engine: one #VALUE! cell with the message", () => {
    const hf = buildWorkbook({
      P: [
        ["Düren", 2016],
        ["Köln", 2017],
        [null, 2018],
      ],
      T: [["=KI.FOERDERUNG(P!A1:A2,P!B1:B3)", "=KI.STELLEN(P!A1:A2,P!B1:B2)"]],
    });
    expect(engineValue(hf, "T", 0, 0)).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(/„kreis“ hat 2 × 1 Zellen, „jahr“ 3 × 1/),
    });
    // Nothing spilled from the clash; the next formula pairs its equal columns.
    expect(engineValue(hf, "T", 0, 1)).toBe(5.5);
    expect(engineValue(hf, "T", 1, 1)).toBe(8.5);
    hf.destroy();
  });
});
