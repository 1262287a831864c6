/**
 * The versions of the funding guideline ("Richtlinien für die Förderung Kommunaler
 * Integrationszentren") as data. Each component says who pays, how much, for which posts, how sure
 * we are and where it comes from. Validity periods are inclusive and leave no overlap; the reasons
 * for each boundary are in `validityNote` and in the README.
 *
 * Where domain.md gives no amount for a version, the previous amount is carried forward and marked
 * "angenommen" with a note; nothing is invented.
 */
import Decimal from "decimal.js";
import type { EntityKind, RuleComponent, RuleVersion, Status } from "./types";

const MAIS = "Land: Integrationsministerium";
const MSW = "Land: Schulministerium";
const BOTH: EntityKind[] = ["kreisfreieStadt", "kreis"];

const d = (value: string): Decimal => new Decimal(value);

function component(
  fields: Omit<RuleComponent, "status" | "sources"> & { status: Status; sources: string[] },
) {
  return Object.freeze(fields) as RuleComponent;
}

// ---- Components of the 2012 guideline (seeds 000, 001, 004) ------------------------------------------

const PERSONAL_2012 = component({
  id: "personal",
  label: "Kommunale Stellen (Festbetrag je KI)",
  payer: MAIS,
  postKind: "kommunal",
  posts: d("3.5"),
  amountPerCentre: d("170000"),
  status: "belegt",
  sources: ["seed:000", "seed:001", "seed:004", "web:festbetrag"],
  note:
    "170.000 € je KI und Jahr für 3,5 Stellen: 2 sozialpädagogische Fachkräfte bzw. Sozialwissenschaftler/innen, " +
    "1 Verwaltungsfachkraft, 0,5 Stelle organisatorisch-technische Unterstützung (seed:004). Festbetrag.",
});

const LEHRER_2012 = component({
  id: "lehrer",
  label: "Lehrerstellen (bewertet)",
  payer: MSW,
  postKind: "lehrer",
  posts: d("2"),
  amountPerPost: d("50000"),
  status: "belegt",
  sources: ["seed:000", "seed:001", "seed:004"],
  note:
    "Abgeordnete Lehrkräfte, kein ausgezahlter Zuschuss; als Landesressource bewertet mit „rund 50.000 Euro“ " +
    "je Stelle (seed:001), zusammen „rund 100.000 Euro“ (seed:000).",
});

// ---- 2017 expansion (web: sgk.nrw), carried into later versions ----------------------------------------

const CARRIED_2012_NOTE =
  "Betrag aus der Richtlinie 2012 fortgeschrieben (angenommen): für diese Fassung ist kein eigener Betrag bekannt.";

function personalCarried(sources: string[]): RuleComponent {
  return component({ ...PERSONAL_2012, status: "angenommen", sources, note: CARRIED_2012_NOTE });
}

function extraPosts(kind: EntityKind, status: Status, sources: string[], note: string): RuleComponent {
  return component({
    id: "zusatzstellen",
    label: "Zusätzliche kommunale Stellen (je Stelle)",
    payer: MAIS,
    postKind: "kommunal",
    posts: d(kind === "kreis" ? "3" : "2"),
    amountPerPost: d("50000"),
    expansionPosts: d(kind === "kreis" ? "3" : "2"),
    status,
    sources,
    note,
  });
}

const TEACHER_LIMIT_NOTE =
  "Die zusätzlichen Lehrerstellen des Ausbaus sind „befristet bis zum Jahr 2019“ (web:sgk-ausbau-2017); ab 2020 " +
  "fortgeführt gerechnet (angenommen, Szenario „Ausbau-Lehrerstellen nach 2019“).";

function teachersExpanded(kind: EntityKind, sources: string[], note: string): RuleComponent {
  return component({
    ...LEHRER_2012,
    posts: d(kind === "kreis" ? "3.5" : "3"),
    expansionPosts: d(kind === "kreis" ? "1.5" : "1"),
    expansionUntilYear: 2019,
    status: "angenommen",
    sources,
    note: `${note} ${TEACHER_LIMIT_NOTE}`,
  });
}

function materialCosts(sources: string[], note: string): RuleComponent {
  return component({
    id: "sachkosten",
    label: "Sachkosten",
    payer: MAIS,
    amountPerCentre: d("50000"),
    status: "angenommen",
    sources,
    note,
  });
}

