/**
 * Workbook-level checks: formulas that combine KI functions with ordinary spreadsheet functions,
 * evaluated by a real formula engine (HyperFormula) that calls the same wrappers Excel calls.
 * Expected figures are worked out by hand in catalogue.test.ts's header; repeated here where used.
 */
import "./customFunctionsStub";
import { DetailedCellError, type HyperFormula } from "hyperformula";
import { ENTITIES } from "../../src/model";
import { buildWorkbook } from "./formulaEngine";

const YEARS = [2013, 2016, 2017, 2018, 2025, 2026, 2030];
const COMPONENTS = ["gesamt", "lehrer", "kommunal"];
const COLUMN = (i: number) => String.fromCharCode(66 + i); // B, C, …
const FIRST = 3; // first key row (1-based); rows 1–2 hold year and component headers
const LAST = FIRST + ENTITIES.length - 1;

/**
 * Sheet "Plan": A = the 54 keys (as numbers, as a user pasting keys would get them; Stadt Aachen
 * 5334002), then one column per (year, component) with KI.FOERDERUNG for every key, the column SUM,
 * KI.LANDESMITTEL of the same year and component, and the difference.
 */
function planSheet(): unknown[][] {
  const columns = YEARS.flatMap((year) => COMPONENTS.map((component) => ({ year, component })));
  const rows: unknown[][] = [
    ["Jahr", ...columns.map((c) => c.year)],
    ["Bestandteil", ...columns.map((c) => c.component)],
  ];
  ENTITIES.forEach((entity, i) => {
    const row = FIRST + i;
    rows.push([
      Number(entity.key),
      ...columns.map((_, c) => `=KI.FOERDERUNG($A${row},${COLUMN(c)}$1,${COLUMN(c)}$2)`),
    ]);
  });
  rows.push(["Summe", ...columns.map((_, c) => `=SUM(${COLUMN(c)}${FIRST}:${COLUMN(c)}${LAST})`)]);
  rows.push(["Landesmittel", ...columns.map((_, c) => `=KI.LANDESMITTEL(${COLUMN(c)}$1,${COLUMN(c)}$2)`)]);
  rows.push([
    "Differenz",
    ...columns.map((_, c) => `=ROUND(${COLUMN(c)}${LAST + 1}-${COLUMN(c)}${LAST + 2},2)`),
  ]);
  return rows;
}

function value(hf: HyperFormula, sheet: string, a1: string): unknown {
  const address = hf.simpleCellAddressFromString(a1, hf.getSheetId(sheet)!);
  return hf.getCellValue(address!);
}

describe("sums over KI.FOERDERUNG for all 54 keys equal KI.LANDESMITTEL", () => {
  const hf = buildWorkbook({ Plan: planSheet() });
  const columns = YEARS.length * COMPONENTS.length;

  test.each(Array.from({ length: columns }, (_, c) => [YEARS[Math.floor(c / 3)], COMPONENTS[c % 3], c]))(
    "%s %s",
    (_year, _component, c) => {
      const column = COLUMN(c as number);
      const sum = value(hf, "Plan", `${column}${LAST + 1}`) as number;
      const total = value(hf, "Plan", `${column}${LAST + 2}`) as number;
      expect(typeof sum).toBe("number");
      expect(Math.round(sum * 100)).toBe(Math.round(total * 100));
      expect(value(hf, "Plan", `${column}${LAST + 3}`)).toBe(0);
    },
  );

  test("the sums are the hand-computed totals", () => {
    const at = (year: number, component: string) =>
      value(hf, "Plan", `${COLUMN(YEARS.indexOf(year) * 3 + COMPONENTS.indexOf(component))}${LAST + 1}`);
    // 2016 with Borken's grant from 01.05.2016 (8/12; 13.792.500 / 5.108.333,33 with 7/12 before the review).
    expect(at(2016, "gesamt")).toBeCloseTo(13_815_000, 2);
    expect(at(2016, "lehrer")).toBeCloseTo(5_116_666.67, 2);
    expect(at(2017, "gesamt")).toBeCloseTo(27_160_000, 2);
    expect(at(2026, "gesamt")).toBeCloseTo(29_947_000, 2);
    expect(at(2026, "kommunal")).toBeCloseTo(18_372_000, 2);
  });
});

