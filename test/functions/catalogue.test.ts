/**
 * Every KI.* function called as Excel calls it (numbers, texts, booleans, null for omitted arguments,
 * 2-D arrays for ranges), with expected values worked out by hand from the domain facts:
 *
 * - 2012 guideline (until 31.12.2016): 170.000 € per KI and year for 3,5 municipal posts ("personal")
 *   plus 2 teacher posts valued at 50.000 € each ("lehrer"): 270.000 € per KI and year, 5,5 posts.
 * - Zwölftel-Regelung from the start month on: Coesfeld (12.02.2016) 11/12, Borken (28.06.2016) and
 *   Steinfurt (29.06.2016) 7/12 of 2016; each centre's amount is rounded to the cent.
 * - 49 centres work all of 2015 and 2016; Viersen from 01.01.2017, Kleve from 09.2018.
 * - 2017 expansion (web, assumed maxima): Kreise 170.000 + 3 × 50.000 + 3,5 × 50.000 + 50.000 Sachkosten
 *   = 545.000 €, kreisfreie Städte 170.000 + 2 × 50.000 + 3 × 50.000 + 50.000 = 470.000 €.
 * - Current guideline (from 03.04.2025): Kreise 6 × 57.000 + 22.500 + 3,5 × 50.000 + 50.000 = 589.500 €,
 *   kreisfreie Städte 5 × 57.000 + 22.500 + 3 × 50.000 + 50.000 = 507.500 €.
 * - 31 entities count as Kreis (30 Kreise + StädteRegion Aachen), 23 as kreisfreie Stadt (22 + Stadt Aachen).
 */
import { KI, expectResult, na, serial, value, type Expected } from "./helpers";
import { clearScenarioCache, scenarioCacheStats } from "../../src/functions/scenarioArg";

/** Excel passes null for an omitted optional range; the wrappers' types only say "optional". */
const OMITTED_RANGE = null as unknown as undefined;

type Case = [label: string, call: () => unknown, expected: Expected];

function runCases(cases: Case[]): void {
  test.each(cases)("%s", (_label, call, expected) => expectResult(call(), expected));
}

// 2016 by hand (second source review: Borken's grant from 01.05.2016, 8/12): personal 49 × 170.000 +
// Coesfeld 170.000 × 11/12 (155.833,33) + Borken 170.000 × 8/12 (113.333,33) + Steinfurt 7/12 (99.166,67)
const PERSONAL_2016 = 8_330_000 + 155_833.33 + 113_333.33 + 99_166.67; // 8.698.333,33
// lehrer 49 × 100.000 + 100.000 × 11/12 (91.666,67) + 8/12 (66.666,67) + 7/12 (58.333,33)
const LEHRER_2016 = 4_900_000 + 91_666.67 + 66_666.67 + 58_333.33; // 5.116.666,67
// 2013: Unna, Hagen, Mülheim, Märkischer Kreis 12 months, StädteRegion/Stadt Aachen/Olpe 6, 35 centres 5
// (Duisburg, Krefeld, HSK, Köln, Dortmund, Leverkusen and the 29 with the assumed start 01.08.2013),
// Höxter and Rhein-Erft 4, Lippe 1 (Oberberg only from 08.2014).
const PERSONAL_2013 = 4 * 170_000 + 3 * 85_000 + 35 * 70_833.33 + 2 * 56_666.67 + 14_166.67; // 3.541.666,56

