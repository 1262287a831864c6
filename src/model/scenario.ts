/**
 * Scenarios from a two-column table "Parameter | Wert" as Excel gives it. Parameter names are German,
 * matched ignoring case, spaces and umlaut spelling. Every problem becomes an issue naming its row
 * (1-based, header included); rows with problems are left out of the scenario, never guessed.
 *
 * Centre parameters name the Kreis or Stadt after the keyword in any form resolveEntity accepts:
 * "Start Kreis Kleve", "Start 05154", "Ende Stadt Köln", "Zusätzliches KI Köln".
 * Post counts may be given for one kind: "Kommunale Stellen je KI (Kreis)" or "(kreisfreie Stadt)".
 */
import Decimal from "decimal.js";
import { formatGermanDate } from "./dates";
import { KiError, isKiError } from "./errors";
import { CENTRES, DEFAULT_ASSUMED_START } from "./centres";
import { resolveEntity } from "./names";
import {
  DEFAULT_INCREASE_BASE_YEAR,
  DEFAULT_SCENARIO,
  EXPANSION_TEACHERS_LABELS,
  PRO_RATA_LABELS,
  RULE_VERSION_LABELS,
} from "./scenarioDefaults";
import { PAY_DATA_FROM_YEAR } from "./payRounds";
import { editDistance, foldText } from "./text";
import type {
  IsoDate,
  PostOverride,
  ProRataBasis,
  Scenario,
  ScenarioIssue,
  ScenarioParameter,
} from "./types";
import {
  isEmptyCell,
  parseNumberText,
  readAmount,
  readCount,
  readDate,
  readPercent,
  readText,
  readYear,
  type Read,
} from "./values";

