/**
 * The cost model against figures worked out by hand (the arithmetic is in the comments; nothing here
 * is computed by the model under test), the pay-round data, the refusals, and the sums over the 54.
 */
import Decimal from "decimal.js";
import {
  COST_ARTS,
  ENTITIES,
  KiError,
  compareMunicipalShare,
  PAY_SERIES,
  PAY_STEPS,
  POST_SPLIT,
  RULES,
  SOURCES,
  costYear,
  eigenanteil,
  eigenanteilNrw,
  foerderung,
  kosten,
  kostenNrw,
  lehrerVergleich,
  monthlyLevels,
  parseScenario,
  payStepsOf,
} from "../../src/model";
import { eur, scenario } from "./helpers";

/**
 * The hand-computed scenario. Monthly levels (= yearly cost / 12, grown along the pay rounds; a step
 * counts from the month it starts in, all steps start on the 1st):
 *
 * Fachkraft 72.000 € → 6.000 €/month (TVöD):
 *   01.03.2024: (6.000 + 200) × 1,055 = 6.541 (increase 541 ≥ 340: the minimum does not bind)
 *   01.04.2025: 6.541 × 1,03 = 6.737,23 (increase 196,23 ≥ 110)
 *   01.05.2026: 6.737,23 × 1,028 = 6.925,87244
 *   after the term (31.03.2027), assumed 2 % on 01.04. of each year:
 *   01.04.2027: 7.064,3898888; 01.04.2028: 7.205,677686576; 01.04.2029: 7.349,79124030752;
 *   01.04.2030: 7.496,7870651136704
 * Verwaltung 24.000 € → 2.000 €/month (TVöD; chosen low so that the minimum amounts bind):
 *   01.03.2024: (2.000 + 200) × 1,055 = 2.321, increase 321 < 340 → 2.000 + 340 = 2.340
 *   01.04.2025: 2.340 × 1,03 = 2.410,20, increase 70,20 < 110 → 2.340 + 110 = 2.450
 *   01.05.2026: 2.450 × 1,028 = 2.518,60; then × 1,02 each 01.04.: 2.568,972 (2027); 2.620,35144 (2028);
 *   2.672,7584688 (2029); 2.726,213638176 (2030)
 * Lehrer 84.000 € → 7.000 €/month (TV-L / Besoldung NRW):
 *   01.11.2024: 7.000 + 200 = 7.200
 *   01.02.2025: 7.200 × 1,055 = 7.596 (increase 396 ≥ 140)
 *   01.04.2026: 7.596 × 1,028 = 7.808,688 (increase 212,688 ≥ 100)
 *   01.03.2027: × 1,02 = 7.964,86176;  01.01.2028: × 1,01 = 8.044,5103776
 *   after the term (31.01.2028), assumed 2 % on 01.02.: 8.205,400585152 (2028); 8.369,50859685504 (2029);
 *   8.536,8987687921408 (2030)
 * Sachkosten 60.000 € → 5.000 €/month, flat.
 *
 * Posts by kind (guideline valid on the 1st of the month; the 2025 version from May 2025):
 *   Kreis, Jan 2024 – Apr 2025: personal 3,5 = 2 F + 1,5 V, zusatzstellen 3 F → F 5, V 1,5; Lehrer 3,5
 *   Kreis, from May 2025: fachkraft 6 F, verwaltung 0,5 V; Lehrer 3,5
 *   Stadt, Jan 2024 – Apr 2025: F 2 + 2 = 4, V 1,5; Lehrer 3;   from May 2025: F 5, V 0,5; Lehrer 3
 */
const HAND = scenario(
  ["Durchschnittskosten Fachkraftstelle", "72.000 €"],
  ["Durchschnittskosten Verwaltungsstelle", 24000],
  ["Durchschnittskosten Lehrerstelle", "84.000,00 €"],
  ["Bezugsjahr Durchschnittskosten", 2024],
  ["Tatsächliche Sachkosten je KI", 60000],
  ["Tarifsteigerung nach Laufzeit", "2 %"],
  ["Ende Stadt Köln", "15.06.2030"],
);

