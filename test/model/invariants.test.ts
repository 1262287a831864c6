import fc from "fast-check";
import {
  ENTITIES,
  foerderung,
  fundingYear,
  landesmittel,
  parseScenario,
  type Scenario,
} from "../../src/model";
import { DEFAULT_SCENARIO } from "../../src/model";

const YEARS = Array.from({ length: 19 }, (_, i) => 2012 + i);

function checkSums(year: number, s: Scenario): void {
  const result = fundingYear(year, s);
  for (const component of result.componentIds) {
    let sum = result.totals[component].minus(result.totals[component]);
    for (const entity of ENTITIES) sum = sum.plus(foerderung(entity.key, year, component, s));
    expect([year, component, sum.toFixed(2)]).toEqual([
      year,
      component,
      landesmittel(year, component, s).toFixed(2),
    ]);
  }
  for (const [key, amounts] of result.byEntity) {
    const parts = result.componentIds.filter((id) => id !== "gesamt");
    const sum = parts.reduce((acc, id) => acc.plus(amounts[id]), amounts.gesamt.minus(amounts.gesamt));
    expect([key, sum.toFixed(2)]).toEqual([key, amounts.gesamt.toFixed(2)]);
    for (const id of result.componentIds) expect(amounts[id].decimalPlaces()).toBeLessThanOrEqual(2);
  }
}

describe("sum over the 54 equals Landesmittel to the cent, every year 2012..2030, every component", () => {
  test.each(YEARS)("%i, default scenario", (year) => checkSums(year, DEFAULT_SCENARIO));

  // Odd amounts and a rate make every month fraction round: the invariant must hold by construction.
  const odd = parseScenario([
    ["Betrag je KI", "170.000,01 €"],
    ["Betrag je kommunale Stelle", "57.000,07"],
    ["Wert je Lehrerstelle", "49.999,99"],
    ["Sachkosten je KI", "33.333,33"],
    ["Steigerung pro Jahr", "2,37 %"],
    ["Basisjahr Steigerung", 2014],
    ["Zusätzliches KI Köln", "17.03.2019"],
    ["Start Kreis Kleve", "31.05.2017"],
  ]).scenario;
  test.each(YEARS)("%i, odd scenario", (year) => checkSums(year, odd));

  test("for random scenarios", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40_000_000 }),
        fc.integer({ min: -500, max: 1500 }),
        fc.constantFrom("ab Startmonat", "ab Folgemonat", "ganzes Jahr"),
        fc.integer({ min: 41456, max: 47000 }), // 2013-07-01 .. 2028-09-04
        fc.integer({ min: 2013, max: 2030 }),
        (cents, basisPoints, basis, startSerial, year) => {
          const { scenario, issues } = parseScenario([
            ["Wert je Lehrerstelle", cents / 100],
            ["Steigerung pro Jahr", basisPoints / 10000],
            ["Monatsberechnung", basis],
            ["Start Unna", startSerial],
            ["Zusätzliches KI 05358", startSerial],
          ]);
          expect(issues).toEqual([]);
          checkSums(year, scenario);
        },
      ),
      { numRuns: 60 },
    );
  });
});
