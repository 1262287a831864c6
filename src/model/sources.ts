/**
 * Every source the model's data cites. Seeds are the five press releases in shared/seeds/; web
 * sources are those domain.md names, with only the address and date it gives (often just a site):
 * nothing here is completed from memory. Web sources are less certain than the seeds.
 */
import { KiError } from "./errors";
import type { SourceRef } from "./types";

export const SOURCES: readonly SourceRef[] = [
  {
    id: "seed:000",
    kind: "seed",
    file: "seeds/000_f1ec0eac08903296.txt",
    title:
      "Presseinformation 529/7/2016: Ein starkes Signal für Integration – Staatssekretäre Hecke und Klute " +
      "eröffnen Kommunale Integrationszentren in den Kreisen Borken und Steinfurt",
    dateText: "ohne Datum im Text; Nr. 529/7/2016, berichtet über die Eröffnungen am 28. und 29.06.2016",
    note: "Quelle für 170.000 € je KI für 3,5 Stellen, zwei Lehrerstellen für rund 100.000 €, 7,05 Mio € KOMM-AN.",
  },
  {
    id: "seed:001",
    kind: "seed",
    file: "seeds/001_e228e1ecaf556ac9.txt",
    title:
      "Presseinformation 90/2/2016: 50. Kommunales Integrationszentrum des Landes im Kreis Coesfeld eröffnet",
    date: "2016-02-12",
  },
  {
    id: "seed:002",
    kind: "seed",
    file: "seeds/002_b551c935d7353376.txt",
    title:
      "Presseinformation: Integrationsstaatssekretärin Güler besucht Kommunales Integrationszentrum in Dortmund",
    date: "2017-02-23",
    dateStatus: "widersprüchlich",
    dateText:
      "Kopf: 23. Februar 2017; der Text nennt eine „im Sommer 2017 begonnene“ Tour und Besuche „im vergangenen " +
      "Jahr“, spricht also für den 23.02.2018",
  },
  {
    id: "seed:003",
    kind: "seed",
    file: "seeds/003_da9ee3fd79132f86.txt",
    title:
      "Pressemitteilung: Ministerin Löhrmann: Kommunale Integrationszentren verstärken Integrationskräfte vor Ort " +
      "(Besuch des KI Kreis Düren)",
    date: "2015-12-09",
  },
  {
    id: "seed:004",
    kind: "seed",
    file: "seeds/004_5674412f0e9cbed9.txt",
    title:
      "Pressemitteilung: Minister Schneider: In nur zwei Jahren eine vorbildliche Infrastruktur für die " +
      "Integration in den Kommunen aufgebaut",
    date: "2014-04-25",
  },
  {
    id: "web:kreisschluessel",
    kind: "web",
    title:
      "Amtliche Kreisschlüssel der Kreise und kreisfreien Städte NRW (abgleichbar mit dem Gemeindeverzeichnis von Destatis)",
    note: "Im Domain-Brief ohne Adresse und Datum angegeben.",
  },
  {
    id: "web:tintg",
    kind: "web",
    title: "Teilhabe- und Integrationsgesetz NRW, vom Landtag beschlossen am 14.02.2012",
    date: "2012-02-14",
    note: "Datum laut Domain-Brief (web); die Seeds nennen nur das Jahr 2012.",
  },
  {
    id: "web:tintg-130",
    kind: "web",
    title:
      "§ 3 Teilhabe- und Integrationsgesetz NRW: seit 2022 mindestens 130 Mio € jährlich für die Integrationsinfrastruktur",
    dateText: "seit 2022",
  },
  {
    id: "web:raa-umwandlung",
    kind: "web",
    title: "Umwandlung der Regionalen Arbeitsstellen (RAA) in Kommunale Integrationszentren zum 01.08.2013",
    note: "Grundlage des angenommenen Starts 01.08.2013 für KI, deren Start nur als Obergrenze bekannt ist.",
  },
  {
    id: "web:richtlinie-fassungen",
    kind: "web",
    title:
      "Richtlinien für die Förderung Kommunaler Integrationszentren: Fassung vom 25.06.2012, geändert 2015 und " +
      "2016, neue Fassungen vom 27.03.2018, 10.03.2023 und 03.04.2025",
  },
  {
    id: "web:festbetrag",
    kind: "web",
    title: "Förderung der 3,5 kommunalen Stellen als Festbetragsfinanzierung",
  },
  {
    id: "web:5-5-stellen",
    kind: "web",
    title: "Bestätigung: 5,5 Stellen je KI (3,5 kommunale Stellen und 2 Lehrerstellen)",
  },
  {
    id: "web:sgk-ausbau-2017",
    kind: "web",
    url: "sgk.nrw",
    title:
      "SGK NRW: Ausbau 2017 – Kreise +3 Stellen zu bis zu 50.000 € und +1,5 Lehrerstellen, kreisfreie Städte " +
      "+2 Stellen und +1 Lehrerstelle, Sachkosten bis zu 50.000 €",
  },
  {
    id: "web:bra-foerderung",
    kind: "web",
    url: "bra.nrw.de",
    title:
      "Bezirksregierung Arnsberg: Förderung Kommunaler Integrationszentren – bis zu 5,5 Stellen (kreisfreie " +
      "Städte) bzw. 6,5 Stellen (Kreise), bis zu 57.000 € je Fachkraftstelle, 22.500 € je 0,5 Stelle " +
      "Verwaltungsassistenz, Sachausgaben bis zu 50.000 €",
    note: "Beschreibt die aktuelle Richtlinie; welche Fassung gemeint ist, sagt der Domain-Brief nicht.",
  },
  {
    id: "web:lokale-startdaten",
    kind: "web",
    title:
      "Lokale Quellen zu Startdaten einzelner KI (StädteRegion Aachen, Krefeld, Hochsauerlandkreis, Köln, Höxter, " +
      "Rhein-Erft-Kreis, Heinsberg, Rhein-Sieg-Kreis, Olpe, Unna, Dortmund, Leverkusen, Stadt Aachen, Lippe, " +
      "Mönchengladbach)",
    note: "Im Domain-Brief je KI „aus einer lokalen Quelle“, ohne Adressen.",
  },
  {
    id: "web:koeln-08-2013",
    kind: "web",
    title: "Lokale Quelle: KI Köln startet 01.08.2013",
  },
  {
    id: "web:koeln-10-2013",
    kind: "web",
    title: "Lokale Quelle: KI Köln startet 10.2013",
  },
  {
    id: "web:rp-viersen",
    kind: "web",
    url: "rp-online.de",
    title: "Rheinische Post: Kreis Viersen „eröffnete das KI offiziell am 1. Januar“ 2017 (53. KI)",
  },
  {
    id: "web:rp-kleve-2017",
    kind: "web",
    title:
      "Rheinische Post, 25.11.2017: Kreis Kleve „der letzte in Nordrhein-Westfalen ohne Kommunales Integrationszentrum“",
    date: "2017-11-25",
  },
  {
    id: "web:kreis-kleve-2018",
    kind: "web",
    url: "kreis-kleve.de",
    title: "Kreis Kleve: Kommunales Integrationszentrum hat im September 2018 die Arbeit aufgenommen",
    date: "2018-09-06",
  },
  {
    id: "web:komm-an-7-7",
    kind: "web",
    title: "Andere Pressemitteilung: 7,7 Mio € KOMM-AN-Maßnahmemittel für die ehrenamtliche Flüchtlingshilfe",
    note: "Im Domain-Brief ohne Adresse und Datum; widerspricht den 7,05 Mio € aus seed:000.",
  },
];

const BY_ID = new Map(SOURCES.map((s) => [s.id, s]));

/** The source with this id; KiError("nicht_gefunden") for an unknown id. */
export function sourceById(id: string): SourceRef {
  const source = BY_ID.get(id);
  if (source === undefined) throw new KiError("nicht_gefunden", `Quelle '${id}' ist nicht bekannt.`);
  return source;
}
