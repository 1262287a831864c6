import { CENTRES, dataGaps, RULES, SOURCES } from "../../src/model";

describe("dataGaps", () => {
  const gaps = dataGaps();
  const SOURCE_IDS = new Set(SOURCES.map((s) => s.id));

  test("every assumed start is listed with its sources", () => {
    const assumed = gaps.filter((g) => g.kind === "angenommener_start");
    expect(assumed.map((g) => g.entityKey).sort()).toEqual(
      CENTRES.filter((c) => c.startStatus === "angenommen")
        .map((c) => c.entityKey)
        .sort(),
    );
    // 29 bounded + 12 month-known or assumed (34 + 9 before the second source review; Stadt Aachen is
    // now widersprüchlich, Duisburg belegt) + 6 exact days whose only (local) source has no address.
    expect(assumed).toHaveLength(29 + 12 + 6);
    const krefeld = assumed.find((g) => g.entityKey === "05114")!;
    expect(krefeld.text).toBe(
      "Stadt Krefeld: Start 01.08.2013 nur aus einer Quelle ohne bekannte Adresse; gerechnet wird mit 01.08.2013.",
    );
    const kleve = assumed.find((g) => g.entityKey === "05154")!;
    expect(kleve.text).toContain("09.2018");
    expect(kleve.text).toContain("01.09.2018");
  });

  test("the three conflicts are listed", () => {
    // Second source review: seed 002 is dated 23.02.2018 (belegt) and the 7,7 Mio € have no source, so
    // those two are no longer conflicts; Stadt Aachen (2012 vs 07.2013) and Coesfeld (12.2015 vs
    // 12.02.2016) are.
    const conflicts = gaps.filter((g) => g.kind === "widerspruch");
    expect(conflicts.map((g) => g.entityKey ?? g.figureId)).toEqual(["05315", "05334002", "05558"]);
    expect(conflicts[0].text).toContain("10.2013");
    expect(conflicts[1].text).toContain("2012");
    expect(conflicts[2].text).toContain("1. Dezember 2015");
    expect(gaps.some((g) => g.kind === "fehlt" && g.text.includes("7,7 Mio €"))).toBe(true);
  });

  test("the period without a rule and every assumed rule version are listed", () => {
    expect(gaps.filter((g) => g.kind === "regelluecke")[0].text).toContain("25.06.2012");
    expect(gaps.filter((g) => g.kind === "angenommene_regel").map((g) => g.ruleId)).toEqual(
      RULES.filter((r) => r.status === "angenommen").map((r) => r.id),
    );
  });

  test("texts are German sentences with known sources", () => {
    for (const g of gaps) {
      expect(g.text.length).toBeGreaterThan(20);
      expect(g.sources.length).toBeGreaterThan(0);
      expect(g.sources.every((id) => SOURCE_IDS.has(id))).toBe(true);
    }
  });
});