describe("a scenario range in cells", () => {
  const scenario = [
    ["Parameter", "Wert"],
    ["Betrag je KI", 175000],
    ["Monatsberechnung", "ab Startmonat"],
    [null, null],
  ];
  const calc = [
    ['=KI.LANDESMITTEL(2015,"personal",Szenario!A1:B4)'],
    ["=KI.ZENTREN(2016,Szenario!A1:B4)"],
    ['=KI.FOERDERUNG("Kleve",2016,,Szenario!A1:B4)'],
    ["=SUMPRODUCT((KI.LANDESMITTEL(2016,,Szenario!A1:B4)=KI.LANDESMITTEL(2016))*1)"],
  ];

  test("results follow edits of the assumptions", () => {
    const hf = buildWorkbook({ Szenario: scenario, Rechnung: calc });
    const sheet = hf.getSheetId("Szenario")!;
    expect(value(hf, "Rechnung", "A1")).toBe(49 * 175_000);
    expect(value(hf, "Rechnung", "A2")).toBe(52);
    expect(value(hf, "Rechnung", "A3")).toBe(0);

    hf.setCellContents({ sheet, row: 1, col: 1 }, 180000);
    expect(value(hf, "Rechnung", "A1")).toBe(49 * 180_000);

    // Kleve's centre opened on 01.01.2016 in this scenario: 53 centres, 180.000 + 100.000 for Kleve.
    hf.setCellContents({ sheet, row: 3, col: 0 }, [["Start Kreis Kleve", "01.01.2016"]]);
    expect(value(hf, "Rechnung", "A2")).toBe(53);
    expect(value(hf, "Rechnung", "A3")).toBe(280_000);

    // A wrong entry turns every dependent cell into #VALUE! with the row named.
    hf.setCellContents({ sheet, row: 2, col: 1 }, "jeden zweiten Monat");
    const error = value(hf, "Rechnung", "A1");
    expect(error).toBeInstanceOf(DetailedCellError);
    expect((error as DetailedCellError).value).toBe("#VALUE!");
    expect((error as DetailedCellError).message).toMatch(/^Zeile 3: .*Monatsberechnung/);
  });
});

describe("a scenario range with a user column inserted", () => {
  // The same assumptions as above; 49 × 175.000 € in 2015 and 52 centres in 2016 (hand-computed there).
  const formulas = (range: string) => [
    [`=KI.LANDESMITTEL(2015,"personal",${range})`],
    [`=KI.ZENTREN(2016,${range})`],
    [`=KI.LANDESMITTEL(2016,"gesamt",${range})`],
  ];
  const plain = [
    ["Parameter", "Wert"],
    ["Betrag je KI", 175000],
    ["Start Kreis Kleve", "01.01.2016"],
  ];
  const layouts: [string, unknown[][], string][] = [
    ["before both", plain.map((r, i) => [i === 0 ? "Notiz" : "meine Notiz", ...r]), "S!A1:C3"],
    ["between them", plain.map((r, i) => [r[0], i === 0 ? "Bemerkung" : 12345, r[1]]), "S!A1:C3"],
    ["swapped, after a column", plain.map((r) => [null, r[1], r[0]]), "S!A1:C3"],
  ];

  test.each(layouts)("a column %s: the same results as the plain table", (_name, rows, range) => {
    const hf = buildWorkbook({ P: plain, S: rows, R: [...formulas("P!A1:B3"), ...formulas(range)] });
    expect(value(hf, "R", "A1")).toBe(49 * 175_000);
    expect(value(hf, "R", "A2")).toBe(53);
    for (const row of [1, 2, 3]) expect(value(hf, "R", `A${row + 3}`)).toBe(value(hf, "R", `A${row}`));
  });

  test("without the headers the first two columns are read, as before", () => {
    const hf = buildWorkbook({
      S: [
        ["Betrag je KI", 175000, "Bemerkung"],
        ["Start Kreis Kleve", "01.01.2016", 1],
      ],
      R: formulas("S!A1:C2"),
    });
    expect(value(hf, "R", "A1")).toBe(49 * 175_000);
    expect(value(hf, "R", "A2")).toBe(53);
  });
});

