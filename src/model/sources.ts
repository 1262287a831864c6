/**
 * Every source the model's data cites. Seeds are the five press releases, cited by file name and date.
 * Web sources ("web") carry a full https address, their publisher and their date of publication or,
 * where none is known, the month or day the address was retrieved ("accessed"). Statements for which
 * no address could be found are kind "ohneAdresse": shown with what is known, never as a citation,
 * and listed in the README. Nothing here is completed from memory; web sources are less certain than
 * the seeds.
 */
import { formatGermanDate } from "./dates";
import { KiError } from "./errors";
import type { SourceRef } from "./types";

export const SOURCES: readonly SourceRef[] = [
  {
    id: "seed:000",
    kind: "seed",
    publisher: "Land NRW (Pressestelle)",
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
    publisher: "Land NRW (Pressestelle)",
    file: "seeds/001_e228e1ecaf556ac9.txt",
    title:
      "Presseinformation 90/2/2016: 50. Kommunales Integrationszentrum des Landes im Kreis Coesfeld eröffnet",
    date: "2016-02-12",
  },
  {
    id: "seed:002",
    kind: "seed",
    publisher: "MKFFI NRW",
    file: "seeds/002_b551c935d7353376.txt",
    title:
      "Presseinformation: Integrationsstaatssekretärin Güler besucht Kommunales Integrationszentrum in Dortmund",
    date: "2018-02-23",
    dateStatus: "belegt",
    dateText:
      "23.02.2018: der beschriebene Besuch fand „Am Freitag, 23.02.2018“ statt (web:butschkau-2018). Der Kopf " +
      "nennt 23. Februar 2017 (Tippfehler; der Text spricht von einer „im Sommer 2017 begonnenen“ Tour)",
  },
  {
    id: "seed:003",
    kind: "seed",
    publisher: "MSW NRW",
    file: "seeds/003_da9ee3fd79132f86.txt",
    title:
      "Pressemitteilung: Ministerin Löhrmann: Kommunale Integrationszentren verstärken Integrationskräfte vor Ort " +
      "(Besuch des KI Kreis Düren)",
    date: "2015-12-09",
  },
  {
    id: "seed:004",
    kind: "seed",
    publisher: "MAIS NRW",
    file: "seeds/004_5674412f0e9cbed9.txt",
    title:
      "Pressemitteilung: Minister Schneider: In nur zwei Jahren eine vorbildliche Infrastruktur für die " +
      "Integration in den Kommunen aufgebaut",
    date: "2014-04-25",
  },
  {
    id: "web:obk-ki",
    kind: "web",
    title:
      "Kommunales Integrationszentrum: „im August 2014 mit den ersten Mitarbeitern seinen Betrieb aufgenommen“",
    publisher: "Oberbergischer Kreis",
    url: "https://www.obk.de/cms200/service/ki/",
    accessed: "2026-12",
  },
  {
    id: "web:wp-hagen",
    kind: "web",
    title:
      "Hagen hat mit Integrationszentrum ein Zeichen gesetzt: „Bereits im Dezember startete das Kommunale Integrationszentrum“; „Insgesamt 54 Zentren … für insgesamt 9,83 Millionen Euro“",
    publisher: "Westfalenpost",
    url: "https://app-webview.sparknews.funkemedien.de/nrw-wp/staedte/hagen/article7468733/hagen-hat-mit-integrationszentrum-ein-zeichen-gesetzt.html",
    accessed: "2026-12-02",
    note: "Artikel ohne Datum; „Dezember“ ist nach dem Zusammenhang Dezember 2012.",
  },
  {
    id: "web:derwesten-muelheim",
    kind: "web",
    title:
      "Willkommen in Mülheim, Minister: KI „im Dezember 2012 per Ratsbeschluss eingerichtet“, „etwa 300 000 Euro aus Landesmitteln plus 200 000 Euro aus dem städtischen Haushalt“",
    publisher: "WAZ / derwesten.de",
    url: "https://www.derwesten.de/staedte/muelheim/willkommen-in-muelheim-minister-id10545828.html",
    accessed: "2026-12-02",
    note: "Im Archiv als unverschlüsselte Adresse gefunden; hier verschlüsselt (https) angegeben.",
  },
  {
    id: "web:lokalkompass-mk-2012",
    kind: "web",
    title:
      "SPD-Landtagsabgeordnete: Märkischer Kreis erhält Kommunales Integrationszentrum („Der Bescheid gilt bereits ab Dezember 2012“)",
    publisher: "Lokalkompass (Michael Scheffler)",
    url: "https://lokalkompass.de/iserlohn/c-politik/spd-landtagsabgeordnete-maerkischer-kreis-erhaelt-kommunales-integrationszentrum_a247991",
    accessed: "2026-12-02",
    note: "Bessere Quelle für den Förderbeginn als die Kostenzusage „im Dezember“ (web:dorfinfo-mk).",
  },
  {
    id: "web:dorfinfo-mk",
    kind: "web",
    title:
      "Liberale informieren sich über Integration: Kostenzusage des Landes für 3,5 Stellen „im Dezember“, Lehrkräfte „sollen dann im August dazu stoßen“",
    publisher: "dorfinfo.de (Pressestelle Märkischer Kreis)",
    url: "https://dorfinfo.de/maerkischer-kreis/liberale-informieren-sich-uber-integration",
    accessed: "2026-12-02",
  },
  {
    id: "web:kreis-borken-vorlage",
    kind: "web",
    title:
      "Sitzungsvorlage: KI „mit der Genehmigung eines vorzeitigen Maßnahmebeginns am 01. Mai 2016 wie vorgesehen gestartet“; KOMM-AN 2016: 161.088 €",
    publisher: "Kreis Borken",
    url: "https://secure.kreis-borken.de/BI/vo0050.asp?__kvonr=5229",
    accessed: "2026-12",
  },
  {
    id: "web:kreis-coesfeld-2016",
    kind: "web",
    title: "Förderbescheid für Kommunales Integrationszentrum übergeben (12. Februar, 50. Einrichtung)",
    publisher: "Kreis Coesfeld",
    url: "https://kreis-coesfeld.de/aktuelles/pressemeldungen/details/news-article-3967",
    accessed: "2026-12-02",
  },
  {
    id: "web:kreis-coesfeld-sv-9-0756",
    kind: "web",
    title:
      "Sitzungsvorlage SV-9-0756: eine zusätzliche Vollzeitstelle im KI (von drei möglichen), 1,5 zusätzliche Lehrerstellen",
    publisher: "Kreis Coesfeld",
    url: "https://www.kreis-coesfeld.de/sessionnet/sessionnetbi/vo0050.php?__kvonr=3787&voselect=1814",
    accessed: "2026-12-02",
  },
  {
    id: "web:kreis-viersen-ki",
    kind: "web",
    title: "Kommunales Integrationszentrum: „seit Januar 2017“ eingerichtet",
    publisher: "Kreis Viersen",
    url: "https://kreis-viersen.de/de/inhalt-50/das-kreisintegrationszentrum/",
    accessed: "2026-12-02",
    note: "Im Archiv als unverschlüsselte Adresse gefunden; hier verschlüsselt (https) angegeben.",
  },
  {
    id: "web:rp-viersen-2017-10",
    kind: "web",
    title:
      "Integrationszentrum im Kreis Viersen kann starten: Zuwendungsbescheid überreicht, „neunmonatige Aufbauphase“ abgeschlossen",
    publisher: "Rheinische Post",
    url: "https://www.rp-online.de/nrw/staedte/kempen/integrationszentrum-im-kreis-viersen-kann-starten-aid-1.7132441",
    date: "2017-10-21",
    note: "Im Archiv als unverschlüsselte Adresse gefunden; hier verschlüsselt (https) angegeben.",
  },
  {
    id: "web:caniceus-viersen",
    kind: "web",
    title:
      "SPD und Grüne halten am Aufbau eines Kommunalen Integrationszentrums fest: Kreis müsste „rund 400.000 Euro aufbringen“, „170.000 Euro für Personal vom Land“",
    publisher: "Jeyaratnam Caniceus (nach RP)",
    url: "https://caniceus.de/Presse2016.php?cat_id=13&id=41",
    accessed: "2026-12-02",
  },
  {
    id: "web:rp-kleve-2017",
    kind: "web",
    title:
      "Kreis Kleve will nun doch über Integrationszentrum beraten: „der letzte in Nordrhein-Westfalen ohne Kommunales Integrationszentrum“",
    publisher: "Rheinische Post",
    url: "https://www.rp-online.de/nrw/staedte/geldern/kreis-kleve-will-nun-doch-ueber-integrationszentrum-beraten-aid-1.7225066",
    date: "2017-11-25",
    note: "Im Archiv als unverschlüsselte Adresse gefunden; hier verschlüsselt (https) angegeben.",
  },
  {
    id: "web:kreis-kleve-2018",
    kind: "web",
    title: "Kommunales Integrationszentrum Kreis Kleve nimmt Arbeit auf",
    publisher: "Kreis Kleve",
    url: "https://www.kreis-kleve.de/de/aktuelles/kommunales-integrationszentrum-kreis-kleve-nimmt-arbeit-auf/",
    date: "2018-09-06",
  },
  {
    id: "web:ga-rhein-sieg-2017",
    kind: "web",
    title: "Serap Güler lobt Arbeit des Kommunalen Integrationszentrums: „der Start im November 2014“",
    publisher: "General-Anzeiger Bonn",
    url: "https://www.general-anzeiger-bonn.de/region/sieg-und-rhein/siegburg/Serap-G%C3%BCler-lobt-Arbeit-des-Kommunalen-Integrationszentrums-article3627766.html",
    date: "2017-08-14",
    note: "Im Archiv als unverschlüsselte Adresse gefunden; hier verschlüsselt (https) angegeben.",
  },
  {
    id: "web:rp-moenchengladbach-2024",
    kind: "web",
    title: "Kommunales Integrationszentrum besteht seit zehn Jahren",
    publisher: "Rheinische Post",
    url: "https://rp-online.de/nrw/staedte/moenchengladbach/moenchengladbach-kommunales-integrationszentrum-besteht-seit-zehn-jahren-hilfe-gefluechtete_aid-107375759",
    date: "2024-02-22",
  },
  {
    id: "web:familie-in-nrw",
    kind: "web",
    title:
      "Steckbrief Kommunale Integrationszentren: „bereits 47 Kreise und Kreisfreie Städte … eingerichtet. Zwei Standorte befinden sich in der Startphase“",
    publisher: "familie-in-nrw.de (Land NRW)",
    url: "https://www.familie-in-nrw.de/steckbrief-kommunale-integrationszentren",
    accessed: "2026-12",
    note: "Stand Frühjahr 2014 laut Quellenprüfung.",
  },
  {
    id: "web:kim-nrw",
    kind: "web",
    title:
      "Kommunales Integrationsmanagement: § 3 Abs. 2 TIntG, „jährlich mindestens 130 Millionen Euro“; KIM-Endausbau „jährlich 75 Millionen Euro“",
    publisher: "Land NRW (kim.nrw)",
    url: "https://www.kim.nrw/",
    accessed: "2026-12",
  },
  {
    id: "web:sgk-ausbau-2017",
    kind: "web",
    title:
      "Ausbau 2017: Kreise +3 Stellen zu bis zu 50.000 € und +1,5 Lehrerstellen, kreisfreie Städte +2 Stellen und +1 Lehrerstelle, Sachkosten bis zu 50.000 €; „Die Stellen für die Lehrkräfte sind befristet bis zum Jahr 2019“",
    publisher: "SGK NRW",
    url: "https://sgk.nrw/archive/28949",
    accessed: "2026-12",
  },
  {
    id: "web:sgk-komm-an-2016",
    kind: "web",
    title: "KOMM-AN NRW 2016: „etwa 13,4 Millionen Euro … mit der Ergänzungsvorlage“",
    publisher: "SGK NRW",
    url: "https://sgk.nrw/?p=28656",
    accessed: "2026-12",
  },
  {
    id: "web:sgk-komm-an-2017",
    kind: "web",
    title:
      "KOMM-AN NRW 2017: „insgesamt 7,05 Millionen Euro … Die betreffenden 53 Kreise und kreisfreien Städte … erhalten zurzeit die Förderbescheide“",
    publisher: "SGK NRW",
    url: "https://sgk.nrw/archive/29016",
    accessed: "2026-12",
  },
  {
    id: "web:kreis-unna-komm-an-2017",
    kind: "web",
    title:
      "Für ehrenamtliche Arbeit in der Flüchtlingshilfe – Kreis erhält über 150.000 Euro (53 Kreise und kreisfreie Städte, „rund sieben Millionen Euro“ für 2017)",
    publisher: "Kreis Unna",
    url: "https://www.kreis-unna.de/nachrichten/n/?tx_news_pi1%5Baction%5D=detail&tx_news_pi1%5Bcontroller%5D=News&tx_news_pi1%5Bnews%5D=8183&cHash=836c4877d6eb2643d42aa43d12de3b7b",
    accessed: "2026-12-02",
    note: "Statt der in der Quellenprüfung genannten wa.de-Meldung, deren Adresse nicht gefunden wurde: dieselben Zahlen aus der Meldung des Kreises.",
  },
  {
    id: "web:kreis-unna-2018",
    kind: "web",
    title:
      "Fördergelder vom Land NRW – Rund 6,4 Millionen Euro für Integration (Regierungsbezirk Arnsberg 2018, Kreis Unna rund 661.000 €; Dezernat 36 bewilligt, Dezernat 37 LaKI)",
    publisher: "Kreis Unna",
    url: "https://www.kreis-unna.de/nachrichten/newsdetail/foerdergelder-vom-land-nrw/",
    accessed: "2026-12-02",
  },
  {
    id: "web:bra-foerderung",
    kind: "web",
    title:
      "Förderung Kommunaler Integrationszentren: bis zu 5,5 Stellen (kreisfreie Städte) bzw. 6,5 Stellen (Kreise), bis zu 57.000 € je Fachkraftstelle, 22.500 € je 0,5 Stelle Verwaltungsassistenz, Sachausgaben für Laiensprachmittlerpools bis zu 50.000 € (Kopie der Seite der Bezirksregierung Arnsberg, zitiert das TIntG vom 25.11.2021)",
    publisher: "PUFII (Kopie der Seite der Bezirksregierung Arnsberg)",
    url: "https://www.pufii.de/html/link.cms?id=2012",
    accessed: "2026-12",
    note: "Die Beträge stammen aus 2022 oder später und gehören wohl schon zur Fassung 2023 (Annahme der Quellenprüfung).",
  },
  {
    id: "web:bra-ki-verfahren",
    kind: "web",
    title:
      "Förderung Kommunaler Integrationszentren (KI): Verwendungsnachweis 2024 als unterschriebenes Excel-Dokument, zwei getrennte Mittelabrufe",
    publisher: "Bezirksregierung Arnsberg",
    url: "https://bra.nrw.de/integration-migration/kompetenzzentrum-fuer-integration/foerderung-kommunen/foerderung-kommunaler-integrationszentren-ki",
    accessed: "2026-12",
  },
  {
    id: "web:bra-komm-an-1",
    kind: "web",
    title:
      "KOMM-AN NRW Programmteil I: 1, 1,5 oder 2 Fachkraftstellen zu je 57.000 € (bis zu 114.000 € im Jahr) und Maßnahmen zu 10.000, 15.000 oder 20.000 € nach Einwohnerzahl",
    publisher: "Bezirksregierung Arnsberg",
    url: "https://bra.nrw.de/integration-migration/kompetenzzentrum-fuer-integration/foerderung-kommunen/komm/komm-i",
    accessed: "2026-12",
  },
  {
    id: "web:bass-2023",
    kind: "web",
    title:
      "Richtlinie vom 10.03.2023 (MBl. NRW. 2023 S. 225), Nr. 1.1: Förderung „…in den Kommunalen Integrationszentren (Programm KOMM-AN NRW)“",
    publisher: "BASS (Land NRW)",
    url: "https://bass.schul-welt.de/19829.htm",
    date: "2023-03-10",
  },
  {
    id: "web:bass-2025",
    kind: "web",
    title: "Richtlinie vom 03.04.2025, Gem. RdErl. MKJFGFI/MSB (MBl. NRW. S. 445)",
    publisher: "BASS (Land NRW)",
    url: "https://bass.schule.nrw/20166.htm",
    date: "2025-04-03",
  },
  {
    id: "web:bayvv-44-nr7",
    kind: "web",
    title:
      "VV zu Art. 44 BayHO, Nr. 7.2: „Die ausgezahlten Beträge müssen voraussichtlich innerhalb von zwei Monaten für fällige Zahlungen benötigt werden.“",
    publisher: "Freistaat Bayern (gesetze-bayern.de)",
    url: "https://www.gesetze-bayern.de/Content/Document/BayVwV97243-62",
    accessed: "2026-12",
    note:
      "Wortlaut der bayerischen Fassung derselben Bundesländer-Mustervorschrift; die NRW-Fassung (VV zu § 44 LHO vom " +
      "06.06.2022, MBl. NRW. S. 445, zitiert von der Richtlinie 2025) wurde nicht im Wortlaut gelesen.",
  },
  {
    id: "web:duisburg",
    kind: "web",
    title:
      "Stadt Duisburg, Kommunales Integrationszentrum: „Der Rat der Stadt Duisburg hatte zum 1. August 2013 die Gründung des Kommunalen Integrationszentrums (KI) beschlossen.“",
    publisher: "Stadt Duisburg",
    url: "https://www2.duisburg.de/vv/oe/Dezernat-VII/33/1/index.php?p=%2Findex.php%2C%2Fservice%2Fsuche.php%2C%2Fvv%2Foe%2FDezernat-VII%2F63%2F2%2F6%2F1%2Fbaudenkmal.php%2C236984",
    accessed: "2026-12",
    note: "Seite ohne Datum; die Adresse ist so gefunden (mit Navigationsparameter).",
  },
  {
    id: "web:aachen-vorlage-2013",
    kind: "ohneAdresse",
    title: "Ratsbeschluss zum KI Stadt Aachen vom 03.07.2013 (Vorlage FB 50/0256/WP16)",
    publisher: "Stadt Aachen",
    date: "2013-07-03",
  },
  {
    id: "web:aachen-de-2012",
    kind: "ohneAdresse",
    title: "aachen.de: das KI wurde 2012 gegründet",
    publisher: "Stadt Aachen (aachen.de)",
  },
  {
    id: "web:wn-coesfeld-2016",
    kind: "ohneAdresse",
    title: "Westfälische Nachrichten: der Kreis „hat zum 1. Dezember 2015 das KI eingerichtet“",
    publisher: "Westfälische Nachrichten",
    date: "2016-02-05",
  },
  {
    id: "web:wn-steinfurt-2016",
    kind: "ohneAdresse",
    title:
      "wn.de: der Landrat strebt „den 1. Juli als Starttermin“ an; Eigenanteil 203.000 € im Jahr, Landesmittel „nur bis Ende 2017 gesichert“",
    publisher: "Westfälische Nachrichten (wn.de)",
    date: "2016-04-27",
  },
  {
    id: "web:rp-viersen",
    kind: "ohneAdresse",
    title:
      "Rheinische Post: Kreis Viersen „eröffnete das KI offiziell am 1. Januar“ 2017 (53. KI), Artikel aid-1.6630435",
    publisher: "Rheinische Post",
    date: "2017-02-24",
    note: "Die Quellenprüfung gibt die Adresse nur gekürzt an (rp-online.de … aid-1.6630435).",
  },
  {
    id: "web:rp-kleve-2017-10",
    kind: "web",
    title:
      "Rheinische Post Emmerich-Rees: „SPD: Nur Kreis Kleve hat kein Integrationszentrum“ (Kreis Kleve „endgültig der letzte Kreis“)",
    publisher: "Rheinische Post (über pressreader)",
    url: "https://www.pressreader.com/germany/rheinische-post-emmerich-rees/20171021/282114931815175",
    date: "2017-10-21",
  },
  {
    id: "web:rhein-sieg-10-jahre",
    kind: "web",
    title:
      "Nachbericht 10 Jahre KI: „Am 14. November 2024 feierte es sein zehnjähriges Jubiläum“ (Integrationsportal des Rhein-Sieg-Kreises)",
    publisher: "Rhein-Sieg-Kreis",
    url: "https://www.rhein-sieg-kreis.de/micosites/integrationsportal/berichte-integration/inhaltsseiten/nachbericht-10-jahre-ki.php",
    accessed: "2026-12",
  },
  {
    id: "web:moenchengladbach-10-jahre",
    kind: "web",
    title:
      "Newsroom: „10 Jahre Kommunales Integrationszentrum – eine Feier mit großer Resonanz“ (Jubiläumsfeier „Ende Februar“ 2024)",
    publisher: "Stadt Mönchengladbach",
    url: "https://www.moenchengladbach.de/de/aktuell-aktiv/newsroom/10-jahre-kommunales-integrationszentrum-eine-feier-mit-grosser-resonanz",
    accessed: "2026-12",
    dateText: "Feier Ende Februar 2024",
  },
  {
    id: "web:gruene-duesseldorf-raa",
    // Found only under plain http (docs/Quellenpruefung.md); the add-in cites https addresses only.
    kind: "ohneAdresse",
    title:
      "Antrag der Grünen im Rat der Stadt Düsseldorf: „die Förderungen der RAA zum 31. Juli 2013 auslaufen“",
    publisher: "Bündnis 90/Die Grünen, Ratsfraktion Düsseldorf",
    date: "2013-05-29",
    note: "Grundlage des angenommenen Starts 01.08.2013 für KI, deren Start nur als Obergrenze bekannt ist.",
  },
  {
    id: "web:land-nrw-2013-06",
    kind: "ohneAdresse",
    title: "Pressemitteilung Land NRW: 16 KI voll bewilligt und 13 grundsätzlich, „dann insgesamt 29“",
    publisher: "Land NRW (land.nrw)",
    date: "2013-06-12",
  },
  {
    id: "web:griechische-gemeinde-2013",
    kind: "ohneAdresse",
    title: "Eröffnung der LaKI mit „47 Kommunale[n] Integrationszentren“",
    publisher: "Griechische Gemeinde Köln",
    date: "2013-12-02",
  },
  {
    id: "web:rhein-erft-spd-2013",
    kind: "ohneAdresse",
    title:
      "„47 von 53“ KI; „Das NRW-Integrationsministerium investiert jährlich insgesamt 9,83 Millionen Euro in die KI“",
    publisher: "SPD Rhein-Erft",
    date: "2013-12-13",
  },
  {
    id: "web:butschkau-2018",
    kind: "web",
    title: "„SPD sieht Rückschritte in der Integrationspolitik in NRW“: Besuch „Am Freitag, 23.02.2018“",
    publisher: "Anja Butschkau (anjabutschkau.de)",
    url: "https://anjabutschkau.de/spd-sieht-rueckschritte-in-der-integrationspolitik-in-nrw",
    date: "2018-02-23",
  },
  {
    id: "web:tintg",
    kind: "ohneAdresse",
    title:
      "Teilhabe- und Integrationsgesetz NRW: vom Landtag am 08.02.2012 „ohne Gegenstimmen“ beschlossen (Drucksache 17/7150), Gesetz „vom 14. Februar 2012“ (BASS 17849)",
    publisher: "Landtag NRW; BASS",
    date: "2012-02-14",
    dateText: "beschlossen am 08.02.2012, Gesetz vom 14.02.2012",
    note: "Korrigiert: bisher „beschlossen am 14.02.2012“.",
  },
  {
    id: "web:richtlinie-2012",
    kind: "ohneAdresse",
    title:
      "Richtlinie Gem. RdErl. MSW/MAIS vom 25.06.2012 (BASS 11-02 Nr. 10; MBl. NRW. 2012 Nr. 19); „Änderungserlass vom 23.03.2015“, „Änderung der Richtlinie vom 26. April 2016“ (kommunale-integrationszentren-nrw.de/rahmenbedingungen; ein Papier des Kreises Borken nennt 13.04.2016)",
    publisher: "MSW/MAIS NRW",
    date: "2012-06-25",
  },
  {
    id: "web:richtlinie-2018",
    kind: "ohneAdresse",
    title:
      "Richtlinie vom 27.03.2018 (MBl. NRW. 2018 Nr. 9 vom 20.04.2018, S. 177; recht.nrw.de vd_id=16922); Förderung „bis 2022 gesichert“ mit „deutlich längeren Förderzeitraum“ (Pressemitteilung der Bezirksregierung Arnsberg vom 08.12.2017)",
    publisher: "MKFFI/MSB NRW",
    date: "2018-03-27",
  },
  {
    id: "web:kim-richtlinie",
    kind: "ohneAdresse",
    title:
      "KIM-Richtlinie vom 25.11.2020 (MBl. NRW. 2020 S. 751), neue Richtlinie vom 12.12.2024 (MBl. NRW. 2024 S. 1229); 2021 „50 Millionen Euro“ (mkffi.nrw)",
    publisher: "MKFFI / MKJFGFI NRW",
    date: "2020-11-25",
  },
  {
    id: "web:staedteregion-aachen-komm-an",
    kind: "ohneAdresse",
    title: "StädteRegion Aachen: KOMM-AN 2016 / 2017 / 2018 etwa 120.000 / 120.000 / 184.000 €",
    publisher: "StädteRegion Aachen (staedteregion-aachen.de)",
  },
  {
    id: "web:lebendiges-aachen-raa",
    kind: "ohneAdresse",
    title: "Die RAA erhielten schon vor den KI Landesmittel für 2 Lehrer und 2 sozialpädagogische Stellen",
    publisher: "lebendiges-aachen.de",
  },
  {
    id: "web:landtag-17-698",
    kind: "ohneAdresse",
    title:
      "Landtag Drucksache 17/698: Mittel 2016/17 aus „Titelgruppen 68 und 70 des Kapitels 11 060 – Kommunale Integrationszentren (KI)“",
    publisher: "Landtag NRW",
  },
  // ---- Pay rounds (payRounds.ts), retrieved for the cost model -----------------------------------------
  {
    id: "web:gew-tvoed-2024",
    kind: "web",
    title:
      "Tarifrunde TVöD 2023: Mehr Geld ab März 2024! „200 Euro Sockelbetrag plus weitere 5,5 Prozent … Ist diese " +
      "Erhöhung geringer als 340 Euro, wird der Tabellenwert stattdessen um 340 Euro erhöht“",
    publisher: "GEW",
    url: "https://www.gew.de/aktuelles/detailseite/mehr-geld-ab-maerz",
    accessed: "2026-12-03",
  },
  {
    id: "web:haufe-tvoed-2023",
    kind: "web",
    title:
      "Tariferhöhung im öffentlichen Dienst: Erhöhung der Entgelte 2023 und 2024 („Die einzige Tariferhöhung der " +
      "Tarifrunde 2023 erfolgt zum 1. März 2024“; Tarifeinigung vom 22.4.2023)",
    publisher: "Haufe",
    url: "https://haufe.de/oeffentlicher-dienst/tvoed-office-professional/tariferhoehung-im-oeffentlichen-dienst-2-erhoehung-der-entgelte-2023-und-2024_idesk_PI13994_HI3207967.html",
    accessed: "2026-12-03",
  },
  {
    id: "web:oed-info-tvoed-2025",
    kind: "web",
    title:
      "Tarifrunde TVöD 2025: Laufzeit 01.01.2025 – 31.03.2027; 01.01.2025 keine Erhöhung; 01.04.2025 +3,0 %, " +
      "mindestens 110 €; 01.05.2026 +2,8 %; Einigung 06.04.2025",
    publisher: "oeffentlicher-dienst.info",
    url: "https://oeffentlicher-dienst.info/tvoed/tr/2025",
    accessed: "2026-12-03",
  },
  {
    id: "web:oed-info-tvl-2023",
    kind: "web",
    title:
      "Tarifrunde TV-L 2023 – Mindesterhöhungsbetrag: 01.11.2024 pauschal +200 €; 01.02.2025 +5,5 %, mindestens " +
      "aber 140 € (bei wirkungsgleicher Übertragung auf die Beamten ohne Wirkung)",
    publisher: "oeffentlicher-dienst.info",
    url: "https://oeffentlicher-dienst.info/tv-l/tr/2023/mindesterhoehungsbetrag.html",
    accessed: "2026-12-03",
  },
  {
    id: "web:borkener-zeitung-besoldung-2023",
    kind: "web",
    title:
      "NRW überträgt Tarif-Ergebnis auf Beamte: „Zum 1. November 2024 werden die Grundgehälter um 200 Euro " +
      "angehoben, zum 1. Februar 2025 erfolgt eine weitere Anhebung um 5,5 Prozent“",
    publisher: "Borkener Zeitung (dpa/lnw)",
    url: "https://www.borkenerzeitung.de/welt/regionales/NRW-uebertraegt-Tarif-Ergebnis-auf-Beamte-508861.html?bPrint=true",
    accessed: "2026-12-03",
  },
  {
    id: "web:dstg-westfalen-2023",
    kind: "web",
    title: "DSTG EKR 2023: Besoldungsgespräche – Tarifabschluss 1:1 für den Beamtenbereich",
    publisher: "DSTG Bezirksverband Westfalen",
    url: "https://www.dstg-westfalen.de/aktuelles/aktuelles-aus-dem-bezirk-westfalen/datum/2023/12/13/dstg-ekr-2023-besoldungsgespraeche-tarifabschluss-11-fuer-den-beamtenbereich/",
    date: "2023-12-13",
  },
  {
    id: "web:rehm-tvl-2026",
    kind: "web",
    title:
      "Tarifeinigung im öffentlichen Dienst der Länder (14.2.2026): ab 1.4.2026 +2,8 %, mindestens jedoch 100 Euro; " +
      "ab 1.3.2027 +2,0 %; ab 1.1.2028 +1,0 %; Laufzeit bis 31.1.2028",
    publisher: "rehm-verlag (Breier/Dassau, TVöD-Kommentar)",
    url: "https://www.rehm-verlag.de/arbeitsrecht-und-tarifrecht/aktuelle-beitraege-zum-tarifrecht--breier-dassau-tvoed-kommentar/tarifeinigung-im-oeffentlichen-dienst-der-laender",
    accessed: "2026-12-03",
  },
  {
    id: "web:kreisschluessel",
    kind: "web",
    title:
      "Kreisfreie Städte und Landkreise nach Fläche, Bevölkerung und Bevölkerungsdichte, Stand 31.12.2018 (Amtliche Kreisschlüssel; © Statistisches Bundesamt (Destatis) 2019, CC-BY-4.0), als npm-Paket landkreise-deutschland 3.0.0",
    publisher: "Statistisches Bundesamt (Destatis); Paket von Alexander Wunschik",
    url: "https://github.com/mojoaxel/landkreise-deutschland",
    accessed: "2026-12",
    note: "Die 54 Schlüssel und Namen sind in einem Test gegen diese Tabelle geprüft (Stadt Aachen als Gemeinde nicht darin).",
  },
  {
    id: "web:tintg-130",
    kind: "ohneAdresse",
    title:
      "§ 3 Abs. 2 Teilhabe- und Integrationsgesetz NRW (seit 01.01.2022): „jährlich mindestens 130 Millionen Euro“",
    dateText: "in Kraft seit 01.01.2022",
    note: "Adresse: siehe web:kim-nrw.",
  },
  {
    id: "web:richtlinie-fassungen",
    kind: "ohneAdresse",
    title:
      "Richtlinien für die Förderung Kommunaler Integrationszentren: Fassung vom 25.06.2012, geändert 2015 und 2016, neue Fassungen vom 27.03.2018, 10.03.2023 und 03.04.2025",
    note: "Einzelnachweise: web:richtlinie-2012, web:richtlinie-2018, web:bass-2023, web:bass-2025.",
  },
  {
    id: "web:festbetrag",
    kind: "ohneAdresse",
    title: "Förderung der 3,5 kommunalen Stellen als Festbetragsfinanzierung",
  },
  {
    id: "web:5-5-stellen",
    kind: "ohneAdresse",
    title: "Bestätigung: 5,5 Stellen je KI (3,5 kommunale Stellen und 2 Lehrerstellen)",
  },
  {
    id: "web:lokale-startdaten",
    kind: "ohneAdresse",
    title:
      "Lokale Quellen zu Startdaten einzelner KI (StädteRegion Aachen, Krefeld, Hochsauerlandkreis, Köln, Höxter, Rhein-Erft-Kreis, Heinsberg, Olpe, Unna, Dortmund, Leverkusen, Lippe)",
    note: "Im Projektbrief je KI „aus einer lokalen Quelle“, ohne Adressen.",
  },
  {
    id: "web:koeln-08-2013",
    kind: "web",
    title: "KI Köln, Über uns: „Das Kommunale Integrationszentrum Köln gibt es seit dem 1. August 2013.“",
    publisher: "Kommunales Integrationszentrum Köln (ki-koeln.de)",
    url: "https://ki-koeln.de/ueber-uns/",
    accessed: "2026-12",
  },
  {
    id: "web:koeln-10-2013",
    kind: "web",
    title: "interkulturell.koeln: „Das Kommunale Integrationszentrum (KI) besteht in Köln seit Oktober 2013“",
    publisher: "Stadt Köln, Amt für Integration und Vielfalt (interkulturell.koeln)",
    url: "https://interkulturell.koeln/kommunales-integrationszentrum",
    accessed: "2026-12",
  },
];