type Row = [
  year: number,
  f: string,
  v: string,
  l: string,
  s: string,
  grant: string,
  share: string,
  pct: string,
];

/**
 * Kreis Düren (whole years). Each cost is posts × months × level, summed, rounded once:
 * 2024 F: 5×2×6.000 + 5×10×6.541 = 387.050
 *      V: 1,5×2×2.000 + 1,5×10×2.340 = 41.100;  L: 3,5×10×7.000 + 3,5×2×7.200 = 295.400
 * 2025 F: 5×3×6.541 + 5×1×6.737,23 + 6×8×6.737,23 = 455.188,19
 *      V: 1,5×3×2.340 + 1,5×1×2.450 + 0,5×8×2.450 = 24.005;  L: 3,5×1×7.200 + 3,5×11×7.596 = 317.646
 * 2026 F: 6×4×6.737,23 + 6×8×6.925,87244 = 494.135,39712 → 494.135,40
 *      V: 0,5×4×2.450 + 0,5×8×2.518,6 = 14.974,40;  L: 3,5×3×7.596 + 3,5×9×7.808,688 = 325.731,672 → ,67
 * 2027 F: 6×3×6.925,87244 + 6×9×7.064,3898888 = 506.142,7579152 → 506.142,76
 *      V: 0,5×3×2.518,6 + 0,5×9×2.568,972 = 15.338,274 → ,27
 *      L: 3,5×2×7.808,688 + 3,5×10×7.964,86176 = 333.430,9776 → ,98
 * 2028 F: 6×3×7.064,3898888 + 6×9×7.205,677686576 = 516.265,613073504 → ,61
 *      V: 0,5×3×2.568,972 + 0,5×9×2.620,35144 = 15.645,03948 → ,04
 *      L: 3,5×1×8.044,5103776 + 3,5×11×8.205,400585152 = 344.063,708849952 → ,71
 * 2029 F: 6×3×7.205,677686576 + 6×9×7.349,79124030752 = 526.590,92533497408 → ,93
 *      V: 0,5×3×2.620,35144 + 0,5×9×2.672,7584688 = 15.957,9402696 → ,94
 *      L: 3,5×1×8.205,400585152 + 3,5×11×8.369,50859685504 = 350.944,98302695104 → ,98
 * 2030 F: 6×3×7.349,79124030752 + 6×9×7.496,7870651136704 = 537.122,7438416735616 → ,74
 *      V: 0,5×3×2.672,7584688 + 0,5×9×2.726,213638176 = 16.277,099074992 → ,10
 *      L: 3,5×1×8.369,50859685504 + 3,5×11×8.536,8987687921408 = 357.963,8826874900608 → ,88
 * Land grant for the municipal posts and Sachkosten (default rules, no increase):
 *   2024: 170.000 + 3 × 50.000 + 50.000 = 370.000
 *   2025: personal 170.000 × 4/12 = 56.666,67; zusatzstellen 150.000 × 4/12 = 50.000;
 *         fachkraft 342.000 × 8/12 = 228.000; verwaltung 22.500 × 8/12 = 15.000; sachkosten 50.000
 *         → 399.666,67
 *   2026–2030: 6 × 57.000 + 22.500 + 50.000 = 414.500
 * Eigenanteil = F + V + S − grant; % = Eigenanteil / (F + V + S), 2 places:
 *   2024: 387.050 + 41.100 + 60.000 = 488.150 − 370.000 = 118.150 (24,20 %)
 *   2025: 455.188,19 + 24.005 + 60.000 = 539.193,19 − 399.666,67 = 139.526,52 (25,88 %)
 *   2026: 494.135,40 + 14.974,40 + 60.000 = 569.109,80 − 414.500 = 154.609,80 (27,17 %)
 *   2027: 506.142,76 + 15.338,27 + 60.000 = 581.481,03 → 166.981,03 (28,72 %)
 *   2028: 516.265,61 + 15.645,04 + 60.000 = 591.910,65 → 177.410,65 (29,97 %)
 *   2029: 526.590,93 + 15.957,94 + 60.000 = 602.548,87 → 188.048,87 (31,21 %)
 *   2030: 537.122,74 + 16.277,10 + 60.000 = 613.399,84 → 198.899,84 (32,43 %)
 */
