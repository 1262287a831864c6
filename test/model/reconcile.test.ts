import { foerderung, reconcile, SOURCES } from "../../src/model";
import { eur, scenario } from "./helpers";

const SOURCE_IDS = new Set(SOURCES.map((s) => s.id));
const fmt = (d: { toFixed(n: number): string } | null) => (d === null ? null : d.toFixed(2));

describe("reconcile (default scenario)", () => {
  const rows = reconcile();
  const byId = new Map(rows.map((r) => [r.id, r]));

  test.each<[string, string, string, string, string, string]>([
    // id, unit, reported, model, difference, difference %
    ["anzahl-2014-04-25", "Anzahl", "49.00", "47.00", "-2.00", "-4.08"],
    ["anzahl-2015-12-09", "Anzahl", "49.00", "49.00", "0.00", "0.00"],
    ["anzahl-2016-02-12", "Anzahl", "50.00", "50.00", "0.00", "0.00"],
    ["anzahl-2016-06-28", "Anzahl", "51.00", "51.00", "0.00", "0.00"],
    ["anzahl-2016-06-29", "Anzahl", "52.00", "52.00", "0.00", "0.00"],
    ["anzahl-2017-01-01", "Anzahl", "53.00", "53.00", "0.00", "0.00"],
    ["anzahl-2017-11-25", "Anzahl", "53.00", "53.00", "0.00", "0.00"],
    ["anzahl-seed-002@2018-02-23", "Anzahl", "53.00", "53.00", "0.00", "0.00"],
    ["anzahl-seed-002@2017-02-23", "Anzahl", "53.00", "53.00", "0.00", "0.00"],
    ["anzahl-2018-09-06", "Anzahl", "54.00", "54.00", "0.00", "0.00"],
    // 2016: 49 full years + Coesfeld 11/12 + Borken, Steinfurt 7/12 at 270.000 € vs 14,5 Mio €.
    ["landesmittel-2016", "EUR", "14500000.00", "13792500.00", "-707500.00", "-4.88"],
    // 50 KI × 170.000 € vs "rund zehn Millionen".
    ["mais-50-ki", "EUR", "10000000.00", "8500000.00", "-1500000.00", "-15.00"],
  ])("%s", (id, unit, reported, model, difference, percent) => {
    const row = byId.get(id)!;
    expect([
      row.unit,
      fmt(row.reported),
      fmt(row.model),
      fmt(row.difference),
      fmt(row.differencePercent),
    ]).toEqual([unit, reported, model, difference, percent]);
    expect(row.reportedSources.length).toBeGreaterThan(0);
    expect(row.modelSources.length).toBeGreaterThan(0);
  });

  test.each([
    ["komm-an-2016", "13000000.00", "KOMM-AN"],
    ["komm-an-2017", "13000000.00", "KOMM-AN"],
    ["komm-an-ehrenamt-7-05", "7050000.00", "7,05 und 7,7"],
    ["komm-an-ehrenamt-7-7", "7700000.00", "7,05 und 7,7"],
    ["gesamt-2016", "39400000.00", "nicht im Modell"],
    ["kommunal-2016", "19600000.00", "nicht im Modell"],
    ["drittmittel-2016", "5300000.00", "nicht im Modell"],
    ["tintg-130", "130000000.00", "gesamte Integrationsinfrastruktur"],
  ])("%s has no model figure and says why", (id, reported, reason) => {
    const row = byId.get(id)!;
    expect([fmt(row.reported), row.model, row.difference, row.differencePercent]).toEqual([
      reported,
      null,
      null,
      null,
    ]);
    expect(row.modelText).toContain(reason);
  });

  test("the 2014 row explains the two centres that were about to start", () => {
    expect(byId.get("anzahl-2014-04-25")!.modelText).toContain("Kreis Heinsberg (01.09.2014)");
    expect(byId.get("anzahl-2014-04-25")!.modelText).toContain("Rhein-Sieg-Kreis (11.2014)");
  });

  test("the 2016 row shows its parts", () => {
    const text = byId.get("landesmittel-2016")!.modelText;
    expect(text).toContain("8.684.166,67 €");
    expect(text).toContain("Kreis Borken 7/12");
    expect(text).toContain("Kreis Coesfeld 11/12");
  });

  test("conflicting figures keep their status and both sources", () => {
    expect(byId.get("anzahl-seed-002@2017-02-23")!.status).toBe("widersprüchlich");
    expect(byId.get("komm-an-ehrenamt-7-05")!.reportedSources).toEqual(["seed:000"]);
    expect(byId.get("komm-an-ehrenamt-7-7")!.reportedSources).toEqual(["web:komm-an-7-7"]);
  });

  test("every row cites known sources", () => {
    expect(rows).toHaveLength(20);
    for (const row of rows) {
      for (const id of [...row.reportedSources, ...row.modelSources]) expect(SOURCE_IDS.has(id)).toBe(true);
    }
  });
});

describe("reconcile under a scenario", () => {
  test("model figures follow the scenario", () => {
    const rows = reconcile(scenario(["Wert je Lehrerstelle", "60.000"], ["Monatsberechnung", "ganzes Jahr"]));
    const row = rows.find((r) => r.id === "landesmittel-2016")!;
    // 52 centres × (170.000 + 2 × 60.000) €.
    expect([fmt(row.model), fmt(row.difference), fmt(row.differencePercent)]).toEqual([
      "15080000.00",
      "580000.00",
      "4.00",
    ]);
  });

  test("the integration ministry's yearly amount rounds once, at the cent, from 60-digit sums", () => {
    // 25 significant digits: summed in the global Decimal (20 digits) this became 170.000,005 and
    // then rounded up to 170.000,01; the one rounding point gives 170.000,00 per KI, as fundingYear.
    const amount = "170.000,0049999999999999999";
    const s = scenario(["Betrag je KI", amount]);
    const row = reconcile(s).find((r) => r.id === "mais-50-ki")!;
    expect(eur(foerderung("Köln", 2016, "personal", s))).toBe("170000.00");
    expect(fmt(row.model)).toBe("8500000.00"); // 50 × 170.000,00
  });
});
