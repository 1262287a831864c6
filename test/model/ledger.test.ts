/**
 * The Vollzug tables: headers by name, every row check with its German message, sums, and each flag
 * on a hand-made case. Model amounts used here are worked out by hand from the sources, not read from
 * the model: a centre working all of 2016 under the 2012 guideline gets 170.000 € from the integration
 * ministry (seed:000, seed:001) beside two teacher posts, which are not granted money; a Kreis in
 * 2024 gets 170.000 + 3 × 50.000 + 50.000 Sachkosten = 370.000 € (sgk.nrw expansion, as in rules.ts).
 * Kleve had no centre in 2016 (domain: until 09.2018).
 */
import Decimal from "decimal.js";
import { KiError } from "../../src/model";
import {
  grantedAmount,
  grantRowsOf,
  paidInYear,
  parseBescheide,
  parseLedger,
  parseNachweise,
  parseZahlungen,
  refuseIfConcerned,
  twoMonthBreach,
  vollzugYear,
  BESCHEIDE,
  type Ledger,
  type VollzugRow,
} from "../../src/model/ledger";

const B = ["Kreis", "Jahr", "Bescheid-Nr.", "Datum", "Bestandteil", "Betrag", "Bemerkung"];
const Z = ["Kreis", "Datum", "Betrag", "Bescheid-Nr.", "Art"];
const N = [
  "Kreis",
  "Jahr",
  "fällig am",
  "eingegangen am",
  "geprüft am",
  "anerkannter Betrag",
  "Rückforderung",
  "Bemerkung",
];

const messagesOf = (parsed: { bad: { row: number; messages: string[] }[] }, row: number): string =>
  parsed.bad.find((b) => b.row === row)?.messages.join(" ") ?? "(keine Meldung)";

describe("headers", () => {
  test("are found by name, in any order, with the user's columns between them", () => {
    const parsed = parseBescheide([
      ["betrag", "Meine Notiz", "KREIS", "Bescheid Nr", "jahr", "Datum", "Bestandteil"],
      [170000, "x", "Düren", "36.1-2016/01", 2016, "01.02.2016", "gesamt"],
    ]);
    expect(parsed.bad).toEqual([]);
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.rows[0]).toMatchObject({
      entityKey: "05358",
      year: 2016,
      number: "36.1-2016/01",
      date: "2016-02-01",
    });
    expect(parsed.rows[0].amount.toFixed(2)).toBe("170000.00");
  });

  test("a missing column refuses the table, naming it and what was found", () => {
    expect(() => parseBescheide([["Kreis", "Jahr", "Bescheid-Nr.", "Datum", "Bestandteil"]])).toThrow(
      "Tabelle KI-Bescheide: die Spalte „Betrag“ fehlt in der Kopfzeile (gefunden: „Kreis“, „Jahr“, „Bescheid-Nr.“, „Datum“, „Bestandteil“).",
    );
  });

  test("a column found twice refuses the table rather than guessing", () => {
    expect(() => parseZahlungen([["Kreis", "Datum", "Betrag", "Bescheid-Nr.", "Art", "Betrag"]])).toThrow(
      "Tabelle KI-Zahlungen: die Spalte „Betrag“ kommt 2-mal vor (Spalten 3, 6); bitte nur eine so benennen.",
    );
  });

  test("something that is no range is refused with the table's name", () => {
    expect(() => parseNachweise("KI_Nachweise")).toThrow(KiError);
    expect(() => parseNachweise("KI_Nachweise")).toThrow("Tabelle KI-Nachweise: erwartet wird der Bereich");
  });
});

