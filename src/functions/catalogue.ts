/**
 * What each KI.* function computes, on plain arguments as Excel passes them. Each function coerces
 * its arguments (coerce.ts, scenarioArg.ts), asks the model, and converts the result for a cell:
 * Decimal -> number, ISO date -> Excel serial, tables -> 2-D arrays. Errors are thrown as KiError;
 * functions.ts turns them into Excel error values.
 */
import Decimal from "decimal.js";
import {
  CENTRES,
  ENTITIES,
  KiError,
  RULES,
  TOTAL_COMPONENT,
  formatGermanDate,
  fundingYear,
  gapsAt,
  grantStartView,
  isoToExcelSerial,
  openingOf,
  landesmittel,
  postsAtYearEnd,
  registryRowsAt,
  oldKeyNote,
  resolveEntity,
  citationDate,
  citationOf,
  sourceById,
  type Centre,
  type Entity,
  type IsoDate,
  type PostArt,
  type PostCounts,
  type RegistryRow,
  type Scenario,
  currentYear,
  foldText,
} from "../model";
import {
  isBlank,
  listChoices,
  scalar,
  toChoice,
  toDate,
  toEntityText,
  toOptionalDate,
  toOptionalYear,
  toYear,
  today,
} from "./coerce";
import { toScenario } from "./scenarioArg";

/**
 * "kommunal" is a sum the functions offer beside the model's components: all grants for municipal
 * posts (personal, zusatzstellen, fachkraft, verwaltung), whichever of them a year's rules have. It
 * lets one formula cover years before and after the 2017 and 2025 changes of the components.
 */
export const MUNICIPAL_SUM = "kommunal";
const MUNICIPAL_COMPONENTS: ReadonlySet<string> = new Set(
  RULES.flatMap((r) => r.components.filter((c) => c.postKind === "kommunal").map((c) => c.id)),
);

const POST_ARTS: readonly PostArt[] = ["gesamt", "kommunal", "lehrer"];

export const INFO_FIELDS = [
  "name",
  "vollname",
  "schluessel",
  "art",
  "bezirk",
  "start",
  "bekannt",
  "status",
  "quelle",
  "eroeffnung",
  "eroeffnung_bekannt",
  "eroeffnung_status",
  "foerderbeginn",
  "foerderbeginn_bekannt",
  "foerderbeginn_status",
  "foerderbeginn_quelle",
  "hinweis",
] as const;
export type InfoField = (typeof INFO_FIELDS)[number];

export const REGISTER_HEADER = [
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
] as const;

/** Shown in the posts column of KI.REGISTERTABELLE when no rule version is valid on the date. */
export const NO_RULE_TEXT = "keine Regel";

/**
 * Money and post counts leave the model as Decimal; a cell gets a plain finite number. Only a
 * scenario can make a result too large for a number (e.g. 100 % a year from base year 1900 to 2999):
 * a foreseeable input, so a #VALUE! that says what to change, not an internal error.
 */
export function cellNumber(value: Decimal): number {
  const n = value.toNumber();
  if (!Number.isFinite(n)) {
    throw new KiError(
      "ungueltig",
      `Das Ergebnis ist zu groß für eine Excel-Zelle (${value.toSignificantDigits(3).toString().replace(".", ",")}): ` +
        "bitte im Szenario eine kleinere „Steigerung pro Jahr“, ein späteres „Basisjahr Steigerung“ " +
        "oder kleinere Beträge eingeben.",
    );
  }
  return n;
}

/** `bestandteil`: text, folded to the model's lower-case ids; blank means "gesamt". */
function componentText(value: unknown): string {
  const v = scalar(value, "bestandteil");
  if (isBlank(v)) return TOTAL_COMPONENT;
  if (typeof v !== "string") {
    throw new KiError(
      "ungueltig",
      `„bestandteil“ erwartet einen Text wie „gesamt“, „personal“ oder „lehrer“, erhalten: ${String(v)}.`,
    );
  }
  return foldText(v);
}

/**
 * The amount of `component` (a model component id, "gesamt" or "kommunal") in `year`, summing
 * `one(id)` for "kommunal". A component the year's rules do not have is refused with the ones they do
 * have: a silent 0 would read as "no money for posts" where only the name of the component changed.
 */
