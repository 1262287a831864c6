import {
  componentIds,
  ENTITIES,
  foerderung,
  fundingYear,
  KiError,
  landesmittel,
  parseScenario,
  stellen,
} from "../../src/model";
import * as proRata from "../../src/model/proRata";
import { cents, eur, scenario } from "./helpers";

const STADT_2012 = { personal: "170000.00", lehrer: "100000.00", gesamt: "270000.00" };
const STADT_2017 = {
  personal: "170000.00",
  zusatzstellen: "100000.00",
  lehrer: "150000.00",
  sachkosten: "50000.00",
  gesamt: "470000.00",
};
const KREIS_2017 = {
  personal: "170000.00",
  zusatzstellen: "150000.00",
  lehrer: "175000.00",
  sachkosten: "50000.00",
  gesamt: "545000.00",
};
const STADT_2025 = {
  fachkraft: "285000.00",
  verwaltung: "22500.00",
  lehrer: "150000.00",
  sachkosten: "50000.00",
  gesamt: "507500.00",
};
const KREIS_2025 = {
  fachkraft: "342000.00",
  verwaltung: "22500.00",
  lehrer: "175000.00",
  sachkosten: "50000.00",
  gesamt: "589500.00",
};

describe("full-year amounts per rule version", () => {
  test.each([
    ["rl-2012, kreisfreie Stadt", "Köln", 2014, STADT_2012],
    ["rl-2012, Kreis", "Kreis Düren", 2015, STADT_2012],
    ["rl-2012, Städteregion", "StädteRegion Aachen", 2016, STADT_2012],
    ["ausbau-2017, kreisfreie Stadt", "Köln", 2017, STADT_2017],
    ["ausbau-2017, Kreis", "Kreis Düren", 2017, KREIS_2017],
    ["ausbau-2017, Stadt Aachen counts as kreisfreie Stadt", "Stadt Aachen", 2017, STADT_2017],
    ["ausbau-2017 / rl-2018 in 2018, Kreis", "Kreis Düren", 2018, KREIS_2017],
    ["rl-2018, kreisfreie Stadt", "Köln", 2020, STADT_2017],
    ["rl-2018, Kreis", "StädteRegion Aachen", 2022, KREIS_2017],
    ["rl-2018 / rl-2023 in 2023, Kreis", "Kreis Düren", 2023, KREIS_2017],
    ["rl-2023, kreisfreie Stadt", "Köln", 2024, STADT_2017],
    ["rl-2023, Kreis", "Kreis Düren", 2024, KREIS_2017],
    ["rl-2025, kreisfreie Stadt", "Köln", 2026, STADT_2025],
    ["rl-2025, Kreis", "Kreis Düren", 2026, KREIS_2025],
    ["rl-2025, open-ended", "Kreis Kleve", 2040, KREIS_2025],
  ])("%s: %s %i", (_label, entity, year, expected) => {
    const result = fundingYear(year);
    const key = ENTITIES.find((e) => e.fullName === entity || e.name === entity)!.key;
    const amounts = cents(result.byEntity.get(key)!);
    for (const [component, value] of Object.entries(expected))
      expect([component, amounts[component]]).toEqual([component, value]);
    expect(eur(foerderung(entity, year))).toBe(expected.gesamt);
  });

  test("2025: January to April under rl-2023, May to December under rl-2025 (rule of the 1st of the month)", () => {
    expect(cents(fundingYear(2025).byEntity.get("05315")!)).toEqual({
      personal: "56666.67",
      zusatzstellen: "33333.33",
      fachkraft: "190000.00",
      verwaltung: "15000.00",
      lehrer: "150000.00",
      sachkosten: "50000.00",
      gesamt: "495000.00",
    });
    expect(cents(fundingYear(2025).byEntity.get("05358")!)).toEqual({
      personal: "56666.67",
      zusatzstellen: "50000.00",
      fachkraft: "228000.00",
      verwaltung: "15000.00",
      lehrer: "175000.00",
      sachkosten: "50000.00",
      gesamt: "574666.67",
    });
    const dueren = fundingYear(2025).centres.find((c) => c.centre.entityKey === "05358")!;
    expect(dueren.ruleByMonth).toEqual([
      ...Array(4).fill("rl-2023-kreis"),
      ...Array(8).fill("rl-2025-kreis"),
    ]);
  });

  test.each([
    [2018, 3, "ausbau-2017-kreis", "rl-2018-kreis"],
    [2023, 3, "rl-2018-kreis", "rl-2023-kreis"],
  ])("%i: the version starting mid-March governs from April", (year, before, oldRule, newRule) => {
    const dueren = fundingYear(year).centres.find((c) => c.centre.entityKey === "05358")!;
    expect(dueren.ruleByMonth).toEqual([...Array(before).fill(oldRule), ...Array(12 - before).fill(newRule)]);
  });
});

