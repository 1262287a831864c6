/**
 * The centres (KI) and what is known about their start. Where only a month is known, the computing
 * date is the 1st of that month (status "angenommen", the known text keeps the month). Where only an
 * upper bound is known (the 49 "running or about to start" by 25.04.2014), the computing date is the
 * assumed 01.08.2013, the day the RAA were converted; a scenario can change it ("Angenommener Start").
 */
import type { Centre, DatedFact, IsoDate, Status } from "./types";

/**
 * Default computing opening for centres whose opening is only bounded: the RAA grants ran out "zum
 * 31. Juli 2013" (web:gruene-duesseldorf-raa), confirmed for Duisburg (web:duisburg).
 */
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
  grant?: { grantStart?: DatedFact; teacherStart?: DatedFact },
): Centre {
  return Object.freeze({
    id: `ki-${entityKey}`,
    entityKey,
    start,
    startKnown,
    startStatus,
    startBoundOnly: false,
    ...(grant?.grantStart !== undefined ? { grantStart: Object.freeze(grant.grantStart) } : {}),
    ...(grant?.teacherStart !== undefined ? { teacherStart: Object.freeze(grant.teacherStart) } : {}),
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
    sources: ["seed:004", "seed:003", "web:gruene-duesseldorf-raa"],
    note: BOUND_ONLY_NOTE,
  });
}

const LOCAL = ["web:lokale-startdaten"];
/** The local sources of the project brief name a day but no address: not a citation, so not "belegt". */
const LOCAL_NOTE =
  "Tag aus einer lokalen Quelle des Projektauftrags, deren Adresse nicht gefunden wurde: daher angenommen, nicht belegt.";

