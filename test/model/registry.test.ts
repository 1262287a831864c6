import { centresActiveAt, gapsAt, isoToExcelSerial, registryAt } from "../../src/model";
import { scenario } from "./helpers";

describe("centres at a date", () => {
  test.each([
    ["2012-11-30", 0],
    ["2012-12-01", 2], // Hagen ("im Dezember" 2012), Märkischer Kreis (Bescheid "ab Dezember 2012")
    ["2012-12-31", 2],
    ["2013-01-01", 4], // + Unna, Mülheim an der Ruhr (assumed after the council decision of 12.2012)
    ["2013-06-30", 4],
    ["2013-07-01", 7], // + StädteRegion Aachen, Stadt Aachen, Olpe
    ["2013-08-01", 42], // + 29 assumed, Duisburg, Krefeld, Hochsauerlandkreis, Köln, Dortmund, Leverkusen
    ["2013-09-01", 44], // + Höxter, Rhein-Erft-Kreis
    ["2013-12-01", 45], // + Lippe
    ["2014-02-01", 46], // + Mönchengladbach
    ["2014-04-25", 46], // release: 49 "running or about to start"
    ["2014-07-31", 46],
    ["2014-08-01", 47], // + Oberbergischer Kreis ("im August 2014")
    ["2014-09-01", 48], // + Heinsberg
    ["2014-11-01", 49], // + Rhein-Sieg-Kreis
    ["2015-12-09", 49], // release: "Zurzeit arbeiten 49"
    ["2016-02-11", 49],
    ["2016-02-12", 50], // Coesfeld, the 50th
    ["2016-05-01", 50], // Borken's grant starts (vorzeitiger Maßnahmebeginn), but counts follow the opening
    ["2016-06-27", 50],
    ["2016-06-28", 51], // Borken, the 51st
    ["2016-06-29", 52], // Steinfurt, the 52nd
    ["2016-12-31", 52],
    ["2017-01-01", 53], // Viersen, the 53rd
    ["2017-02-23", 53], // seed 002, date in its header
    ["2017-11-25", 53], // Kleve the last without a centre
    ["2018-02-23", 53], // seed 002, date by its content
    ["2018-08-31", 53],
    ["2018-09-01", 54], // Kleve (09.2018, day assumed)
    ["2018-10-01", 54],
  ])("%s: %i centres", (date, count) => {
    expect(centresActiveAt(date)).toHaveLength(count);
    expect(gapsAt(date)).toHaveLength(54 - count);
  });

  test.each([
    ["2015-12-09", ["Kleve", "Viersen", "Borken", "Coesfeld", "Steinfurt"]],
    ["2016-02-12", ["Kleve", "Viersen", "Borken", "Steinfurt"]],
    ["2016-06-28", ["Kleve", "Viersen", "Steinfurt"]],
    ["2016-12-31", ["Kleve", "Viersen"]],
    ["2017-06-30", ["Kleve"]],
    ["2018-08-31", ["Kleve"]],
    ["2018-10-01", []],
  ])("gaps on %s", (date, names) => {
    expect(gapsAt(date).map((e) => e.name)).toEqual(names);
  });

  test("gaps in 2014 include the late starters", () => {
    expect(gapsAt("2014-04-25").map((e) => e.key)).toEqual([
      "05154",
      "05166",
      "05370",
      "05374",
      "05382",
      "05554",
      "05558",
      "05566",
    ]);
  });

  test("Excel serial numbers are accepted", () => {
    expect(centresActiveAt(isoToExcelSerial("2016-06-29"))).toHaveLength(52);
  });

  test("an invalid date is ungueltig", () => {
    expect(() => gapsAt("2016-02-30")).toThrow(expect.objectContaining({ code: "ungueltig" }));
  });
});

describe("registryAt", () => {
  test("54 rows; Kleve in 2017 has no centre yet, Köln is active with its posts", () => {
    const rows = registryAt("2017-06-30");
    expect(rows).toHaveLength(54);
    const kleve = rows.find((r) => r.entity.key === "05154")!;
    expect([kleve.statusText, kleve.active, kleve.start, kleve.startStatus]).toEqual([
      "noch kein Zentrum",
      false,
      "2018-09-01",
      "angenommen",
    ]);
    expect(kleve.startKnown).toContain("09.2018");
    expect(kleve.posts?.gesamt.toString()).toBe("0");
    const koeln = rows.find((r) => r.entity.key === "05315")!;
    expect(koeln.statusText).toBe("aktiv");
    expect(koeln.startStatus).toBe("widersprüchlich");
    expect([
      koeln.posts?.kommunal.toString(),
      koeln.posts?.lehrer.toString(),
      koeln.posts?.gesamt.toString(),
    ]).toEqual(["5.5", "3", "8.5"]);
    expect(koeln.sources).toEqual(["web:koeln-08-2013", "web:koeln-10-2013"]);
  });

  test("posts of a Kreis at a date under the 2012 guideline", () => {
    const dueren = registryAt("2016-01-01").find((r) => r.entity.key === "05358")!;
    expect(dueren.posts?.gesamt.toString()).toBe("5.5");
  });

  test("closed centre and extra centre", () => {
    const s = scenario(["Ende Stadt Köln", "31.12.2028"], ["Zusätzliches KI Kreis Düren", "01.01.2027"]);
    const rows = registryAt("2029-01-01", s);
    expect(rows).toHaveLength(55);
    expect(rows.find((r) => r.entity.key === "05315")!.statusText).toBe("geschlossen");
    const dueren = rows.filter((r) => r.entity.key === "05358");
    expect(dueren.map((r) => [r.centre?.id, r.statusText])).toEqual([
      ["ki-05358", "aktiv"],
      ["ki-05358-zusatz", "aktiv"],
    ]);
    expect(centresActiveAt("2028-12-31", s)).toHaveLength(55);
    expect(centresActiveAt("2029-01-01", s)).toHaveLength(54);
    expect(gapsAt("2029-01-01", s).map((e) => e.key)).toEqual(["05315"]);
  });

  test("a working centre on a day without a rule has posts null", () => {
    const s = scenario(["Start Unna", "01.01.2012"]);
    const unna = registryAt("2012-03-01", s).find((r) => r.entity.key === "05978")!;
    expect([unna.statusText, unna.posts]).toEqual(["aktiv", null]);
  });
});
