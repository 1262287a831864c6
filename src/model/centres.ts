/**
 * The centres (KI) and what is known about their start. Where only a month is known, the computing
 * date is the 1st of that month (status "angenommen", the known text keeps the month). Where only an
 * upper bound is known (the 49 "running or about to start" by 25.04.2014), the computing date is the
 * assumed 01.08.2013, the day the RAA were converted; a scenario can change it ("Angenommener Start").
 */
import type { Centre, IsoDate, Status } from "./types";

/** Default computing start for centres whose start is only bounded (see web:raa-umwandlung). */
export const DEFAULT_ASSUMED_START: IsoDate = "2013-08-01";

const BOUND_ONLY_TEXT =
  "genaues Datum unbekannt: am 25.04.2014 in Betrieb oder kurz vor dem Start (eines der 49 KI laut seed:004), " +
  "spätestens am 09.12.2015 in Betrieb (49 KI laut seed:003)";
const BOUND_ONLY_NOTE =
  "Gerechnet wird mit dem angenommenen Start 01.08.2013 (Umwandlung der RAA); änderbar mit den " +
  "Szenario-Parametern „Angenommener Start“ oder „Start <Kreis>“.";
const MONTH_ONLY_NOTE = "Nur der Monat ist bekannt; gerechnet wird mit dem 1. des Monats (angenommen).";

function known(
  entityKey: string,
  start: IsoDate,
  startKnown: string,
  startStatus: Status,
  sources: string[],
  note?: string,
): Centre {
  return Object.freeze({
    id: `ki-${entityKey}`,
    entityKey,
    start,
    startKnown,
    startStatus,
    startBoundOnly: false,
    origin: "data" as const,
    sources,
    ...(note !== undefined ? { note } : {}),
  });
}

function boundOnly(entityKey: string): Centre {
  return Object.freeze({
    id: `ki-${entityKey}`,
    entityKey,
    start: DEFAULT_ASSUMED_START,
    startKnown: BOUND_ONLY_TEXT,
    startStatus: "angenommen" as const,
    startBoundOnly: true,
    origin: "data" as const,
    sources: ["seed:004", "seed:003", "web:raa-umwandlung"],
    note: BOUND_ONLY_NOTE,
  });
}

const LOCAL = ["web:lokale-startdaten"];

/** Centres with a known (or month-known) start. */
const KNOWN_STARTS: readonly Centre[] = [
  known("05334", "2013-07-01", "01.07.2013", "belegt", LOCAL),
  known("05114", "2013-08-01", "01.08.2013", "belegt", LOCAL),
  known("05958", "2013-08-01", "01.08.2013", "belegt", LOCAL),
  known(
    "05315",
    "2013-08-01",
    "01.08.2013 laut einer lokalen Quelle, 10.2013 laut einer anderen",
    "widersprüchlich",
    ["web:koeln-08-2013", "web:koeln-10-2013"],
    "Quellen widersprechen sich; gerechnet wird mit 01.08.2013, änderbar mit „Start Köln“.",
  ),
  known("05762", "2013-09-01", "01.09.2013", "belegt", LOCAL),
  known("05362", "2013-09-01", "01.09.2013", "belegt", LOCAL),
  known("05370", "2014-09-01", "01.09.2014", "belegt", LOCAL),
  known("05382", "2014-11-01", "11.2014", "angenommen", LOCAL, MONTH_ONLY_NOTE),
  known(
    "05966",
    "2013-07-01",
    "spätestens 03.07.2013 in Betrieb",
    "angenommen",
    LOCAL,
    "Nur eine Obergrenze ist bekannt; gerechnet wird mit dem 1. ihres Monats (01.07.2013), weil der " +
      "allgemein angenommene Start 01.08.2013 nach der Obergrenze läge.",
  ),
  known(
    "05978",
    "2013-01-01",
    "unter den ersten drei KI, um den Jahreswechsel 2012/13",
    "angenommen",
    [...LOCAL, "seed:001"],
    "Die ersten KI nahmen 2013 die Arbeit auf (seed:001); gerechnet wird mit 01.01.2013.",
  ),
  known("05913", "2013-08-01", "08.2013", "angenommen", LOCAL, MONTH_ONLY_NOTE),
  known("05316", "2013-08-01", "08.2013", "angenommen", LOCAL, MONTH_ONLY_NOTE),
  known("05334002", "2013-07-01", "07.2013", "angenommen", LOCAL, MONTH_ONLY_NOTE),
  known(
    "05766",
    "2013-12-01",
    "Ende 2013",
    "angenommen",
    LOCAL,
    "„Ende 2013“ ist als Dezember 2013 angenommen; gerechnet wird mit 01.12.2013.",
  ),
  known("05116", "2014-02-01", "etwa 02.2014", "angenommen", LOCAL, MONTH_ONLY_NOTE),
  known("05558", "2016-02-12", "12.02.2016 (Eröffnung des 50. KI)", "belegt", ["seed:001"]),
  known("05554", "2016-06-28", "28.06.2016 (Eröffnung des 51. KI)", "belegt", ["seed:000"]),
  known("05566", "2016-06-29", "29.06.2016 (Eröffnung des 52. KI)", "belegt", ["seed:000"]),
  known("05166", "2017-01-01", "01.01.2017 (offizielle Eröffnung, 53. KI)", "belegt", ["web:rp-viersen"]),
  known(
    "05154",
    "2018-09-01",
    "09.2018 (Arbeitsbeginn laut Kreis Kleve, 06.09.2018); am 25.11.2017 noch der letzte Kreis ohne KI",
    "angenommen",
    ["web:rp-kleve-2017", "web:kreis-kleve-2018"],
    MONTH_ONLY_NOTE,
  ),
];

/** Entities whose centre's start is only bounded by the 2014/2015 counts. */
const BOUND_ONLY_KEYS: readonly string[] = [
  "05111",
  "05112",
  "05113",
  "05117",
  "05119",
  "05120",
  "05122",
  "05124",
  "05158",
  "05162",
  "05170",
  "05314",
  "05358",
  "05366",
  "05374",
  "05378",
  "05512",
  "05513",
  "05515",
  "05562",
  "05570",
  "05711",
  "05754",
  "05758",
  "05770",
  "05774",
  "05911",
  "05914",
  "05915",
  "05916",
  "05954",
  "05962",
  "05970",
  "05974",
];

/** One centre per entity, sorted by entity key. */
export const CENTRES: readonly Centre[] = [...KNOWN_STARTS, ...BOUND_ONLY_KEYS.map(boundOnly)].sort((a, b) =>
  a.entityKey.localeCompare(b.entityKey),
);