describe("errors and ordinary functions around KI functions", () => {
  const hf = buildWorkbook({
    T: [
      [
        '=KI.FOERDERUNG("Aachen",2016)',
        '=IFERROR(KI.FOERDERUNG("Aachen",2016),-1)',
        "=ISNA(KI.LANDESMITTEL(2011))",
      ],
      ["=KI.LANDESMITTEL(2016)+KI.LANDESMITTEL(2011)", "=KI.FOERDERUNG(NA(),2016)", "=KI.LANDESMITTEL(1/0)"],
      ["'2016", "=KI.LANDESMITTEL(A3)", "=KI.LANDESMITTEL(2016,D3)"],
      [
        "=KI.ZENTREN(DATE(2018,9,1))",
        '=KI.INFO("Kleve","start")=DATE(2018,9,1)',
        '=KI.STELLEN("Köln",2017,"kommunal")',
      ],
      [
        "=KI.FOERDERUNG(A1:A2,B1:B3)",
        '=KI.FOERDERUNG("Düren",TRUE())',
        '=ROUND(KI.FOERDERUNG("Borken",2016)/12,2)',
      ],
      [
        '=KI.INFO(5334002,"name")&" ("&KI.INFO("Stadt Aachen","schluessel")&")"',
        '=KI.LANDESMITTEL(2016,"Kaffee")',
        null,
      ],
    ],
  });

  test.each([
    ["A1", { error: "#N/A", message: /mehrdeutig/ }],
    ["B1", -1],
    ["C1", true],
    ["A2", { error: "#N/A", message: /2011/ }],
    ["B2", { error: "#N/A", message: /^$/ }], // NA() propagates before our function runs, as in Excel
    ["C2", { error: "#DIV/0!", message: /^$/ }],
    ["B3", 13_815_000], // the text "2016" in a cell
    ["C3", 13_815_000], // an empty cell as bestandteil = "gesamt"
    ["A4", 54],
    ["B4", true],
    ["C4", 5.5],
    // Ranges spread the call (broadcast.ts); two columns of different lengths do not pair.
    ["A5", { error: "#VALUE!", message: /„kreis“ hat 2 × 1 Zellen, „jahr“ 3 × 1/ }],
    ["B5", { error: "#VALUE!", message: /WAHR\/FALSCH/ }],
    ["C5", 15_000], // Borken 2016: 180.000 € (grant from 01.05.2016) / 12
    ["A6", "Stadt Aachen (05334002)"],
    ["B6", { error: "#VALUE!", message: /kaffee/ }],
  ])("%s", (cell, expected) => {
    const actual = value(hf, "T", cell);
    if (typeof expected === "object") {
      expect(actual).toBeInstanceOf(DetailedCellError);
      expect((actual as DetailedCellError).value).toBe(expected.error);
      expect((actual as DetailedCellError).message ?? "").toMatch(expected.message);
    } else {
      expect(actual).toBe(expected);
    }
  });
});

describe("spilled tables", () => {
  const hf = buildWorkbook({
    S: [
      [
        "=KI.LUECKEN(2016)",
        null,
        null,
        "=ROWS(KI.REGISTERTABELLE(2016))",
        "=INDEX(KI.REGISTERTABELLE(2016),2,2)",
      ],
      [
        null,
        null,
        null,
        "=KI.ZENTREN(2016)=54-ROWS(KI.LUECKEN(2016))",
        '=COUNTIF(KI.REGISTERTABELLE(2016),"aktiv")',
      ],
      [null, null, null, "=SUM(R!G2:G55)", null],
    ],
    R: [["=KI.REGISTERTABELLE(2016)"]],
  });

  test("KI.LUECKEN spills key, name and type", () => {
    expect(
      hf
        .getSheetValues(hf.getSheetId("S")!)
        .slice(0, 2)
        .map((row) => row.slice(0, 3)),
    ).toEqual([
      ["05154", "Kleve", "Kreis"],
      ["05166", "Viersen", "Kreis"],
    ]);
  });

  test("KI.REGISTERTABELLE combines with ROWS, INDEX, COUNTIF and SUM", () => {
    expect(value(hf, "S", "D1")).toBe(55);
    expect(value(hf, "S", "E1")).toBe("Düsseldorf");
    expect(value(hf, "S", "D2")).toBe(true);
    expect(value(hf, "S", "E2")).toBe(52);
    // The whole table spilled on sheet R: posts on 31.12.2016 are 52 working centres × 5,5.
    expect(value(hf, "R", "A1")).toBe("Schlüssel");
    expect(value(hf, "R", "B55")).toBe("Unna"); // rows in key order; 05978 is the last key
    expect(value(hf, "R", "I55")).toMatch(/^angenommen: .*Jahreswechsel 2012\/13/);
    expect(value(hf, "S", "D3")).toBe(52 * 5.5);
  });
});

test("posts over all 54 on 31.12.2026: 31 Kreise × 10 + 23 Städte × 8,5", () => {
  const rows = ENTITIES.map((e) => [
    e.key === "05334002" ? "Stadt Aachen" : Number(e.key),
    `=KI.STELLEN(A${ENTITIES.indexOf(e) + 1},2026)`,
  ]);
  rows.push(["Summe", `=SUM(B1:B${ENTITIES.length})`]);
  const hf = buildWorkbook({ P: rows });
  expect(value(hf, "P", `B${ENTITIES.length + 1}`)).toBe(31 * 10 + 23 * 8.5);
});