/** Centres with a known (or month-known) start. */
const KNOWN_STARTS: readonly Centre[] = [
  known("05334", "2013-07-01", "01.07.2013", "angenommen", LOCAL, LOCAL_NOTE),
  known("05114", "2013-08-01", "01.08.2013", "angenommen", LOCAL, LOCAL_NOTE),
  known("05958", "2013-08-01", "01.08.2013", "angenommen", LOCAL, LOCAL_NOTE),
  known(
    "05315",
    "2013-08-01",
    "01.08.2013 laut einer lokalen Quelle, 10.2013 laut einer anderen",
    "widersprüchlich",
    ["web:koeln-08-2013", "web:koeln-10-2013"],
    "Quellen widersprechen sich; gerechnet wird mit 01.08.2013, änderbar mit „Start Köln“.",
  ),
  known("05762", "2013-09-01", "01.09.2013", "angenommen", LOCAL, LOCAL_NOTE),
  known("05362", "2013-09-01", "01.09.2013", "angenommen", LOCAL, LOCAL_NOTE),
  known("05370", "2014-09-01", "01.09.2014", "angenommen", LOCAL, LOCAL_NOTE),
  known(
    "05382",
    "2014-11-01",
    "11.2014 („der Start im November 2014“; 10-Jahres-Feier am 14.11.2024)",
    "angenommen",
    ["web:ga-rhein-sieg-2017", "web:rhein-sieg-10-jahre"],
    MONTH_ONLY_NOTE,
  ),
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
  known(
    "05334002",
    "2013-07-01",
    "07.2013 (Ratsbeschluss 03.07.2013, Vorlage FB 50/0256/WP16); aachen.de: „gegründet 2012“",
    "widersprüchlich",
    ["web:aachen-vorlage-2013", "web:aachen-de-2012"],
    "Quellen widersprechen sich (Ratsbeschluss 07.2013 gegen „gegründet 2012“); gerechnet wird mit 01.07.2013, " +
      "änderbar mit „Start Stadt Aachen“.",
  ),
  known(
    "05766",
    "2013-12-01",
    "Ende 2013",
    "angenommen",
    LOCAL,
    "„Ende 2013“ ist als Dezember 2013 angenommen; gerechnet wird mit 01.12.2013.",
  ),
  known(
    "05116",
    "2014-02-01",
    "etwa 02.2014 (10-Jahres-Feier Ende Februar 2024)",
    "angenommen",
    ["web:rp-moenchengladbach-2024", "web:moenchengladbach-10-jahre"],
    MONTH_ONLY_NOTE,
  ),
  known(
    "05558",
    "2016-02-12",
    "12.02.2016 (Eröffnung des 50. KI, Übergabe des Förderbescheids); laut Westfälischen Nachrichten vom " +
      "05.02.2016 „zum 1. Dezember 2015“ eingerichtet",
    "widersprüchlich",
    ["seed:001", "web:kreis-coesfeld-2016", "web:wn-coesfeld-2016"],
    "Quellen widersprechen sich beim Einrichtungsdatum; ein Förderzeitraum ist nicht belegt. Gerechnet wird mit " +
      "12.02.2016, änderbar mit „Start Coesfeld“.",
  ),
  known(
    "05554",
    "2016-06-28",
    "28.06.2016 (Eröffnung des 51. KI, Übergabe des Bewilligungsbescheids)",
    "belegt",
    ["seed:000"],
    undefined,
    {
      grantStart: {
        date: "2016-05-01",
        known: "01.05.2016: „mit der Genehmigung eines vorzeitigen Maßnahmebeginns am 01. Mai 2016“",
        status: "belegt",
        sources: ["web:kreis-borken-vorlage"],
      },
    },
  ),
  known(
    "05566",
    "2016-06-29",
    "29.06.2016 (Eröffnung des 52. KI); am 27.04.2016 war „der 1. Juli als Starttermin“ angestrebt",
    "belegt",
    ["seed:000", "web:wn-steinfurt-2016"],
  ),
  known(
    "05166",
    "2017-01-01",
    "01.01.2017 (offizielle Eröffnung, 53. KI); Zuwendungsbescheid erst „Anfang Oktober“ 2017 nach einer " +
      "„neunmonatigen Aufbauphase“",
    "belegt",
    ["web:rp-viersen", "web:kreis-viersen-ki", "web:rp-viersen-2017-10"],
    "Förderzeitraum nicht belegt; gerechnet wird ab Eröffnung (Annahme: der Bescheid deckt 2017 ab Januar).",
  ),
  known(
    "05374",
    "2014-08-01",
    "08.2014: „im August 2014 mit den ersten Mitarbeitern seinen Betrieb aufgenommen“",
    "angenommen",
    ["web:obk-ki"],
    `${MONTH_ONLY_NOTE} Korrigiert: bisher als angenommener Start 01.08.2013 gerechnet.`,
  ),
  known(
    "05914",
    "2012-12-01",
    "12.2012: „Bereits im Dezember startete das Kommunale Integrationszentrum“",
    "angenommen",
    ["web:wp-hagen"],
    MONTH_ONLY_NOTE,
  ),
  known(
    "05117",
    "2013-01-01",
    "im Dezember 2012 „per Ratsbeschluss eingerichtet“; Arbeitsbeginn nicht genannt (vermutlich Anfang 2013)",
    "angenommen",
    ["web:derwesten-muelheim"],
    "Annahme: Arbeitsbeginn 01.01.2013, nach dem Ratsbeschluss im Dezember 2012.",
  ),
  known("05112", "2013-08-01", "01.08.2013 (gegründet „zum 1. August 2013“)", "belegt", ["web:duisburg"]),
  known(
    "05962",
    "2012-12-01",
    "12.2012: erster Bewilligungsbescheid, „Der Bescheid gilt bereits ab Dezember 2012“; Arbeitsaufnahme nicht " +
      "genannt",
    "angenommen",
    ["web:lokalkompass-mk-2012", "web:dorfinfo-mk"],
    "Eröffnung als Monat des Bescheids angenommen (die Zählungen zählen bewilligte KI, Annahme der Quellenprüfung).",
    {
      grantStart: {
        date: "2012-12-01",
        known:
          "12.2012: Kostenzusage des Landes für die 3,5 Stellen „im Dezember“, Bescheid „ab Dezember 2012“",
        status: "belegt",
        sources: ["web:lokalkompass-mk-2012", "web:dorfinfo-mk"],
      },
      teacherStart: {
        date: "2013-08-01",
        known: "die abgeordneten Lehrkräfte „sollen dann im August dazu stoßen“ (08.2013, angenommen)",
        status: "angenommen",
        sources: ["web:dorfinfo-mk"],
      },
    },
  ),
  known(
    "05154",
    "2018-09-01",
    "09.2018 (Arbeitsbeginn laut Kreis Kleve, 06.09.2018, mit „drei Lehrkräfte[n] … in einem Stundenumfang von " +
      "zwei Vollzeitstellen“; „Die offizielle Zuwendungszusage steht allerdings noch aus“); am 21.10. und " +
      "25.11.2017 noch der letzte Kreis ohne KI",
    "angenommen",
    ["web:rp-kleve-2017-10", "web:rp-kleve-2017", "web:kreis-kleve-2018"],
    `${MONTH_ONLY_NOTE} Förderbeginn nicht belegt: gerechnet wird ab Eröffnung.`,
  ),
];

/** Entities whose centre's start is only bounded by the 2014/2015 counts. */
const BOUND_ONLY_KEYS: readonly string[] = [
  "05111",
  "05113",
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
  "05915",
  "05916",
  "05954",
  "05970",
  "05974",
];

/** One centre per entity, sorted by entity key. */
export const CENTRES: readonly Centre[] = [...KNOWN_STARTS, ...BOUND_ONLY_KEYS.map(boundOnly)].sort((a, b) =>
  a.entityKey.localeCompare(b.entityKey),
);