const KREIS: Row[] = [
  [2024, "387050.00", "41100.00", "295400.00", "60000.00", "370000.00", "118150.00", "24.2"],
  [2025, "455188.19", "24005.00", "317646.00", "60000.00", "399666.67", "139526.52", "25.88"],
  [2026, "494135.40", "14974.40", "325731.67", "60000.00", "414500.00", "154609.80", "27.17"],
  [2027, "506142.76", "15338.27", "333430.98", "60000.00", "414500.00", "166981.03", "28.72"],
  [2028, "516265.61", "15645.04", "344063.71", "60000.00", "414500.00", "177410.65", "29.97"],
  [2029, "526590.93", "15957.94", "350944.98", "60000.00", "414500.00", "188048.87", "31.21"],
  [2030, "537122.74", "16277.10", "357963.88", "60000.00", "414500.00", "198899.84", "32.43"],
];

/**
 * Stadt Köln (kreisfreie Stadt), with "Ende Stadt Köln 15.06.2030": 2030 counts January to June, for
 * cost and grant alike (ab Startmonat: every month with a working day).
 * 2024 F: 4×2×6.000 + 4×10×6.541 = 309.640;  V as the Kreis: 41.100;  L: 3×10×7.000 + 3×2×7.200 = 253.200
 * 2025 F: 4×3×6.541 + 4×1×6.737,23 + 5×8×6.737,23 = 374.930,12;  V 24.005;  L: 3×7.200 + 3×11×7.596 = 272.268
 * 2026 F: 5×4×6.737,23 + 5×8×6.925,87244 = 411.779,4976 → ,50;  V 14.974,40
 *      L: 3×3×7.596 + 3×9×7.808,688 = 279.198,576 → ,58
 * 2027 F: 5×3×6.925,87244 + 5×9×7.064,3898888 = 421.785,631596 → ,63;  V 15.338,27
 *      L: 3×2×7.808,688 + 3×10×7.964,86176 = 285.797,9808 → ,98
 * 2028 F: 5×3×7.064,3898888 + 5×9×7.205,677686576 = 430.221,34422792 → ,34;  V 15.645,04
 *      L: 3×1×8.044,5103776 + 3×11×8.205,400585152 = 294.911,750442816 → ,75
 * 2029 F: 5×3×7.205,677686576 + 5×9×7.349,79124030752 = 438.825,7711124784 → ,77;  V 15.957,94
 *      L: 3×1×8.205,400585152 + 3×11×8.369,50859685504 = 300.809,98545167232 → ,99
 * 2030 (6 months) F: 5×3×7.349,79124030752 + 5×3×7.496,7870651136704 = 222.698,674581317856 → ,67
 *      V: 0,5×3×2.672,7584688 + 0,5×3×2.726,213638176 = 8.098,458160464 → ,46
 *      L: 3×1×8.369,50859685504 + 3×5×8.536,8987687921408 = 153.162,007322447232 → ,01;  S 6 × 5.000
 * Grant: 2024 170.000 + 2 × 50.000 + 50.000 = 320.000; 2025 56.666,67 + 100.000 × 4/12 = 33.333,33 +
 *   285.000 × 8/12 = 190.000 + 15.000 + 50.000 = 345.000; 2026–2029 5 × 57.000 + 22.500 + 50.000 = 357.500;
 *   2030 × 6/12: 142.500 + 11.250 + 25.000 = 178.750
 * Eigenanteil: 2024 309.640 + 41.100 + 60.000 = 410.740 − 320.000 = 90.740 (22,09 %)
 *   2025 374.930,12 + 24.005 + 60.000 = 458.935,12 − 345.000 = 113.935,12 (24,83 %)
 *   2026 411.779,50 + 14.974,40 + 60.000 = 486.753,90 − 357.500 = 129.253,90 (26,55 %)
 *   2027 497.123,90 → 139.623,90 (28,09 %);  2028 505.866,38 → 148.366,38 (29,33 %)
 *   2029 514.783,71 → 157.283,71 (30,55 %);  2030 222.698,67 + 8.098,46 + 30.000 = 260.797,13 − 178.750
 *   = 82.047,13 (31,46 %)
 */
