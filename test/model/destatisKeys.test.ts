/**
 * Independent check of the 54 keys and names against Destatis' table of Kreise und kreisfreie Städte
 * (Stand 31.12.2018, © Statistisches Bundesamt (Destatis) 2019, CC-BY-4.0), as shipped by the dev
 * dependency `landkreise-deutschland` 3.0.0. The table is not the model's own data, so a wrong key,
 * a wrong name or a wrong kind in src/model/entities.ts fails here.
 */
import districts from "landkreise-deutschland/data/districts.json";

import { ENTITIES, oldKeyNote, resolveEntity } from "../../src/model";

type District = { AGS: string; type: string; name: string };

const NRW: District[] = (districts as District[]).filter((d) => String(d.AGS).startsWith("05"));

/** Destatis writes "Solingen, Klingenstadt", "Hagen, Stadt der FernUniversität": the name is before the comma. */
function destatisName(d: District): string {
  return d.name.split(",")[0].trim();
}

describe("the 54 keys against Destatis (Stand 31.12.2018)", () => {
  test("Destatis lists 53 NRW Kreise und kreisfreie Städte: the 54 minus Stadt Aachen, a municipality", () => {
    expect(NRW).toHaveLength(53);
    const modelKeys = ENTITIES.map((e) => e.key).filter((k) => k !== "05334002");
    expect(NRW.map((d) => d.AGS).sort()).toEqual([...modelKeys].sort());
  });

  test.each(NRW.map((d) => [d.AGS, d.name, d.type] as const))(
    "%s %s (%s): the model's name resolves to this key and the kind matches",
    (ags, _name, type) => {
      const district = NRW.find((d) => d.AGS === ags)!;
      // Name folding through the model's own comparison: Destatis' name must resolve to the same key.
      expect(resolveEntity(destatisName(district)).key).toBe(ags);
      const entity = ENTITIES.find((e) => e.key === ags)!;
      expect(resolveEntity(entity.name).key).toBe(ags);
      // Destatis types the StädteRegion as "Kreis"; the model keeps it as its own kind.
      const expected = type === "Kreisfreie Stadt" ? ["kreisfreieStadt"] : ["kreis", "staedteregion"];
      expect([ags, expected.includes(entity.kind)]).toEqual([ags, true]);
    },
  );

  test("the old Aachen keys are gone from the 2018 table and resolve to their successors with a note", () => {
    const keys = new Set(NRW.map((d) => d.AGS));
    expect(keys.has("05313")).toBe(false);
    expect(keys.has("05354")).toBe(false);
    expect(keys.has("05334")).toBe(true); // the successor of the Kreis Aachen
    expect(resolveEntity("05313").key).toBe("05334002");
    expect(resolveEntity("05354").key).toBe("05334");
    expect(oldKeyNote("05313")).toContain("05334002");
    expect(oldKeyNote("05354")).toContain("05334");
  });
});
