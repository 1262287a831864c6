/**
 * The scenario parameters, one table for every layer: name, other accepted spellings, how the value
 * is read and what it sets, and the documentation (description, default, example). The parser
 * (scenario.ts), the pane's hints and edit forms, the help catalogue on each scenario sheet and
 * docs/scenarios.md (checked against this table by test/model/scenarioDocs.test.ts) all read it.
 *
 * Names are matched after foldText (case, spaces, umlauts written ae/oe/ue), so "Aenderungen ab Jahr"
 * is "Änderungen ab Jahr"; `aliases` are further spellings. Three forms of name:
 * - fixed: the name itself ("Betrag je KI");
 * - posts: the name, optionally followed by a kind: "Kommunale Stellen je KI (Kreis)" / "(kreisfreie Stadt)";
 * - centre: the name with "<Kreis>" replaced by any form resolveEntity accepts ("Start Kreis Kleve",
 *   "Zusätzliches KI 05315").
 */
import Decimal from "decimal.js";
import { formatGermanDate } from "./dates";
import { DEFAULT_ASSUMED_START } from "./centres";
import { resolveEntity } from "./names";
import { PAY_DATA_FROM_YEAR } from "./payRounds";
import {
  DEFAULT_INCREASE_BASE_YEAR,
  EXPANSION_TEACHERS_LABELS,
  PRO_RATA_LABELS,
  RULE_VERSION_LABELS,
} from "./scenarioDefaults";
import { foldText } from "./text";
import type { IsoDate, PostOverride, Scenario, ScenarioParameter } from "./types";
import {
  parseNumberText,
  readAmount,
  readCount,
  readDate,
  readPercent,
  readText,
  readYear,
  type Read,
} from "./values";

/** Stands for the Kreis or Stadt in a centre parameter's name. */
export const KREIS_PLACEHOLDER = "<Kreis>";

type Kinds = keyof PostOverride;
type CentreField =
  "startOverrides" | "openingOverrides" | "grantStartOverrides" | "endDates" | "extraCentres";

/** Records of a Scenario that the parser fills entry by entry. */
type DraftRecords = "municipalPosts" | "teacherPosts" | CentreField;

/** A scenario being read: defaults not filled in yet (see scenario.ts freeze), its records still mutable. */
export type Draft = Partial<Omit<Scenario, DraftRecords>> & {
  municipalPosts: PostOverride;
  teacherPosts: PostOverride;
} & Record<CentreField, Record<string, IsoDate>>;

/** A recognised parameter row: what it sets, and a key for duplicate detection. */
export interface Target {
  key: string;
  apply: (value: unknown, draft: Draft) => Read<unknown>;
}

type Form =
  | { form: "fixed"; key: string; apply: Target["apply"] }
  | { form: "posts"; field: "municipalPosts" | "teacherPosts" }
  | { form: "centre"; field: CentreField };

type Entry = ScenarioParameter & { target: Form };

function fixed<T>(key: string, read: (v: unknown) => Read<T>, set: (draft: Draft, value: T) => void): Form {
  return { form: "fixed", key, apply: setter(read, set) };
}

function setter<T>(read: (v: unknown) => Read<T>, set: (draft: Draft, value: T) => void): Target["apply"] {
  return (value, draft) => {
    const r = read(value);
    if (r.ok) set(draft, r.value);
    return r;
  };
}

/** One of the labels (folded): "ab Folgemonat" -> "nextMonth". */
function readChoice<T extends string>(labels: Readonly<Record<T, string>>, what: string) {
  return (value: unknown): Read<T> => {
    if (typeof value === "string") {
      const wanted = foldText(value);
      for (const [choice, label] of Object.entries(labels) as [T, string][]) {
        if (foldText(label) === wanted) return { ok: true, value: choice };
      }
    }
    return {
      ok: false,
      message: `„${String(value)}“ ist keine gültige ${what}. Erlaubt sind: ${Object.values(labels).join(", ")}.`,
    };
  };
}

/** A share from 0 % to 100 %: "50 %", 0,5 or 0.5 (Excel's 50 % cell). */
function readShare(value: unknown): Read<Decimal> {
  let share: Decimal | undefined;
  if (typeof value === "number" && Number.isFinite(value)) share = new Decimal(value);
  else if (typeof value === "string") {
    const t = value.trim();
    share = t.endsWith("%") ? parseNumberText(t.slice(0, -1).trim())?.dividedBy(100) : parseNumberText(t);
  }
  if (share === undefined) {
    return { ok: false, message: `„${String(value)}“ ist kein gültiger Anteil (z. B. „50 %“ oder 0,5).` };
  }
  if (share.isNegative() || share.gt(1)) {
    return {
      ok: false,
      message: `Anteil „${String(value)}“ muss zwischen 0 % und 100 % liegen (z. B. „50 %“ oder 0,5).`,
    };
  }
  return { ok: true, value: share };
}

