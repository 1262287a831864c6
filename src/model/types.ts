/**
 * Shared types of the domain model. Pure data shapes; no behaviour.
 * Money and post counts are decimal.js `Decimal` values (never JS numbers).
 */
import type Decimal from "decimal.js";

/** A calendar date as "YYYY-MM-DD". ISO strings compare correctly as plain strings. */
export type IsoDate = string;

/** How well a datum is supported: by a source, by our assumption, or by sources that disagree. */
export type Status = "belegt" | "angenommen" | "widersprüchlich";

/**
 * One entry of the SOURCES table. Seeds are the five press releases (cited by file name and date);
 * web sources are cited with title, publisher, date (or the day the address was retrieved) and a full
 * https address; "ohneAdresse" are statements of the original project brief for which no address is
 * known (listed in the README as such, never shown as a citation).
 */
export interface SourceRef {
  /** "seed:000" … "seed:004" for the press releases, "web:…" for web sources. */
  id: string;
  /** Who published it, e.g. "Rheinische Post", "Kreis Borken". */
  publisher?: string;
  /** "YYYY-MM-DD" or "YYYY-MM": when the address was retrieved, where no publication date is known. */
  accessed?: string;
  /** German title as the source gives it (or a German description where it has none). */
  title: string;
  /** Publication date when the source states one; omitted rather than invented. */
  date?: IsoDate;
  /** What is known about the date in German, where the plain date is missing or disputed. */
  dateText?: string;
  /** Status of `date` (seed 002 carries two dates: "widersprüchlich"). */
  dateStatus?: Status;
  /** Full https address of a web source. */
  url?: string;
  /** File name of a seed (press release), e.g. "seeds/000_f1ec0eac08903296.txt". */
  file?: string;
  /** "seed" = press release; "web" = public web source, less certain; "ohneAdresse" = no address known. */
  kind: "seed" | "web" | "ohneAdresse";
  note?: string;
}

/** Städteregion Aachen counts as "kreis", Stadt Aachen as "kreisfreieStadt". */
export type EntityKind = "kreisfreieStadt" | "kreis";

export type Bezirk = "Düsseldorf" | "Köln" | "Münster" | "Detmold" | "Arnsberg";

/** One of the 54 Kreise und kreisfreien Städte. */
export interface Entity {
  /** Official key: 5 digits (Kreis level) or "05334002" for Stadt Aachen. */
  key: string;
  /** Short name as in domain.md, e.g. "Düren", "StädteRegion Aachen". */
  name: string;
  /** Name with its type as users write it in letters, e.g. "Kreis Düren", "Stadt Köln". */
  fullName: string;
  /** German type label, e.g. "Kreis", "kreisfreie Stadt", "Städteregion". */
  typeLabel: string;
  kind: EntityKind;
  bezirk: Bezirk;
  sources: string[];
  status: Status;
}

/** A dated fact with what is known about it, its status and its sources (a grant start, say). */
export interface DatedFact {
  /** Date used for computing (the 1st of the month where only the month is known). */
  date: IsoDate;
  /** German text of what is actually known, e.g. "01.05.2016 (vorzeitiger Maßnahmebeginn)". */
  known: string;
  status: Status;
  sources: string[];
}

/**
 * A Kommunales Integrationszentrum of one entity. It has two dates (see centreDates.ts): its opening
 * (`start`, what the releases count) and its grant start (`grantStart`, from which the Land pays).
 */
export interface Centre {
  /** "ki-05358"; extra centres from a scenario: "ki-05358-zusatz". */
  id: string;
  entityKey: string;
  /**
   * Opening (Eröffnung / Arbeitsaufnahme), the date counts of centres follow. May be an assumption:
   * see startStatus and startKnown.
   */
  start: IsoDate;
  /** German text of what is actually known about the start, e.g. "11.2014" or an upper bound. */
  startKnown: string;
  startStatus: Status;
  /** True where only an upper bound is known; the scenario's "Angenommener Start" then applies. */
  startBoundOnly: boolean;
  /**
   * Start of the grant (Förderbeginn: grant period or approved vorzeitiger Maßnahmebeginn) of the
   * integration ministry's part. Absent where none is documented: the opening then serves for money too.
   */
  grantStart?: DatedFact;
  /** Start of the school ministry's teacher posts, where a source dates them apart from the grant. */
  teacherStart?: DatedFact;
  /** Last working day (inclusive); only from a scenario ("Ende …"). */
  end?: IsoDate;
  /** "data" = from the sources; "scenario" = an extra centre or changed by a scenario. */
  origin: "data" | "scenario";
  sources: string[];
  note?: string;
}

/** Which kind of post a rule component pays for (for counting posts). */
export type PostKind = "kommunal" | "lehrer";

/**
 * One component of a rule version. Its yearly amount per centre is `amountPerCentre` when given
 * (a fixed amount, Festbetrag), otherwise `posts × amountPerPost`. `posts` is also what `stellen` counts.
 */