describe("row checks of KI-Bescheide", () => {
  const row = (over: Partial<Record<string, unknown>>) => {
    const base: Record<string, unknown> = {
      Kreis: "Düren",
      Jahr: 2016,
      "Bescheid-Nr.": "A-1",
      Datum: "01.02.2016",
      Bestandteil: "gesamt",
      Betrag: 1000,
      Bemerkung: null,
    };
    const merged = { ...base, ...over };
    return B.map((h) => merged[h]);
  };
  const one = (over: Partial<Record<string, unknown>>) => parseBescheide([B, row(over)]);

  test.each([
    [
      { Kreis: "Dürn" },
      "Kreis: Kein Kreis und keine kreisfreie Stadt „Dürn“ in NRW gefunden. Meinten Sie: Kreis Düren",
    ],
    [{ Kreis: "Aachen" }, "Kreis: „Aachen“ ist mehrdeutig"],
    [{ Kreis: null }, "Kreis fehlt."],
    [{ Jahr: "20x6" }, "Jahr: „20x6“ ist kein Jahr (erwartet eine ganze Zahl wie 2024)."],
    [{ Jahr: 2016.5 }, "Jahr: „2016.5“ ist kein Jahr"],
    [{ Betrag: -5 }, "Betrag: -5 ist negativ; bewilligte Beträge sind nie negativ"],
    [{ Betrag: "-1.000,00" }, "Betrag: -1000 ist negativ"],
    [{ Betrag: 1000.005 }, "Betrag: 1000,005 hat mehr als zwei Nachkommastellen"],
    [
      { Betrag: "1234.56" },
      "Betrag: „1234.56“ ist kein Betrag (erwartet eine Zahl oder deutsche Schreibweise wie 1.234,56).",
    ],
    [{ Betrag: null }, "Betrag fehlt."],
    [{ "Bescheid-Nr.": "  " }, "Bescheid-Nr. fehlt."],
    [{ Datum: "31.02.2016" }, "Datum: '31.02.2016' ist kein gültiges Datum"],
    [{ Datum: 2016 }, "Datum: „2016“ ist kein Datum ab 01.01.2000"],
    [
      { Bestandteil: "zusatzstellen" },
      "Bestandteil „zusatzstellen“ gibt es 2016 nicht; möglich sind „gesamt“, „personal“.",
    ],
    [{ Bestandteil: "lehrer" }, "Lehrerstellen sind abgeordnete Lehrkräfte des Landes, keine Zuwendung"],
    [{ Betrag: { code: "#N/A" } }, "Betrag: die Zelle enthält den Fehlerwert #N/A."],
  ])("%j is reported with its German message", (over, message) => {
    const parsed = one(over);
    expect(parsed.rows).toEqual([]);
    expect(messagesOf(parsed, 2)).toContain(message);
  });

  test("German amounts as text are read exactly, a blank Bestandteil is gesamt", () => {
    const parsed = one({ Betrag: "1.234,56 €", Bestandteil: null });
    expect(parsed.bad).toEqual([]);
    expect(parsed.rows[0].amount.toFixed(2)).toBe("1234.56");
    expect(parsed.rows[0].component).toBe("gesamt");
  });

  test("a row with several problems reports all of them", () => {
    expect(messagesOf(one({ Kreis: "Dürn", Betrag: -1 }), 2)).toMatch(/Kreis: .*Betrag: -1 ist negativ/);
  });

  test("blank rows are skipped, also when only the user's own column holds something", () => {
    const parsed = parseBescheide([
      [...B, "Notiz"],
      [null, null, "", null, null, null, null, "nur eine Notiz"],
      [...row({}), null],
    ]);
    expect(parsed.bad).toEqual([]);
    expect(parsed.rows.map((r) => r.row)).toEqual([3]);
  });

  test("a Bescheid-Nr. twice for the same year and component: both rows reported, neither summed", () => {
    const parsed = parseBescheide([
      B,
      row({}),
      row({ Betrag: 2000 }),
      row({ Jahr: 2017, Datum: "01.02.2017" }),
    ]);
    expect(parsed.rows.map((r) => r.row)).toEqual([4]);
    expect(messagesOf(parsed, 2)).toBe(
      "Bescheid-Nr. „A-1“ steht für 2016, Bestandteil „gesamt“ mehrfach (auch in Zeile 3); je Bescheid, Jahr und Bestandteil bitte eine Zeile.",
    );
    expect(messagesOf(parsed, 3)).toContain("(auch in Zeile 2)");
  });

  test("one Bescheid-Nr. for two Kreise is reported on both rows", () => {
    const parsed = parseBescheide([B, row({}), row({ Kreis: "Köln", Jahr: 2017 })]);
    expect(parsed.rows).toEqual([]);
    expect(messagesOf(parsed, 2)).toContain(
      "Bescheid-Nr. „A-1“ gehört hier zu Kreis Düren (05358), in Zeile 3 aber zu Stadt Köln (05315); ein Bescheid hat einen Empfänger.",
    );
  });

  test("a year given as gesamt and by component is reported (the money would count twice)", () => {
    const parsed = parseBescheide([
      B,
      row({ Jahr: 2024, Datum: "01.02.2024" }),
      row({ Jahr: 2024, Datum: "01.02.2024", "Bescheid-Nr.": "A-2", Bestandteil: "personal" }),
    ]);
    expect(parsed.rows).toEqual([]);
    expect(messagesOf(parsed, 2)).toContain(
      "Für Kreis Düren (05358) 2024 gibt es Zeilen mit Bestandteil „gesamt“ (Zeile 2) und je Bestandteil (Zeile 3)",
    );
  });
});