const BY_ID = new Map(SOURCES.map((s) => [s.id, s]));

/** The source with this id; KiError("nicht_gefunden") for an unknown id. */
export function sourceById(id: string): SourceRef {
  const source = BY_ID.get(id);
  if (source === undefined) throw new KiError("nicht_gefunden", `Quelle '${id}' ist nicht bekannt.`);
  return source;
}

/** "02.12.2026" or "12.2026" for an "accessed" value ("YYYY-MM-DD" or "YYYY-MM"). */
function accessedText(accessed: string): string {
  return accessed.length === 7 ? `${accessed.slice(5)}.${accessed.slice(0, 4)}` : formatGermanDate(accessed);
}

/** The date part of a citation in German: the publication date, else "abgerufen …", else what is known. */
export function citationDate(source: SourceRef): string | undefined {
  if (source.date !== undefined) return formatGermanDate(source.date);
  if (source.accessed !== undefined) return `abgerufen ${accessedText(source.accessed)}`;
  return source.dateText;
}

/**
 * The one way a source is cited to users (tooltips, source columns, KI.INFO): title, publisher, date
 * and address (or seed file); a source without a known address says so.
 */
export function citation(source: SourceRef): string {
  const where =
    source.url ?? source.file ?? (source.kind === "ohneAdresse" ? "ohne bekannte Adresse" : undefined);
  return [source.title, source.publisher, citationDate(source), where].filter(Boolean).join(" · ");
}

/** citation() by id; an unknown id shows itself rather than breaking a view or a cell. */
export function citationOf(id: string): string {
  const source = BY_ID.get(id);
  return source === undefined ? id : citation(source);
}