export interface RuleComponent {
  /** "personal" | "zusatzstellen" | "fachkraft" | "verwaltung" | "lehrer" | "sachkosten". */
  id: string;
  label: string;
  /** Paying body in German, e.g. "Land: Integrationsministerium". */
  payer: string;
  postKind?: PostKind;
  posts?: Decimal;
  amountPerPost?: Decimal;
  amountPerCentre?: Decimal;
  /**
   * The part of `posts` that the 2017 expansion offers as a maximum ("bis zu"); the scenario's
   * "Ausschöpfung Ausbau" scales it.
   */
  expansionPosts?: Decimal;
  /** Last year for which a source states the expansion posts (teachers: "befristet bis zum Jahr 2019"). */
  expansionUntilYear?: number;
  status: Status;
  sources: string[];
  note?: string;
}

/** A version of the funding guideline for some entity kinds over a validity period. */
export interface RuleVersion {
  id: string;
  title: string;
  validFrom: IsoDate;
  /** Inclusive; omitted for the open-ended latest version. */
  validTo?: IsoDate;
  /** German text why the period is what it is (e.g. "Beginn nur als Jahr bekannt"). */
  validityNote?: string;
  appliesTo: EntityKind[];
  components: RuleComponent[];
  status: Status;
  sources: string[];
  note?: string;
}

/** Yearly amounts by component id, plus "gesamt" (the sum of the rounded component amounts). */
export type ComponentAmounts = Record<string, Decimal>;

export type ReportedUnit = "EUR" | "Anzahl";

/** A figure a release reports, kept for reconciliation. */
export interface ReportedFigure {
  id: string;
  label: string;
  /** The number as a value; `valueText` says how it was phrased ("rund", "fast"). */
  value: Decimal;
  valueText: string;
  unit: ReportedUnit;
  /** The date the figure refers to (count at a date) or the release date. */
  date?: IsoDate;
  /** The year for yearly amounts. */
  year?: number;
  /** Other dates the same figure may refer to (a count whose release date is disputed). */
  alternativeDates?: IsoDate[];
  /** The entity a per-centre figure is about. */
  entityKey?: string;
  sources: string[];
  status: Status;
  note?: string;
}

/** A reported figure beside the model's figure for the same thing. */
export interface ReconciliationRow {
  /** `figureId` plus a suffix where one figure yields several rows (alternative dates). */
  id: string;
  figureId: string;
  label: string;
  unit: ReportedUnit;
  date?: IsoDate;
  year?: number;
  reported: Decimal;
  reportedText: string;
  /** null where the model has no such figure; `modelText` then says why. */
  model: Decimal | null;
  /** German explanation of the model figure or why there is none. */
  modelText: string;
  /** model − reported; null without a model figure. */
  difference: Decimal | null;
  /** (model − reported) / reported × 100, rounded to 2 places half away from zero. */
  differencePercent: Decimal | null;
  reportedSources: string[];
  modelSources: string[];
  status: Status;
  note?: string;
}

/** How months of a partial year count. */
export type ProRataBasis = "startMonth" | "followingMonth" | "wholeYear";

/** Which guideline version governs a month: the one valid on its 1st, or the one valid on 1 January. */
export type RuleVersionBasis = "month" | "grantYear";

/** What follows the expansion teacher posts' limit to 2019: carried forward or ended. */
export type ExpansionTeachersAfter = "fortgefuehrt" | "entfallen";

/** Overrides of post counts: one for all kinds and/or per kind (kind-specific wins). */
export interface PostOverride {
  all?: Decimal;
  kreisfreieStadt?: Decimal;
  kreis?: Decimal;
}

/**
 * A set of named assumptions that override defaults. Treat as immutable: funding results are cached
 * per scenario (by identity and by content).
 */