/** A ledger from rows without headers (headers added). */
function ledger(bescheide: unknown[][], zahlungen: unknown[][] = [], nachweise: unknown[][] = []): Ledger {
  return parseLedger([B, ...bescheide], [Z, ...zahlungen], [N, ...nachweise]);
}

describe("row checks of KI-Zahlungen and KI-Nachweise", () => {
  const grant = ["Düren", 2016, "A-1", "01.02.2016", "gesamt", 120000, null];

  test.each([
    [
      ["Düren", "15.03.2016", -10, "A-1", "Abschlag"],
      "Betrag: -10 ist negativ; bitte den Betrag positiv eintragen; eine Rückzahlung mit Art „Rückzahlung“",
    ],
    [
      ["Düren", "15.03.2016", 10, "A-1", "Vorschuss"],
      "Art „Vorschuss“ ist unbekannt; möglich sind „Abschlag“, „Schlusszahlung“, „Rückzahlung“.",
    ],
    [["Düren", null, 10, "A-1", "Abschlag"], "Datum fehlt."],
    [
      ["Düren", "15.03.2016", 10, "B-9", "Abschlag"],
      "Bescheid-Nr. „B-9“ gibt es in KI-Bescheide nicht: eine Zahlung ohne Bescheid.",
    ],
    [
      ["Düren", "15.01.2017", 10, "A-1", "Abschlag"],
      "Abschlag vom 15.01.2017 liegt außerhalb der Jahre des Bescheids „A-1“ (2016).",
    ],
    [
      ["Düren", "15.12.2015", 10, "A-1", "Rückzahlung"],
      "Rückzahlung vom 15.12.2015 liegt vor dem ersten Jahr des Bescheids „A-1“ (2016).",
    ],
    [
      ["Düren", "15.01.2016", 10, "A-1", "Abschlag"],
      "Abschlag vom 15.01.2016 liegt vor dem Bescheid „A-1“ vom 01.02.2016.",
    ],
    [
      ["Köln", "15.03.2016", 10, "A-1", "Abschlag"],
      "Bescheid-Nr. „A-1“ ist an Kreis Düren (05358) ergangen, nicht an Stadt Köln (05315).",
    ],
  ])("payment %j is reported", (payment, message) => {
    const l = ledger([grant], [payment]);
    expect(l.zahlungen.rows).toEqual([]);
    expect(messagesOf(l.zahlungen, 2)).toContain(message);
  });

  test("a Schlusszahlung and a Rückzahlung after the grant's year are fine (they follow the Nachweis)", () => {
    const l = ledger(
      [grant],
      [
        ["Düren", "15.03.2016", 100000, "A-1", "Abschlag"],
        ["Düren", "10.05.2017", 20000, "A-1", "Schlusszahlung"],
        ["Düren", 42900, 500, "A-1", "rückzahlung"], // 14.06.2017 as an Excel serial
      ],
    );
    expect(l.zahlungen.bad).toEqual([]);
    expect(paidInYear(l.zahlungen.rows, "05358", 2016).toFixed(2)).toBe("100000.00");
    expect(paidInYear(l.zahlungen.rows, "05358", 2017).toFixed(2)).toBe("19500.00");
  });

  test("a payment against a Bescheid that is itself bad says so", () => {
    const l = ledger(
      [["Düren", 2016, "A-1", "01.02.2016", "gesamt", -1, null]],
      [["Düren", "15.03.2016", 10, "A-1", "Abschlag"]],
    );
    expect(messagesOf(l.zahlungen, 2)).toContain(
      "Bescheid-Nr. „A-1“ steht in KI-Bescheide nur in fehlerhaften Zeilen (Zeile 2)",
    );
  });

  test.each([
    [
      ["Düren", 2017, null, null, null, null, null, null],
      "Für Kreis Düren (05358) 2017 gibt es in KI-Bescheide keinen (fehlerfreien) Bescheid; ein Verwendungsnachweis ohne Bewilligung.",
    ],
    [
      ["Düren", 2016, null, "01.04.2017", "31.03.2017", null, null, null],
      "geprüft am 31.03.2017 liegt vor „eingegangen am“ 01.04.2017.",
    ],
    [
      ["Düren", 2016, null, null, "31.03.2017", null, null, null],
      "geprüft am 31.03.2017, aber „eingegangen am“ fehlt",
    ],
    [
      ["Düren", 2016, "30.06.2015", null, null, null, null, null],
      "fällig am 30.06.2015 liegt vor dem Jahr 2016",
    ],
    [
      ["Düren", 2016, null, "01.04.2017", null, 1000, null, null],
      "anerkannter Betrag steht da, aber „geprüft am“ fehlt",
    ],
    [["Düren", 2016, null, "01.04.2017", "02.04.2017", 1000, -5, null], "Rückforderung: -5 ist negativ"],
  ])("Nachweis %j is reported", (proof, message) => {
    const l = ledger([grant], [], [proof]);
    expect(l.nachweise.rows).toEqual([]);
    expect(messagesOf(l.nachweise, 2)).toContain(message);
  });
});

