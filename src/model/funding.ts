/**
 * The funding arithmetic: Land resources per centre, per entity and in total for one year.
 *
 * Per centre and year: months count from the grant start (centreDates.ts; the opening where no grant
 * start is documented), separately for the integration ministry's and the school ministry's part.
 * For every counted month (see proRata.ts) the rule version valid on the 1st of that month applies
 * (so a version starting mid-month governs from the next month on; a version starting on the 1st
 * governs that month); the scenario's "Richtlinienfassung: je Förderjahr" applies the version valid
 * on 1 January to the whole year instead (ruleSelection.ts). For each component the unrounded amounts
 * annual × months/12 of all its months are added, then rounded to the cent ONCE (money.ts). The
 * entity's amount is the sum of its centres' rounded amounts; the year's total is the sum over all
 * centres, so the sum over entities equals the total to the cent by construction. "gesamt" is the sum
 * of the rounded components.
 *
 * Results are cached per (scenario content, year): Excel may ask thousands of cells for one year.
 */
import Decimal from "decimal.js";
import { assertYear, formatGermanDate, makeIso, yearEnd } from "./dates";
import { ENTITIES } from "./entities";
import { KiError } from "./errors";
import { Calc, type CalcValue, roundCents } from "./money";
import { resolveEntity } from "./names";
import { moneyStartOf, partOfPayer, type MoneyPart } from "./centreDates";
import { countedMonths } from "./proRata";
import { effectiveCentres, entityOf, isActiveAt, postsAt } from "./registry";
import { COMPONENT_ORDER, RULES, TOTAL_COMPONENT } from "./rules";
import { effectiveComponents, KIND_LABEL, noRuleError, rulesByMonth } from "./ruleSelection";
import { ScenarioCache } from "./scenarioCache";
import { DEFAULT_SCENARIO } from "./scenarioDefaults";
import type {
  Centre,
  CentreFunding,
  ComponentAmounts,
  Entity,
  EntityKind,
  FundingYear,
  PostCounts,
  RuleVersion,
  Scenario,
} from "./types";

const KINDS: EntityKind[] = ["kreisfreieStadt", "kreis"];
const CACHE_LIMIT = 1000;
const FUNDING_CACHE = new ScenarioCache<number, FundingYear>(CACHE_LIMIT);
/** Component ids per year: they depend on the rules only, not on the scenario. */
const COMPONENT_IDS = new Map<number, readonly string[]>();

function sortComponentIds(ids: Iterable<string>): string[] {
  const order = (id: string) => {
    const i = COMPONENT_ORDER.indexOf(id);
    return i < 0 ? COMPONENT_ORDER.length : i;
  };
  return [...new Set(ids)].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
}

/** Rule versions governing at least one month of `year` (any kind); KiError keine_regel if none. */
function rulesOfYear(year: number): RuleVersion[] {
  const used = new Set<RuleVersion>();
  for (const kind of KINDS) for (const r of rulesByMonth(year, kind)) if (r !== undefined) used.add(r);
  if (used.size === 0) throw noRuleError(`Für das Jahr ${year}`);
  return RULES.filter((r) => used.has(r));
}

/** Cached and frozen: shared by every caller. */
function cachedComponentIds(year: number): readonly string[] {
  let ids = COMPONENT_IDS.get(year);
  if (ids === undefined) {
    assertYear(year);
    const used = rulesOfYear(year).flatMap((r) => r.components.map((c) => c.id));
    ids = Object.freeze([...sortComponentIds(used), TOTAL_COMPONENT]);
    if (COMPONENT_IDS.size >= CACHE_LIMIT) COMPONENT_IDS.clear();
    COMPONENT_IDS.set(year, ids);
  }
  return ids;
}

/** Component ids valid in `year` (at least one month), in canonical order, plus "gesamt". */
export function componentIds(year: number, _scenario: Scenario = DEFAULT_SCENARIO): string[] {
  return [...cachedComponentIds(year)];
}

function zeroAmounts(ids: string[]): ComponentAmounts {
  return Object.fromEntries(ids.map((id) => [id, new Decimal(0)]));
}

function fundCentre(centre: Centre, year: number, scenario: Scenario, ids: string[]): CentreFunding {
  const entity = entityOf(centre);
  const monthRules = rulesByMonth(year, entity.kind, scenario.ruleVersionBasis);
  // Money follows the grant start, per ministry's part (centreDates.ts); months are counted per part.
  // Counted once per distinct start date (the two parts share one unless a source dates them apart).
  const countedByStart = new Map<string, boolean[]>();
  const countedOf = (part: MoneyPart): boolean[] => {
    const start = moneyStartOf(centre, part);
    let counted = countedByStart.get(start);
    if (counted === undefined) {
      counted = countedMonths(centre, year, scenario.proRataBasis, start);
      countedByStart.set(start, counted);
    }
    return counted;
  };
  const unrounded = new Map<string, CalcValue>();
  const usedMonths = new Array<boolean>(12).fill(false);
  for (const part of ["integration", "schule"] as const) {
    const counted = countedOf(part);
    const monthsPerRule = new Map<RuleVersion, number>();
    counted.forEach((counts, i) => {
      if (!counts) return;
      const rule = monthRules[i];
      if (rule === undefined) {
        throw new KiError(
          "keine_regel",
          `Für ${formatGermanDate(makeIso(year, i + 1, 1)).slice(3)} gilt keine Förderrichtlinie für ` +
            `${KIND_LABEL[entity.kind]}, ${entity.fullName} hätte aber ein KI (Förderbeginn ` +
            `${formatGermanDate(moneyStartOf(centre, part))}).`,
        );
      }
      usedMonths[i] = true;
      monthsPerRule.set(rule, (monthsPerRule.get(rule) ?? 0) + 1);
    });
    for (const [rule, months] of monthsPerRule) {
      for (const c of effectiveComponents(rule, entity.kind, year, scenario)) {
        if (partOfPayer(c.payer) !== part) continue;
        const share = c.annualAmount.times(months).dividedBy(12);
        unrounded.set(c.id, (unrounded.get(c.id) ?? new Calc(0)).plus(share));
      }
    }
  }
  const amounts = zeroAmounts(ids);
  let total = new Decimal(0);
  for (const [id, value] of unrounded) {
    const rounded = roundCents(value); // the one rounding point
    amounts[id] = rounded;
    total = total.plus(rounded);
  }
  amounts[TOTAL_COMPONENT] = total;
  const integration = countedOf("integration");
  return {
    centre,
    months: integration.filter(Boolean).length,
    ruleByMonth: usedMonths.map((used, i) => (used ? (monthRules[i]?.id ?? null) : null)),
    amounts: Object.freeze(amounts),
  };
}

