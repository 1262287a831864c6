/**
 * KI.KOSTEN and KI.EIGENANTEIL as Excel calls them and inside a real formula engine (HyperFormula):
 * values from the hand computation in test/model/costs.test.ts (repeated where used), scenario edits
 * recalculating, and German messages for bad arguments and bad scenario rows.
 */
import "./customFunctionsStub";
import { DetailedCellError, type HyperFormula } from "hyperformula";
import { ENTITIES } from "../../src/model";
import * as COST_WRAPPERS from "../../src/functions/costFunctions";
import { buildWorkbook } from "./formulaEngine";
import { expectResult, na, singleCellView, value as valueError } from "./helpers";

const KI = singleCellView(COST_WRAPPERS);

const SCENARIO: unknown[][] = [
  ["Parameter", "Wert"],
  ["Durchschnittskosten Fachkraftstelle", 72000],
  ["Durchschnittskosten Verwaltungsstelle", 24000],
  ["Durchschnittskosten Lehrerstelle", 84000],
  ["Bezugsjahr Durchschnittskosten", 2024],
  ["Tatsächliche Sachkosten je KI", 60000],
  ["Tarifsteigerung nach Laufzeit", "2 %"],
  ["Ende Stadt Köln", "15.06.2030"],
];
const RANGE = "Szenario!A1:B8";

describe("direct calls, as Excel passes the arguments", () => {
  test.each<[string, unknown[], ReturnType<typeof na> | number]>([
    // Kreis Düren 2024: Fachkraft 5 × (2 × 6.000 + 10 × 6.541) = 387.050
    ["kosten fachkraft", ["Kreis Düren", 2024, "fachkraft", SCENARIO], 387_050],
    ["kosten by key number, art in capitals", [5358, "2024", "FACHKRAFT", SCENARIO], 387_050],
    // Köln 2030 (until 15.06.): 222.698,67 + 8.098,46 + 153.162,01 + 30.000
    ["kosten gesamt, art omitted", ["Köln", 2030, null, SCENARIO], 413_959.14],
    // Köln 2030: 260.797,13 − 178.750
    ["eigenanteil", ["Stadt Köln", 2030, SCENARIO], 82_047.13],
    ["no scenario", ["Düren", 2026], valueError(/fehlen im Szenario: „Durchschnittskosten Fachkraftstelle“/)],
    ["year before the Bezugsjahr", ["Düren", 2023, "lehrer", SCENARIO], valueError(/vor dem Bezugsjahr/)],
    [
      "unknown art",
      ["Düren", 2026, "kaffee", SCENARIO],
      valueError(/„art“: „kaffee“ ist unbekannt; erlaubt sind „gesamt“, „kommunal“, „fachkraft“/),
    ],
    ["ambiguous Kreis", ["Aachen", 2026, "gesamt", SCENARIO], na(/mehrdeutig/)],
    ["a date serial as year", ["Düren", 46023, "gesamt", SCENARIO], valueError(/JAHR/)],
  ])("%s", (_name, args, expected) => {
    const fn = (_name.startsWith("eigenanteil") ? KI.eigenanteil : KI.kosten) as (...a: unknown[]) => unknown;
    expectResult(fn(...args), expected);
  });

  test("eigenanteil without Sachkosten in the scenario names them", () => {
    const rows = SCENARIO.filter((r) => r[0] !== "Tatsächliche Sachkosten je KI");
    expectResult(
      KI.eigenanteil("Düren", 2026, rows),
      valueError(/fehlen im Szenario: „Tatsächliche Sachkosten je KI“\./),
    );
  });
});

function cell(hf: HyperFormula, sheet: string, a1: string): unknown {
  return hf.getCellValue(hf.simpleCellAddressFromString(a1, hf.getSheetId(sheet)!)!);
}