const STADT: Row[] = [
  [2024, "309640.00", "41100.00", "253200.00", "60000.00", "320000.00", "90740.00", "22.09"],
  [2025, "374930.12", "24005.00", "272268.00", "60000.00", "345000.00", "113935.12", "24.83"],
  [2026, "411779.50", "14974.40", "279198.58", "60000.00", "357500.00", "129253.90", "26.55"],
  [2027, "421785.63", "15338.27", "285797.98", "60000.00", "357500.00", "139623.90", "28.09"],
  [2028, "430221.34", "15645.04", "294911.75", "60000.00", "357500.00", "148366.38", "29.33"],
  [2029, "438825.77", "15957.94", "300809.99", "60000.00", "357500.00", "157283.71", "30.55"],
  [2030, "222698.67", "8098.46", "153162.01", "30000.00", "178750.00", "82047.13", "31.46"],
];

describe.each([
  ["Kreis Düren", KREIS],
  ["Stadt Köln", STADT],
])("hand-computed costs and Eigenanteil: %s 2024–2030", (entity, rows) => {
  test.each(rows)("%i", (year, f, v, l, s, grant, share, pct) => {
    const cost = (art: string) => eur(kosten(entity, year, art, HAND));
    expect([cost("fachkraft"), cost("verwaltung"), cost("lehrer"), cost("sachkosten")]).toEqual([f, v, l, s]);
    const municipal = new Decimal(f).plus(v).plus(s);
    expect(cost("kommunal")).toBe(municipal.toFixed(2));
    expect(cost("gesamt")).toBe(municipal.plus(l).toFixed(2));
    const result = eigenanteil(entity, year, HAND);
    expect([
      eur(result.cost),
      eur(result.grant),
      eur(result.eigenanteil),
      result.percent?.toString(),
    ]).toEqual([municipal.toFixed(2), grant, share, pct]);
  });
});

test("teachers: the Land's cost beside the value of 50.000 € per post the grants use", () => {
  // Kreis 2024: 3,5 posts × 50.000 = 175.000 valuation against 295.400 cost (hand case above).
  expect(lehrerVergleich("Düren", 2024, HAND)).toEqual({
    cost: new Decimal("295400.00"),
    valuation: new Decimal("175000.00"),
    difference: new Decimal("120400.00"),
  });
  expect(eur(foerderung("Düren", 2024, "lehrer", HAND))).toBe("175000.00");
});

