/**
 * The centres over time under a scenario: which are active at a date, which entities have none
 * (the gaps), and a registry table for display.
 */
import Decimal from "decimal.js";
import { CENTRES } from "./centres";
import { grantStartView, withScenarioDates } from "./centreDates";
import { assertIsoDate, excelSerialToIso, formatGermanDate, isoParts } from "./dates";
import { ENTITIES, entityByKey } from "./entities";
import { KiError } from "./errors";
import { effectiveComponents, ruleAt } from "./ruleSelection";
import { ScenarioCache } from "./scenarioCache";
import { DEFAULT_SCENARIO, scenarioKey } from "./scenarioDefaults";
import type {
  Centre,
  Entity,
  EntityKind,
  IsoDate,
  PostCounts,
  RegistryRow,
  RuleVersion,
  Scenario,
} from "./types";

const EFFECTIVE_CACHE = new Map<string, readonly Centre[]>();
/** Registry tables per (scenario content, ISO date); each about 55 frozen rows. */
const REGISTRY_CACHE = new ScenarioCache<IsoDate, readonly RegistryRow[]>(200);

/** Accepts an ISO date or an Excel serial number. */
export function toIsoDate(date: IsoDate | number): IsoDate {
  return typeof date === "number" ? excelSerialToIso(date) : assertIsoDate(date.trim());
}

/** Scenarios built by hand (not by parseScenario) may name keys that do not exist. */
function checkKeys(keys: string[]): void {
  for (const key of keys) {
    if (entityByKey(key) === undefined) {
      throw new KiError("ungueltig", `Szenario nennt den unbekannten Schlüssel „${key}“.`);
    }
  }
}

function withScenario(centre: Centre, scenario: Scenario): Centre {
  const end = scenario.endDates[centre.entityKey];
  let result = withScenarioDates(centre, scenario);
  if (end !== undefined) result = { ...result, end, origin: "scenario" };
  return result === centre ? centre : Object.freeze(result);
}

function extraCentre(entityKey: string, start: IsoDate): Centre {
  return Object.freeze({
    id: `ki-${entityKey}-zusatz`,
    entityKey,
    start,
    startKnown: `Szenario: zusätzliches KI ab ${formatGermanDate(start)}`,
    startStatus: "angenommen" as const,
    startBoundOnly: false,
    origin: "scenario" as const,
    sources: [],
    note: "Zusätzliches KI aus dem Szenario; gefördert nach den Regeln für den Typ des Kreises bzw. der Stadt.",
  });
}

/** All centres under the scenario (data centres with overrides, plus extra centres), by entity key. */
export function effectiveCentres(scenario: Scenario = DEFAULT_SCENARIO): readonly Centre[] {
  const key = scenarioKey(scenario);
  let centres = EFFECTIVE_CACHE.get(key);
  if (centres === undefined) {
    checkKeys([
      ...Object.keys(scenario.startOverrides),
      ...Object.keys(scenario.openingOverrides),
      ...Object.keys(scenario.grantStartOverrides),
      ...Object.keys(scenario.endDates),
      ...Object.keys(scenario.extraCentres),
    ]);
    const list = CENTRES.map((c) => withScenario(c, scenario));
    for (const [entityKey, start] of Object.entries(scenario.extraCentres))
      list.push(extraCentre(entityKey, start));
    centres = Object.freeze(
      list.sort((a, b) => a.entityKey.localeCompare(b.entityKey) || a.id.localeCompare(b.id)),
    );
    if (EFFECTIVE_CACHE.size > 200) EFFECTIVE_CACHE.clear();
    EFFECTIVE_CACHE.set(key, centres);
  }
  return centres;
}

/**
 * Active on `date`: opened on or before it and not ended before it (the end day is a working day).
 * Counts follow the opening (centreDates.ts).
 */
export function isActiveAt(centre: Centre, date: IsoDate): boolean {
  return centre.start <= date && (centre.end === undefined || date <= centre.end);
}

/** Centres working on `date` (ISO date or Excel serial number). */
export function centresActiveAt(date: IsoDate | number, scenario: Scenario = DEFAULT_SCENARIO): Centre[] {
  const iso = toIsoDate(date);
  return effectiveCentres(scenario).filter((c) => isActiveAt(c, iso));
}

/** Entities without a working centre on `date`. */
export function gapsAt(date: IsoDate | number, scenario: Scenario = DEFAULT_SCENARIO): Entity[] {
  const active = new Set(centresActiveAt(date, scenario).map((c) => c.entityKey));
  return ENTITIES.filter((e) => !active.has(e.key));
}

const ZERO_POSTS: PostCounts = Object.freeze({
  kommunal: new Decimal(0),
  lehrer: new Decimal(0),
  gesamt: new Decimal(0),
});

type PostsByKind = Partial<Record<EntityKind, PostCounts>>;
/** Posts of one centre per (scenario content, year), by rule version and kind; frozen, shared. */
const POSTS_CACHE = new ScenarioCache<number, Map<RuleVersion, PostsByKind>>(1000);

