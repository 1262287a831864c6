/**
 * Which rule version applies when, and the amounts of its components under a scenario.
 *
 * Scenario overrides (documented with the parameters in scenario.ts):
 * - "Betrag je KI" replaces the fixed amount of the "personal" component (versions that have one);
 * - "Betrag je kommunale Stelle" replaces the amount per post of per-post municipal components;
 * - "Wert je Lehrerstelle" and "Sachkosten je KI" replace those amounts;
 * - "Kommunale Stellen je KI" sets the total municipal posts: the per-post component takes the posts
 *   not covered by fixed-amount components; a version without a per-post component (2012: one fixed
 *   amount for 3,5 posts) is not changed by it;
 * - "Lehrerstellen je KI" sets the teacher posts.
 * All apply from "Änderungen ab Jahr" on (default: every year). The yearly increase multiplies every
 * euro amount of a year Y after the base year by (1 + rate)^(Y − base).
 */
import Decimal from "decimal.js";
import { formatGermanDate, isoParts, makeIso } from "./dates";
import { KiError } from "./errors";
import { Calc, type CalcValue } from "./money";
import { RULES } from "./rules";
import type {
  EntityKind,
  IsoDate,
  PostKind,
  PostOverride,
  RuleComponent,
  RuleVersion,
  RuleVersionBasis,
  Scenario,
} from "./types";

/** A component with the scenario applied, for one year. */
export interface EffectiveComponent {
  id: string;
  label: string;
  payer: string;
  postKind?: PostKind;
  posts?: Decimal;
  /** Full-year amount for one centre before pro rata (not rounded). */
  annualAmount: CalcValue;
  source: RuleComponent;
}

export const KIND_LABEL: Readonly<Record<EntityKind, string>> = {
  kreisfreieStadt: "kreisfreie Städte",
  kreis: "Kreise",
};

/** The rule version valid on `date` for `kind`, if any. */
export function ruleAt(date: IsoDate, kind: EntityKind): RuleVersion | undefined {
  return RULES.find(
    (r) =>
      r.appliesTo.includes(kind) && r.validFrom <= date && (r.validTo === undefined || date <= r.validTo),
  );
}

/** The earliest date any rule is valid (for messages). */
export const FIRST_RULE_DATE: IsoDate = RULES.map((r) => r.validFrom).sort()[0];

export function noRuleError(what: string): KiError {
  return new KiError(
    "keine_regel",
    `${what}: keine gültige Förderrichtlinie (die erste Fassung gilt ab ${formatGermanDate(FIRST_RULE_DATE)}).`,
  );
}

/**
 * Rule per month (index 0 = January) for a kind.
 *
 * "month" (default): the version valid on the 1st of the month. "grantYear": the version valid on
 * 1 January governs the whole year (grants are approved per grant year under one version: the second
 * source review's belief, stated by no source); a month before any version was valid on 1 January
 * (2012: the first version dates from 25.06.2012) keeps its own month's version.
 *
 * Default "month", because no source says which version a grant year follows, the amounts of the
 * 2018 and 2023 versions are carried forward from 2017 anyway (so only 2025 differs), and taking a new
 * version from its date gives the planning figure that does not lag a known change.
 */
export function rulesByMonth(
  year: number,
  kind: EntityKind,
  basis: RuleVersionBasis = "month",
): (RuleVersion | undefined)[] {
  const months = Array.from({ length: 12 }, (_, i) => ruleAt(makeIso(year, i + 1, 1), kind));
  if (basis === "month") return months;
  const january = months[0];
  return january === undefined ? months : months.map((r) => (r === undefined ? r : january));
}

function postOverride(override: PostOverride, kind: EntityKind): Decimal | undefined {
  return override[kind] ?? override.all;
}

function increaseFactor(year: number, scenario: Scenario): CalcValue {
  const years = year - scenario.increaseBaseYear;
  if (years <= 0 || scenario.increaseRate.isZero()) return new Calc(1);
  return new Calc(1).plus(scenario.increaseRate).pow(years);
}

/** Components of `rule` for an entity of `kind` in `year`, with the scenario's overrides and increase. */
export function effectiveComponents(
  rule: RuleVersion,
  kind: EntityKind,
  year: number,
  scenario: Scenario,
): EffectiveComponent[] {
  const overrides = scenario.overridesFromYear === undefined || year >= scenario.overridesFromYear;
  const factor = increaseFactor(year, scenario);
  const municipalTotal = overrides ? postOverride(scenario.municipalPosts, kind) : undefined;
  const teacherTotal = overrides ? postOverride(scenario.teacherPosts, kind) : undefined;
  const fixedMunicipalPosts = rule.components
    .filter((c) => c.postKind === "kommunal" && c.amountPerCentre !== undefined)
    .reduce((acc, c) => acc.plus(c.posts ?? 0), new Calc(0));

  return rule.components.map((c) => {
    let posts = c.posts;
    let perPost = c.amountPerPost;
    let perCentre = c.amountPerCentre;
    if (c.expansionPosts !== undefined && posts !== undefined) {
      // "bis zu": the expansion's posts are a maximum; the scenario says how much of it is used, and
      // whether the teacher posts limited to 2019 go on after it (an assumption, default: carried on).
      const ended =
        c.expansionUntilYear !== undefined &&
        year > c.expansionUntilYear &&
        scenario.expansionTeachersAfter === "entfallen";
      const used = ended ? new Calc(0) : new Calc(c.expansionPosts).times(scenario.expansionShare);
      posts = new Decimal(new Calc(posts).minus(c.expansionPosts).plus(used).toString());
    }
    if (overrides) {
      if (c.id === "personal" && scenario.amountPerCentre !== undefined) perCentre = scenario.amountPerCentre;
      if (c.id === "sachkosten" && scenario.materialCostsPerCentre !== undefined) {
        perCentre = scenario.materialCostsPerCentre;
      }
      if (c.postKind === "kommunal" && perPost !== undefined) {
        if (scenario.amountPerMunicipalPost !== undefined) perPost = scenario.amountPerMunicipalPost;
        if (municipalTotal !== undefined) {
          const rest = new Calc(municipalTotal).minus(fixedMunicipalPosts);
          if (rest.isNegative()) {
            throw new KiError(
              "ungueltig",
              `Kommunale Stellen je KI (${municipalTotal.toString().replace(".", ",")}) sind weniger als die ` +
                `${fixedMunicipalPosts.toString().replace(".", ",")} Stellen, die „${rule.title}“ als Festbetrag fördert.`,
            );
          }
          posts = new Decimal(rest.toString());
        }
      }
      if (c.postKind === "lehrer") {
        if (scenario.amountPerTeacherPost !== undefined) perPost = scenario.amountPerTeacherPost;
        if (teacherTotal !== undefined) posts = teacherTotal;
      }
    }
    const base =
      perCentre !== undefined ? new Calc(perCentre) : new Calc(posts ?? 0).times(new Calc(perPost ?? 0));
    return {
      id: c.id,
      label: c.label,
      payer: c.payer,
      ...(c.postKind !== undefined ? { postKind: c.postKind } : {}),
      ...(posts !== undefined ? { posts } : {}),
      annualAmount: base.times(factor),
      source: c,
    };
  });
}

/** Year of an ISO date. */
export function yearOf(date: IsoDate): number {
  return isoParts(date).year;
}