describe("pay rounds as data", () => {
  const sourceIds = new Set(SOURCES.map((s) => s.id));

  test("every step has a date on the 1st, an increase, a status and known sources", () => {
    expect(PAY_STEPS.length).toBe(8);
    for (const step of PAY_STEPS) {
      expect(step.date).toMatch(/^20\d\d-\d\d-01$/);
      expect(step.percent !== undefined || step.fixedAmount !== undefined).toBe(true);
      expect(["belegt", "angenommen"]).toContain(step.status);
      expect(step.sources.length).toBeGreaterThan(0);
      for (const id of step.sources) expect([id, sourceIds.has(id)]).toEqual([id, true]);
    }
    for (const s of PAY_SERIES) for (const id of s.termSources) expect(sourceIds.has(id)).toBe(true);
  });

  test("the steps as the sources state them", () => {
    const view = PAY_STEPS.map((s) => [
      s.series,
      s.date,
      s.fixedAmount?.toString() ?? null,
      s.percent?.toString() ?? null,
      s.minimumIncrease?.toString() ?? null,
    ]);
    expect(view).toEqual([
      ["tvoed", "2024-03-01", "200", "0.055", "340"],
      ["tvoed", "2025-04-01", null, "0.03", "110"],
      ["tvoed", "2026-05-01", null, "0.028", null],
      ["tvl", "2024-11-01", "200", null, null],
      ["tvl", "2025-02-01", null, "0.055", "140"],
      ["tvl", "2026-04-01", null, "0.028", "100"],
      ["tvl", "2027-03-01", null, "0.02", null],
      ["tvl", "2028-01-01", null, "0.01", null],
    ]);
  });

  test("after the term: the assumed rate yearly from the day after the term ends, marked angenommen", () => {
    const assumed = payStepsOf("tvoed", new Decimal("0.025"), 2029).slice(3);
    expect(assumed.map((s) => [s.date, s.percent?.toString(), s.status])).toEqual([
      ["2027-04-01", "0.025", "angenommen"],
      ["2028-04-01", "0.025", "angenommen"],
      ["2029-04-01", "0.025", "angenommen"],
    ]);
    expect(
      payStepsOf("tvl", new Decimal("0.025"), 2028)
        .slice(5)
        .map((s) => s.date),
    ).toEqual(["2028-02-01"]);
    // Default 0 %: no assumed step at all.
    expect(payStepsOf("tvoed", new Decimal(0), 2030)).toHaveLength(3);
  });

  test("the reference level is that of 1 January: a step on that day is already in it", () => {
    // Bezugsjahr 2028: the TV-L step of 01.01.2028 is part of the entered 84.000 € (7.000 a month).
    const levels = monthlyLevels("tvl", new Decimal(84000), 2028, 2028, new Decimal(0));
    expect(levels.map((l) => l.toString())).toEqual(Array(12).fill("7000"));
    // Bezugsjahr 2027: 01.03.2027 +2 % → 7.140 from March; 01.01.2028 +1 % → 7.211,40.
    const from2027 = monthlyLevels("tvl", new Decimal(84000), 2027, 2027, new Decimal(0));
    expect(from2027.map((l) => l.toString())).toEqual(["7000", "7000", ...Array(10).fill("7140")]);
    expect(monthlyLevels("tvl", new Decimal(84000), 2027, 2028, new Decimal(0))[0].toString()).toBe("7211.4");
  });
});

test("every grant component with posts has a cost kind, and the kinds add up to the posts", () => {
  for (const rule of RULES) {
    for (const c of rule.components.filter((x) => x.posts !== undefined)) {
      const split = POST_SPLIT[c.id];
      expect([c.id, split !== undefined]).toEqual([c.id, true]);
      const sum = Object.values(split.shares).reduce((a, b) => a.plus(b!), new Decimal(0));
      expect([c.id, sum.toString()]).toEqual([c.id, split.of.toString()]);
    }
  }
});