describe("in the formula engine", () => {
  const calc = [
    [`=KI.KOSTEN("Düren",2024,"fachkraft",${RANGE})`],
    [`=KI.EIGENANTEIL("Düren",2024,${RANGE})`],
    [`=ROUND(KI.EIGENANTEIL("Düren",2024,${RANGE})/KI.KOSTEN("Düren",2024,"kommunal",${RANGE})*100,2)`],
    [`=KI.KOSTEN("Düren",2024,"lehrer",${RANGE})-KI.FOERDERUNG("Düren",2024,"lehrer")`],
    [`=KI.EIGENANTEIL("Köln",2030,${RANGE})`],
  ];

  test("values, and every dependent cell follows an edit of the scenario", () => {
    const hf = buildWorkbook({ Szenario: SCENARIO, Rechnung: calc });
    const sheet = hf.getSheetId("Szenario")!;
    expect(cell(hf, "Rechnung", "A1")).toBe(387_050);
    expect(cell(hf, "Rechnung", "A2")).toBe(118_150); // 488.150 − 370.000
    expect(cell(hf, "Rechnung", "A3")).toBe(24.2); // 118.150 / 488.150
    expect(cell(hf, "Rechnung", "A4")).toBe(120_400); // 295.400 − 3,5 × 50.000
    expect(cell(hf, "Rechnung", "A5")).toBeCloseTo(82_047.13, 2);

    // Fachkraft 84.000 € = 7.000 a month: (7.000 + 200) × 1,055 = 7.596 from March;
    // 5 × (2 × 7.000 + 10 × 7.596) = 449.800; Eigenanteil 449.800 + 41.100 + 60.000 − 370.000 = 180.900.
    hf.setCellContents({ sheet, row: 1, col: 1 }, 84000);
    expect(cell(hf, "Rechnung", "A1")).toBe(449_800);
    expect(cell(hf, "Rechnung", "A2")).toBe(180_900);

    // A bad row: every dependent cell is #VALUE! naming the row.
    hf.setCellContents({ sheet, row: 4, col: 1 }, 2020);
    const error = cell(hf, "Rechnung", "A2");
    expect(error).toBeInstanceOf(DetailedCellError);
    expect((error as DetailedCellError).value).toBe("#VALUE!");
    expect((error as DetailedCellError).message).toMatch(
      /^Zeile 5: Parameter „Bezugsjahr Durchschnittskosten“: Bezugsjahr 2020 liegt vor den hinterlegten Tarifrunden/,
    );
    // The grants do not depend on cost rows, but the same table is refused as a whole.
    expect((cell(hf, "Rechnung", "A4") as DetailedCellError).value).toBe("#VALUE!");
  });

  test("SUM of KI.KOSTEN and KI.EIGENANTEIL over the 54 keys: NRW 2024 by hand", () => {
    const rows: unknown[][] = ENTITIES.map((e, i) => [
      e.key === "05334002" ? "Stadt Aachen" : Number(e.key),
      `=KI.KOSTEN(A${i + 1},2024,"fachkraft",${RANGE})`,
      `=KI.EIGENANTEIL(A${i + 1},2024,${RANGE})`,
      `=KI.KOSTEN(A${i + 1},2026,"gesamt",${RANGE})`,
    ]);
    const n = ENTITIES.length;
    rows.push(["Summe", `=SUM(B1:B${n})`, `=SUM(C1:C${n})`, `=SUM(D1:D${n})`]);
    const hf = buildWorkbook({ Szenario: SCENARIO, P: rows });
    // Fachkraft: 31 Kreise × 387.050 + 23 Städte × 309.640 = 11.998.550 + 7.121.720
    expect(cell(hf, "P", `B${n + 1}`)).toBe(19_120_270);
    // Eigenanteil: 31 × 118.150 + 23 × 90.740 = 3.662.650 + 2.087.020
    expect(cell(hf, "P", `C${n + 1}`)).toBe(5_749_670);
    // 2026 gesamt: 31 × 894.841,47 + 23 × 765.952,48 = 27.740.085,57 + 17.616.907,04
    expect(Math.round((cell(hf, "P", `D${n + 1}`) as number) * 100)).toBe(4_535_699_261);
  });
});