export const SCENARIO_PARAMETERS: readonly ScenarioParameter[] = [
  {
    name: "Bezeichnung",
    description: "Name des Szenarios, nur zur Anzeige.",
    valueType: "Text",
    defaultText: "(leer)",
    example: "Ausbau 2027",
  },
  {
    name: "Betrag je KI",
    description:
      "Festbetrag des Integrationsministeriums je KI und Jahr für die kommunalen Grundstellen (Komponente " +
      "„personal“). Wirkt in Fassungen mit Festbetrag (bis 02.04.2025).",
    valueType: "Betrag",
    defaultText: "laut Richtlinie: 170.000 €",
    example: "175.000,00 €",
  },
  {
    name: "Betrag je kommunale Stelle",
    description:
      "Betrag je kommunaler Stelle, wo die Richtlinie je Stelle fördert (Komponenten „zusatzstellen“, „fachkraft“).",
    valueType: "Betrag",
    defaultText: "laut Richtlinie: 50.000 € (2017 bis 02.04.2025), 57.000 € (ab 03.04.2025)",
    example: "60.000",
  },
  {
    name: "Wert je Lehrerstelle",
    description: "Wert einer Lehrerstelle des Schulministeriums je Jahr (Komponente „lehrer“).",
    valueType: "Betrag",
    defaultText: "50.000 € („rund 50.000 Euro“, seed:001)",
    example: "55.000 €",
  },
  {
    name: "Sachkosten je KI",
    description: "Sachkosten je KI und Jahr (Komponente „sachkosten“, ab 2017).",
    valueType: "Betrag",
    defaultText: "laut Richtlinie: 50.000 € (ab 2017)",
    example: "40.000",
  },
  {
    name: "Durchschnittskosten Fachkraftstelle",
    description:
      "Kosten einer vollen Fachkraftstelle im Jahr (Arbeitgeberkosten) auf dem Tarifstand vom 1. Januar des " +
      "Bezugsjahres; wächst mit den TVöD-Runden (KI.KOSTEN, KI.EIGENANTEIL). Keine amtlichen Werte hinterlegt.",
    valueType: "Betrag",
    defaultText: "(keiner: bitte eintragen)",
    example: "78.000 €",
  },
  {
    name: "Durchschnittskosten Verwaltungsstelle",
    description:
      "Kosten einer vollen Verwaltungsstelle im Jahr auf dem Tarifstand vom 1. Januar des Bezugsjahres; wächst " +
      "mit den TVöD-Runden.",
    valueType: "Betrag",
    defaultText: "(keiner: bitte eintragen)",
    example: "62.000 €",
  },
  {
    name: "Durchschnittskosten Lehrerstelle",
    description:
      "Kosten einer vollen Lehrerstelle für das Land im Jahr auf dem Stand vom 1. Januar des Bezugsjahres; wächst " +
      "mit TV-L / Besoldung NRW. Zum Vergleich mit dem Wert je Lehrerstelle der Förderung.",
    valueType: "Betrag",
    defaultText: "(keiner: bitte eintragen)",
    example: "85.000 €",
  },
  {
    name: "Bezugsjahr Durchschnittskosten",
    description: `Jahr, auf dessen 1. Januar sich die Durchschnittskosten beziehen (ab ${PAY_DATA_FROM_YEAR}; Tarifdaten ab 01.01.${PAY_DATA_FROM_YEAR}).`,
    valueType: "Jahr",
    defaultText: "(keines: bitte eintragen)",
    example: "2025",
  },
  {
    name: "Tatsächliche Sachkosten je KI",
    description:
      "Was ein KI im Jahr für Räume, Ausstattung und Betrieb ausgibt (Kosten, nicht die Förderung „Sachkosten je " +
      "KI“); gleichbleibend, anteilig nach Monaten.",
    valueType: "Betrag",
    defaultText: "(keine: bitte eintragen)",
    example: "60.000 €",
  },
  {
    name: "Tarifsteigerung nach Laufzeit",
    description:
      "Angenommene jährliche Tarifsteigerung nach dem letzten vereinbarten Tarifvertrag, ab dem Tag nach " +
      "Laufzeitende (TVöD 01.04.2027, TV-L 01.02.2028) und dann jährlich.",
    valueType: "Prozent",
    defaultText: "0 % (keine Annahme)",
    example: "2,5 %",
  },
  {
    name: "Kommunale Stellen je KI",
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
    description:
      "Lehrerstellen je KI. Optional nur für einen Typ: „Lehrerstellen je KI (Kreis)“ bzw. „(kreisfreie Stadt)“.",
    valueType: "Anzahl",
    defaultText: "2 (2012); ab 2017 3 kreisfreie Städte, 3,5 Kreise",
    example: "4",
  },
  {
    name: "Änderungen ab Jahr",
    description:
      "Die Beträge und Stellenzahlen oben gelten erst ab diesem Jahr; frühere Jahre rechnen mit der Richtlinie.",
    valueType: "Jahr",
    defaultText: "(leer): alle Jahre",
    example: "2027",
  },
  {
    name: "Steigerung pro Jahr",
    description:
      "Jährliche Steigerung aller Beträge nach dem Basisjahr: Jahr J wird mit (1 + Satz)^(J − Basisjahr) " +
      "multipliziert. Text mit % („2,5 %“) oder Zahl (0,025); eine Zahl ohne % ab 0,2 ist mehrdeutig.",
    valueType: "Prozent",
    defaultText: "0 %",
    example: "2,5 %",
  },
  {
    name: "Basisjahr Steigerung",
    description: "Letztes Jahr ohne Steigerung.",
    valueType: "Jahr",
    defaultText: `${DEFAULT_INCREASE_BASE_YEAR} (Jahr der neuesten Richtlinie mit bekannten Beträgen)`,
    example: "2026",
  },
  {
    name: "Monatsberechnung",
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
    description:
      "Rechenstart der KI, deren Start nur als Obergrenze bekannt ist (am 25.04.2014 in Betrieb oder kurz davor).",
    valueType: "Datum",
    defaultText: `${formatGermanDate(DEFAULT_ASSUMED_START)} (Umwandlung der RAA)`,
    example: "01.01.2014",
  },
  {
    name: "Richtlinienfassung",
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
    description:
      "Eröffnung und Förderbeginn des KI eines Kreises bzw. einer kreisfreien Stadt zugleich, z. B. " +
      "„Start Kreis Kleve“ oder „Start 05154“.",
    valueType: "Datum",
    defaultText: "laut Daten",
    example: "01.09.2018",
  },
  {
    name: "Eröffnung <Kreis>",
    description:
      "Nur die Eröffnung (danach richten sich die Anzahlen; das Geld auch, wo kein Förderbeginn belegt ist), " +
      "z. B. „Eröffnung Kreis Borken“.",
    valueType: "Datum",
    defaultText: "laut Daten",
    example: "28.06.2016",
  },
  {
    name: "Förderbeginn <Kreis>",
    description:
      "Nur der Förderbeginn (danach richtet sich das Geld, für beide Ministerien), z. B. „Förderbeginn Kreis Borken“.",
    valueType: "Datum",
    defaultText: "laut Daten, sonst die Eröffnung",
    example: "01.05.2016",
  },
  {
    name: "Ende <Kreis>",
    description: "Letzter Arbeitstag des KI (Schließung), z. B. „Ende Stadt Köln“.",
    valueType: "Datum",
    defaultText: "(kein Ende)",
    example: "31.12.2028",
  },
  {
    name: "Zusätzliches KI <Kreis>",
    description:
      "Ein zweites KI im Kreis bzw. in der Stadt ab dem angegebenen Datum, gefördert wie das erste " +
      "(Regeln des Typs); zählt bei Anzahl, Förderung und Stellen mit.",
    valueType: "Datum",
    defaultText: "(keines)",
    example: "01.01.2027",
  },
];