/** Posts of one working centre of `kind` under `rule` in `year` (cached per scenario content). */
function postsUnder(rule: RuleVersion, kind: EntityKind, year: number, scenario: Scenario): PostCounts {
  const byRule = POSTS_CACHE.get(scenario, year, () => new Map<RuleVersion, PostsByKind>());
  let byKind = byRule.get(rule);
  if (byKind === undefined) {
    byKind = {};
    byRule.set(rule, byKind);
  }
  let posts = byKind[kind];
  if (posts === undefined) {
    let kommunal = new Decimal(0);
    let lehrer = new Decimal(0);
    for (const c of effectiveComponents(rule, kind, year, scenario)) {
      if (c.posts === undefined) continue;
      if (c.postKind === "kommunal") kommunal = kommunal.plus(c.posts);
      if (c.postKind === "lehrer") lehrer = lehrer.plus(c.posts);
    }
    posts = Object.freeze({ kommunal, lehrer, gesamt: kommunal.plus(lehrer) });
    byKind[kind] = posts;
  }
  return posts;
}

/**
 * Posts of one working centre of `entity` on `date` under the rule valid that day; undefined if no
 * rule is valid then. Frozen and shared.
 */
export function postsAt(entity: Entity, date: IsoDate, scenario: Scenario): PostCounts | undefined {
  const rule = ruleAt(date, entity.kind);
  if (rule === undefined) return undefined;
  return postsUnder(rule, entity.kind, isoParts(date).year, scenario);
}

/**
 * One row per centre (an entity with an extra centre has two), or one row for an entity without any
 * centre. Posts are those under the rule valid on `date`, zero when the centre is not working, and
 * null when it works but no rule is valid that day.
 *
 * Cached per (scenario content, date): the array and its rows are frozen and shared by every caller.
 */
export function registryRowsAt(
  date: IsoDate | number,
  scenario: Scenario = DEFAULT_SCENARIO,
): readonly Readonly<RegistryRow>[] {
  const iso = toIsoDate(date);
  return REGISTRY_CACHE.get(scenario, iso, () => computeRegistry(iso, scenario));
}

/** As registryRowsAt, in an array of the caller's own (the rows are still shared and frozen). */
export function registryAt(date: IsoDate | number, scenario: Scenario = DEFAULT_SCENARIO): RegistryRow[] {
  return registryRowsAt(date, scenario).slice();
}

/** The effective centres grouped by entity key, once per effectiveCentres() result. */
const CENTRES_BY_ENTITY = new WeakMap<readonly Centre[], ReadonlyMap<string, readonly Centre[]>>();

function centresByEntity(scenario: Scenario): ReadonlyMap<string, readonly Centre[]> {
  const centres = effectiveCentres(scenario);
  let byEntity = CENTRES_BY_ENTITY.get(centres);
  if (byEntity === undefined) {
    const groups = new Map<string, Centre[]>();
    for (const c of centres) groups.set(c.entityKey, [...(groups.get(c.entityKey) ?? []), c]);
    byEntity = groups;
    CENTRES_BY_ENTITY.set(centres, byEntity);
  }
  return byEntity;
}

function computeRegistry(iso: IsoDate, scenario: Scenario): readonly RegistryRow[] {
  const byEntity = centresByEntity(scenario);
  // Posts depend on the entity's kind only: found once per kind, at its first working centre.
  const postsOfKind = new Map<EntityKind, PostCounts | null>();
  const workingPosts = (entity: Entity): PostCounts | null => {
    let posts = postsOfKind.get(entity.kind);
    if (posts === undefined) {
      posts = postsAt(entity, iso, scenario) ?? null;
      postsOfKind.set(entity.kind, posts);
    }
    return posts;
  };
  const rows: RegistryRow[] = [];
  for (const entity of ENTITIES) {
    const centres = byEntity.get(entity.key) ?? [];
    if (centres.length === 0) {
      rows.push(
        Object.freeze({
          entity,
          centre: null,
          active: false,
          start: null,
          startKnown: null,
          startStatus: null,
          grantStart: null,
          grantStartKnown: null,
          grantStartStatus: null,
          grantFromOpening: null,
          statusText: "noch kein Zentrum" as const,
          posts: ZERO_POSTS,
          sources: entity.sources,
        }),
      );
    }
    for (const centre of centres) {
      const active = isActiveAt(centre, iso);
      const statusText = active ? "aktiv" : iso < centre.start ? "noch kein Zentrum" : "geschlossen";
      const grant = grantStartView(centre);
      rows.push(
        Object.freeze({
          entity,
          centre,
          active,
          start: centre.start,
          startKnown: centre.startKnown,
          startStatus: centre.startStatus,
          grantStart: grant.date,
          grantStartKnown: grant.known,
          grantStartStatus: grant.status,
          grantFromOpening: grant.fromOpening,
          statusText,
          posts: active ? workingPosts(entity) : ZERO_POSTS,
          sources: [...new Set([...centre.sources, ...grant.sources])],
        }),
      );
    }
  }
  return Object.freeze(rows);
}

/** The entity of a centre (always present for data and validated scenario centres). */
export function entityOf(centre: Centre): Entity {
  const entity = entityByKey(centre.entityKey);
  if (entity === undefined) throw new Error(`Centre ${centre.id} has no entity`);
  return entity;
}