describe("sums", () => {
  const l = ledger([
    ["Düren", 2024, "A-1", "01.02.2024", "personal", 170000, null],
    ["Düren", 2024, "A-1", "01.02.2024", "sachkosten", 25000.5, null],
    ["Düren", 2024, "A-2", "01.09.2024", "sachkosten", 0.25, "Nachbewilligung"],
    ["Köln", 2024, "K-1", "01.02.2024", "gesamt", 300000, null],
    ["Köln", 2025, "K-1", "01.02.2024", "gesamt", 310000, null],
  ]);

  test("granted by component and in all, exactly to the cent", () => {
    const rows = grantRowsOf(l.bescheide, "05358", 2024);
    expect(grantedAmount(rows).toFixed(2)).toBe("195000.75");
    expect(grantedAmount(rows, "sachkosten").toFixed(2)).toBe("25000.75");
    expect(grantedAmount(rows, "zusatzstellen").toFixed(2)).toBe("0.00");
  });

  test("a component asked of a year granted only as a total is an error, not a guess", () => {
    expect(() => grantedAmount(grantRowsOf(l.bescheide, "05315", 2024), "personal")).toThrow(
      "Bewilligt ist nur ein Gesamtbetrag (KI-Bescheide, Zeile 5); wie er sich auf „personal“ verteilt, sagt er nicht.",
    );
  });

  test("a bad row that could concern a Kreis and year is named; others are not", () => {
    const withBad = parseBescheide([
      B,
      ["Dürn", 2024, "X", null, "gesamt", 5, null],
      ["Köln", "zwanzig", "Y", null, "gesamt", 5, null],
      ["Düren", 2024, "Z", null, "gesamt", -5, null],
    ]);
    // Row 2 (unknown Kreis, 2024) and row 4 (Düren 2024) could both belong to Düren 2024.
    expect(() => refuseIfConcerned(BESCHEIDE, withBad.bad, "05358", 2024)).toThrow(
      /^KI-Bescheide, Zeile 2: Kreis: .* \(und 1 weitere fehlerhafte Zeile\) Diese Zeile kann Kreis Düren \(05358\) 2024 betreffen/,
    );
    // Köln's row has no readable year: it could be any year of Köln's, but not one of Düren's.
    expect(() => refuseIfConcerned(BESCHEIDE, withBad.bad, "05358", 2023)).not.toThrow();
    expect(() => refuseIfConcerned(BESCHEIDE, withBad.bad, "05315", 2023)).toThrow(
      "KI-Bescheide, Zeile 3: Jahr: „zwanzig“ ist kein Jahr",
    );
  });
});

