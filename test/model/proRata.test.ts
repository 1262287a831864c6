import { fundingYear, type ProRataBasis } from "../../src/model";
import { countedMonths } from "../../src/model/proRata";
import type { Centre } from "../../src/model";
import { cents, scenario } from "./helpers";

const BASES: Record<ProRataBasis, string> = {
  startMonth: "ab Startmonat",
  followingMonth: "ab Folgemonat",
  wholeYear: "ganzes Jahr",
};

/** Köln in 2014 under rl-2012: 170.000 € + 2 × 50.000 € a year. x/12 of it, rounded per component. */
const KOELN_2014: Record<number, Record<string, string>> = {
  0: { personal: "0.00", lehrer: "0.00", gesamt: "0.00" },
  1: { personal: "14166.67", lehrer: "8333.33", gesamt: "22500.00" },
  5: { personal: "70833.33", lehrer: "41666.67", gesamt: "112500.00" },
  6: { personal: "85000.00", lehrer: "50000.00", gesamt: "135000.00" },
  9: { personal: "127500.00", lehrer: "75000.00", gesamt: "202500.00" },
  10: { personal: "141666.67", lehrer: "83333.33", gesamt: "225000.00" },
  12: { personal: "170000.00", lehrer: "100000.00", gesamt: "270000.00" },
};

describe("pro rata by calendar months (Köln 2014 with a scenario start or end)", () => {
  test.each<[string, Array<[string, string]>, ProRataBasis, number]>([
    ["start on the 1st", [["Start Köln", "01.03.2014"]], "startMonth", 10],
    ["start on the 1st", [["Start Köln", "01.03.2014"]], "followingMonth", 10],
    ["start on the 1st", [["Start Köln", "01.03.2014"]], "wholeYear", 12],
    ["start on the last day of a month", [["Start Köln", "31.03.2014"]], "startMonth", 10],
    ["start on the last day of a month", [["Start Köln", "31.03.2014"]], "followingMonth", 9],
    ["start on the last day of a month", [["Start Köln", "31.03.2014"]], "wholeYear", 12],
    ["start in December", [["Start Köln", "15.12.2014"]], "startMonth", 1],
    ["start in December", [["Start Köln", "15.12.2014"]], "followingMonth", 0],
    ["start in December", [["Start Köln", "15.12.2014"]], "wholeYear", 12],
    ["start on 1 December", [["Start Köln", "01.12.2014"]], "followingMonth", 1],
    ["start after the year", [["Start Köln", "01.01.2015"]], "startMonth", 0],
    ["start after the year", [["Start Köln", "01.01.2015"]], "followingMonth", 0],
    ["start after the year", [["Start Köln", "01.01.2015"]], "wholeYear", 0],
    ["end mid-June", [["Ende Köln", "15.06.2014"]], "startMonth", 6],
    ["end mid-June", [["Ende Köln", "15.06.2014"]], "followingMonth", 5],
    ["end mid-June", [["Ende Köln", "15.06.2014"]], "wholeYear", 12],
    ["end on 30 June", [["Ende Köln", "30.06.2014"]], "followingMonth", 6],
    ["end on 1 January", [["Ende Köln", "01.01.2014"]], "startMonth", 1],
    ["end on 1 January", [["Ende Köln", "01.01.2014"]], "followingMonth", 0],
    ["end the year before", [["Ende Köln", "31.12.2013"]], "wholeYear", 0],
  ])("%s %j, %s: %i/12", (_label, pairs, basis, months) => {
    const s = scenario(...pairs, ["Monatsberechnung", BASES[basis]]);
    const result = fundingYear(2014, s);
    expect(result.centres.find((c) => c.centre.entityKey === "05315")!.months).toBe(months);
    expect(cents(result.byEntity.get("05315")!)).toEqual(KOELN_2014[months]);
  });
});

describe("the seeds' openings in 2016", () => {
  test.each<[string, string, ProRataBasis, string]>([
    // Borken opened on 28.06.2016, but its grant started on 01.05.2016 (vorzeitiger Maßnahmebeginn,
    // Kreis Borken Vorlage): money counts from May. Before the second source review: 157.500 / 135.000 €.
    ["05554", "Borken Förderbeginn 01.05.2016", "startMonth", "180000.00"],
    ["05554", "Borken Förderbeginn 01.05.2016", "followingMonth", "180000.00"],
    ["05554", "Borken Förderbeginn 01.05.2016", "wholeYear", "270000.00"],
    ["05566", "Steinfurt 29.06.2016", "startMonth", "157500.00"],
    ["05558", "Coesfeld 12.02.2016", "startMonth", "247500.00"],
    ["05558", "Coesfeld 12.02.2016", "followingMonth", "225000.00"],
  ])("%s (%s), %s: %s €", (key, _label, basis, expected) => {
    const s = scenario(["Monatsberechnung", BASES[basis]]);
    expect(fundingYear(2016, s).byEntity.get(key)!.gesamt.toFixed(2)).toBe(expected);
  });

  test("Borken by component: 8/12 (May to December, from the grant start)", () => {
    expect(cents(fundingYear(2016).byEntity.get("05554")!)).toEqual({
      personal: "113333.33",
      lehrer: "66666.67",
      gesamt: "180000.00",
    });
  });

  test.each<[ProRataBasis, string]>([
    ["startMonth", "157500.00"],
    ["followingMonth", "135000.00"],
  ])("Borken with „Förderbeginn Borken“ = opening 28.06.2016, %s: %s €", (basis, expected) => {
    const s = scenario(["Förderbeginn Borken", "28.06.2016"], ["Monatsberechnung", BASES[basis]]);
    expect(fundingYear(2016, s).byEntity.get("05554")!.gesamt.toFixed(2)).toBe(expected);
  });
});

describe("countedMonths", () => {
  const centre = (start: string, end?: string): Centre => ({
    id: "test",
    entityKey: "05315",
    start,
    startKnown: start,
    startStatus: "belegt",
    startBoundOnly: false,
    origin: "data",
    sources: [],
    ...(end !== undefined ? { end } : {}),
  });
  const asString = (months: boolean[]) => months.map((m) => (m ? "x" : ".")).join("");

  test.each<[string, string | undefined, ProRataBasis, string]>([
    ["2016-06-28", undefined, "startMonth", ".....xxxxxxx"],
    ["2016-06-28", undefined, "followingMonth", "......xxxxxx"],
    ["2016-06-01", undefined, "followingMonth", ".....xxxxxxx"],
    ["2016-06-28", undefined, "wholeYear", "xxxxxxxxxxxx"],
    ["2015-01-01", "2016-03-15", "startMonth", "xxx........."],
    ["2015-01-01", "2016-03-15", "followingMonth", "xx.........."],
    ["2016-02-29", "2016-02-29", "startMonth", ".x.........."],
    ["2016-02-29", "2016-02-29", "followingMonth", "............"],
    ["2017-01-01", undefined, "wholeYear", "............"],
  ])("start %s end %s, %s", (start, end, basis, expected) => {
    expect(asString(countedMonths(centre(start, end), 2016, basis))).toBe(expected);
  });
});