const AUSBAU_SOURCES = ["web:sgk-ausbau-2017"];
const UPTO_NOTE =
  "„bis zu“: ein Höchstwert, keine Prognose; gerechnet wird mit dem Höchstwert × „Ausschöpfung Ausbau“ " +
  "(Standard 100 %). Kreis Coesfeld schuf 2017 nur eine der drei möglichen Stellen (web:kreis-coesfeld-sv-9-0756).";

function ausbau2017Components(kind: EntityKind): RuleComponent[] {
  return [
    personalCarried(["seed:000", "seed:001", "web:sgk-ausbau-2017"]),
    extraPosts(
      kind,
      "angenommen",
      AUSBAU_SOURCES,
      `Ausbau 2017: ${kind === "kreis" ? "Kreise +3" : "kreisfreie Städte +2"} Stellen zu bis zu 50.000 €. ${UPTO_NOTE}`,
    ),
    teachersExpanded(
      kind,
      ["web:sgk-ausbau-2017", "seed:001", "web:kreis-coesfeld-sv-9-0756"],
      `Ausbau 2017: ${kind === "kreis" ? "+1,5" : "+1"} Lehrerstellen; Wert je Stelle 50.000 € aus 2016 fortgeschrieben (angenommen).`,
    ),
    materialCosts(AUSBAU_SOURCES, `Ausbau 2017: Sachkosten bis zu 50.000 €. ${UPTO_NOTE}`),
  ];
}

function carriedComponents(kind: EntityKind, fromTitle: string): RuleComponent[] {
  const note = `Betrag dieser Fassung nicht bekannt; aus „${fromTitle}“ fortgeschrieben (angenommen).`;
  const sources = ["web:richtlinie-2018", ...AUSBAU_SOURCES];
  return ausbau2017Components(kind).map((c) => component({ ...c, status: "angenommen", sources, note }));
}

// ---- Current guideline (web: bra.nrw.de), taken as the version of 03.04.2025 ---------------------------

function current2025Components(kind: EntityKind): RuleComponent[] {
  const sources = ["web:bra-foerderung", "web:bass-2025"];
  return [
    component({
      id: "fachkraft",
      label: "Fachkraftstellen (je Stelle)",
      payer: MAIS,
      postKind: "kommunal",
      posts: d(kind === "kreis" ? "6" : "5"),
      amountPerPost: d("57000"),
      status: "angenommen",
      sources,
      note: `Bis zu ${kind === "kreis" ? "6" : "5"} Fachkraftstellen zu bis zu 57.000 €. ${UPTO_NOTE}`,
    }),
    component({
      id: "verwaltung",
      label: "Verwaltungsassistenz (0,5 Stelle)",
      payer: MAIS,
      postKind: "kommunal",
      posts: d("0.5"),
      amountPerCentre: d("22500"),
      status: "angenommen",
      sources,
      note: `22.500 € je 0,5 Stelle Verwaltungsassistenz. ${UPTO_NOTE}`,
    }),
    teachersExpanded(
      kind,
      ["web:sgk-ausbau-2017", "seed:001"],
      "Lehrerstellen sind nicht Teil dieser Richtlinie (Schulministerium); Zahl aus dem Ausbau 2017 und Wert " +
        "50.000 € aus 2016 fortgeschrieben (angenommen).",
    ),
    materialCosts(sources, `Sachausgaben bis zu 50.000 €. ${UPTO_NOTE}`),
  ];
}

function kindTitle(kind: EntityKind): string {
  return kind === "kreis" ? "Kreise" : "kreisfreie Städte";
}

function perKind(make: (kind: EntityKind) => RuleVersion): RuleVersion[] {
  return [make("kreisfreieStadt"), make("kreis")];
}

const kindSuffix = (kind: EntityKind): string => (kind === "kreis" ? "kreis" : "stadt");