function amountOf(component: string, year: number, scenario: Scenario, one: (id: string) => Decimal): number {
  // The model caches a year's funding per scenario; its component list is far cheaper to read there
  // than to recompute with componentIds() for every cell. KiError keine_regel for a year without rules.
  const ids = fundingYear(year, scenario).componentIds;
  if (component === MUNICIPAL_SUM) {
    const municipal = ids.filter((id) => MUNICIPAL_COMPONENTS.has(id));
    return cellNumber(municipal.reduce((total, id) => total.plus(one(id)), new Decimal(0)));
  }
  if (!ids.includes(component)) {
    const allowed = listChoices([
      TOTAL_COMPONENT,
      MUNICIPAL_SUM,
      ...ids.filter((id) => id !== TOTAL_COMPONENT),
    ]);
    const shown = component.length > 40 ? `${component.slice(0, 40)}…` : component;
    throw new KiError(
      "ungueltig",
      `„bestandteil“: „${shown}“ gibt es ${year} nicht; gültig sind ${allowed}.`,
    );
  }
  return cellNumber(one(component));
}

export function landesmittelOf(jahr: unknown, bestandteil?: unknown, szenario?: unknown): number {
  const year = toYear(jahr);
  const component = componentText(bestandteil);
  const scenario = toScenario(szenario);
  return amountOf(component, year, scenario, (id) => landesmittel(year, id, scenario));
}

export function foerderungOf(
  kreis: unknown,
  jahr: unknown,
  bestandteil?: unknown,
  szenario?: unknown,
): number {
  const entity = resolveEntity(toEntityText(kreis));
  const year = toYear(jahr);
  const component = componentText(bestandteil);
  const scenario = toScenario(szenario);
  // Read the entity's row of the cached year directly (the model's foerderung() would resolve the
  // name a second time): same figures, as foerderung() reads the same row.
  const row = () => fundingYear(year, scenario).byEntity.get(entity.key)!;
  return amountOf(component, year, scenario, (id) => row()[id]);
}

export function stellenOf(kreis: unknown, jahr?: unknown, art?: unknown, szenario?: unknown): number {
  const entity = resolveEntity(toEntityText(kreis));
  const year = toOptionalYear(jahr, currentYear);
  const kind = toChoice(art, "art", POST_ARTS, "gesamt");
  // The model's stellen() would resolve the name a second time; it reads the same cached posts.
  return cellNumber(postsAtYearEnd(entity, year, toScenario(szenario))[kind]);
}

/** Entities with at least one working centre (an extra centre from a scenario does not count twice). */
export function zentrenOf(stichtag: unknown, szenario?: unknown): number {
  const date = toDate(stichtag);
  return ENTITIES.length - gapsAt(date, toScenario(szenario)).length;
}

export function lueckenOf(stichtag?: unknown, szenario?: unknown): unknown[][] {
  const date = toOptionalDate(stichtag, today);
  const gaps = gapsAt(date, toScenario(szenario));
  if (gaps.length === 0) {
    throw new KiError(
      "nicht_gefunden",
      `keine Lücken: am ${formatGermanDate(date)} haben alle ${ENTITIES.length} Kreise und kreisfreien Städte ein KI.`,
    );
  }
  return gaps.map((e) => [e.key, e.name, e.typeLabel]);
}

function excelDate(iso: IsoDate | null): number | string {
  return iso === null ? "" : isoToExcelSerial(iso);
}

/** "seed:004 (25.04.2014)", "web:obk-ki (abgerufen 12.2026)": short enough for a table column. */
function shortSources(ids: readonly string[]): string {
  return ids
    .map((id) => {
      const source = safeSource(id);
      const detail = source === undefined ? undefined : (citationDate(source) ?? source.url);
      return detail !== undefined ? `${id} (${detail})` : id;
    })
    .join("; ");
}

/** Full citations for KI.INFO, where one cell may hold them: title, publisher, date, address. */
export function longSources(ids: readonly string[]): string {
  return ids.map((id) => `${citationOf(id)} (${id})`).join("; ");
}

