/**
 * The default scenario (no overrides) and a content key for caching. Scenarios are plain immutable
 * objects; two scenarios with the same content share cached results.
 */
import Decimal from "decimal.js";
import { DEFAULT_ASSUMED_START } from "./centres";
import type { ExpansionTeachersAfter, ProRataBasis, RuleVersionBasis, Scenario } from "./types";

/** Base year of the yearly increase: the year of the latest guideline version with known amounts. */
export const DEFAULT_INCREASE_BASE_YEAR = 2025;

/** German labels of the pro-rata bases, as typed in a scenario table. */
export const PRO_RATA_LABELS: Readonly<Record<ProRataBasis, string>> = {
  startMonth: "ab Startmonat",
  followingMonth: "ab Folgemonat",
  wholeYear: "ganzes Jahr",
};

/** German labels of the guideline-version bases, as typed in a scenario table. */
export const RULE_VERSION_LABELS: Readonly<Record<RuleVersionBasis, string>> = {
  month: "je Monat",
  grantYear: "je Förderjahr",
};

/** German labels of what follows the expansion teacher posts' limit to 2019. */
export const EXPANSION_TEACHERS_LABELS: Readonly<Record<ExpansionTeachersAfter, string>> = {
  fortgefuehrt: "fortgeführt",
  entfallen: "entfallen",
};

export const DEFAULT_SCENARIO: Scenario = Object.freeze({
  municipalPosts: Object.freeze({}),
  teacherPosts: Object.freeze({}),
  increaseRate: new Decimal(0),
  increaseBaseYear: DEFAULT_INCREASE_BASE_YEAR,
  proRataBasis: "startMonth" as ProRataBasis,
  ruleVersionBasis: "month" as RuleVersionBasis,
  expansionShare: new Decimal(1),
  expansionTeachersAfter: "fortgefuehrt" as ExpansionTeachersAfter,
  assumedStart: DEFAULT_ASSUMED_START,
  startOverrides: Object.freeze({}),
  openingOverrides: Object.freeze({}),
  grantStartOverrides: Object.freeze({}),
  endDates: Object.freeze({}),
  extraCentres: Object.freeze({}),
});

const KEY_CACHE = new WeakMap<Scenario, string>();

function stable(value: unknown): unknown {
  if (Decimal.isDecimal(value)) return value.toString();
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    return Object.keys(record)
      .sort()
      .filter((k) => record[k] !== undefined)
      .map((k) => [k, stable(record[k])]);
  }
  return value;
}

/** A string equal for scenarios with equal content (used as cache key). */
export function scenarioKey(scenario: Scenario): string {
  let key = KEY_CACHE.get(scenario);
  if (key === undefined) {
    key = JSON.stringify(stable(scenario));
    KEY_CACHE.set(scenario, key);
  }
  return key;
}
