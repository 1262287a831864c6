import { compareScenarios, landesmittel, parseScenario } from "../../src/model";

describe("compareScenarios", () => {
  test("each year's Landesmittel per scenario and the difference to the baseline come from the model", () => {
    const rate = [["Steigerung pro Jahr", "2,5 %"]];
    const { years, issues } = compareScenarios(
      [
        { name: "A", rows: [] },
        { name: "B", rows: rate },
      ],
      2026,
      2027,
    );
    expect(issues).toEqual([]);
    const b2027 = years[1].cells[1];
    const expected = landesmittel(2027, "gesamt", parseScenario(rate).scenario);
    expect(b2027.value!.toFixed(2)).toBe(expected.toFixed(2));
    expect(b2027.difference!.toFixed(2)).toBe(expected.minus(landesmittel(2027)).toFixed(2));
    expect(b2027.differencePercent!.toString()).toBe("5.06");
    expect(years[0].cells[0].difference).toBeNull();
    expect(b2027.rules.length).toBeGreaterThan(0);
  });

  test("a year without a rule is an error with the model's message, not 0", () => {
    const { years } = compareScenarios([{ name: "A", rows: [] }], 2010, 2010);
    expect(years[0].cells[0].value).toBeNull();
    expect(() => landesmittel(2010)).toThrow(years[0].cells[0].error!);
  });

  test("invalid rows are reported per scenario", () => {
    const { issues } = compareScenarios([{ name: "X", rows: [["Unsinn", 1]] }], 2026, 2026);
    expect(issues.map((i) => i.name)).toEqual(["X"]);
  });
});