describe("KI.LANDESMITTEL", () => {
  runCases([
    ["2016 gesamt", () => KI.landesmittel(2016), PERSONAL_2016 + LEHRER_2016],
    [
      "2016 as text, omitted optionals as null",
      () => KI.landesmittel("2016", null, OMITTED_RANGE),
      13_815_000,
    ],
    ["2016 personal", () => KI.landesmittel(2016, "personal"), 8_698_333.33],
    ["2016 lehrer, any case", () => KI.landesmittel(2016, " LEHRER "), 5_116_666.67],
    [
      "2016 kommunal = personal under the 2012 guideline",
      () => KI.landesmittel(2016, "kommunal"),
      PERSONAL_2016,
    ],
    ["2015: 49 centres × 270.000", () => KI.landesmittel(2015), 49 * 270_000],
    ["2013 personal, rounded per centre", () => KI.landesmittel(2013, "personal"), PERSONAL_2013],
    [
      "2017: 30 Kreise (Kleve still without) × 545.000 + 23 Städte × 470.000",
      () => KI.landesmittel(2017),
      27_160_000,
    ],
    [
      "2017 zusatzstellen: 30 × 150.000 + 23 × 100.000",
      () => KI.landesmittel(2017, "zusatzstellen"),
      6_800_000,
    ],
    ["2017 sachkosten: 53 × 50.000", () => KI.landesmittel(2017, "sachkosten"), 2_650_000],
    ["2026: 31 × 589.500 + 23 × 507.500", () => KI.landesmittel(2026), 29_947_000],
    ["2026 kommunal: 31 × 364.500 + 23 × 307.500", () => KI.landesmittel(2026, "kommunal"), 18_372_000],
    ["2026 fachkraft: 31 × 342.000 + 23 × 285.000", () => KI.landesmittel(2026, "fachkraft"), 17_157_000],
    ["1x1 range where a scalar is due", () => KI.landesmittel([[2016]], [["lehrer"]]), 5_116_666.67],
    ["empty text bestandteil = gesamt", () => KI.landesmittel(2015, ""), 13_230_000],
    // Hagen December 2012 (14.166,67 + 8.333,33) + Märkischer Kreis December, integration part (14.166,67).
    ["2012: Hagen and Märkischer Kreis in December", () => KI.landesmittel(2012), 36_666.67],
    ["2011: no rule -> #N/A", () => KI.landesmittel(2011), na(/2011.*keine gültige Förderrichtlinie/)],
    [
      "personal does not exist in 2026",
      () => KI.landesmittel(2026, "personal"),
      value(/„personal“ gibt es 2026 nicht.*fachkraft/),
    ],
    [
      "sachkosten does not exist in 2016",
      () => KI.landesmittel(2016, "sachkosten"),
      value(/gibt es 2016 nicht/),
    ],
    ["unknown bestandteil", () => KI.landesmittel(2016, "Kaffee"), value(/„kaffee“ gibt es 2016 nicht/)],
    ["bestandteil as a number", () => KI.landesmittel(2016, 5), value(/„bestandteil“ erwartet einen Text/)],
    ["fraction of a year", () => KI.landesmittel(2016.5), value(/ganzes Jahr.*2016,5/)],
    ["date serial as year", () => KI.landesmittel(42370), value(/1900 bis 2999.*JAHR/)],
    ["negative year", () => KI.landesmittel(-2016), value(/1900 bis 2999/)],
    ["missing year", () => KI.landesmittel(null), value(/„jahr“ fehlt/)],
    ["boolean year", () => KI.landesmittel(true), value(/WAHR\/FALSCH/)],
    ["text year", () => KI.landesmittel("zweitausend"), value(/„jahr“ erwartet ein Jahr/)],
    // jahr spreads over a range (broadcast.test.ts); bestandteil stays one value.
    [
      "range where a component is due",
      () => KI.landesmittel(2016, [["lehrer", "personal"]]),
      value(/einzelnen Wert.*1 × 2/),
    ],
  ]);
});