/** "Bezugsjahr Durchschnittskosten": a year from the first with pay-round data on (payRounds.ts). */
function readReferenceYear(value: unknown): Read<number> {
  const read = readYear(value);
  if (read.ok && read.value < PAY_DATA_FROM_YEAR) {
    return {
      ok: false,
      message:
        `Bezugsjahr ${read.value} liegt vor den hinterlegten Tarifrunden (ab 01.01.${PAY_DATA_FROM_YEAR}): ` +
        `bitte Durchschnittskosten ab ${PAY_DATA_FROM_YEAR} angeben.`,
    };
  }
  return read;
}

const PARAMETERS: readonly Entry[] = [
  {
    name: "Bezeichnung",
    target: fixed("label", readText, (d, v) => (d.label = v)),
    description: "Name des Szenarios, nur zur Anzeige.",
    valueType: "Text",
    defaultText: "(leer)",
    example: "Ausbau 2027",
  },
  {
    name: "Betrag je KI",
    target: fixed("amountPerCentre", readAmount, (d, v) => (d.amountPerCentre = v)),
    description:
      "Festbetrag des Integrationsministeriums je KI und Jahr für die kommunalen Grundstellen (Komponente " +
      "„personal“). Wirkt in Fassungen mit Festbetrag (bis 02.04.2025).",
    valueType: "Betrag",
    defaultText: "laut Richtlinie: 170.000 €",
    example: "175.000,00 €",
  },
  {
    name: "Betrag je kommunale Stelle",
    target: fixed("amountPerMunicipalPost", readAmount, (d, v) => (d.amountPerMunicipalPost = v)),
    description:
      "Betrag je kommunaler Stelle, wo die Richtlinie je Stelle fördert (Komponenten „zusatzstellen“, „fachkraft“).",
    valueType: "Betrag",
    defaultText: "laut Richtlinie: 50.000 € (2017 bis 02.04.2025), 57.000 € (ab 03.04.2025)",
    example: "60.000",
  },
  {
    name: "Wert je Lehrerstelle",
    target: fixed("amountPerTeacherPost", readAmount, (d, v) => (d.amountPerTeacherPost = v)),
    description: "Wert einer Lehrerstelle des Schulministeriums je Jahr (Komponente „lehrer“).",
    valueType: "Betrag",
    defaultText: "50.000 € („rund 50.000 Euro“, seed:001)",
    example: "55.000 €",
  },
  {
    name: "Sachkosten je KI",
    target: fixed("materialCostsPerCentre", readAmount, (d, v) => (d.materialCostsPerCentre = v)),
    description: "Sachkosten je KI und Jahr (Komponente „sachkosten“, ab 2017).",
    valueType: "Betrag",
    defaultText: "laut Richtlinie: 50.000 € (ab 2017)",
    example: "40.000",
  },
  {
    name: "Durchschnittskosten Fachkraftstelle",
    target: fixed("costPerSpecialistPost", readAmount, (d, v) => (d.costPerSpecialistPost = v)),
    description:
      "Kosten einer vollen Fachkraftstelle im Jahr (Arbeitgeberkosten) auf dem Tarifstand vom 1. Januar des " +
      "Bezugsjahres; wächst mit den TVöD-Runden (KI.KOSTEN, KI.EIGENANTEIL). Keine amtlichen Werte hinterlegt.",
    valueType: "Betrag",
    defaultText: "(keiner: bitte eintragen)",
    example: "78.000 €",
  },
  {
    name: "Durchschnittskosten Verwaltungsstelle",
    target: fixed("costPerAdminPost", readAmount, (d, v) => (d.costPerAdminPost = v)),
    description:
      "Kosten einer vollen Verwaltungsstelle im Jahr auf dem Tarifstand vom 1. Januar des Bezugsjahres; wächst " +
      "mit den TVöD-Runden.",
    valueType: "Betrag",
    defaultText: "(keiner: bitte eintragen)",
    example: "62.000 €",
  },
  {
    name: "Durchschnittskosten Lehrerstelle",
    target: fixed("costPerTeacherPost", readAmount, (d, v) => (d.costPerTeacherPost = v)),
    description:
      "Kosten einer vollen Lehrerstelle für das Land im Jahr auf dem Stand vom 1. Januar des Bezugsjahres; wächst " +
      "mit TV-L / Besoldung NRW. Zum Vergleich mit dem Wert je Lehrerstelle der Förderung.",
    valueType: "Betrag",
    defaultText: "(keiner: bitte eintragen)",
    example: "85.000 €",
  },
  {
    name: "Bezugsjahr Durchschnittskosten",
    target: fixed("costReferenceYear", readReferenceYear, (d, v) => (d.costReferenceYear = v)),
    description: `Jahr, auf dessen 1. Januar sich die Durchschnittskosten beziehen (ab ${PAY_DATA_FROM_YEAR}; Tarifdaten ab 01.01.${PAY_DATA_FROM_YEAR}).`,
    valueType: "Jahr",
    defaultText: "(keines: bitte eintragen)",
    example: "2025",
  },
  {
    name: "Tatsächliche Sachkosten je KI",
    target: fixed("materialCostsActual", readAmount, (d, v) => (d.materialCostsActual = v)),
    description:
      "Was ein KI im Jahr für Räume, Ausstattung und Betrieb ausgibt (Kosten, nicht die Förderung „Sachkosten je " +
      "KI“); gleichbleibend, anteilig nach Monaten.",
    valueType: "Betrag",
    defaultText: "(keine: bitte eintragen)",
    example: "60.000 €",
  },
  {
    name: "Tarifsteigerung nach Laufzeit",
    target: fixed("payRiseAfterTerm", readPercent, (d, v) => (d.payRiseAfterTerm = v)),
    description:
      "Angenommene jährliche Tarifsteigerung nach dem letzten vereinbarten Tarifvertrag, ab dem Tag nach " +
      "Laufzeitende (TVöD 01.04.2027, TV-L 01.02.2028) und dann jährlich.",
    valueType: "Prozent",
    defaultText: "0 % (keine Annahme)",
    example: "2,5 %",
  },
  {
    name: "Kommunale Stellen je KI",
    target: { form: "posts", field: "municipalPosts" },
    description:
      "Kommunale Stellen je KI insgesamt. Die je Stelle geförderte Komponente erhält die Stellen, die nicht " +
      "schon per Festbetrag gefördert sind. Die Fassung 2012 (ein Festbetrag für 3,5 Stellen) bleibt " +
      "unverändert. Optional nur für einen Typ: „Kommunale Stellen je KI (Kreis)“ bzw. „(kreisfreie Stadt)“.",
    valueType: "Anzahl",
    defaultText: "laut Richtlinie: 3,5 (2012); ab 2017 5,5 kreisfreie Städte, 6,5 Kreise",
    example: "7,5",
  },
  {
    name: "Lehrerstellen je KI",
    target: { form: "posts", field: "teacherPosts" },
    description:
      "Lehrerstellen je KI. Optional nur für einen Typ: „Lehrerstellen je KI (Kreis)“ bzw. „(kreisfreie Stadt)“.",
    valueType: "Anzahl",
    defaultText: "2 (2012); ab 2017 3 kreisfreie Städte, 3,5 Kreise",
    example: "4",
  },
  {
    name: "Änderungen ab Jahr",
    target: fixed("overridesFromYear", readYear, (d, v) => (d.overridesFromYear = v)),
    description:
      "Die Beträge und Stellenzahlen oben gelten erst ab diesem Jahr; frühere Jahre rechnen mit der Richtlinie.",
    valueType: "Jahr",
    defaultText: "(leer): alle Jahre",
    example: "2027",
  },
  {
    name: "Steigerung pro Jahr",
    target: fixed("increaseRate", readPercent, (d, v) => (d.increaseRate = v)),
    description:
      "Jährliche Steigerung aller Beträge nach dem Basisjahr: Jahr J wird mit (1 + Satz)^(J − Basisjahr) " +
      "multipliziert. Text mit % („2,5 %“) oder Zahl (0,025); eine Zahl ohne % ab 0,2 ist mehrdeutig.",
    valueType: "Prozent",
    defaultText: "0 %",
    example: "2,5 %",
  },
  {
    name: "Basisjahr Steigerung",
    target: fixed("increaseBaseYear", readYear, (d, v) => (d.increaseBaseYear = v)),
    description: "Letztes Jahr ohne Steigerung.",
    valueType: "Jahr",
    defaultText: `${DEFAULT_INCREASE_BASE_YEAR} (Jahr der neuesten Richtlinie mit bekannten Beträgen)`,
    example: "2026",
  },
  {
    name: "Monatsberechnung",
    target: fixed(
      "proRataBasis",
      readChoice(PRO_RATA_LABELS, "Monatsberechnung"),
      (d, v) => (d.proRataBasis = v),
    ),
    description:
      "Wie Monate eines angebrochenen Jahres zählen: „ab Startmonat“ (jeder Monat mit mindestens einem " +
      "Arbeitstag), „ab Folgemonat“ (nur volle Monate), „ganzes Jahr“ (12/12 in jedem Jahr mit Betrieb).",
    valueType: "Auswahl",
    defaultText: "ab Startmonat",
    example: "ab Folgemonat",
    options: Object.values(PRO_RATA_LABELS),
  },
  {
    name: "Angenommener Start",
    target: fixed("assumedStart", readDate, (d, v) => (d.assumedStart = v)),
    description:
      "Rechenstart der KI, deren Start nur als Obergrenze bekannt ist (am 25.04.2014 in Betrieb oder kurz davor).",
    valueType: "Datum",
    defaultText: `${formatGermanDate(DEFAULT_ASSUMED_START)} (Umwandlung der RAA)`,
    example: "01.01.2014",
  },
  {
    name: "Richtlinienfassung",
    target: fixed(
      "ruleVersionBasis",
      readChoice(RULE_VERSION_LABELS, "Richtlinienfassung"),
      (d, v) => (d.ruleVersionBasis = v),
    ),
    description:
      "Welche Fassung der Richtlinie einen Monat regelt: „je Monat“ (die am 1. des Monats gültige Fassung) " +
      "oder „je Förderjahr“ (die am 1. Januar gültige Fassung für das ganze Jahr; Annahme der Quellenprüfung, " +
      "von keiner Quelle belegt).",
    valueType: "Auswahl",
    defaultText: "je Monat",
    example: "je Förderjahr",
    options: Object.values(RULE_VERSION_LABELS),
  },
  {
    name: "Ausschöpfung Ausbau",
    target: fixed("expansionShare", readShare, (d, v) => (d.expansionShare = v)),
    description:
      "Anteil der beim Ausbau 2017 „bis zu“ angebotenen zusätzlichen Stellen und Lehrerstellen, der tatsächlich " +
      "genutzt wird. 100 % ist der Höchstwert, keine Prognose (Kreis Coesfeld schuf 2017 nur eine der drei " +
      "möglichen Stellen).",
    valueType: "Prozent",
    defaultText: "100 % (Höchstwert)",
    example: "50 %",
  },
  {
    name: "Ausbau-Lehrerstellen nach 2019",
    target: fixed(
      "expansionTeachersAfter",
      readChoice(EXPANSION_TEACHERS_LABELS, "Angabe für die Ausbau-Lehrerstellen nach 2019"),
      (d, v) => (d.expansionTeachersAfter = v),
    ),
    description:
      "Die zusätzlichen Lehrerstellen des Ausbaus 2017 sind „befristet bis zum Jahr 2019“ (sgk.nrw). Was danach " +
      "gilt, ist eine Annahme: „fortgeführt“ oder „entfallen“.",
    valueType: "Auswahl",
    defaultText: "fortgeführt (angenommen)",
    example: "entfallen",
    options: Object.values(EXPANSION_TEACHERS_LABELS),
  },
  {
    name: "Start <Kreis>",
    target: { form: "centre", field: "startOverrides" },
    description:
      "Eröffnung und Förderbeginn des KI eines Kreises bzw. einer kreisfreien Stadt zugleich, z. B. " +
      "„Start Kreis Kleve“ oder „Start 05154“.",
    valueType: "Datum",
    defaultText: "laut Daten",
    example: "01.09.2018",
  },
  {
    name: "Eröffnung <Kreis>",
    aliases: ["Eroffnung <Kreis>"],
    target: { form: "centre", field: "openingOverrides" },
    description:
      "Nur die Eröffnung (danach richten sich die Anzahlen; das Geld auch, wo kein Förderbeginn belegt ist), " +
      "z. B. „Eröffnung Kreis Borken“.",
    valueType: "Datum",
    defaultText: "laut Daten",
    example: "28.06.2016",
  },
  {
    name: "Förderbeginn <Kreis>",
    aliases: ["Forderbeginn <Kreis>"],
    target: { form: "centre", field: "grantStartOverrides" },
    description:
      "Nur der Förderbeginn (danach richtet sich das Geld, für beide Ministerien), z. B. „Förderbeginn Kreis Borken“.",
    valueType: "Datum",
    defaultText: "laut Daten, sonst die Eröffnung",
    example: "01.05.2016",
  },
  {
    name: "Ende <Kreis>",
    target: { form: "centre", field: "endDates" },
    description: "Letzter Arbeitstag des KI (Schließung), z. B. „Ende Stadt Köln“.",
    valueType: "Datum",
    defaultText: "(kein Ende)",
    example: "31.12.2028",
  },
  {
    name: "Zusätzliches KI <Kreis>",
    aliases: ["Zusatzliches KI <Kreis>", "Weiteres KI <Kreis>"],
    target: { form: "centre", field: "extraCentres" },
    description:
      "Ein zweites KI im Kreis bzw. in der Stadt ab dem angegebenen Datum, gefördert wie das erste " +
      "(Regeln des Typs); zählt bei Anzahl, Förderung und Stellen mit.",
    valueType: "Datum",
    defaultText: "(keines)",
    example: "01.01.2027",
  },
];