describe("sums over the 54 equal the NRW totals to the cent", () => {
  test.each([2024, 2025, 2026, 2028, 2030])("%i, every art and the Eigenanteil", (year) => {
    for (const art of COST_ARTS) {
      const sum = ENTITIES.reduce((acc, e) => acc.plus(kosten(e.key, year, art, HAND)), new Decimal(0));
      expect([art, eur(sum)]).toEqual([art, eur(kostenNrw(year, art, HAND))]);
    }
    const nrw = eigenanteilNrw(year, HAND);
    const shares = ENTITIES.map((e) => eigenanteil(e.key, year, HAND));
    expect(eur(shares.reduce((a, s) => a.plus(s.eigenanteil), new Decimal(0)))).toBe(eur(nrw.eigenanteil));
    expect(eur(shares.reduce((a, s) => a.plus(s.grant), new Decimal(0)))).toBe(eur(nrw.grant));
  });

  test("NRW 2024 by hand: 31 Kreise and 23 Städte, all working the whole year", () => {
    // Sachkosten 54 × 60.000 = 3.240.000; Fachkraft 31 × 387.050 + 23 × 309.640 = 11.998.550 + 7.121.720.
    expect(eur(kostenNrw(2024, "sachkosten", HAND))).toBe("3240000.00");
    expect(eur(kostenNrw(2024, "fachkraft", HAND))).toBe("19120270.00");
    // Verwaltung 54 × 41.100 = 2.219.400; grant 31 × 370.000 + 23 × 320.000 = 11.470.000 + 7.360.000.
    expect(eur(kostenNrw(2024, "verwaltung", HAND))).toBe("2219400.00");
    expect(eur(eigenanteilNrw(2024, HAND).grant)).toBe("18830000.00");
  });
});

describe("refusals: German messages, never a silent 0", () => {
  const code = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return [(error as KiError).code, (error as KiError).message];
    }
    return "no error";
  };

  test("without the user's averages, naming every missing parameter", () => {
    expect(code(() => kosten("Düren", 2026))).toEqual([
      "ungueltig",
      expect.stringMatching(
        /fehlen im Szenario: „Durchschnittskosten Fachkraftstelle“, „Durchschnittskosten Verwaltungsstelle“, „Durchschnittskosten Lehrerstelle“, „Tatsächliche Sachkosten je KI“, „Bezugsjahr Durchschnittskosten“\. .*keine amtlichen Durchschnittskosten/,
      ),
    ]);
    const onlyTeachers = scenario(
      ["Durchschnittskosten Lehrerstelle", 84000],
      ["Bezugsjahr Durchschnittskosten", 2025],
    );
    expect(eur(kosten("Düren", 2025, "lehrer", onlyTeachers))).toBe(
      // 01.02.2025 +5,5 % on 7.000: 7.000 + 11 × 7.385 = 88.235 × 3,5 posts
      "308822.50",
    );
    expect(code(() => eigenanteil("Düren", 2025, onlyTeachers))).toEqual([
      "ungueltig",
      expect.stringMatching(
        /„Durchschnittskosten Fachkraftstelle“, „Durchschnittskosten Verwaltungsstelle“, „Tatsächliche Sachkosten je KI“\./,
      ),
    ]);
  });

  test("a year before the reference year, an unknown art, a year without a guideline", () => {
    expect(code(() => kosten("Düren", 2023, "fachkraft", HAND))).toEqual([
      "ungueltig",
      expect.stringMatching(/^Kosten für 2023 liegen vor dem Bezugsjahr Durchschnittskosten 2024/),
    ]);
    expect(code(() => kosten("Düren", 2026, "Kaffee", HAND))).toEqual([
      "ungueltig",
      "Unbekannte Kostenart „Kaffee“. Gültig sind: gesamt, kommunal, fachkraft, verwaltung, lehrer, sachkosten.",
    ]);
    // Sachkosten need no reference year: 2011 fails for want of a guideline, as the grants do.
    expect(code(() => kosten("Düren", 2011, "sachkosten", HAND))[0]).toBe("keine_regel");
  });

  test("bad parameter values are row-level issues in German", () => {
    const { issues } = parseScenario([
      ["Parameter", "Wert"],
      ["Bezugsjahr Durchschnittskosten", 2020],
      ["Durchschnittskosten Fachkraftstelle", "-5"],
      ["Tarifsteigerung nach Laufzeit", 3],
      ["Durchschnittskosten Verwaltungsstelle", "viel"],
    ]);
    expect(issues).toEqual([
      {
        row: 2,
        parameter: "Bezugsjahr Durchschnittskosten",
        message: expect.stringMatching(
          /Bezugsjahr 2020 liegt vor den hinterlegten Tarifrunden \(ab 01\.01\.2024\)/,
        ),
      },
      { row: 3, parameter: "Durchschnittskosten Fachkraftstelle", message: expect.stringMatching(/negativ/) },
      { row: 4, parameter: "Tarifsteigerung nach Laufzeit", message: expect.stringMatching(/unplausibel/) },
      {
        row: 5,
        parameter: "Durchschnittskosten Verwaltungsstelle",
        message: expect.stringMatching(/kein gültiger Betrag/),
      },
    ]);
  });
});