function safeSource(id: string) {
  try {
    return sourceById(id);
  } catch {
    return undefined;
  }
}

/**
 * The cells of a KI.REGISTERTABELLE row that depend only on its centre (or, for an entity without one, on
 * the entity): the model builds a row's entity, start, sources and "Start bekannt" from those. They
 * are the costly part of a row (date serial, source texts), computed once per centre object.
 */
const FIXED_CELLS = new WeakMap<Centre | Entity, readonly unknown[]>();

function fixedCells(row: Readonly<RegistryRow>): readonly unknown[] {
  const owner = row.centre ?? row.entity;
  let cells = FIXED_CELLS.get(owner);
  if (cells === undefined) {
    const known = row.startKnown === null ? "" : `${row.startStatus ?? ""}: ${row.startKnown}`;
    const grantKnown =
      row.grantStartKnown === null ? "" : `${row.grantStartStatus ?? ""}: ${row.grantStartKnown}`;
    cells = Object.freeze([
      row.entity.key,
      row.entity.name,
      row.entity.typeLabel,
      row.entity.bezirk,
      excelDate(row.start),
      shortSources(row.sources),
      known,
      excelDate(row.grantStart),
      grantKnown,
    ]);
    FIXED_CELLS.set(owner, cells);
  }
  return cells;
}

/** The model shares one frozen PostCounts per rule, kind and year: its cell number is kept too. */
const POSTS_CELL = new WeakMap<PostCounts, number>();

function postsCell(posts: PostCounts | null): number | string {
  if (posts === null) return NO_RULE_TEXT;
  let n = POSTS_CELL.get(posts);
  if (n === undefined) {
    n = cellNumber(posts.gesamt);
    POSTS_CELL.set(posts, n);
  }
  return n;
}

function registerRow(row: Readonly<RegistryRow>): unknown[] {
  const [key, name, type, bezirk, start, sources, known, grant, grantKnown] = fixedCells(row);
  const posts = postsCell(row.posts);
  return [key, name, type, bezirk, start, row.statusText, posts, sources, known, grant, grantKnown];
}

export function registerOf(stichtag?: unknown, szenario?: unknown): unknown[][] {
  const date = toOptionalDate(stichtag, today);
  return [[...REGISTER_HEADER], ...registryRowsAt(date, toScenario(szenario)).map(registerRow)];
}

function centreOf(entity: Entity): Centre {
  const centre = CENTRES.find((c) => c.entityKey === entity.key);
  if (centre === undefined) {
    throw new KiError("nicht_gefunden", `Für ${entity.fullName} ist kein KI verzeichnet.`);
  }
  return centre;
}

export function infoOf(kreis: unknown, feld: unknown): string | number {
  const text = toEntityText(kreis);
  const entity = resolveEntity(text);
  const field: InfoField = toChoice(feld, "feld", INFO_FIELDS);
  switch (field) {
    case "name":
      return entity.name;
    case "vollname":
      return entity.fullName;
    case "schluessel":
      return entity.key;
    case "art":
      return entity.typeLabel;
    case "bezirk":
      return entity.bezirk;
    case "start":
      return isoToExcelSerial(centreOf(entity).start);
    case "bekannt":
      return centreOf(entity).startKnown;
    case "status":
      return centreOf(entity).startStatus;
    case "quelle":
      return longSources(centreOf(entity).sources);
    case "eroeffnung":
      return isoToExcelSerial(openingOf(centreOf(entity)));
    case "eroeffnung_bekannt":
      return centreOf(entity).startKnown;
    case "eroeffnung_status":
      return centreOf(entity).startStatus;
    case "foerderbeginn":
      return isoToExcelSerial(grantStartView(centreOf(entity)).date);
    case "foerderbeginn_bekannt":
      return grantStartView(centreOf(entity)).known;
    case "foerderbeginn_status":
      return grantStartView(centreOf(entity)).status;
    case "foerderbeginn_quelle":
      return longSources(grantStartView(centreOf(entity)).sources);
    case "hinweis":
      // An old key (05313, 05354) resolves to its successor; say so rather than switch silently.
      return oldKeyNote(text) ?? "";
  }
}
