/** The cell-by-cell rules of Festschreiben (pure), table-driven; expected texts written by hand. */
import {
  affectedSheets,
  asConstant,
  callsKi,
  copyName,
  referencedSheets,
  rewriteReferences,
  type WorkbookShape,
} from "../../src/excel/freezePlan";
import { kiFunctionsIn } from "../../src/excel/freezeSources";

test.each([
  ["=KI.LANDESMITTEL(2016)", true],
  ['=ki.info("Borken","start")', true],
  ["=ROUND(KI.ZENTREN(2016),0)", true],
  ['="KI.LANDESMITTEL(2016)"', false],
  ["=MEINKI.LANDESMITTEL(2016)", false],
  ["=SUM(A1:A3)", false],
])("callsKi(%s) = %s", (formula, expected) => expect(callsKi(formula)).toBe(expected));

test("kiFunctionsIn names each function once, outside strings", () => {
  expect(kiFunctionsIn('=KI.LANDESMITTEL(A1)+KI.landesmittel(A2)&"KI.INFO(x)"&KI.ZENTREN(2016)')).toEqual([
    "LANDESMITTEL",
    "ZENTREN",
  ]);
});

const shape: WorkbookShape = {
  formulas: new Map<string, unknown[][]>([
    ["Plan", [["=KI.LANDESMITTEL(2016)", "=A1*2"]]],
    ["Auswertung", [["=Plan!B1"]]],
    ["Zweite Stufe", [["='Auswertung'!A1+1"]]],
    ["Tabellen", [["=SUM(T_Plan[Betrag])"]]],
    ["Frei", [["=1+1", "Plan!A1"]]],
    ["O'Brien", [["=2"]]],
  ]),
  tableSheets: new Map([["T_Plan", "Plan"]]),
};

test("affected: KI sheets and every sheet that refers to one, also through others and tables", () => {
  expect([...affectedSheets(shape)].sort()).toEqual(["Auswertung", "Plan", "Tabellen", "Zweite Stufe"]);
});

test.each([
  ["=Plan!A1+'Zweite Stufe'!A1", ["Plan", "Zweite Stufe"]],
  ["='O''Brien'!A1", ["O'Brien"]],
  ['="Plan!A1"&Frei!A1', ["Frei"]],
  ["=T_Plan[@Betrag]", ["Plan"]],
  ["=Unbekannt!A1", []],
])("referencedSheets(%s)", (formula, expected) =>
  expect([...referencedSheets(formula, shape)].sort()).toEqual(expected),
);

test.each([
  ["=Plan!B6*2", "='Plan (fest)'!B6*2"],
  ["='Plan'!C2+1", "='Plan (fest)'!C2+1"],
  ["=plan!A1", "='Plan (fest)'!A1"],
  ['="Plan!A1"', '="Plan!A1"'],
  ["=SUM(T_Plan[Betrag])", "=SUM(T_Plan2[Betrag])"],
  ["=Frei!A1", "=Frei!A1"],
])("rewriteReferences(%s) = %s", (formula, expected) =>
  expect(
    rewriteReferences(formula, {
      sheets: new Map([["Plan", "Plan (fest)"]]),
      tables: new Map([["T_Plan", "T_Plan2"]]),
    }),
  ).toBe(expected),
);

test("copy names: suffix, Excel's 31 characters, numbered when taken", () => {
  expect(copyName("Plan", [])).toBe("Plan (fest)");
  expect(copyName("Plan", ["plan (FEST)"])).toBe("Plan (fest 2)");
  const long = "Haushaltsplanung Integration 2027";
  expect(copyName(long, [])).toBe("Haushaltsplanung Integra (fest)");
  expect(copyName(long, []).length).toBeLessThanOrEqual(31);
});

test.each([
  [5358, "General", 5358],
  [true, "General", true],
  ["05358", "General", "'05358"],
  ["=x", "General", "'=x"],
  ["05358", "@", "05358"],
  ["", "General", ""],
  ["#N/A", "General", "#N/A"],
])("asConstant(%p, %s) = %p", (value, format, expected) => expect(asConstant(value, format)).toBe(expected));