describe("Landesmittel per year (sum of the rounded per-centre amounts)", () => {
  test.each([
    // 2012 (second source review: Hagen and Märkischer Kreis from 12.2012): Hagen December
    // 14.166,67 + 8.333,33 €; Märkischer Kreis December only the integration ministry's 14.166,67 €
    // (its teachers from 08.2013). Was 0,00 € before the review.
    [2012, "36666.67"],
    // 2013: Unna, Hagen, Mülheim 12 × 270.000/12; Märkischer Kreis 170.000 + 5/12 × 100.000
    // (41.666,67); StädteRegion, Stadt Aachen, Olpe 6/12; 35 from August 5/12; Höxter, Rhein-Erft 4/12;
    // Lippe 1/12. Oberbergischer Kreis no longer (08.2014). Was 5.265.000,00 € before the review.
    // 3 × 270.000 + 211.666,67 + 3 × 135.000 + 35 × 112.500 + 2 × 90.000 + 22.500
    // = 810.000 + 211.666,67 + 405.000 + 3.937.500 + 180.000 + 22.500 = 5.566.666,67.
    [2013, "5566666.67"],
    // 2014: 45 full years, Mönchengladbach 11/12, Oberbergischer Kreis 5/12 (from August), Heinsberg
    // 4/12, Rhein-Sieg-Kreis 2/12 = 12.150.000 + 247.500 + 112.500 + 90.000 + 45.000. Was 12.802.500,00 €.
    [2014, "12645000.00"],
    [2015, "13230000.00"],
    // 2016: 49 full, Coesfeld 11/12, Borken 8/12 (grant from 01.05.2016, vorzeitiger Maßnahmebeginn),
    // Steinfurt 7/12 = 13.230.000 + 247.500 + 180.000 + 157.500. Was 13.792.500,00 € (Borken 7/12).
    [2016, "13815000.00"],
    // 2017: 23 × 470.000 + 30 × 545.000 (Kleve without centre).
    [2017, "27160000.00"],
    // 2018: as 2017 plus Kleve September to December (181.666,67 €).
    [2018, "27341666.67"],
    [2019, "27705000.00"],
    [2024, "27705000.00"],
    [2025, "29199666.77"],
    [2026, "29947000.00"],
    [2030, "29947000.00"],
  ])("%i: %s €", (year, expected) => {
    expect(eur(landesmittel(year))).toBe(expected);
  });

  test("components are rounded per centre before summing (2013)", () => {
    // personal: 4 × 170.000 + 3 × 85.000 + 35 × 70.833,33 + 2 × 56.666,67 + 14.166,67 (35 × 70.833,33 €
    // instead of 35 × 70.833,333… €: the total shows the per-centre rounding).
    // lehrer: 3 × 100.000 + 3 × 50.000 + 36 × 41.666,67 (35 from August and the Märkischer Kreis'
    // teachers from August) + 2 × 33.333,33 + 8.333,33.
    expect(eur(landesmittel(2013, "personal"))).toBe("3541666.56");
    expect(eur(landesmittel(2013, "lehrer"))).toBe("2025000.11");
  });

  test("2016 by component", () => {
    // Borken 8/12 instead of 7/12: personal +113.333,33 − 99.166,67, lehrer +66.666,67 − 58.333,33.
    expect(eur(landesmittel(2016, "personal"))).toBe("8698333.33");
    expect(eur(landesmittel(2016, "lehrer"))).toBe("5116666.67");
  });

  test("Oberbergischer Kreis: nothing in 2013, 5/12 in 2014 (from August 2014)", () => {
    // 170.000 × 5/12 = 70.833,33; 100.000 × 5/12 = 41.666,67; together 112.500,00.
    expect(eur(foerderung("Oberbergischer Kreis", 2013))).toBe("0.00");
    expect(cents(fundingYear(2014).byEntity.get("05374")!)).toEqual({
      personal: "70833.33",
      lehrer: "41666.67",
      gesamt: "112500.00",
    });
  });

  test("Kleve 2018: 4/12 of the Kreis amounts", () => {
    expect(cents(fundingYear(2018).byEntity.get("05154")!)).toEqual({
      personal: "56666.67",
      zusatzstellen: "50000.00",
      lehrer: "58333.33",
      sachkosten: "16666.67",
      gesamt: "181666.67",
    });
  });

  test("an entity without a centre that year gets 0", () => {
    expect(eur(foerderung("Kreis Kleve", 2017))).toBe("0.00");
    expect(eur(foerderung("Kreis Kleve", 2017, "lehrer"))).toBe("0.00");
    expect(eur(foerderung("Viersen", 2016))).toBe("0.00");
  });
});