describe("flags, each on a hand-made case", () => {
  const asOf = "2017-07-01";
  const flagsOf = (
    l: Ledger,
    key: string,
    year: number,
    options: { asOf?: string; windowMonths?: number } = {},
  ) => {
    const row = vollzugYear(year, l, {
      asOf: options.asOf ?? asOf,
      windowMonths: options.windowMonths,
    }).rows.find((r) => r.entity.key === key) as VollzugRow;
    return row.flags.map((f) => `${f.kind}: ${f.message}`);
  };

  test("no Bescheid although the centre works that year; none for Kleve, which had no centre in 2016", () => {
    const l = ledger([]);
    expect(flagsOf(l, "05358", 2016)).toEqual([
      "kein_bescheid: Kein Bescheid für 2016, obwohl das KI nach dem Modell arbeitet (Modell 170.000,00 €).",
    ]);
    expect(flagsOf(l, "05154", 2016)).toEqual([]);
  });

  test("granted above the model's maximum: one cent over flags, exactly the maximum does not", () => {
    const at = (amount: number) => ledger([["Düren", 2016, "A-1", "01.02.2016", "gesamt", amount, null]]);
    expect(flagsOf(at(170000), "05358", 2016)).toEqual([]);
    expect(flagsOf(at(170000.01), "05358", 2016)).toEqual([
      "ueber_modell: Bewilligt 170.000,01 € liegt über dem Höchstbetrag des Modells 170.000,00 €.",
    ]);
    const parts = ledger([
      ["Düren", 2024, "A-1", "01.02.2024", "personal", 170000, null],
      ["Düren", 2024, "A-1", "01.02.2024", "sachkosten", 50000.01, null],
    ]);
    expect(flagsOf(parts, "05358", 2024)).toEqual([
      "ueber_modell: Bewilligt (Bestandteil „sachkosten“) 50.000,01 € liegt über dem Höchstbetrag des Modells 50.000,00 €.",
    ]);
  });

  test("the model side is the grant money without teacher posts (Kreis 2024: 370.000 €)", () => {
    const row = vollzugYear(2024, ledger([]), { asOf }).rows.find((r) => r.entity.key === "05358")!;
    expect(row.model?.toFixed(2)).toBe("370000.00");
  });

  const grant = ["Düren", 2016, "A-1", "01.02.2016", "gesamt", 120000, null];

  test("paid above granted counts the Schlusszahlung of the next year against the grant's year", () => {
    const paid = (last: number) =>
      ledger(
        [grant],
        [
          ["Düren", "15.03.2016", 20000, "A-1", "Abschlag"],
          ["Düren", "15.05.2017", last, "A-1", "Schlusszahlung"],
        ],
      );
    expect(flagsOf(paid(100000), "05358", 2016)).toEqual([]);
    expect(flagsOf(paid(100000.01), "05358", 2016)).toEqual([
      "ueber_bewilligt: Gezahlt 120.000,01 € liegt über dem Bewilligten 120.000,00 €.",
    ]);
  });

  test("two-month rule at its boundary: on 15.03. three twelfths plus two months (5 × 10.000 €) may be called", () => {
    // 120.000 € a year = 10.000 € a month; a call in March may cover March, April and May: 30.000 €,
    // plus January and February already due: 50.000 € in all by 15.03.
    const called = (amount: number, windowMonths?: number) =>
      flagsOf(ledger([grant], [["Düren", "15.03.2016", amount, "A-1", "Abschlag"]]), "05358", 2016, {
        windowMonths,
      });
    expect(called(50000)).toEqual([]);
    expect(called(50000.01)).toEqual([
      "zwei_monate: Abschläge bis 15.03.2016 zusammen 50.000,01 €: mehr als der Bedarf für 5 Monate (50.000,00 €, 2-Monats-Regel).",
    ]);
    // With a one-month window the same 50.000 € is too early; 40.000 € is the limit.
    expect(called(40000, 1)).toEqual([]);
    expect(called(50000, 1)[0]).toMatch(
      /^zwei_monate: .*Bedarf für 4 Monate \(40\.000,00 €, 1-Monats-Regel\)/,
    );
  });

  test("two-month rule: Abschläge add up, and from November the whole year may be called", () => {
    const l = ledger(
      [grant],
      [
        ["Düren", "01.02.2016", 30000, "A-1", "Abschlag"],
        ["Düren", "01.04.2016", 30000.01, "A-1", "Abschlag"],
      ],
    );
    const row = vollzugYear(2016, l, { asOf }).rows.find((r) => r.entity.key === "05358")!;
    expect(row.flags.map((f) => [f.kind, f.rows])).toEqual([
      ["zwei_monate", [{ table: "zahlungen", row: 3 }]],
    ]);
    const november = ledger([grant], [["Düren", "15.11.2016", 120000, "A-1", "Abschlag"]]);
    expect(flagsOf(november, "05358", 2016)).toEqual([]);
    expect(twoMonthBreach(november.zahlungen.rows, new Decimal(120000), 0)?.allowed.toFixed(2)).toBe(
      "110000.00",
    );
  });

  test("Verwendungsnachweis overdue: not on its due day, from the day after", () => {
    const l = ledger([grant], [], [["Düren", 2016, "30.06.2017", null, null, null, null, null]]);
    expect(flagsOf(l, "05358", 2016, { asOf: "2017-06-30" })).toEqual([]);
    expect(flagsOf(l, "05358", 2016, { asOf: "2017-07-01" })).toEqual([
      "nachweis_ueberfaellig: Verwendungsnachweis 2016 war am 30.06.2017 fällig und ist nicht eingegangen.",
    ]);
  });

  test("Verwendungsnachweis received but unchecked", () => {
    const l = ledger([grant], [], [["Düren", 2016, "30.06.2017", "20.06.2017", null, null, null, null]]);
    expect(flagsOf(l, "05358", 2016)).toEqual([
      "nachweis_ungeprueft: Verwendungsnachweis 2016 ist am 20.06.2017 eingegangen und noch nicht geprüft.",
    ]);
  });

  test("recognised below paid without a Rückforderung; with one, or recognising all, no flag", () => {
    const payments = [
      ["Düren", "15.03.2016", 50000, "A-1", "Abschlag"],
      ["Düren", "15.09.2016", 50000, "A-1", "Abschlag"],
    ];
    const proof = (recognised: number, repayment: number | null) =>
      ledger([grant], payments, [
        ["Düren", 2016, "30.06.2017", "20.06.2017", "25.06.2017", recognised, repayment, null],
      ]);
    expect(flagsOf(proof(90000, null), "05358", 2016)).toEqual([
      "rueckforderung_fehlt: Anerkannt 90.000,00 € liegt unter dem Gezahlten 100.000,00 €, eine Rückforderung ist nicht eingetragen.",
    ]);
    expect(flagsOf(proof(90000, 10000), "05358", 2016)).toEqual([]);
    expect(flagsOf(proof(100000, null), "05358", 2016)).toEqual([]);
  });
});