type Kinds = keyof PostOverride;

/** Records of a Scenario that the parser fills entry by entry. */
type DraftRecords =
  | "municipalPosts"
  | "teacherPosts"
  | "startOverrides"
  | "openingOverrides"
  | "grantStartOverrides"
  | "endDates"
  | "extraCentres";

/** A scenario being read: defaults not filled in yet (see freeze), its records still mutable. */
type Draft = Partial<Omit<Scenario, DraftRecords>> & {
  municipalPosts: PostOverride;
  teacherPosts: PostOverride;
  startOverrides: Record<string, IsoDate>;
  openingOverrides: Record<string, IsoDate>;
  grantStartOverrides: Record<string, IsoDate>;
  endDates: Record<string, IsoDate>;
  extraCentres: Record<string, IsoDate>;
};

/** A recognised parameter name: what it sets, and a key for duplicate detection. */
interface Target {
  key: string;
  apply: (value: unknown, draft: Draft) => Read<unknown>;
}

function setter<T>(read: (v: unknown) => Read<T>, set: (draft: Draft, value: T) => void) {
  return (value: unknown, draft: Draft): Read<unknown> => {
    const r = read(value);
    if (r.ok) set(draft, r.value);
    return r;
  };
}

const FIXED: Record<string, Target> = {
  bezeichnung: { key: "label", apply: setter(readText, (d, v) => (d.label = v)) },
  "betrag je ki": { key: "amountPerCentre", apply: setter(readAmount, (d, v) => (d.amountPerCentre = v)) },
  "betrag je kommunale stelle": {
    key: "amountPerMunicipalPost",
    apply: setter(readAmount, (d, v) => (d.amountPerMunicipalPost = v)),
  },
  "wert je lehrerstelle": {
    key: "amountPerTeacherPost",
    apply: setter(readAmount, (d, v) => (d.amountPerTeacherPost = v)),
  },
  "sachkosten je ki": {
    key: "materialCostsPerCentre",
    apply: setter(readAmount, (d, v) => (d.materialCostsPerCentre = v)),
  },
  "durchschnittskosten fachkraftstelle": {
    key: "costPerSpecialistPost",
    apply: setter(readAmount, (d, v) => (d.costPerSpecialistPost = v)),
  },
  "durchschnittskosten verwaltungsstelle": {
    key: "costPerAdminPost",
    apply: setter(readAmount, (d, v) => (d.costPerAdminPost = v)),
  },
  "durchschnittskosten lehrerstelle": {
    key: "costPerTeacherPost",
    apply: setter(readAmount, (d, v) => (d.costPerTeacherPost = v)),
  },
  "bezugsjahr durchschnittskosten": {
    key: "costReferenceYear",
    apply: setter(readReferenceYear, (d, v) => (d.costReferenceYear = v)),
  },
  "tatsaechliche sachkosten je ki": {
    key: "materialCostsActual",
    apply: setter(readAmount, (d, v) => (d.materialCostsActual = v)),
  },
  "tarifsteigerung nach laufzeit": {
    key: "payRiseAfterTerm",
    apply: setter(readPercent, (d, v) => (d.payRiseAfterTerm = v)),
  },
  "aenderungen ab jahr": {
    key: "overridesFromYear",
    apply: setter(readYear, (d, v) => (d.overridesFromYear = v)),
  },
  "steigerung pro jahr": { key: "increaseRate", apply: setter(readPercent, (d, v) => (d.increaseRate = v)) },
  "basisjahr steigerung": {
    key: "increaseBaseYear",
    apply: setter(readYear, (d, v) => (d.increaseBaseYear = v)),
  },
  monatsberechnung: { key: "proRataBasis", apply: setter(readBasis, (d, v) => (d.proRataBasis = v)) },
  "angenommener start": { key: "assumedStart", apply: setter(readDate, (d, v) => (d.assumedStart = v)) },
  richtlinienfassung: {
    key: "ruleVersionBasis",
    apply: setter(readChoice(RULE_VERSION_LABELS, "Richtlinienfassung"), (d, v) => (d.ruleVersionBasis = v)),
  },
  "ausschoepfung ausbau": {
    key: "expansionShare",
    apply: setter(readShare, (d, v) => (d.expansionShare = v)),
  },
  "ausbau-lehrerstellen nach 2019": {
    key: "expansionTeachersAfter",
    apply: setter(
      readChoice(EXPANSION_TEACHERS_LABELS, "Angabe für die Ausbau-Lehrerstellen nach 2019"),
      (d, v) => (d.expansionTeachersAfter = v),
    ),
  },
};

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