/** The documentation part of the table, in its order. */
export const SCENARIO_PARAMETERS: readonly ScenarioParameter[] = PARAMETERS.map((entry) => {
  const { target, ...doc } = entry;
  void target;
  return Object.freeze(doc);
});

const KIND_SUFFIXES: ReadonlyArray<[RegExp, Kinds]> = [
  [/^\(?\s*kreisfreie (stadt|staedte)\s*\)?$/, "kreisfreieStadt"],
  [/^\(?\s*(kreis|kreise)\s*\)?$/, "kreis"],
];

/** All spellings of an entry, folded; for a centre parameter without the "<Kreis>" part. */
function stems(entry: Entry): string[] {
  return [entry.name, ...(entry.aliases ?? [])].map((n) => foldText(n.replace(KREIS_PLACEHOLDER, "")));
}

interface Match {
  entry: Entry;
  /** Posts: the kind; centre: the Kreis text as typed. */
  kind?: Kinds;
  kreis?: string;
}

function match(name: string): Match | undefined {
  const folded = foldText(name);
  const typed = name.normalize("NFC").trim().split(/\s+/);
  for (const entry of PARAMETERS) {
    const { target } = entry;
    for (const stem of stems(entry)) {
      if (target.form === "fixed" && folded === stem) return { entry };
      if (target.form === "posts" && folded.startsWith(stem)) {
        const rest = folded.slice(stem.length).trim();
        if (rest === "") return { entry, kind: "all" };
        for (const [pattern, kind] of KIND_SUFFIXES) if (pattern.test(rest)) return { entry, kind };
      }
      if (target.form === "centre") {
        const n = stem.split(" ").length;
        if (typed.length > n && foldText(typed.slice(0, n).join(" ")) === stem) {
          return { entry, kreis: typed.slice(n).join(" ") };
        }
      }
    }
  }
  return undefined;
}

