import {
  cellAddress,
  columnLetters,
  defaultComparisonYears,
  scenarioReference,
  scenarioTableName,
  validateScenarioName,
} from "../../src/excel/naming";
import {
  escapeColumn,
  formulaString,
  normalizeEntityKey,
  scenarioColumnHeader,
} from "../../src/excel/tables";

describe("validateScenarioName", () => {
  test.each([
    ["Basis", null],
    ["Ausbau 2027", null],
    ["Größer (+10 %)", null],
    ["x".repeat(22), null],
    ["x".repeat(23), /höchstens 22/],
    ["", /Namen/],
    ["  ", /Namen/],
    ["a:b", /Zeichen/],
    ["a\\b", /Zeichen/],
    ["a/b", /Zeichen/],
    ["a?b", /Zeichen/],
    ["a*b", /Zeichen/],
    ["[a]", /Zeichen/],
    ["a\u0007", /Zeichen/],
    ["Plan'", /Apostroph/],
  ])("%j", (name, expected) => {
    const message = validateScenarioName(name);
    if (expected === null) expect(message).toBeNull();
    else expect(message).toMatch(expected);
  });

  test("taken sheet names are compared without case and surrounding spaces", () => {
    expect(validateScenarioName(" basis ", ["Szenario Basis"])).toMatch(/gibt es schon/);
    expect(validateScenarioName("Basis", ["Basis"])).toBeNull();
  });
});

test("table names: only letters, digits, _ and .; numbered when taken", () => {
  expect(scenarioTableName("Ausbau 2027")).toBe("Szenario_Ausbau_2027");
  expect(scenarioTableName("Größer (+10 %)")).toBe("Szenario_Größer___10___");
  expect(scenarioTableName("Basis", ["szenario_basis", "Szenario_Basis_2"])).toBe("Szenario_Basis_3");
  expect(scenarioReference("Szenario_Basis")).toBe("Szenario_Basis[[#All],[Parameter]:[Wert]]");
});

test("structured references escape [ ] # and '", () => {
  expect(escapeColumn("a[b]#c'd")).toBe("a'[b']'#c''d");
  expect(formulaString('a"b')).toBe('"a""b"');
  expect(scenarioColumnHeader("jahr")).toBe("Szenario jahr");
  expect(scenarioColumnHeader("Basis")).toBe("Basis");
});

test.each([
  [0, "A"],
  [25, "Z"],
  [26, "AA"],
  [701, "ZZ"],
  [702, "AAA"],
])("columnLetters(%i) = %s", (i, letters) => {
  expect(columnLetters(i)).toBe(letters);
});

test("cellAddress is 0-based in, A1 out", () => {
  expect(cellAddress(0, 0)).toBe("A1");
  expect(cellAddress(9, 27)).toBe("AB10");
});

test("defaultComparisonYears: the five years after today's", () => {
  expect(defaultComparisonYears(new Date(2025, 5, 1))).toEqual({ fromYear: 2026, toYear: 2030 });
});

test.each([
  [5358, "05358"],
  ["5358", "05358"],
  [" 05358 ", "05358"],
  [5334002, "05334002"],
  ["05334002", "05334002"],
  ["05358-2", "05358-2"],
  [null, ""],
  ["X-1", "X-1"],
])("normalizeEntityKey(%j) = %j", (value, key) => {
  expect(normalizeEntityKey(value)).toBe(key);
});