export interface Scenario {
  /** "Bezeichnung": free label. */
  label?: string;
  /** "Betrag je KI": fixed grant per centre for the base municipal posts (versions that have one). */
  amountPerCentre?: Decimal;
  /** "Betrag je kommunale Stelle": amount per municipal post where a version pays per post. */
  amountPerMunicipalPost?: Decimal;
  /** "Wert je Lehrerstelle". */
  amountPerTeacherPost?: Decimal;
  /** "Sachkosten je KI" (versions with a Sachkosten component). */
  materialCostsPerCentre?: Decimal;
  /**
   * Cost model (costs.ts): yearly cost of a full post per kind at the pay level of 1 January of
   * `costReferenceYear`, entered by the user ("Durchschnittskosten Fachkraftstelle" / "…
   * Verwaltungsstelle" / "… Lehrerstelle"; no official averages are shipped).
   */
  costPerSpecialistPost?: Decimal;
  costPerAdminPost?: Decimal;
  costPerTeacherPost?: Decimal;
  /** "Bezugsjahr Durchschnittskosten". */
  costReferenceYear?: number;
  /** "Tatsächliche Sachkosten je KI": a centre's yearly material costs (what it spends, not the grant). */
  materialCostsActual?: Decimal;
  /** "Tarifsteigerung nach Laufzeit": assumed yearly pay rise after the last agreed term (absent: 0). */
  payRiseAfterTerm?: Decimal;
  /** "Kommunale Stellen je KI" (total municipal posts). */
  municipalPosts: PostOverride;
  /** "Lehrerstellen je KI". */
  teacherPosts: PostOverride;
  /** "Änderungen ab Jahr": the amount and post overrides above apply from this year on (else always). */
  overridesFromYear?: number;
  /** "Steigerung pro Jahr" as a fraction (0.025 = 2,5 %). */
  increaseRate: Decimal;
  /** "Basisjahr Steigerung": amounts of year Y > base are × (1 + rate)^(Y − base). */
  increaseBaseYear: number;
  /** "Monatsberechnung". */
  proRataBasis: ProRataBasis;
  /** "Richtlinienfassung": which version governs a month (default: the one valid on its 1st). */
  ruleVersionBasis: RuleVersionBasis;
  /** "Ausschöpfung Ausbau": share of the 2017 expansion's maximum posts actually used (1 = 100 %). */
  expansionShare: Decimal;
  /** "Ausbau-Lehrerstellen nach 2019". */
  expansionTeachersAfter: ExpansionTeachersAfter;
  /** "Angenommener Start": computing opening of centres whose opening is only bounded. */
  assumedStart: IsoDate;
  /** "Start <Kreis>": entity key -> opening and grant start of its centre (both). */
  startOverrides: Readonly<Record<string, IsoDate>>;
  /** "Eröffnung <Kreis>": entity key -> opening only (counts; money too where no grant start is documented). */
  openingOverrides: Readonly<Record<string, IsoDate>>;
  /** "Förderbeginn <Kreis>": entity key -> grant start only (money, both ministries' parts). */
  grantStartOverrides: Readonly<Record<string, IsoDate>>;
  /** "Ende <Kreis>": entity key -> last working day of its centre. */
  endDates: Readonly<Record<string, IsoDate>>;
  /** "Zusätzliches KI <Kreis>": entity key -> start date of a second centre there. */
  extraCentres: Readonly<Record<string, IsoDate>>;
}

/** A problem found in a scenario table; `row` is 1-based in the table as given (header included). */
export interface ScenarioIssue {
  row: number;
  parameter: string;
  message: string;
}

export type ScenarioValueType = "Betrag" | "Anzahl" | "Prozent" | "Jahr" | "Datum" | "Auswahl" | "Text";

/** Documentation of one scenario parameter, for the README and the task pane. */
export interface ScenarioParameter {
  /** German name as typed in the table; "<Kreis>" stands for any form resolveEntity accepts. */
  name: string;
  /** Further spellings the parser accepts (umlauts as ae/oe/ue and case never need one). */
  aliases?: readonly string[];
  description: string;
  valueType: ScenarioValueType;
  defaultText: string;
  example: string;
  /** Allowed values for "Auswahl". */
  options?: string[];
}

export interface PostCounts {
  kommunal: Decimal;
  lehrer: Decimal;
  gesamt: Decimal;
}

export type RegistryStatusText = "aktiv" | "noch kein Zentrum" | "geschlossen";

/** One row of the registry at a date: one per centre, or one per entity without a centre. */
export interface RegistryRow {
  entity: Entity;
  /** The entity's centre (also when it starts after the date), or null if none is known. */
  centre: Centre | null;
  active: boolean;
  start: IsoDate | null;
  startKnown: string | null;
  startStatus: Status | null;
  /** Grant start used for money (the opening where none is documented), null without a centre. */
  grantStart: IsoDate | null;
  grantStartKnown: string | null;
  grantStartStatus: Status | null;
  /** True where no grant start is documented and the opening serves for money. */
  grantFromOpening: boolean | null;
  statusText: RegistryStatusText;
  /** Posts at that date under the valid rule; zero when inactive; null when no rule is valid then. */
  posts: PostCounts | null;
  sources: string[];
}

/** Funding of one centre in one year. */
export interface CentreFunding {
  centre: Centre;
  /** Months counted (0..12) under the pro-rata basis. */
  months: number;
  /** Rule version id per counted month (index 0 = January); null where the month does not count. */
  ruleByMonth: (string | null)[];
  amounts: ComponentAmounts;
}

export interface FundingYear {
  year: number;
  /** Rule versions applied to at least one month of the year. */
  rules: RuleVersion[];
  /** Component ids valid in the year (at least one month), plus "gesamt". */
  componentIds: string[];
  /** All 54 entities; zeros where there is no centre. Sum of the entity's centres. */
  byEntity: Map<string, ComponentAmounts>;
  centres: CentreFunding[];
  /** Sums of the rounded per-centre amounts. */
  totals: ComponentAmounts;
}

export type DataGapKind =
  "angenommener_start" | "widerspruch" | "regelluecke" | "angenommene_regel" | "fehlt";

/** A known gap or uncertainty in the data, in German, with its sources. */
export interface DataGap {
  kind: DataGapKind;
  text: string;
  sources: string[];
  entityKey?: string;
  ruleId?: string;
  figureId?: string;
}