/**
 * The documented parameter a row name belongs to, by the parser's own rules ("Start Kreis Kleve",
 * "Zusaetzliches KI Köln" -> "Zusätzliches KI <Kreis>"); undefined for a name the parser refuses as
 * unknown. The Kreis itself is not resolved: "Start Kreis Nirgendwo" is still "Start <Kreis>".
 */
export function scenarioParameterOf(name: string): ScenarioParameter | undefined {
  const m = match(name);
  return m === undefined ? undefined : SCENARIO_PARAMETERS[PARAMETERS.indexOf(m.entry)];
}

/** What a row name sets; undefined if unknown; throws KiError for a Kreis resolveEntity refuses. */
export function targetOf(name: string): Target | undefined {
  const m = match(name);
  if (m === undefined) return undefined;
  const { target } = m.entry;
  if (target.form === "fixed") return { key: target.key, apply: target.apply };
  if (target.form === "posts") {
    const { field } = target;
    const which = m.kind ?? "all";
    return {
      key: `${field}:${which}`,
      apply: setter(readCount, (d, v) => (d[field] = { ...d[field], [which]: v })),
    };
  }
  const { field } = target;
  const entity = resolveEntity(m.kreis ?? "");
  return { key: `${field}:${entity.key}`, apply: setter(readDate, (d, v) => (d[field][entity.key] = v)) };
}
