import {
  centresActiveAt,
  DEFAULT_SCENARIO,
  foerderung,
  fundingYear,
  KiError,
  landesmittel,
  parseScenario,
  SCENARIO_PARAMETERS,
  scenarioFromRows,
  scenarioParameterOf,
  stellen,
} from "../../src/model";
import { cents, eur, scenario } from "./helpers";

describe("the parameter table: every spelling the parser accepts names its documented parameter", () => {
  test.each([
    ["Aenderungen ab Jahr", 2027, "Änderungen ab Jahr"],
    ["ÄNDERUNGEN  AB JAHR", 2027, "Änderungen ab Jahr"],
    ["Zusaetzliches KI Köln", "01.01.2027", "Zusätzliches KI <Kreis>"],
    ["Zusatzliches KI Köln", "01.01.2027", "Zusätzliches KI <Kreis>"],
    ["weiteres KI 05315", "01.01.2027", "Zusätzliches KI <Kreis>"],
    ["Eroeffnung Kreis Borken", "28.06.2016", "Eröffnung <Kreis>"],
    ["Forderbeginn Kreis Borken", "01.05.2016", "Förderbeginn <Kreis>"],
    ["Ausschoepfung Ausbau", "50 %", "Ausschöpfung Ausbau"],
    ["Lehrerstellen je KI (kreisfreie Stadt)", 4, "Lehrerstellen je KI"],
    ["kommunale stellen je ki (Kreise)", 7, "Kommunale Stellen je KI"],
  ])("%p is read without issue and documented as %p", (name, value, documented) => {
    expect(parseScenario([[name, value]]).issues).toEqual([]);
    expect(scenarioParameterOf(name)?.name).toBe(documented);
  });

  test.each(["Start", "Zusätzliches", "Betrag je KIX", "Kommunale Stellen je KI (Gemeinde)", "Unbekannt"])(
    "%p is unknown to both",
    (name) => {
      expect(parseScenario([[name, 1]]).issues[0].message).toMatch(/^Unbekannter Parameter/);
      expect(scenarioParameterOf(name)).toBeUndefined();
    },
  );

  test("a Kreis the parser cannot resolve still belongs to its documented parameter (for the hint)", () => {
    expect(parseScenario([["Start Kreis Nirgendwo", "01.01.2020"]]).issues[0].message).toMatch(
      /^Parameter „Start Kreis Nirgendwo“: /,
    );
    expect(scenarioParameterOf("Start Kreis Nirgendwo")?.name).toBe("Start <Kreis>");
  });
});

describe("DEFAULT_SCENARIO", () => {
  test("defaults", () => {
    expect(DEFAULT_SCENARIO.increaseRate.toString()).toBe("0");
    expect(DEFAULT_SCENARIO.increaseBaseYear).toBe(2025);
    expect(DEFAULT_SCENARIO.proRataBasis).toBe("startMonth");
    expect(DEFAULT_SCENARIO.assumedStart).toBe("2013-08-01");
    expect(Object.isFrozen(DEFAULT_SCENARIO)).toBe(true);
  });

  test("an empty table gives the default content", () => {
    const { scenario: s, issues } = parseScenario([]);
    expect(issues).toEqual([]);
    expect(eur(landesmittel(2016, "gesamt", s))).toBe("13815000.00"); // 13.792.500 before Borken's grant start
  });

  test("every documented parameter has a description, default and example", () => {
    expect(SCENARIO_PARAMETERS.map((p) => p.name)).toEqual([
      "Bezeichnung",
      "Betrag je KI",
      "Betrag je kommunale Stelle",
      "Wert je Lehrerstelle",
      "Sachkosten je KI",
      "Durchschnittskosten Fachkraftstelle",
      "Durchschnittskosten Verwaltungsstelle",
      "Durchschnittskosten Lehrerstelle",
      "Bezugsjahr Durchschnittskosten",
      "Tatsächliche Sachkosten je KI",
      "Tarifsteigerung nach Laufzeit",
      "Kommunale Stellen je KI",
      "Lehrerstellen je KI",
      "Änderungen ab Jahr",
      "Steigerung pro Jahr",
      "Basisjahr Steigerung",
      "Monatsberechnung",
      "Angenommener Start",
      "Richtlinienfassung",
      "Ausschöpfung Ausbau",
      "Ausbau-Lehrerstellen nach 2019",
      "Start <Kreis>",
      "Eröffnung <Kreis>",
      "Förderbeginn <Kreis>",
      "Ende <Kreis>",
      "Zusätzliches KI <Kreis>",
    ]);
    for (const p of SCENARIO_PARAMETERS) {
      expect(p.description.length).toBeGreaterThan(10);
      expect(p.defaultText.length).toBeGreaterThan(0);
      expect(p.example.length).toBeGreaterThan(0);
    }
  });
});