function readBasis(value: unknown): Read<ProRataBasis> {
  if (typeof value === "string") {
    const wanted = foldText(value);
    for (const [basis, label] of Object.entries(PRO_RATA_LABELS)) {
      if (foldText(label) === wanted) return { ok: true, value: basis as ProRataBasis };
    }
  }
  return {
    ok: false,
    message: `„${String(value)}“ ist keine gültige Monatsberechnung. Erlaubt sind: ${Object.values(PRO_RATA_LABELS).join(", ")}.`,
  };
}

const KIND_SUFFIXES: ReadonlyArray<[RegExp, Kinds]> = [
  [/^\(?\s*kreisfreie (stadt|staedte)\s*\)?$/, "kreisfreieStadt"],
  [/^\(?\s*(kreis|kreise)\s*\)?$/, "kreis"],
];

function postTarget(
  folded: string,
  base: string,
  field: "municipalPosts" | "teacherPosts",
): Target | undefined {
  if (!folded.startsWith(base)) return undefined;
  const rest = folded.slice(base.length).trim();
  let kind: Kinds | undefined = rest === "" ? "all" : undefined;
  for (const [pattern, k] of KIND_SUFFIXES) if (pattern.test(rest)) kind = k;
  if (kind === undefined) return undefined;
  const which = kind;
  return {
    key: `${field}:${which}`,
    apply: setter(readCount, (d, v) => (d[field] = { ...d[field], [which]: v })),
  };
}

const CENTRE_PATTERNS: ReadonlyArray<
  [RegExp, "startOverrides" | "openingOverrides" | "grantStartOverrides" | "endDates" | "extraCentres"]
> = [
  [/^\s*start\s+(.+)$/i, "startOverrides"],
  [/^\s*er(?:ö|oe|o)ffnung\s+(.+)$/i, "openingOverrides"],
  [/^\s*f(?:ö|oe|o)rderbeginn\s+(.+)$/i, "grantStartOverrides"],
  [/^\s*ende\s+(.+)$/i, "endDates"],
  [/^\s*(?:zus(?:ä|ae|a)tzliches|weiteres)\s+KI\s+(.+)$/i, "extraCentres"],
];

/** Recognises a parameter name; throws KiError for an entity that cannot be resolved. */
function targetOf(name: string): Target | undefined {
  const folded = foldText(name);
  const fixed = FIXED[folded];
  if (fixed !== undefined) return fixed;
  const posts =
    postTarget(folded, "kommunale stellen je ki", "municipalPosts") ??
    postTarget(folded, "lehrerstellen je ki", "teacherPosts");
  if (posts !== undefined) return posts;
  for (const [pattern, field] of CENTRE_PATTERNS) {
    const m = pattern.exec(name.normalize("NFC"));
    if (m === null) continue;
    const entity = resolveEntity(m[1]);
    return {
      key: `${field}:${entity.key}`,
      apply: setter(readDate, (d, v) => (d[field][entity.key] = v)),
    };
  }
  return undefined;
}