test("cost and grant count the same months: Ausschöpfung and Monatsberechnung act on both", () => {
  // Kleve-like start inside a year under "ab Folgemonat": a centre ending 15.06.2030 counts Jan–May only.
  const folgemonat = scenario(
    ["Tatsächliche Sachkosten je KI", 60000],
    ["Monatsberechnung", "ab Folgemonat"],
    ["Ende Stadt Köln", "15.06.2030"],
  );
  // 5 × 5.000 = 25.000 cost; grant sachkosten 50.000 × 5/12 = 20.833,33.
  expect(eur(kosten("Köln", 2030, "sachkosten", folgemonat))).toBe("25000.00");
  expect(eur(foerderung("Köln", 2030, "sachkosten", folgemonat))).toBe("20833.33");
  // Half of the 2017 expansion's extra posts: Kreis 2024 Fachkraft posts 2 + 1,5 = 3,5 × 77.410 = 270.935.
  const half = scenario(
    ["Durchschnittskosten Fachkraftstelle", 72000],
    ["Bezugsjahr Durchschnittskosten", 2024],
    ["Ausschöpfung Ausbau", "50 %"],
  );
  expect(eur(kosten("Düren", 2024, "fachkraft", half))).toBe("270935.00");
  expect(costYear(2024, "fachkraft", half).byEntity.size).toBe(54);
});

test("comparison of the Eigenanteil per year and scenario, with the model's message where inputs are missing", () => {
  const rows = (fachkraft: number) => [
    ["Durchschnittskosten Fachkraftstelle", fachkraft],
    ["Durchschnittskosten Verwaltungsstelle", 24000],
    ["Bezugsjahr Durchschnittskosten", 2024],
    ["Tatsächliche Sachkosten je KI", 60000],
  ];
  const { years, issues } = compareMunicipalShare(
    [
      { name: "Basis", rows: rows(72000) },
      { name: "Teurer", rows: rows(84000) },
      { name: "Leer", rows: [] },
    ],
    2024,
    2024,
  );
  expect(issues).toEqual([]);
  const [base, dearer, empty] = years[0].cells;
  // Basis = the NRW 2024 hand figures: 19.120.270 + 2.219.400 + 3.240.000 = 24.579.670 cost,
  // grant 18.830.000, Eigenanteil 5.749.670 (23,39 %).
  expect([eur(base.cost!), eur(base.grant!), eur(base.eigenanteil!), base.percent?.toString()]).toEqual([
    "24579670.00",
    "18830000.00",
    "5749670.00",
    "23.39",
  ]);
  // 84.000 €: per Kreis 5 × (2 × 7.000 + 10 × 7.596) = 449.800, per Stadt 4 × 89.960 = 359.840:
  // 31 × 449.800 + 23 × 359.840 = 13.943.800 + 8.276.320 = 22.220.120 Fachkraft, +3.099.850 against Basis.
  expect(eur(dearer.difference!)).toBe("3099850.00");
  expect(dearer.differencePercent?.toString()).toBe("53.91");
  expect(empty.eigenanteil).toBeNull();
  expect(empty.error).toMatch(/fehlen im Szenario/);
});