function computeYear(year: number, scenario: Scenario): FundingYear {
  const rules = rulesOfYear(year);
  const ids = componentIds(year, scenario);
  const centres = effectiveCentres(scenario).map((c) => fundCentre(c, year, scenario, ids));
  const byEntity = new Map<string, ComponentAmounts>(ENTITIES.map((e) => [e.key, zeroAmounts(ids)]));
  const totals = zeroAmounts(ids);
  for (const f of centres) {
    const target = byEntity.get(f.centre.entityKey)!;
    for (const id of ids) {
      target[id] = target[id].plus(f.amounts[id]);
      totals[id] = totals[id].plus(f.amounts[id]);
    }
  }
  for (const [key, amounts] of byEntity) byEntity.set(key, Object.freeze(amounts));
  return { year, rules, componentIds: ids, byEntity, centres, totals: Object.freeze(totals) };
}

/** Funding of all centres in `year` (cached; treat the result as read-only). */
export function fundingYear(year: number, scenario: Scenario = DEFAULT_SCENARIO): FundingYear {
  assertYear(year);
  return FUNDING_CACHE.get(scenario, year, () => computeYear(year, scenario));
}

function checkComponent(component: string, ids: string[], year: number): string {
  const id = component.trim().toLowerCase();
  if (!ids.includes(id)) {
    throw new KiError(
      "ungueltig",
      `Unbekannte Komponente „${component}“ für ${year}. Gültig sind: ${ids.join(", ")}.`,
    );
  }
  return id;
}

/** Land resources for one entity (all its centres) in `year`; 0 where it has no centre that year. */
export function foerderung(
  entity: string,
  year: number,
  component: string = TOTAL_COMPONENT,
  scenario: Scenario = DEFAULT_SCENARIO,
): Decimal {
  const resolved = resolveEntity(entity);
  const result = fundingYear(year, scenario);
  return result.byEntity.get(resolved.key)![checkComponent(component, result.componentIds, year)];
}

/** Land resources for all centres in `year`: the sum of the entities' rounded amounts. */
export function landesmittel(
  year: number,
  component: string = TOTAL_COMPONENT,
  scenario: Scenario = DEFAULT_SCENARIO,
): Decimal {
  const result = fundingYear(year, scenario);
  return result.totals[checkComponent(component, result.componentIds, year)];
}

export type PostArt = "gesamt" | "kommunal" | "lehrer";
const POST_ARTS: PostArt[] = ["gesamt", "kommunal", "lehrer"];

/** Per (scenario content, year): the year-end posts of each entity asked for so far (frozen, shared). */
const YEAR_END_POSTS = new ScenarioCache<number, Map<string, PostCounts>>(CACHE_LIMIT);

/**
 * Posts of all working centres of `entity` (one of ENTITIES) on 31.12. of `year`: one centre's posts
 * under the rule valid that day × the centres working then; 0 without one. KiError keine_regel when no
 * rule is valid that day. Cached per (scenario content, year), filled entity by entity; the result is
 * frozen and shared.
 */
export function postsAtYearEnd(
  entity: Entity,
  year: number,
  scenario: Scenario = DEFAULT_SCENARIO,
): PostCounts {
  assertYear(year);
  const byEntity = YEAR_END_POSTS.get(scenario, year, () => new Map<string, PostCounts>());
  let posts = byEntity.get(entity.key);
  if (posts === undefined) {
    const date = yearEnd(year);
    const one = postsAt(entity, date, scenario);
    if (one === undefined) throw noRuleError(`Am 31.12.${year}`);
    const working = effectiveCentres(scenario).filter(
      (c) => c.entityKey === entity.key && isActiveAt(c, date),
    ).length;
    posts = Object.freeze({
      kommunal: one.kommunal.times(working),
      lehrer: one.lehrer.times(working),
      gesamt: one.gesamt.times(working),
    });
    byEntity.set(entity.key, posts);
  }
  return posts;
}

/** Posts of an entity's centres on 31.12. of `year`; 0 without a working centre that day. */
export function stellen(
  entity: string,
  year: number,
  art: PostArt = "gesamt",
  scenario: Scenario = DEFAULT_SCENARIO,
): Decimal {
  const resolved = resolveEntity(entity);
  assertYear(year);
  const kind = String(art).trim().toLowerCase() as PostArt;
  if (!POST_ARTS.includes(kind)) {
    throw new KiError(
      "ungueltig",
      `Unbekannte Stellenart „${String(art)}“. Gültig sind: ${POST_ARTS.join(", ")}.`,
    );
  }
  return postsAtYearEnd(resolved, year, scenario)[kind];
}