const ALLOWED = SCENARIO_PARAMETERS.map((p) => p.name);

function unknownMessage(name: string): string {
  const folded = foldText(name);
  const nearest = ALLOWED.map((p) => ({ p, d: editDistance(folded, foldText(p)) })).sort(
    (a, b) => a.d - b.d,
  )[0];
  const hint = nearest !== undefined && nearest.d <= 3 ? ` Meinten Sie „${nearest.p}“?` : "";
  return `Unbekannter Parameter „${name}“.${hint} Erlaubt sind: ${ALLOWED.join(", ")}.`;
}

function cellText(value: unknown): string {
  return isEmptyCell(value) ? "" : String(value).trim();
}

function isHeader(row: unknown[]): boolean {
  return foldText(cellText(row[0])) === "parameter" && foldText(cellText(row[1])) === "wert";
}

/**
 * The Parameter and Wert columns of a range, found by their header names in the first row (as the
 * pane finds them in a scenario table), so a column the user inserts before or between them changes
 * nothing. A range without both headers is read by position (first two columns), as before.
 */
export function scenarioColumns(rows: readonly unknown[][]): unknown[][] {
  const header = (rows[0] ?? []).map((c) => foldText(cellText(c)));
  const p = header.indexOf("parameter");
  const w = header.indexOf("wert");
  if (p < 0 || w < 0 || (p === 0 && w === 1)) return rows as unknown[][];
  return rows.map((row) => [row[p] ?? null, row[w] ?? null]);
}

function freeze(draft: Draft): Scenario {
  const base = DEFAULT_SCENARIO;
  return Object.freeze({
    ...(draft.label !== undefined ? { label: draft.label } : {}),
    ...(draft.amountPerCentre !== undefined ? { amountPerCentre: draft.amountPerCentre } : {}),
    ...(draft.amountPerMunicipalPost !== undefined
      ? { amountPerMunicipalPost: draft.amountPerMunicipalPost }
      : {}),
    ...(draft.amountPerTeacherPost !== undefined ? { amountPerTeacherPost: draft.amountPerTeacherPost } : {}),
    ...(draft.materialCostsPerCentre !== undefined
      ? { materialCostsPerCentre: draft.materialCostsPerCentre }
      : {}),
    ...(draft.overridesFromYear !== undefined ? { overridesFromYear: draft.overridesFromYear } : {}),
    ...(draft.costPerSpecialistPost !== undefined
      ? { costPerSpecialistPost: draft.costPerSpecialistPost }
      : {}),
    ...(draft.costPerAdminPost !== undefined ? { costPerAdminPost: draft.costPerAdminPost } : {}),
    ...(draft.costPerTeacherPost !== undefined ? { costPerTeacherPost: draft.costPerTeacherPost } : {}),
    ...(draft.costReferenceYear !== undefined ? { costReferenceYear: draft.costReferenceYear } : {}),
    ...(draft.materialCostsActual !== undefined ? { materialCostsActual: draft.materialCostsActual } : {}),
    ...(draft.payRiseAfterTerm !== undefined ? { payRiseAfterTerm: draft.payRiseAfterTerm } : {}),
    municipalPosts: Object.freeze({ ...draft.municipalPosts }),
    teacherPosts: Object.freeze({ ...draft.teacherPosts }),
    increaseRate: draft.increaseRate ?? base.increaseRate,
    increaseBaseYear: draft.increaseBaseYear ?? base.increaseBaseYear,
    proRataBasis: draft.proRataBasis ?? base.proRataBasis,
    ruleVersionBasis: draft.ruleVersionBasis ?? base.ruleVersionBasis,
    expansionShare: draft.expansionShare ?? base.expansionShare,
    expansionTeachersAfter: draft.expansionTeachersAfter ?? base.expansionTeachersAfter,
    assumedStart: draft.assumedStart ?? base.assumedStart,
    startOverrides: Object.freeze({ ...draft.startOverrides }),
    openingOverrides: Object.freeze({ ...draft.openingOverrides }),
    grantStartOverrides: Object.freeze({ ...draft.grantStartOverrides }),
    endDates: Object.freeze({ ...draft.endDates }),
    extraCentres: Object.freeze({ ...draft.extraCentres }),
  });
}

