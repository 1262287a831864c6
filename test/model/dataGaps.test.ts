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
    expect(assumed).toHaveLength(34 + 9);
    const kleve = assumed.find((g) => g.entityKey === "05154")!;
    expect(kleve.text).toContain("09.2018");
    expect(kleve.text).toContain("01.09.2018");
  });

  test("the three conflicts are listed", () => {
    const conflicts = gaps.filter((g) => g.kind === "widerspruch");
    expect(conflicts.map((g) => g.entityKey ?? g.figureId)).toEqual([
      "05315",
      "anzahl-seed-002",
      "komm-an-ehrenamt-7-05, komm-an-ehrenamt-7-7",
    ]);
    expect(conflicts[0].text).toContain("10.2013");
    expect(conflicts[1].text).toContain("23.02.2018");
    expect(conflicts[2].sources).toEqual(["seed:000", "web:komm-an-7-7"]);
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
