/**
 * KI.BEWILLIGT, KI.AUSGEZAHLT and KI.ABWEICHUNG in a real formula engine (HyperFormula), over tables
 * laid out as the pane creates them. The tables are invented examples. Expected figures are written by
 * hand or taken from the engine's own SUMIF over the table, never from the code under test.
 */
import "./customFunctionsStub";
import { DetailedCellError, type HyperFormula } from "hyperformula";
import { ENTITIES } from "../../src/model";
import { clearLedgerCache } from "../../src/functions/ledger";
import { buildWorkbook } from "./formulaEngine";
import { KI, expectResult, value as valueError } from "./helpers";

const B = ["Kreis", "Jahr", "Bescheid-Nr.", "Datum", "Bestandteil", "Betrag", "Bemerkung"];
const Z = ["Kreis", "Datum", "Betrag", "Bescheid-Nr.", "Art"];

/**
 * One 2024 Bescheid per entity of 100.000 € + i € (i = 0 … 53; sum 5.400.000 + 1.431 = 5.401.431 €),
 * a 2023 row for the first ten, keys as text, as a pasted list would have them.
 */
function bescheide(): unknown[][] {
  const rows: unknown[][] = [B];
  ENTITIES.forEach((entity, i) => {
    rows.push([`'${entity.key}`, 2024, `'BRA-2024-${i + 1}`, "'15.02.2024", "gesamt", 100000 + i, null]);
  });
  for (let i = 0; i < 10; i++)
    rows.push([`'${ENTITIES[i].key}`, 2023, `'BRA-2023-${i + 1}`, "'15.02.2023", "gesamt", 99000, null]);
  return rows;
}

const LAST = 1 + ENTITIES.length + 10;
const TABLE = `Bescheide!$A$1:$G$${LAST}`;

function plan(): unknown[][] {
  const rows: unknown[][] = [["Kreis", "Bewilligt 2024"]];
  ENTITIES.forEach((entity, i) => rows.push([`'${entity.key}`, `=KI.BEWILLIGT(A${i + 2},2024,${TABLE})`]));
  const last = ENTITIES.length + 1;
  rows.push(["Summe", `=SUM(B2:B${last})`]);
  rows.push(["Tabelle", `=SUMIF(Bescheide!$B$2:$B$${LAST},2024,Bescheide!$F$2:$F$${LAST})`]);
  return rows;
}

function cell(hf: HyperFormula, sheet: string, a1: string): unknown {
  return hf.getCellValue(hf.simpleCellAddressFromString(a1, hf.getSheetId(sheet)!)!);
}

beforeEach(() => clearLedgerCache());

describe("KI.BEWILLIGT over the 54", () => {
  test("the sum over the 54 equals the table's total for the year (5.401.431 €)", () => {
    const hf = buildWorkbook({ Bescheide: bescheide(), Plan: plan() });
    const sum = cell(hf, "Plan", "B56");
    expect(sum).toBe(5_401_431);
    expect(cell(hf, "Plan", "B57")).toBe(5_401_431);
    expect(cell(hf, "Plan", "B2")).toBe(100_000);
    expect(cell(hf, "Plan", "B55")).toBe(100_053);
  });

  test("editing a row of the table changes the results", () => {
    const hf = buildWorkbook({ Bescheide: bescheide(), Plan: plan() });
    const sheet = hf.getSheetId("Bescheide")!;
    // Row 2 is the first entity's 2024 Bescheid: 100.000 € -> 123.456,78 €.
    hf.setCellContents({ sheet, row: 1, col: 5 }, 123456.78);
    expect(cell(hf, "Plan", "B2")).toBe(123_456.78);
    expect(cell(hf, "Plan", "B56")).toBeCloseTo(5_401_431 + 23_456.78, 6);
    expect(cell(hf, "Plan", "B57")).toBeCloseTo(5_401_431 + 23_456.78, 6);
    // A bad row (negative amount) turns the results it could concern into #VALUE! with the row named.
    hf.setCellContents({ sheet, row: 1, col: 5 }, -1);
    const error = cell(hf, "Plan", "B2");
    expect(error).toBeInstanceOf(DetailedCellError);
    expect((error as DetailedCellError).message).toMatch(/^KI-Bescheide, Zeile 2: Betrag: -1 ist negativ/);
    expect(cell(hf, "Plan", "B3")).toBe(100_001);
  });

  test("a new Bescheid row for a Kreis adds to its amount", () => {
    const hf = buildWorkbook({ Bescheide: bescheide(), Plan: plan() });
    const sheet = hf.getSheetId("Bescheide")!;
    hf.addRows(sheet, [LAST - 1, 1]);
    hf.setCellContents({ sheet, row: LAST - 1, col: 0 }, [
      [`'${ENTITIES[1].key}`, 2024, "'BRA-2024-N", "'01.09.2024", "gesamt", 5000.5],
    ]);
    expect(cell(hf, "Plan", "B3")).toBe(105_001.5);
  });
});