/** Opening a centre has under the draft (for checking end dates). */
function startUnder(draft: Draft, entityKey: string): IsoDate | undefined {
  const override = draft.openingOverrides[entityKey] ?? draft.startOverrides[entityKey];
  if (override !== undefined) return override;
  const centre = CENTRES.find((c) => c.entityKey === entityKey);
  if (centre === undefined) return undefined;
  return centre.startBoundOnly ? (draft.assumedStart ?? DEFAULT_ASSUMED_START) : centre.start;
}

/**
 * Reads a scenario table. Returns the scenario built from the valid rows and one issue per problem:
 * unknown parameter, missing name or value, bad value, negative amount, duplicate parameter, an
 * unknown or ambiguous Kreis, an end before the start.
 */
export function parseScenario(rows: unknown[][]): { scenario: Scenario; issues: ScenarioIssue[] } {
  const issues: ScenarioIssue[] = [];
  const draft: Draft = {
    municipalPosts: {},
    teacherPosts: {},
    startOverrides: {},
    openingOverrides: {},
    grantStartOverrides: {},
    endDates: {},
    extraCentres: {},
  };
  const seen = new Map<string, number>();
  const endRows = new Map<string, { row: number; parameter: string }>();

  (rows ?? []).forEach((rawRow, index) => {
    const row = Array.isArray(rawRow) ? rawRow : [rawRow];
    const rowNumber = index + 1;
    const [nameCell, valueCell] = [row[0], row[1]];
    if (isEmptyCell(nameCell) && isEmptyCell(valueCell)) return;
    if (index === 0 && isHeader(row)) return;
    const parameter = cellText(nameCell);
    const issue = (message: string): void => {
      issues.push({ row: rowNumber, parameter, message });
    };
    if (parameter === "") return issue(`Parametername fehlt (Wert „${cellText(valueCell)}“).`);
    if (typeof nameCell !== "string") return issue(unknownMessage(parameter));

    let target: Target | undefined;
    try {
      target = targetOf(parameter);
    } catch (error) {
      if (isKiError(error)) return issue(`Parameter „${parameter}“: ${error.message}`);
      throw error;
    }
    if (target === undefined) return issue(unknownMessage(parameter));
    const previous = seen.get(target.key);
    if (previous !== undefined) {
      return issue(`Parameter „${parameter}“ ist doppelt: bereits in Zeile ${previous} gesetzt.`);
    }
    if (isEmptyCell(valueCell)) return issue(`Wert für „${parameter}“ fehlt.`);
    const result = target.apply(valueCell, draft);
    if (!result.ok) return issue(`Parameter „${parameter}“: ${result.message}`);
    seen.set(target.key, rowNumber);
    if (target.key.startsWith("endDates:"))
      endRows.set(target.key.slice("endDates:".length), { row: rowNumber, parameter });
  });

  for (const [entityKey, where] of endRows) {
    const start = startUnder(draft, entityKey);
    const end = draft.endDates[entityKey];
    if (start !== undefined && end < start) {
      issues.push({
        row: where.row,
        parameter: where.parameter,
        message: `Ende ${formatGermanDate(end)} liegt vor dem Start ${formatGermanDate(start)}.`,
      });
      delete draft.endDates[entityKey];
    }
  }
  issues.sort((a, b) => a.row - b.row);
  return { scenario: freeze(draft), issues };
}

/** Like parseScenario, but throws KiError("ungueltig") naming the first bad row. */
export function scenarioFromRows(rows: unknown[][]): Scenario {
  const { scenario, issues } = parseScenario(rows);
  if (issues.length > 0) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (${issues.length - 1} weitere Fehler)` : "";
    throw new KiError("ungueltig", `Zeile ${first.row}: ${first.message}${more}`);
  }
  return scenario;
}