describe("parameter values are read as Excel gives them", () => {
  test.each<[unknown, string]>([
    [175000, "175000.00"],
    ["175.000", "175000.00"],
    ["175.000,00 €", "175000.00"],
    ["175000 EUR", "175000.00"],
    ["175000,5", "175000.50"],
    ["175,000.50", "175000.50"],
    ["1.175.000,00", "1175000.00"],
    [0, "0.00"],
  ])("Betrag je KI %p -> personal %s in 2016", (value, expected) => {
    expect(eur(foerderung("Köln", 2016, "personal", scenario(["Betrag je KI", value])))).toBe(expected);
  });

  test.each<[unknown, string]>([
    [0.025, "292125.00"],
    ["2,5 %", "292125.00"],
    ["2,5%", "292125.00"],
    ["0,025", "292125.00"],
    ["0.025", "292125.00"],
    [0, "285000.00"],
    ["-1 %", "282150.00"],
    [0.19, "339150.00"],
    ["-0,19", "230850.00"],
    ["20 %", "342000.00"],
    ["100 %", "570000.00"],
    ["-50 %", "142500.00"],
  ])("Steigerung pro Jahr %p -> Köln fachkraft 2026 %s", (value, expected) => {
    expect(eur(foerderung("Köln", 2026, "fachkraft", scenario(["Steigerung pro Jahr", value])))).toBe(
      expected,
    );
  });

  // A bare 1 could mean 1 % or 100 %, 0,5 could mean 0,5 % or 50 %: from 0,2 on (20 %), a bare number
  // is refused rather than guessed; with "%" the meaning is clear.
  test.each<[unknown, string]>([
    [1, "1 als Steigerung ist mehrdeutig: für 1 % bitte „1 %“ oder 0,01 eingeben, für 100 % „100 %“."],
    ["1", "1 als Steigerung ist mehrdeutig: für 1 % bitte „1 %“ oder 0,01 eingeben, für 100 % „100 %“."],
    [0.5, "0,5 als Steigerung ist mehrdeutig: für 0,5 % bitte „0,5 %“ oder 0,005 eingeben, für 50 % „50 %“."],
    [
      "0,5",
      "0,5 als Steigerung ist mehrdeutig: für 0,5 % bitte „0,5 %“ oder 0,005 eingeben, für 50 % „50 %“.",
    ],
    [0.2, "0,2 als Steigerung ist mehrdeutig: für 0,2 % bitte „0,2 %“ oder 0,002 eingeben, für 20 % „20 %“."],
    [
      -0.2,
      "-0,2 als Steigerung ist mehrdeutig: für -0,2 % bitte „-0,2 %“ oder -0,002 eingeben, für -20 % „-20 %“.",
    ],
    ["-1", "-1 als Steigerung ist mehrdeutig: für -1 % bitte „-1 %“ oder -0,01 eingeben."],
  ])("Steigerung pro Jahr %p (bare number) is refused as ambiguous", (value, message) => {
    expect(parseScenario([["Steigerung pro Jahr", value]]).issues).toEqual([
      { row: 1, parameter: "Steigerung pro Jahr", message: `Parameter „Steigerung pro Jahr“: ${message}` },
    ]);
  });

  test.each<[unknown, string]>([
    [43344, "2018-09-01"],
    ["2018-09-01", "2018-09-01"],
    ["01.09.2018", "2018-09-01"],
    ["1.9.2018", "2018-09-01"],
    ["09.2018", "2018-09-01"],
    [36526, "2000-01-01"],
    ["01.01.2000", "2000-01-01"],
  ])("a date %p", (value, iso) => {
    expect(scenario(["Start Kreis Kleve", value]).startOverrides["05154"]).toBe(iso);
  });

  // A year typed where a date is due must not become an Excel serial in 1905 (Start 2019 would move
  // Kleve's start to 11.07.1905 and silently change money); nor may any date before 2000 pass.
  const DATE_PARAMETERS = [
    "Start Kreis Kleve",
    "Ende Kreis Kleve",
    "Zusätzliches KI Kleve",
    "Angenommener Start",
  ];
  test.each(
    DATE_PARAMETERS.flatMap((parameter) =>
      (
        [
          [2019, /: 2019 ist eine Jahreszahl, kein Datum: z\. B\. 01\.01\.2019 eingeben\.$/],
          ["2019", /: 2019 ist eine Jahreszahl, kein Datum: z\. B\. 01\.01\.2019 eingeben\.$/],
          [" 2019 ", /: 2019 ist eine Jahreszahl, kein Datum/],
          [1900, /: 1900 ist eine Jahreszahl, kein Datum: z\. B\. 01\.01\.1900 eingeben\.$/],
          [2999, /: 2999 ist eine Jahreszahl, kein Datum/],
          [60, /29\.02\.1900, den es nicht gab.*bitte ein echtes Datum eingeben/],
          ["60", /29\.02\.1900, den es nicht gab/],
          [
            36525,
            /: 36525 ist als Excel-Datum der 31\.12\.1999; ein Datum vor dem 01\.01\.2000.*unplausibel.*bitte ein Datum wie 01\.09\.2018 eingeben/,
          ],
          [3000, /: 3000 ist als Excel-Datum der 18\.03\.1908; ein Datum vor dem 01\.01\.2000/],
          [2019.5, /: 2019,5 ist als Excel-Datum der 11\.07\.1905; ein Datum vor dem 01\.01\.2000/],
          [
            "31.12.1999",
            /: 31\.12\.1999 liegt vor dem 01\.01\.2000 und ist für ein KI unplausibel.*eingeben/,
          ],
          ["1999-06-01", /: 01\.06\.1999 liegt vor dem 01\.01\.2000/],
        ] as Array<[unknown, RegExp]>
      ).map(([value, message]) => [parameter, value, message] as const),
    ),
  )("%s = %p is refused", (parameter, value, message) => {
    const { issues } = parseScenario([[parameter, value]]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toEqual({ row: 1, parameter, message: expect.stringMatching(message) });
  });
});

describe("each parameter changes what it says", () => {
  test("Bezeichnung", () => {
    expect(scenario(["Bezeichnung", "Ausbau 2027"]).label).toBe("Ausbau 2027");
  });

  test("Betrag je KI: the fixed grant; no effect where the rule pays per post", () => {
    const s = scenario(["Betrag je KI", "175.000"]);
    expect(eur(foerderung("Köln", 2017, "personal", s))).toBe("175000.00");
    expect(eur(foerderung("Köln", 2026, "gesamt", s))).toBe("507500.00");
  });

  test("Betrag je kommunale Stelle: per-post components only", () => {
    const s = scenario(["Betrag je kommunale Stelle", "60.000"]);
    expect(eur(foerderung("Köln", 2016, "personal", s))).toBe("170000.00");
    expect(eur(foerderung("Köln", 2017, "zusatzstellen", s))).toBe("120000.00");
    expect(eur(foerderung("Kreis Düren", 2026, "fachkraft", s))).toBe("360000.00");
    expect(eur(foerderung("Kreis Düren", 2026, "verwaltung", s))).toBe("22500.00");
  });

  test("Wert je Lehrerstelle", () => {
    const s = scenario(["Wert je Lehrerstelle", "55.000 €"]);
    expect(eur(foerderung("Köln", 2016, "lehrer", s))).toBe("110000.00");
    expect(eur(foerderung("Kreis Düren", 2026, "lehrer", s))).toBe("192500.00");
  });

  test("Sachkosten je KI", () => {
    const s = scenario(["Sachkosten je KI", 40000]);
    expect(eur(foerderung("Köln", 2017, "sachkosten", s))).toBe("40000.00");
  });

  test("Kommunale Stellen je KI: the per-post component takes the posts beyond the fixed ones", () => {
    const s = scenario(["Kommunale Stellen je KI", "7,5"]);
    expect(eur(foerderung("Köln", 2016, "personal", s))).toBe("170000.00");
    expect(stellen("Köln", 2016, "kommunal", s).toString()).toBe("3.5");
    expect(eur(foerderung("Köln", 2017, "zusatzstellen", s))).toBe("200000.00");
    expect(stellen("Köln", 2017, "kommunal", s).toString()).toBe("7.5");
    expect(eur(foerderung("Köln", 2026, "fachkraft", s))).toBe("399000.00");
    expect(stellen("Kreis Düren", 2026, "kommunal", s).toString()).toBe("7.5");
  });

  test("Kommunale Stellen je KI (Kreis) changes Kreise only", () => {
    const s = scenario(["Kommunale Stellen je KI (Kreis)", 8]);
    expect(eur(foerderung("Kreis Düren", 2026, "fachkraft", s))).toBe("427500.00");
    expect(eur(foerderung("Köln", 2026, "fachkraft", s))).toBe("285000.00");
  });

  test("the kind-specific value wins over the general one", () => {
    const s = scenario(["Lehrerstellen je KI", 4], ["Lehrerstellen je KI (kreisfreie Stadt)", 1]);
    expect(eur(foerderung("Köln", 2016, "lehrer", s))).toBe("50000.00");
    expect(eur(foerderung("Kreis Düren", 2016, "lehrer", s))).toBe("200000.00");
  });

  test("fewer municipal posts than the fixed grant covers is ungueltig when computed", () => {
    const s = scenario(["Kommunale Stellen je KI", 3]);
    expect(eur(foerderung("Köln", 2016, "gesamt", s))).toBe("270000.00");
    expect(() => foerderung("Köln", 2017, "gesamt", s)).toThrow(
      expect.objectContaining({ code: "ungueltig" }),
    );
  });

  test("Änderungen ab Jahr limits the overrides to later years", () => {
    const s = scenario(["Betrag je kommunale Stelle", "60.000"], ["Änderungen ab Jahr", 2027]);
    expect(eur(foerderung("Köln", 2026, "fachkraft", s))).toBe("285000.00");
    expect(eur(foerderung("Köln", 2027, "fachkraft", s))).toBe("300000.00");
  });

  test("Steigerung pro Jahr compounds after the base year", () => {
    const s = scenario(["Steigerung pro Jahr", "2,5 %"]);
    expect(eur(landesmittel(2025, "gesamt", s))).toBe("29199666.77");
    expect(cents(fundingYear(2027, s).byEntity.get("05315")!)).toEqual({
      fachkraft: "299428.13",
      verwaltung: "23639.06",
      lehrer: "157593.75",
      sachkosten: "52531.25",
      gesamt: "533192.19",
    });
    expect(eur(foerderung("Kreis Düren", 2027, "gesamt", s))).toBe("619343.44");
    expect(eur(landesmittel(2027, "gesamt", s))).toBe("31463067.01");
  });

  test("Basisjahr Steigerung moves the first increased year", () => {
    const s = scenario(["Steigerung pro Jahr", "2,5 %"], ["Basisjahr Steigerung", 2026]);
    expect(eur(foerderung("Köln", 2026, "fachkraft", s))).toBe("285000.00");
    expect(eur(foerderung("Köln", 2027, "fachkraft", s))).toBe("292125.00");
  });

  test("Monatsberechnung", () => {
    // Borken's grant starts on the 1st (01.05.2016): May counts under "ab Folgemonat" too, 8/12.
    expect(eur(foerderung("Borken", 2016, "gesamt", scenario(["Monatsberechnung", "ab Folgemonat"])))).toBe(
      "180000.00",
    );
    // Steinfurt opened on 29.06.2016 (no grant start documented): from July, 6/12 × 270.000 €.
    expect(
      eur(foerderung("Steinfurt", 2016, "gesamt", scenario(["Monatsberechnung", "ab Folgemonat"]))),
    ).toBe("135000.00");
    expect(eur(foerderung("Borken", 2016, "gesamt", scenario(["Monatsberechnung", "GANZES JAHR"])))).toBe(
      "270000.00",
    );
  });

  test("Angenommener Start moves the 29 centres known only by an upper bound", () => {
    const s = scenario(["Angenommener Start", "01.01.2014"]);
    // Left in 2013: Unna, Hagen, Mülheim 12 months (3 × 270.000); Märkischer Kreis 170.000 + 5/12 ×
    // 100.000 = 211.666,67; StädteRegion/Stadt Aachen/Olpe 6 months (3 × 135.000); 6 known August starts
    // (Duisburg, Krefeld, Hochsauerlandkreis, Köln, Dortmund, Leverkusen: 6 × 112.500); Höxter and
    // Rhein-Erft 4 months (2 × 90.000); Lippe 1 month (22.500). Was 1.440.000,00 € before the review.
    expect(eur(landesmittel(2013, "gesamt", s))).toBe("2304166.67");
    expect(eur(foerderung("Bonn", 2013, "gesamt", s))).toBe("0.00");
    expect(eur(foerderung("Krefeld", 2013, "gesamt", s))).toBe("112500.00");
  });

  test("Ausschöpfung Ausbau scales the 2017 expansion's maximum posts", () => {
    // Kreis Düren 2018, 100 %: 170.000 + 3 × 50.000 + 3,5 × 50.000 + 50.000 = 545.000 €.
    expect(eur(foerderung("Düren", 2018))).toBe("545000.00");
    // 50 %: 170.000 + 1,5 × 50.000 + (2 + 0,75) × 50.000 + 50.000 = 432.500 €.
    const half = scenario(["Ausschöpfung Ausbau", "50 %"]);
    expect(eur(foerderung("Düren", 2018, "gesamt", half))).toBe("432500.00");
    expect(eur(foerderung("Düren", 2018, "zusatzstellen", half))).toBe("75000.00");
    expect(eur(foerderung("Düren", 2018, "lehrer", half))).toBe("137500.00");
    // Stadt Köln 2017 at 50 %: 170.000 + 1 × 50.000 + 2,5 × 50.000 + 50.000 = 395.000 €.
    expect(eur(foerderung("Köln", 2017, "gesamt", half))).toBe("395000.00");
    // 2016 (2012 guideline, no expansion) is not touched: Köln 270.000 €.
    expect(eur(foerderung("Köln", 2016, "gesamt", half))).toBe("270000.00");
    expect(eur(foerderung("Düren", 2018, "gesamt", scenario(["Ausschöpfung Ausbau", 0])))).toBe("320000.00");
  });

  test.each([["150 %"], ["-10 %"], ["viel"]])("Ausschöpfung Ausbau %s is refused in German", (value) => {
    const { issues } = parseScenario([["Ausschöpfung Ausbau", value]]);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toMatch(/Anteil/);
  });

  test("Ausbau-Lehrerstellen nach 2019: the expansion teachers end after 2019 if so chosen", () => {
    const ended = scenario(["Ausbau-Lehrerstellen nach 2019", "entfallen"]);
    // 2019: still 3,5 teacher posts (175.000 €); 2020: only the 2 base posts (100.000 €).
    expect(eur(foerderung("Düren", 2019, "lehrer", ended))).toBe("175000.00");
    expect(eur(foerderung("Düren", 2020, "lehrer", ended))).toBe("100000.00");
    expect(eur(foerderung("Düren", 2020, "lehrer"))).toBe("175000.00"); // default: carried forward (angenommen)
    expect(stellen("Düren", 2020, "lehrer", ended).toString()).toBe("2");
  });

  test("Richtlinienfassung: je Monat (default) or je Förderjahr", () => {
    // Köln 2025 by month: January–April 470.000/12 each (the 2023 version with the amounts of 2017; the
    // version of 03.04.2025 governs from May, the first month it is valid on the 1st), May–December
    // 507.500/12 each (5 × 57.000 + 22.500 + 3 × 50.000 + 50.000) = 156.666,67 + 338.333,33.
    expect(eur(foerderung("Köln", 2025))).toBe("495000.00");
    const perYear = scenario(["Richtlinienfassung", "je Förderjahr"]);
    expect(eur(foerderung("Köln", 2025, "gesamt", perYear))).toBe("470000.00");
    expect(eur(foerderung("Köln", 2026, "gesamt", perYear))).toBe("507500.00");
    // 2012: no version on 1 January; Hagen's December keeps the version of its month.
    expect(eur(foerderung("Hagen", 2012, "gesamt", perYear))).toBe("22500.00");
    expect(parseScenario([["Richtlinienfassung", "jährlich"]]).issues[0].message).toContain("je Förderjahr");
  });

  test("Eröffnung <Kreis> moves counts, Förderbeginn <Kreis> moves money", () => {
    // Borken: opening 28.06.2016, grant start 01.05.2016.
    expect(centresActiveAt("2016-05-15").some((c) => c.entityKey === "05554")).toBe(false);
    const opened = scenario(["Eröffnung Borken", "01.01.2016"]);
    expect(centresActiveAt("2016-05-15", opened).some((c) => c.entityKey === "05554")).toBe(true);
    expect(eur(foerderung("Borken", 2016, "gesamt", opened))).toBe("180000.00"); // grant start unchanged
    // Kleve: no grant start documented. Förderbeginn 01.01.2018 pays all of 2018, the count stays 53.
    const kleve = scenario(["Förderbeginn Kreis Kleve", "01.01.2018"]);
    expect(eur(foerderung("Kleve", 2018, "gesamt", kleve))).toBe("545000.00");
    expect(centresActiveAt("2018-03-01", kleve)).toHaveLength(53);
    // Eröffnung alone also moves the money where no grant start is documented (Kleve from 01.06.2018: 7/12).
    const klevePos = scenario(["Eröffnung Kleve", "01.06.2018"]);
    expect(eur(foerderung("Kleve", 2018, "gesamt", klevePos))).toBe("317916.67");
  });

  test("Start <Kreis>", () => {
    const s = scenario(["Start Kreis Kleve", "01.09.2017"]);
    expect(eur(foerderung("Kleve", 2017, "gesamt", s))).toBe("181666.67");
    expect(eur(foerderung("Kleve", 2016, "gesamt", s))).toBe("0.00");
  });

  test("Ende <Kreis>", () => {
    const s = scenario(["Ende Stadt Köln", "31.12.2028"]);
    expect(eur(foerderung("Köln", 2028, "gesamt", s))).toBe("507500.00");
    expect(eur(foerderung("Köln", 2029, "gesamt", s))).toBe("0.00");
    expect(stellen("Köln", 2028, "gesamt", s).toString()).toBe("8.5");
    expect(stellen("Köln", 2029, "gesamt", s).toString()).toBe("0");
  });

  test("Zusätzliches KI <Kreis> adds a second centre", () => {
    const s = scenario(["Zusätzliches KI Köln", "01.07.2027"]);
    expect(eur(foerderung("Köln", 2027, "gesamt", s))).toBe("761250.00");
    expect(stellen("Köln", 2027, "gesamt", s).toString()).toBe("17");
    expect(eur(landesmittel(2027, "gesamt", s))).toBe("30200750.00");
  });
});

describe("issues name the row", () => {
  const rows: unknown[][] = [
    ["Parameter", "Wert"], // 1: header, skipped
    ["Betrag je KI", "170.000,00 €"], // 2: fine
    ["Foo", 1], // 3: unknown
    [null, ""], // 4: empty, skipped
    ["", 5], // 5: name missing
    ["Wert je Lehrerstelle", null], // 6: value missing
    ["Sachkosten je KI", "viel"], // 7: bad amount
    ["Wert je Lehrerstelle", -5], // 8: negative
    ["betrag je ki", 1], // 9: duplicate of row 2
    ["Start Atlantis", "01.01.2020"], // 10: unknown Kreis
    ["Start Aachen", "01.01.2020"], // 11: ambiguous Kreis
    ["Start Kreis Kleve", "32.01.2018"], // 12: bad date
    ["Start 05154", "01.09.2017"], // 13: fine
    ["Ende Kleve", "01.01.2017"], // 14: end before start (of row 13)
    ["Steigerung pro Jahr", "2,5"], // 15: 250 % is implausible
    ["Monatsberechnung", "monatsgenau"], // 16: not an option
    ["Basisjahr Steigerung", 2025.5], // 17: not a year
    ["Kommunale Stellen je KI (Gemeinde)", 3], // 18: unknown kind suffix
    ["Lehrerstellen je KI", true], // 19: boolean
    [42, "x"], // 20: name is no text
    ["Betrag je KL", 1], // 21: near a known name
  ];
  const { scenario: s, issues } = parseScenario(rows);

  test.each<[number, string, string]>([
    [3, "Foo", "Unbekannter Parameter „Foo“."],
    [5, "", "Parametername fehlt"],
    [6, "Wert je Lehrerstelle", "Wert für „Wert je Lehrerstelle“ fehlt"],
    [7, "Sachkosten je KI", "„viel“ ist kein gültiger Betrag"],
    [8, "Wert je Lehrerstelle", "negativ"],
    [9, "betrag je ki", "doppelt: bereits in Zeile 2"],
    [10, "Start Atlantis", "Kein Kreis und keine kreisfreie Stadt „Atlantis“"],
    [11, "Start Aachen", "mehrdeutig"],
    [12, "Start Kreis Kleve", "kein gültiges Datum"],
    [14, "Ende Kleve", "Ende 01.01.2017 liegt vor dem Start 01.09.2017"],
    [15, "Steigerung pro Jahr", "unplausibel"],
    [16, "Monatsberechnung", "Erlaubt sind: ab Startmonat, ab Folgemonat, ganzes Jahr"],
    [17, "Basisjahr Steigerung", "kein gültiges Jahr"],
    [18, "Kommunale Stellen je KI (Gemeinde)", "Unbekannter Parameter"],
    [19, "Lehrerstellen je KI", "keine gültige Stellenzahl"],
    [20, "42", "Unbekannter Parameter"],
    [21, "Betrag je KL", "Meinten Sie „Betrag je KI“?"],
  ])("row %i (%s): %s", (row, parameter, text) => {
    const issue = issues.find((i) => i.row === row);
    expect(issue).toBeDefined();
    expect(issue!.parameter).toBe(parameter);
    expect(issue!.message).toContain(text);
  });

  test("exactly the bad rows have issues, in row order", () => {
    expect(issues.map((i) => i.row)).toEqual([3, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21]);
  });

  test("the good rows still make the scenario; bad rows are left out", () => {
    expect(s.amountPerCentre?.toFixed(2)).toBe("170000.00");
    expect(s.startOverrides).toEqual({ "05154": "2017-09-01" });
    expect(s.endDates).toEqual({});
    expect(s.amountPerTeacherPost).toBeUndefined();
    expect(s.increaseRate.toString()).toBe("0");
  });

  test("the unknown-parameter message lists the allowed names", () => {
    expect(issues[0].message).toContain("Erlaubt sind: Bezeichnung, Betrag je KI");
    expect(issues[0].message).toContain("Zusätzliches KI <Kreis>");
  });

  test("the same Kreis in two forms is a duplicate", () => {
    const result = parseScenario([
      ["Start Kreis Kleve", "01.09.2017"],
      ["Start 5154", "01.10.2017"],
    ]);
    expect(result.issues).toEqual([
      {
        row: 2,
        parameter: "Start 5154",
        message: "Parameter „Start 5154“ ist doppelt: bereits in Zeile 1 gesetzt.",
      },
    ]);
  });

  test("a header is only skipped in the first row; rows may have extra columns", () => {
    const result = parseScenario([
      ["Betrag je KI", 1, "Kommentar"],
      ["Parameter", "Wert"],
    ]);
    expect(result.issues.map((i) => i.row)).toEqual([2]);
  });
});

describe("scenarioFromRows", () => {
  test("throws ungueltig naming the first bad row", () => {
    let error: unknown;
    try {
      scenarioFromRows([
        ["Parameter", "Wert"],
        ["Betrag je KI", 1],
        ["Foo", 1],
        ["Bar", 2],
      ]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KiError);
    expect((error as KiError).code).toBe("ungueltig");
    expect((error as KiError).message).toMatch(
      /^Zeile 3: Unbekannter Parameter „Foo“\. Erlaubt sind: .*\(1 weitere Fehler\)$/,
    );
  });

  test("returns a frozen scenario for a clean table", () => {
    const s = scenarioFromRows([["Monatsberechnung", "ab Folgemonat"]]);
    expect(s.proRataBasis).toBe("followingMonth");
    expect(Object.isFrozen(s)).toBe(true);
  });

  test("a hand-built scenario with an unknown key is ungueltig", () => {
    const bad = { ...DEFAULT_SCENARIO, startOverrides: { "99999": "2020-01-01" } };
    expect(() => landesmittel(2020, "gesamt", bad)).toThrow(expect.objectContaining({ code: "ungueltig" }));
  });
});