describe("single calls", () => {
  const grants = [
    B,
    ["Düren", 2024, "D-1", "15.02.2024", "personal", 170000, null],
    ["Düren", 2024, "D-1", "15.02.2024", "sachkosten", 40000, null],
    ["Köln", 2024, "K-1", "15.02.2024", "gesamt", 300000, null],
  ];
  const payments = [
    Z,
    ["Köln", "15.03.2024", 100000, "K-1", "Abschlag"],
    ["Köln", "15.07.2024", 100000, "K-1", "Abschlag"],
    ["Köln", "10.05.2025", 90000, "K-1", "Schlusszahlung"],
    ["Köln", "20.12.2024", 1234.56, "K-1", "Rückzahlung"],
  ];

  test("by component and in all", () => {
    expectResult(KI.bewilligt("Kreis Düren", 2024, grants), 210000);
    expectResult(KI.bewilligt("05358", "2024", grants, "Sachkosten"), 40000);
    expectResult(KI.bewilligt("Düren", 2023, grants), 0);
  });

  test("paid in the calendar year, a Rückzahlung subtracted (cash view)", () => {
    expectResult(KI.ausgezahlt("Köln", 2024, payments), 198765.44);
    expectResult(KI.ausgezahlt("Köln", 2025, payments), 90000);
  });

  test("deviation from the model's grant money: a Kreis in 2024 has 370.000 € (170.000 + 3 × 50.000 + 50.000)", () => {
    expectResult(KI.abweichung("Düren", 2024, grants), 210000 - 370000);
    // Per component: personal 170.000 € granted against the model's 170.000 €.
    expectResult(KI.abweichung("Düren", 2024, grants, "personal"), 0);
    // Köln, a kreisfreie Stadt: 170.000 + 2 × 50.000 + 50.000 = 320.000 €.
    expectResult(KI.abweichung("Köln", 2024, grants), -20000);
  });

  test("refusals are #VALUE! with German messages", () => {
    expectResult(
      KI.bewilligt("Köln", 2024, grants, "personal"),
      valueError(/^Bewilligt ist nur ein Gesamtbetrag \(KI-Bescheide, Zeile 4\)/),
    );
    expectResult(
      KI.bewilligt("Düren", 2024, grants, "lehrer"),
      valueError(/„bestandteil“: „lehrer“ gibt es 2024 in keinem Bescheid/),
    );
    expectResult(
      KI.bewilligt("Düren", 2024, "KI_Bescheide" as never),
      valueError(/„bescheide“ erwartet den Bereich der Tabelle KI-Bescheide mit Kopfzeile/),
    );
    expectResult(
      KI.bewilligt("Düren", 2024, [["Kreis", "Jahr"]]),
      valueError(/Tabelle KI-Bescheide: die Spalten .* fehlen/),
    );
    expectResult(KI.ausgezahlt("Aachen", 2024, payments), { error: "#N/A", message: /mehrdeutig/ });
  });
});