describe("years without a rule and bad arguments", () => {
  test.each([
    ["landesmittel", () => landesmittel(2011)],
    ["foerderung", () => foerderung("Köln", 2011)],
    ["componentIds", () => componentIds(2011)],
    ["fundingYear", () => fundingYear(1999)],
    ["stellen", () => stellen("Köln", 2011, "gesamt")],
  ])("%s before the first guideline throws keine_regel", (_name, call) => {
    expect(call).toThrow(expect.objectContaining({ code: "keine_regel" }));
  });

  test("a centre working in a month without a rule throws keine_regel, naming the month", () => {
    const early = scenario(["Start Unna", "01.03.2012"]);
    expect(() => landesmittel(2012, "gesamt", early)).toThrow(
      expect.objectContaining({ code: "keine_regel", message: expect.stringContaining("03.2012") }),
    );
  });

  test("from July 2012 the 2012 guideline applies", () => {
    const july = scenario(["Start Unna", "01.07.2012"]);
    expect(cents(fundingYear(2012, july).byEntity.get("05978")!)).toEqual({
      personal: "85000.00",
      lehrer: "50000.00",
      gesamt: "135000.00",
    });
    // Plus Hagen and the Märkischer Kreis in December 2012 (22.500,00 + 14.166,67 €, second source review).
    expect(eur(landesmittel(2012, "gesamt", july))).toBe("171666.67");
  });

  test("an unknown component is ungueltig and lists the valid ones", () => {
    expect(() => foerderung("Köln", 2016, "sachkosten")).toThrow(
      expect.objectContaining({
        code: "ungueltig",
        message: expect.stringContaining("personal, lehrer, gesamt"),
      }),
    );
    expect(() => landesmittel(2026, "personal")).toThrow(KiError);
  });

  test("component names are case-insensitive", () => {
    expect(eur(foerderung("Köln", 2016, "Personal"))).toBe("170000.00");
  });

  test.each([2016.5, Number.NaN, 10000])("year %p is ungueltig", (year) => {
    expect(() => landesmittel(year)).toThrow(expect.objectContaining({ code: "ungueltig" }));
  });

  test("unknown entity", () => {
    expect(() => foerderung("Atlantis", 2016)).toThrow(expect.objectContaining({ code: "nicht_gefunden" }));
  });
});

describe("componentIds", () => {
  test.each([
    [2012, ["personal", "lehrer", "gesamt"]],
    [2016, ["personal", "lehrer", "gesamt"]],
    [2017, ["personal", "zusatzstellen", "lehrer", "sachkosten", "gesamt"]],
    [2025, ["personal", "zusatzstellen", "fachkraft", "verwaltung", "lehrer", "sachkosten", "gesamt"]],
    [2026, ["fachkraft", "verwaltung", "lehrer", "sachkosten", "gesamt"]],
  ])("%i", (year, ids) => {
    expect(componentIds(year)).toEqual(ids);
    expect(fundingYear(year).componentIds).toEqual(ids);
  });
});