describe("KI.FOERDERUNG", () => {
  runCases([
    // Grant from 01.05.2016 (vorzeitiger Maßnahmebeginn), opened 28.06.2016: money May–December.
    ["Borken 2016: 8/12 of 270.000", () => KI.foerderung("Kreis Borken", 2016), 113_333.33 + 66_666.67],
    ["Coesfeld by key text: 11/12", () => KI.foerderung("05558", "2016"), 155_833.33 + 91_666.67],
    ["Steinfurt by numeric key, personal", () => KI.foerderung(5566, 2016, "personal"), 99_166.67],
    ["Düren 2016 full year, loose spelling", () => KI.foerderung("DÜREN ", 2016), 270_000],
    ["dueren transliterated", () => KI.foerderung("dueren", 2015, "lehrer"), 100_000],
    ["Kleve 2016: no centre -> 0", () => KI.foerderung("Kleve", 2016), 0],
    [
      "Kleve 2018: 4/12 of 545.000",
      () => KI.foerderung("Kreis Kleve", 2018),
      56_666.67 + 50_000 + 58_333.33 + 16_666.67,
    ],
    ["Viersen 2017: Kreis, full year", () => KI.foerderung("Viersen", 2017), 545_000],
    ["Köln 2017: kreisfreie Stadt", () => KI.foerderung("Stadt Köln", 2017), 470_000],
    ["Stadt Aachen 2026", () => KI.foerderung("05334002", 2026), 507_500],
    ["StädteRegion Aachen 2026", () => KI.foerderung("StädteRegion Aachen", 2026), 589_500],
    ["Mülheim a.d. Ruhr 2026 kommunal", () => KI.foerderung("Mülheim a.d. Ruhr", 2026, "kommunal"), 307_500],
    ["1x1 ranges", () => KI.foerderung([["Düren"]], [[2016]]), 270_000],
    [
      "ambiguous Aachen -> #N/A naming both",
      () => KI.foerderung("Aachen", 2016),
      na(/mehrdeutig.*05334\).*05334002/),
    ],
    ["Kreis Aachen -> #N/A", () => KI.foerderung("Kreis Aachen", 2016), na(/mehrdeutig/)],
    [
      "unknown name -> #N/A",
      () => KI.foerderung("Atlantis", 2016),
      na(/Atlantis.*nicht gefunden|Kein Kreis/),
    ],
    ["typo offers the nearest name", () => KI.foerderung("Dürn", 2016), na(/Meinten Sie.*Düren/)],
    ["unknown key -> #N/A", () => KI.foerderung(9999, 2016), na(/Schlüssel/)],
    ["no rule 2011 -> #N/A", () => KI.foerderung("Düren", 2011), na(/keine gültige Förderrichtlinie/)],
    ["empty kreis", () => KI.foerderung("", 2016), value(/„kreis“ fehlt/)],
    ["blank kreis", () => KI.foerderung("   ", 2016), value(/„kreis“ fehlt/)],
    ["boolean kreis", () => KI.foerderung(false, 2016), value(/WAHR\/FALSCH/)],
    ["fractional key", () => KI.foerderung(5358.5, 2016), value(/kein Kreisschlüssel/)],
    ["negative key", () => KI.foerderung(-5358, 2016), value(/kein Kreisschlüssel/)],
    ["missing year", () => KI.foerderung("Düren", null), value(/„jahr“ fehlt/)],
    [
      "#N/A passed in stays #N/A",
      () => KI.foerderung({ code: "#N/A" }, 2016),
      na(/„kreis“ enthält den Fehlerwert #N\/A/),
    ],
    ["#DIV/0! passed in -> #VALUE!", () => KI.foerderung("Düren", { code: "#DIV/0!" }), value(/#DIV\/0!/)],
    // functions.json allows custom data for "any": rich cell values are read through their plain value.
    [
      "entity and formatted-number cell values",
      () =>
        KI.foerderung({ type: "Entity", text: "Kreis Düren" }, { type: "FormattedNumber", basicValue: 2016 }),
      270_000,
    ],
    [
      "a rich error value",
      () => KI.foerderung({ type: "Error", basicValue: "#N/A" }, 2016),
      na(/Fehlerwert #N\/A/),
    ],
  ]);
});

describe("KI.STELLEN", () => {
  runCases([
    ["Düren 2016: 3,5 + 2", () => KI.stellen("Düren", 2016), 5.5],
    ["Düren 2016 kommunal", () => KI.stellen("Düren", 2016, "kommunal"), 3.5],
    ["Düren 2016 lehrer", () => KI.stellen("Düren", "2016", "Lehrer"), 2],
    ["Düren 2017: Kreis 6,5 + 3,5", () => KI.stellen("Düren", 2017), 10],
    ["Köln 2017: Stadt 5,5 + 3", () => KI.stellen("Köln", 2017), 8.5],
    ["Kleve 2017: no centre", () => KI.stellen("Kleve", 2017), 0],
    ["Kleve 2018: on 31.12. working", () => KI.stellen("Kleve", 2018), 10],
    ["Kreis 2026 kommunal: 6 + 0,5", () => KI.stellen("Kreis Düren", 2026, "kommunal"), 6.5],
    ["Stadt 2026 kommunal: 5 + 0,5", () => KI.stellen("Köln", 2026, "kommunal"), 5.5],
    ["empty art = gesamt", () => KI.stellen("Köln", 2026, ""), 8.5],
    ["no rule 2011", () => KI.stellen("Düren", 2011), na(/31\.12\.2011.*keine gültige Förderrichtlinie/)],
    [
      "unknown art",
      () => KI.stellen("Düren", 2016, "chef"),
      value(/„art“: „chef“ ist unbekannt.*„gesamt“, „kommunal“, „lehrer“/),
    ],
    ["art as number", () => KI.stellen("Düren", 2016, 1), value(/„art“ erwartet einen Text/)],
    ["ambiguous", () => KI.stellen("Aachen", 2016), na(/mehrdeutig/)],
  ]);

  // Düren has the same posts in every year from 2017 on, so comparing with today's year could not
  // catch a wrong default: the clock is set to years whose posts differ (2012: none yet, 2016: 5,5).
  describe("jahr omitted means the current year", () => {
    afterEach(() => jest.useRealTimers());

    test.each<[string, Date, number]>([
      ["2016: 3,5 municipal + 2 teachers", new Date(2016, 5, 15, 12), 5.5],
      ["2012: no centre yet", new Date(2012, 11, 31, 23, 59), 0],
    ])("%s", (_label, now, posts) => {
      jest.useFakeTimers({ now, doNotFake: ["nextTick", "setImmediate"] });
      expect(KI.stellen("Düren", null)).toBe(posts);
      expect(KI.stellen("Düren")).toBe(posts);
      expect(KI.stellen("Düren", "")).toBe(posts);
      expect(KI.stellen("Düren", now.getFullYear())).toBe(posts);
    });
  });
});

describe("KI.ZENTREN", () => {
  runCases([
    // Counts follow the openings; Oberbergischer Kreis only from 08.2014 (second source review): 45, not 46.
    ["31.12.2013 as a year: 45", () => KI.zentren(2013), 45],
    ["31.12.2013 as German text", () => KI.zentren("31.12.2013"), 45],
    ["25.04.2014 (seed 004: 49 running or about to start): 46 running", () => KI.zentren("25.04.2014"), 46],
    ["end of 2014 and 2015: 49", () => KI.zentren("2015"), 49],
    ["11.02.2016: 49", () => KI.zentren("2016-02-11"), 49],
    ["12.02.2016 Coesfeld: 50", () => KI.zentren(serial(2016, 2, 12)), 50],
    ["28.06.2016 Borken: 51", () => KI.zentren("28.06.2016"), 51],
    ["29.06.2016 Steinfurt: 52", () => KI.zentren("29.06.2016"), 52],
    ["01.01.2017 Viersen: 53", () => KI.zentren(serial(2017, 1, 1)), 53],
    ["31.08.2018 (serial 43343): 53", () => KI.zentren(43343), 53],
    ["01.09.2018 Kleve: 54", () => KI.zentren(43344), 54],
    ["date with a time of day", () => KI.zentren(43344.75), 54],
    ["month text 09.2018 = 01.09.2018", () => KI.zentren("09.2018"), 54],
    ["2012: Hagen and Märkischer Kreis (12.2012)", () => KI.zentren(2012), 2],
    ["30.11.2012: none", () => KI.zentren("30.11.2012"), 0],
    ["01.01.2000 (serial 36526), the earliest date taken", () => KI.zentren(36526), 0],
    // Numbers that are neither a whole year 1900–2999 nor a serial from 01.01.2000 on would be days
    // in 1900–1908 (2016.5 = 08.07.1905, 0 centres): refused with the way out.
    ...(
      [
        ["fractional year", 2016.5],
        ["year before 1900", 1899],
        ["year before 1900 as text", "1899"],
        ["year after 2999", 3000],
        ["a serial in 1900", 100],
        ["31.12.1999 (serial 36525)", 36525],
      ] as Array<[string, unknown]>
    ).map(
      ([label, arg]) =>
        [
          label,
          () => KI.zentren(arg),
          value(
            /^„stichtag“: .* ist weder ein ganzes Jahr \(1900–2999\) noch ein Datum ab 01\.01\.2000: bitte ein Jahr als ganze Zahl \(2016\) oder ein Datum eingeben, z\. B\. DATUM\(2016;12;31\)\.$/,
          ),
        ] as Case,
    ),
    ["serial 60, the non-existent 29.02.1900", () => KI.zentren(60), value(/weder ein ganzes Jahr/)],
    ["1x1 range", () => KI.zentren([[2016]]), 52],
    ["missing", () => KI.zentren(null), value(/„stichtag“ fehlt/)],
    ["empty text", () => KI.zentren(""), value(/„stichtag“ fehlt/)],
    ["boolean", () => KI.zentren(true), value(/WAHR\/FALSCH/)],
    ["negative", () => KI.zentren(-1), value(/weder ein ganzes Jahr/)],
    ["zero", () => KI.zentren(0), value(/weder ein ganzes Jahr/)],
    ["beyond 31.12.9999", () => KI.zentren(3e6), value(/Excel-Seriennummer/)],
    ["impossible date", () => KI.zentren("31.02.2016"), value(/kein gültiges Datum/)],
    ["text", () => KI.zentren("gestern"), value(/„stichtag“: .*kein Datum/)],
  ]);
});

describe("KI.LUECKEN", () => {
  runCases([
    [
      "2016: Kleve and Viersen",
      () => KI.luecken(2016),
      [
        ["05154", "Kleve", "Kreis"],
        ["05166", "Viersen", "Kreis"],
      ],
    ],
    ["31.08.2018: Kleve", () => KI.luecken("31.08.2018"), [["05154", "Kleve", "Kreis"]]],
    ["01.09.2018: none", () => KI.luecken("01.09.2018"), na(/^keine Lücken: am 01\.09\.2018 haben alle 54/)],
    ["bad date", () => KI.luecken("morgen"), value(/„stichtag“/)],
  ]);

  test("2013: the 9 entities whose centres started later", () => {
    const rows = KI.luecken(2013) as unknown[][];
    expect(rows.map((r) => r[1])).toEqual(
      [
        "Oberbergischer Kreis",
        "Kleve",
        "Viersen",
        "Heinsberg",
        "Rhein-Sieg-Kreis",
        "Mönchengladbach",
        "Borken",
        "Coesfeld",
        "Steinfurt",
      ].sort((a, b) => keyOf(a).localeCompare(keyOf(b))),
    );
  });

  // The clock is set to a day with gaps (Kleve and Viersen opened later, see "2016" above): with the
  // real clock every entity has a centre, and a default of any later day would pass unnoticed.
  describe("stichtag omitted means today", () => {
    afterEach(() => jest.useRealTimers());

    test.each<[string, Date, string[]]>([
      ["31.12.2016: Kleve and Viersen", new Date(2016, 11, 31, 12), ["Kleve", "Viersen"]],
      ["31.08.2018, 23:59 local time: Kleve", new Date(2018, 7, 31, 23, 59), ["Kleve"]],
    ])("%s", (_label, now, names) => {
      jest.useFakeTimers({ now, doNotFake: ["nextTick", "setImmediate"] });
      expect((KI.luecken() as unknown[][]).map((r) => r[1])).toEqual(names);
      expect((KI.luecken(null, OMITTED_RANGE) as unknown[][]).map((r) => r[1])).toEqual(names);
    });

    test("01.09.2018: none", () => {
      jest.useFakeTimers({ now: new Date(2018, 8, 1, 0, 1), doNotFake: ["nextTick", "setImmediate"] });
      expectResult(KI.luecken(), na(/^keine Lücken: am 01\.09\.2018/));
    });
  });
});

const KEYS: Record<string, string> = {
  Kleve: "05154",
  Viersen: "05166",
  Heinsberg: "05370",
  "Oberbergischer Kreis": "05374",
  "Rhein-Sieg-Kreis": "05382",
  Mönchengladbach: "05116",
  Borken: "05554",
  Coesfeld: "05558",
  Steinfurt: "05566",
};
const keyOf = (name: string) => KEYS[name];

describe("KI.REGISTERTABELLE", () => {
  test("2016: header plus one row per entity, 11 columns", () => {
    const table = KI.register(2016) as unknown[][];
    expect(table).toHaveLength(55);
    expect(table[0]).toEqual([
      "Schlüssel",
      "Name",
      "Art",
      "Regierungsbezirk",
      "Start",
      "Status",
      "Stellen",
      "Quelle",
      "Start bekannt",
      "Förderbeginn",
      "Förderbeginn bekannt",
    ]);
    expect(table.every((row) => row.length === 11)).toBe(true);
    const byName = new Map(table.slice(1).map((row) => [row[1], row]));
    expect(byName.get("Kleve")).toEqual([
      "05154",
      "Kleve",
      "Kreis",
      "Düsseldorf",
      serial(2018, 9, 1),
      "noch kein Zentrum",
      0,
      expect.stringContaining("web:kreis-kleve-2018 (06.09.2018)"),
      expect.stringMatching(/^angenommen: 09\.2018/),
      serial(2018, 9, 1),
      expect.stringMatching(/^angenommen: kein Förderbeginn belegt: gerechnet ab Eröffnung/),
    ]);
    const borken = byName.get("Borken")!;
    expect([borken[4], borken[9]]).toEqual([serial(2016, 6, 28), serial(2016, 5, 1)]);
    expect(borken[10]).toMatch(/^belegt: 01\.05\.2016/);
    expect(byName.get("Borken")?.slice(0, 7)).toEqual([
      "05554",
      "Borken",
      "Kreis",
      "Münster",
      serial(2016, 6, 28),
      "aktiv",
      5.5,
    ]);
    expect(byName.get("Düren")?.[4]).toBe(serial(2013, 8, 1));
    expect(byName.get("Stadt Aachen")?.[2]).toMatch(/kreisfreie Stadt/);
  });

  test("a centre working on a day without a rule shows 'keine Regel', not 0", () => {
    const table = KI.register(2011, [["Start Unna", "01.01.2011"]]) as unknown[][];
    const unna = table.find((row) => row[1] === "Unna");
    expect(unna?.[5]).toBe("aktiv");
    expect(unna?.[6]).toBe("keine Regel");
  });

  runCases([["bad date", () => KI.register(true), value(/WAHR\/FALSCH/)]]);
});

describe("KI.INFO", () => {
  runCases([
    ["name", () => KI.info("dueren", "name"), "Düren"],
    ["vollname", () => KI.info("5358", "vollname"), "Kreis Düren"],
    ["schluessel from a numeric key", () => KI.info(5358, "schluessel"), "05358"],
    ["Schlüssel with umlaut", () => KI.info("Düren", "Schlüssel"), "05358"],
    ["art", () => KI.info("Köln", "art"), "kreisfreie Stadt"],
    ["bezirk from the 3rd digit", () => KI.info("Düren", "bezirk"), "Köln"],
    ["start as an Excel date", () => KI.info("Kleve", "start"), serial(2018, 9, 1)],
    [
      "bekannt",
      () => KI.info("Borken", "bekannt"),
      "28.06.2016 (Eröffnung des 51. KI, Übergabe des Bewilligungsbescheids)",
    ],
    ["eroeffnung as an Excel date", () => KI.info("Borken", "eroeffnung"), serial(2016, 6, 28)],
    ["eroeffnung_status", () => KI.info("Borken", "eroeffnung_status"), "belegt"],
    ["foerderbeginn as an Excel date", () => KI.info("Borken", "foerderbeginn"), serial(2016, 5, 1)],
    ["foerderbeginn_status", () => KI.info("Borken", "Förderbeginn_Status"), "belegt"],
    [
      "foerderbeginn_bekannt",
      () => KI.info("Borken", "foerderbeginn_bekannt"),
      "01.05.2016: „mit der Genehmigung eines vorzeitigen Maßnahmebeginns am 01. Mai 2016“",
    ],
    [
      "foerderbeginn_quelle: the full address",
      () => KI.info("Borken", "foerderbeginn_quelle"),
      "Sitzungsvorlage: KI „mit der Genehmigung eines vorzeitigen Maßnahmebeginns am 01. Mai 2016 wie vorgesehen " +
        "gestartet“; KOMM-AN 2016: 161.088 € · Kreis Borken · abgerufen 12.2026 · " +
        "https://secure.kreis-borken.de/BI/vo0050.asp?__kvonr=5229 (web:kreis-borken-vorlage)",
    ],
    [
      "foerderbeginn without a documented one is the opening",
      () => KI.info("Kleve", "foerderbeginn"),
      serial(2018, 9, 1),
    ],
    [
      "Märkischer Kreis foerderbeginn 12.2012",
      () => KI.info("Märkischer Kreis", "foerderbeginn"),
      serial(2012, 12, 1),
    ],
    [
      "Oberbergischer Kreis eroeffnung 08.2014",
      () => KI.info("Oberbergischer Kreis", "eroeffnung"),
      serial(2014, 8, 1),
    ],
    ["status belegt", () => KI.info("Borken", "status"), "belegt"],
    [
      "hinweis for the old key of the Stadt Aachen",
      () => KI.info("05313", "hinweis"),
      "05313 ist der alte Schlüssel der Stadt Aachen (bis 2009); heute 05334002 (Stadt Aachen).",
    ],
    [
      "hinweis for the old key of the Kreis Aachen, given as a number",
      () => KI.info(5354, "hinweis"),
      "05354 ist der alte Schlüssel des Kreises Aachen (bis 21.10.2009); Nachfolger ist die StädteRegion Aachen (05334).",
    ],
    ["an old key resolves to its successor", () => KI.info("05354", "schluessel"), "05334"],
    ["hinweis is empty for a current key", () => KI.info("05334", "hinweis"), ""],
    ["status angenommen", () => KI.info("Düren", "status"), "angenommen"],
    ["status widersprüchlich", () => KI.info("Köln", "STATUS"), "widersprüchlich"],
    ["unknown feld", () => KI.info("Düren", "farbe"), value(/„feld“: „farbe“ ist unbekannt/)],
    ["missing feld", () => KI.info("Düren", null), value(/„feld“ fehlt/)],
    ["ambiguous", () => KI.info("Aachen", "name"), na(/mehrdeutig/)],
  ]);

  test("quelle cites the seed with its title", () => {
    expect(KI.info("Borken", "quelle")).toMatch(/^Presseinformation 529\/7\/2016: .*\(seed:000\)$/);
  });
});

describe("szenario ranges", () => {
  const header = ["Parameter", "Wert"];
  runCases([
    [
      "Betrag je KI 175.000: 2015 personal 49 × 175.000",
      () => KI.landesmittel(2015, "personal", [header, ["Betrag je KI", 175000]]),
      8_575_000,
    ],
    [
      "Wert je Lehrerstelle as German text",
      () => KI.landesmittel(2015, "lehrer", [["Wert je Lehrerstelle", "55.000 €"]]),
      49 * 110_000,
    ],
    [
      "ganzes Jahr: 52 × 270.000 in 2016",
      () => KI.landesmittel(2016, null, [["Monatsberechnung", "ganzes Jahr"]]),
      14_040_000,
    ],
    // ab Folgemonat: Coesfeld from March (10/12), Borken from May (grant start on the 1st, 8/12),
    // Steinfurt from July (6/12)
    [
      "ab Folgemonat 2016",
      () => KI.landesmittel(2016, "gesamt", [header, ["Monatsberechnung", "ab Folgemonat"]]),
      8_330_000 + 141_666.67 + 113_333.33 + 85_000 + 4_900_000 + 83_333.33 + 66_666.67 + 50_000,
    ],
    [
      "Start Kreis Kleve 01.01.2016: 53 centres at the end of 2016",
      () => KI.zentren(2016, [["Start Kreis Kleve", "01.01.2016"]]),
      53,
    ],
    [
      "Start Kreis Kleve: Kleve funded in 2016",
      () => KI.foerderung("Kleve", 2016, "gesamt", [["Start Kreis Kleve", "01.01.2016"]]),
      270_000,
    ],
    [
      "Zusätzliches KI Köln: funding doubles",
      () => KI.foerderung("Köln", 2016, null, [["Zusätzliches KI Köln", "01.01.2016"]]),
      540_000,
    ],
    [
      "Zusätzliches KI Köln: posts double",
      () => KI.stellen("Köln", 2016, null, [["Zusätzliches KI Köln", "01.01.2016"]]),
      11,
    ],
    [
      "Zusätzliches KI Köln: Köln still counts once",
      () => KI.zentren(2016, [["Zusätzliches KI Köln", "01.01.2016"]]),
      52,
    ],
    [
      "Ende Stadt Köln 31.12.2015: no money 2016",
      () => KI.foerderung("Köln", 2016, null, [["Ende Stadt Köln", "31.12.2015"]]),
      0,
    ],
    [
      "Steigerung 2,5 % from 2025: Stadt 2026 × 1,025",
      () => KI.foerderung("Köln", 2026, null, [["Steigerung pro Jahr", "2,5 %"]]),
      520_187.5,
    ],
    [
      "empty range = defaults",
      () =>
        KI.landesmittel(2015, null, [
          [null, null],
          ["", ""],
        ]),
      13_230_000,
    ],
    ["header only = defaults", () => KI.landesmittel(2015, null, [header]), 13_230_000],
    ["an empty cell passed as szenario", () => KI.landesmittel(2015, null, [[""]]), 13_230_000],
    [
      "extra columns are ignored",
      () => KI.landesmittel(2015, "personal", [["Betrag je KI", 175000, "Notiz"]]),
      8_575_000,
    ],
    [
      "malformed value names the row",
      () => KI.landesmittel(2015, null, [header, ["Betrag je KI", "viel"]]),
      value(/Zeile 2: .*Betrag je KI/),
    ],
    [
      "unknown parameter",
      () => KI.landesmittel(2015, null, [["Betrag je Kita", 1]]),
      value(/Zeile 1: Unbekannter Parameter.*Meinten Sie „Betrag je KI“/),
    ],
    [
      "duplicate parameter",
      () =>
        KI.landesmittel(2015, null, [
          ["Betrag je KI", 1],
          ["Betrag je KI", 2],
        ]),
      value(/doppelt/),
    ],
    [
      "unknown Kreis in a parameter",
      () => KI.landesmittel(2015, null, [["Start Atlantis", "01.01.2016"]]),
      value(/Zeile 1: .*Atlantis/),
    ],
    [
      "an error value in the table",
      () => KI.landesmittel(2015, null, [["Betrag je KI", { code: "#REF!" }]]),
      value(/Zeile 1, Spalte 2: .*#REF!/),
    ],
    [
      "a single value instead of a range",
      () => KI.landesmittel(2015, null, "Szenario A" as never),
      value(/zwei Spalten.*keinen Einzelwert/),
    ],
    [
      "1001 rows",
      () =>
        KI.landesmittel(
          2015,
          null,
          Array.from({ length: 1001 }, () => ["", ""]),
        ),
      value(/zu groß: 1001 Zeilen/),
    ],
    [
      "11 columns",
      () => KI.landesmittel(2015, null, [Array.from({ length: 11 }, () => "")]),
      value(/zu breit: 11 Spalten/),
    ],
  ]);

  test("a range passed by thousands of cells is parsed once per content", () => {
    clearScenarioCache();
    const rows = () => [
      ["Parameter", "Wert"],
      ["Betrag je KI", 175000],
      ["Monatsberechnung", "ab Folgemonat"],
    ];
    const first = KI.foerderung("Düren", 2016, null, rows());
    for (let i = 0; i < 2000; i++) {
      // A fresh array each time, as Excel hands every formula its own copy of the range.
      expect(KI.foerderung(i % 2 === 0 ? "Köln" : "Düren", 2016, null, rows())).toEqual(
        i % 2 === 0 ? KI.foerderung("Köln", 2016, null, rows()) : first,
      );
    }
    expect(scenarioCacheStats().misses).toBe(1);
    // A changed cell is a new content: parsed once more, and the result follows it.
    const changed = rows();
    changed[1][1] = 180000;
    expect(KI.foerderung("Düren", 2016, "personal", changed)).toBe(180_000);
    expect(scenarioCacheStats().misses).toBe(2);
  });

  test("a malformed range is not re-parsed by every cell either", () => {
    clearScenarioCache();
    for (let i = 0; i < 100; i++)
      expectResult(KI.landesmittel(2015, null, [["Betrag je KI", "viel"]]), value(/Zeile 1/));
    expect(scenarioCacheStats().misses).toBe(1);
  });

  test("the cache stays bounded", () => {
    clearScenarioCache();
    for (let i = 0; i < 500; i++) KI.landesmittel(2015, null, [["Betrag je KI", 100000 + i]]);
    expect(scenarioCacheStats().size).toBeLessThanOrEqual(64);
  });
});