describe("the year's view", () => {
  test("bad rows are listed and left out; totals per Regierungsbezirk and for NRW are sums of the rows", () => {
    const l = ledger(
      [
        ["Düren", 2016, "A-1", "01.02.2016", "gesamt", 100000, null], // Köln
        ["Köln", 2016, "K-1", "01.02.2016", "gesamt", 150000, null], // Köln
        ["Dortmund", 2016, "D-1", "01.02.2016", "gesamt", 160000, null], // Arnsberg
        ["Dortmund", 2016, "D-2", "01.02.2016", "gesamt", -1, null],
      ],
      [["Köln", "15.03.2016", 40000, "K-1", "Abschlag"]],
    );
    const view = vollzugYear(2016, l, { asOf: "2016-12-31" });
    expect(view.bad.map((b) => [b.table, b.row])).toEqual([["bescheide", 5]]);
    expect(view.byBezirk.get("Köln")?.granted.toFixed(2)).toBe("250000.00");
    expect(view.byBezirk.get("Arnsberg")?.granted.toFixed(2)).toBe("160000.00");
    expect(view.total.granted.toFixed(2)).toBe("410000.00");
    expect(view.total.paid.toFixed(2)).toBe("40000.00");
    const koeln = view.rows.find((r) => r.entity.key === "05315")!;
    expect(koeln.deviation?.toFixed(2)).toBe("-20000.00");
    expect(koeln.paidMinusGranted.toFixed(2)).toBe("-110000.00");
  });

  test("the window must be whole months from 0 to 12", () => {
    expect(() => vollzugYear(2016, ledger([]), { asOf: "2016-12-31", windowMonths: 13 })).toThrow(
      "Das Fenster der Zwei-Monats-Regel muss 0 bis 12 Monate sein, nicht 13.",
    );
  });
});