export const RULES: readonly RuleVersion[] = [
  Object.freeze({
    id: "rl-2012",
    title:
      "Richtlinie vom 25.06.2012 (Gem. RdErl. MSW/MAIS, BASS 11-02 Nr. 10; geändert am 23.03.2015 und 26.04.2016)",
    validFrom: "2012-06-25",
    validTo: "2016-12-31",
    validityNote:
      "Beginn: Datum des Runderlasses (web:richtlinie-2012). Ende: Tag vor dem angenommenen Beginn des Ausbaus " +
      "2017. Die Pressemitteilungen bis 06.2016 nennen unveränderte Beträge; Inhalt der Änderungen vom 23.03.2015 " +
      "und 26.04.2016 unbekannt (ein Papier des Kreises Borken nennt „geändert am 13.04.2016“).",
    appliesTo: BOTH,
    components: [PERSONAL_2012, LEHRER_2012],
    status: "belegt" as Status,
    sources: ["seed:000", "seed:001", "seed:004", "web:richtlinie-2012"],
  }),
  ...perKind((kind) =>
    Object.freeze({
      id: `ausbau-2017-${kindSuffix(kind)}`,
      title: `Ausbau 2017 (${kindTitle(kind)})`,
      validFrom: "2017-01-01",
      validTo: "2018-03-26",
      validityNote:
        "Nur das Jahr 2017 ist bekannt: Beginn 01.01.2017 angenommen. Ende: Tag vor der Fassung vom 27.03.2018.",
      appliesTo: [kind],
      components: ausbau2017Components(kind),
      status: "angenommen" as Status,
      sources: AUSBAU_SOURCES,
      note: "Web-Quelle (sgk.nrw), unsicherer als die Pressemitteilungen; Höchstbeträge angenommen.",
    }),
  ),
  ...perKind((kind) =>
    Object.freeze({
      id: `rl-2018-${kindSuffix(kind)}`,
      title: `Richtlinie vom 27.03.2018 (${kindTitle(kind)})`,
      validFrom: "2018-03-27",
      validTo: "2023-03-09",
      validityNote: "Datum der Fassung (web) bis zum Tag vor der Fassung vom 10.03.2023.",
      appliesTo: [kind],
      components: carriedComponents(kind, "Ausbau 2017"),
      status: "angenommen" as Status,
      sources: ["web:richtlinie-2018"],
      note:
        "Beträge und Stellen dieser Fassung unbekannt; die des Ausbaus 2017 fortgeschrieben (stimmen mit 5,5/6,5 " +
        "Stellen der aktuellen Richtlinie überein). Förderung „bis 2022 gesichert“, mehrjährige Bewilligungen.",
    }),
  ),
  ...perKind((kind) =>
    Object.freeze({
      id: `rl-2023-${kindSuffix(kind)}`,
      title: `Richtlinie vom 10.03.2023 (${kindTitle(kind)})`,
      validFrom: "2023-03-10",
      validTo: "2025-04-02",
      validityNote: "Datum der Fassung (web) bis zum Tag vor der Fassung vom 03.04.2025.",
      appliesTo: [kind],
      components: carriedComponents(kind, "Ausbau 2017"),
      status: "angenommen" as Status,
      sources: ["web:bass-2023"],
      note:
        "Beträge dieser Fassung hier noch aus dem Ausbau 2017 fortgeschrieben; die Beträge je Stelle der aktuellen " +
        "Seite (57.000 €, 22.500 €) stammen aus 2022 oder später und gehören wohl schon zu dieser Fassung (Annahme " +
        "der Quellenprüfung, nicht übernommen). Nr. 1.1 macht KOMM-AN NRW zum Teil der KI-Richtlinie.",
    }),
  ),
  ...perKind((kind) =>
    Object.freeze({
      id: `rl-2025-${kindSuffix(kind)}`,
      title: `Richtlinie vom 03.04.2025 (${kindTitle(kind)})`,
      validFrom: "2025-04-03",
      validityNote: "Datum der Fassung (web); offen, gilt für alle Folgejahre (mit der Szenario-Steigerung).",
      appliesTo: [kind],
      components: current2025Components(kind),
      status: "angenommen" as Status,
      sources: ["web:bra-foerderung", "web:bass-2025"],
      note:
        "Die Beträge der Seite der Bezirksregierung (Kopie auf pufii.de) werden der neuesten Fassung zugeordnet " +
        "(angenommen; ob 2025 sie änderte, ist nicht geprüft); Höchstbeträge angenommen.",
    }),
  ),
];

/** Canonical order of component ids, for stable columns. */
export const COMPONENT_ORDER: readonly string[] = [
  "personal",
  "zusatzstellen",
  "fachkraft",
  "verwaltung",
  "lehrer",
  "sachkosten",
];

/** The pseudo-component that sums all others. */
export const TOTAL_COMPONENT = "gesamt";