describe("stellen on 31.12.", () => {
  test.each<[string, number, "gesamt" | "kommunal" | "lehrer", string]>([
    ["Köln", 2016, "kommunal", "3.5"],
    ["Köln", 2016, "lehrer", "2"],
    ["Köln", 2016, "gesamt", "5.5"],
    ["Kreis Düren", 2016, "gesamt", "5.5"],
    ["Köln", 2017, "kommunal", "5.5"],
    ["Köln", 2017, "lehrer", "3"],
    ["Köln", 2017, "gesamt", "8.5"],
    ["Kreis Düren", 2017, "kommunal", "6.5"],
    ["Kreis Düren", 2017, "lehrer", "3.5"],
    ["Kreis Düren", 2017, "gesamt", "10"],
    ["Kreis Kleve", 2017, "gesamt", "0"],
    ["Kreis Kleve", 2018, "gesamt", "10"],
    ["Coesfeld", 2015, "gesamt", "0"],
    ["Coesfeld", 2016, "gesamt", "5.5"],
    ["Köln", 2026, "kommunal", "5.5"],
    ["Kreis Düren", 2026, "kommunal", "6.5"],
    ["Kreis Düren", 2026, "gesamt", "10"],
    ["Unna", 2012, "gesamt", "0"],
  ])("%s %i %s = %s", (entity, year, art, expected) => {
    expect(stellen(entity, year, art).toString()).toBe(expected);
  });

  test("unknown kind of post", () => {
    expect(() => stellen("Köln", 2016, "sonstige" as "gesamt")).toThrow(
      expect.objectContaining({
        code: "ungueltig",
        message: expect.stringContaining("gesamt, kommunal, lehrer"),
      }),
    );
  });
});

describe("caching", () => {
  test("the same year and scenario content give the same result object", () => {
    expect(fundingYear(2020)).toBe(fundingYear(2020));
    const a = parseScenario([["Steigerung pro Jahr", "2 %"]]).scenario;
    const b = parseScenario([["Steigerung pro Jahr", 0.02]]).scenario;
    expect(a).not.toBe(b);
    expect(fundingYear(2028, a)).toBe(fundingYear(2028, b));
  });

  // Timings belong in the bench (npm run bench); here the caching itself: 10.000 cell calls over 10
  // years compute each (year, scenario) once, counted by the per-centre month count, and every call
  // answers from the same cached objects.
  test("10.000 cell calls compute each (year, scenario) once and share the cached results", () => {
    const s = scenario(["Steigerung pro Jahr", "2,37 %"]); // content no other test uses
    const years = Array.from({ length: 10 }, (_, i) => 2020 + i);
    const perCentre = jest.spyOn(proRata, "countedMonths");
    try {
      const first = years.map((y) => fundingYear(y, s));
      const centres = first[0].centres.length;
      // One month count per centre and distinct money start: the Märkischer Kreis has two (the integration
      // ministry's part from 12.2012, the teachers from 08.2013), so 54 + 1 per year.
      expect(perCentre).toHaveBeenCalledTimes(years.length * (centres + 1));
      const answers = new Map<string, unknown>();
      for (let i = 0; i < 10_000; i++) {
        const entity = ENTITIES[i % ENTITIES.length];
        const year = years[i % years.length];
        const amount = foerderung(entity.key, year, "gesamt", s);
        const seen = answers.get(`${entity.key}/${year}`);
        if (seen === undefined) answers.set(`${entity.key}/${year}`, amount);
        else expect(amount).toBe(seen);
      }
      expect(perCentre).toHaveBeenCalledTimes(years.length * (centres + 1));
      expect(years.map((y) => fundingYear(y, s))).toEqual(first);
      years.forEach((y, i) => expect(fundingYear(y, s)).toBe(first[i]));
    } finally {
      perCentre.mockRestore();
    }
  });
});
